package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;

import org.taipan.code.CodeObject;
import org.taipan.runtime.Interpreter;

/**
 * Compiled module code by source file, shared by every interpreter of the process (the test
 * harness runs hundreds, each importing the same standard-library modules). An entry is used
 * while the file keeps its size and modification time, as CPython's timestamp-based {@code .pyc}
 * files are. Code objects are immutable (each interpreter wraps one in its own {@code PyCode}), so
 * sharing them is safe. Nothing is written to disk: see docs/ARCHITECTURE.md for the measurement
 * behind that choice.
 */
public final class CodeCache {
    private record Entry(long size, long mtimeNanos, CodeObject code) {}

    private static final ConcurrentHashMap<Path, Entry> ENTRIES = new ConcurrentHashMap<>();

    private CodeCache() {}

    /**
     * The code of source file {@code file}, compiled by {@code interp} when not cached (its
     * {@code co_filename} is {@code file} as given).
     *
     * @throws IOException when the file cannot be read
     * @throws org.taipan.runtime.PyException SyntaxError (and the decoder's errors) for bad source
     */
    public static CodeObject get(Interpreter interp, Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long mtime = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        Entry e = ENTRIES.get(file);
        if (e != null && e.size == attrs.size() && e.mtimeNanos == mtime) {
            return e.code;
        }
        byte[] bytes = Files.readAllBytes(file);
        String source = SourceFileLoader.decodeSource(bytes, file.toString());
        CodeObject code = interp.compile(source, file.toString(), org.taipan.parse.Mode.EXEC);
        ENTRIES.put(file, new Entry(attrs.size(), mtime, code));
        return code;
    }
}
