package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.taipan.code.CodeObject;
import org.taipan.runtime.Interpreter;

/**
 * Compiled module code by source file, at two levels:
 * <ul>
 *   <li>in memory, shared by every interpreter of the process (the test harness runs hundreds,
 *       each importing the same modules); code objects are immutable (each interpreter wraps one
 *       in its own {@code PyCode}), so sharing them is safe;</li>
 *   <li>on disk, in {@code $XDG_CACHE_HOME/taipan/code/} (else {@code ~/.cache/taipan/code/}), one
 *       {@link CodeFile} per source file, so a new process does not parse and compile the standard
 *       library modules it imports again: in a cold JVM compiling costs about ten times more than
 *       running the module's body (see docs/ARCHITECTURE.md for the measurements).</li>
 * </ul>
 * An entry is used while its source keeps its size and modification time (as CPython's
 * timestamp-based {@code .pyc} files); a disk entry also names the Taipan build that wrote it, so
 * a rebuilt compiler never runs stale bytecode. The disk level is off when Taipan does not run
 * from a jar (no build identity: the test suite's class directories) or when
 * {@code TAIPAN_CODE_CACHE=0}; while {@code sys.dont_write_bytecode} is true it is read but not
 * written, except for the standard library's modules (as a CPython installation's own {@code .pyc}
 * files, read under {@code -B} too).
 */
public final class CodeCache {
    private record Entry(long size, long mtimeNanos, int optimize, CodeObject code) {}

    private static final ConcurrentHashMap<Path, Entry> ENTRIES = new ConcurrentHashMap<>();

    /** The build identity written into and required of disk entries, or null when the disk cache is off. */
    private static final String BUILD = buildIdentity();

    /** The directory of the disk cache, or null when off. */
    private static final Path DIRECTORY = BUILD == null ? null : directory();

    private CodeCache() {}

    /**
     * The code of source file {@code file}, compiled by {@code interp} when no cache has it (its
     * {@code co_filename} is {@code file} as given).
     *
     * @throws IOException when the file cannot be read
     * @throws org.taipan.runtime.PyException SyntaxError (and the decoder's errors) for bad source
     */
    public static CodeObject get(Interpreter interp, Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long mtime = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        int optimize = interp.options().optimize();
        Entry e = ENTRIES.get(file);
        if (e != null && e.size == attrs.size() && e.mtimeNanos == mtime && e.optimize == optimize) {
            return e.code;
        }
        CodeFile.Key key = BUILD == null ? null : new CodeFile.Key(BUILD, file.toString(), attrs.size(), mtime);
        Path cached = key == null || DIRECTORY == null ? null : cachePath(file, optimize);
        CodeObject code = cached == null ? null : readCached(cached, key);
        if (code == null) {
            byte[] bytes = org.taipan.modules.io.FdTable.retryingWhenExhausted(() -> Files.readAllBytes(file));
            String source = SourceFileLoader.decodeSource(bytes, file.toString());
            code = interp.compile(source, file.toString(), org.taipan.parse.Mode.EXEC,
                    org.taipan.parse.SourceDecoder.declaresEncoding(bytes));
            if (cached != null && (!dontWriteBytecode(interp) || inStandardLibrary(interp, file))) {
                writeCached(cached, key, code);
            }
        }
        ENTRIES.put(file, new Entry(attrs.size(), mtime, optimize, code));
        return code;
    }

    /**
     * {@code sys.dont_write_bytecode} ({@code -B}, {@code PYTHONDONTWRITEBYTECODE}, or set by the
     * program), read at each write as importlib's {@code SourceLoader} reads it: the disk cache is
     * then only read.
     */
    private static boolean dontWriteBytecode(Interpreter interp) {
        org.taipan.runtime.PyObject flag = interp.sysAttribute("dont_write_bytecode");
        return flag != null && org.taipan.runtime.Abstract.isTrue(flag);
    }

    /**
     * Whether {@code file} is a module of the standard library ({@code sys._stdlib_dir}, outside its
     * {@code site-packages}). Its code is cached even under {@code -B}: it stands for the
     * {@code .pyc} files a CPython installation compiles its standard library into once, which
     * CPython reads under {@code -B} too. Otherwise a process under {@code PYTHONDONTWRITEBYTECODE}
     * compiled every module outside the launcher's warm list each time it started (a child that
     * imports pdb: 1 s more). The cache is Taipan's own directory: nothing appears beside the source.
     */
    private static boolean inStandardLibrary(Interpreter interp, Path file) {
        if (!(interp.sysAttribute("_stdlib_dir") instanceof org.taipan.runtime.PyStr dir)) {
            return false;
        }
        try {
            Path stdlib = Path.of(dir.toString());
            return file.isAbsolute() && file.startsWith(stdlib) && !file.startsWith(stdlib.resolve("site-packages"));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static CodeObject readCached(Path cached, CodeFile.Key key) {
        try {
            return CodeFile.read(org.taipan.modules.io.FdTable.retryingWhenExhausted(() -> Files.readAllBytes(cached)), key);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes atomically (several processes may race); a cache that cannot be written only costs time. */
    private static void writeCached(Path cached, CodeFile.Key key, CodeObject code) {
        try {
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), ".tpc", ".tmp");
            try {
                Files.write(tmp, CodeFile.write(key, code));
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not fatal
        }
    }

    /**
     * {@code <dir>/<module file name>-<hash of the full path>.tpc}, with {@code .opt-1}/{@code .opt-2}
     * before the suffix for code compiled under {@code -O}/{@code -OO} (as CPython names its pyc files).
     */
    private static Path cachePath(Path file, int optimize) {
        Path name = file.getFileName();
        return DIRECTORY.resolve((name == null ? "" : name.toString()) + "-" + Long.toHexString(fnv(file.toString()))
                + "-" + INSTALLATION + (optimize == 0 ? "" : ".opt-" + optimize) + ".tpc");
    }

    /**
     * The jar's path, hashed, in every cache file name: checkouts of Taipan side by side (git
     * worktrees, two installations) keep entries of their own instead of overwriting each other's
     * at each start, which under {@code -B} (nothing rewritten) would leave every other one
     * compiling from source. A rebuild of the same jar overwrites its own entries.
     */
    private static final String INSTALLATION = BUILD == null ? "" : Long.toHexString(
            fnv(BUILD.substring(0, Math.max(0, BUILD.indexOf(':')))) & 0xffffffL);

    /** FNV-1a over the chars of {@code s}. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The jar Taipan runs from, by path, size and time: null when not a jar or when disabled. */
    private static String buildIdentity() {
        if ("0".equals(System.getenv("TAIPAN_CODE_CACHE"))) {
            return null;
        }
        try {
            var source = CodeObject.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return jar + ":" + a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path directory() {
        Path file = StdlibLocator.cacheFile(System.getenv());
        return file == null ? null : file.getParent().resolve("code");
    }
}
