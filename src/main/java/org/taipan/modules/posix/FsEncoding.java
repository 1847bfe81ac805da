package org.taipan.modules.posix;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.PyStr;

/**
 * The file-system encoding of PEP 383 on Linux: the kernel's names are bytes, Python's are str
 * decoded as UTF-8 with {@code surrogateescape}, so a byte that is not part of valid UTF-8 stands
 * as a lone surrogate U+DC80..U+DCFF and encodes back to itself ({@code os.fsencode},
 * {@code os.fsdecode}; CPython's {@code Py_DecodeLocale} and {@code PyUnicode_EncodeFSDefault} in
 * UTF-8 mode).
 *
 * <p>The JDK's paths hold bytes too, but build them from a {@code String} with the platform
 * encoding (which cannot express such a byte) and show them as a {@code String} with U+FFFD in its
 * place. Only for those names does this class reach past the JDK's API, to the Unix path's own
 * byte constructor and bytes; the launcher opens {@code sun.nio.fs} for it. Without that (a JVM
 * started otherwise, an embedding host), names that are valid UTF-8 behave the same and the
 * others stay lossy, as before.
 */
public final class FsEncoding {
    private FsEncoding() {}

    /**
     * Whether {@code text} has a UTF-16 surrogate that is not half of a pair: a byte escaped by
     * {@code surrogateescape}, or a surrogate that cannot be encoded at all.
     */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code os.fsencode} of a str's text: its UTF-8 bytes, escaped surrogates back to the bytes
     * they stand for.
     *
     * @throws org.taipan.runtime.PyException UnicodeEncodeError ("surrogates not allowed") for a
     *     surrogate outside U+DC80..U+DCFF
     */
    public static byte[] encode(String text) {
        if (!hasLoneSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return Codecs.encode(PyStr.of(text), "utf-8", "surrogateescape").bytes();
    }

    /** {@code os.fsdecode} of bytes: UTF-8, each byte of an invalid sequence escaped to a lone surrogate. */
    public static String decode(byte[] bytes) {
        if (isAscii(bytes)) {
            // the common case (a directory listing's names), without the codec machinery
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return Codecs.decode(bytes, "utf-8", "surrogateescape").toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} as a stream with the {@code backslashreplace} error handler writes it (stderr's):
     * each lone surrogate as its six-character escape (a backslash, 'u', four hex digits), as CPython's
     * messages show an undecodable file name.
     */
    public static String backslashed(String text) {
        if (!hasLoneSurrogate(text)) {
            return text;
        }
        return new String(Codecs.encode(PyStr.of(text), "utf-8", "backslashreplace").bytes(), StandardCharsets.UTF_8);
    }

    /**
     * The JDK path naming what {@code text} names (a str path's text, escaped bytes included).
     *
     * @throws InvalidPathException for a NUL, or escaped bytes when the JDK's paths are not open to
     *     Taipan
     * @throws org.taipan.runtime.PyException UnicodeEncodeError for a surrogate that is not an
     *     escaped byte
     */
    public static Path toPath(String text) {
        if (!hasLoneSurrogate(text)) {
            return Path.of(text);
        }
        return fromBytes(encode(text), text);
    }

    /**
     * The JDK path of a name given as bytes.
     *
     * @throws InvalidPathException for a NUL, or bytes that are not UTF-8 when the JDK's paths
     *     are not open to Taipan
     */
    public static Path toPath(byte[] bytes) {
        return fromBytes(bytes, null);
    }

    private static Path fromBytes(byte[] bytes, String text) {
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return Path.of(utf8);
        }
        String shown = text != null ? text : decode(bytes);
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidPathException(shown, "Nul character not allowed");
            }
        }
        MethodHandle make = UnixPaths.MAKE;
        FileSystem fs = FileSystems.getDefault();
        if (make == null || !UnixPaths.FILE_SYSTEM.isInstance(fs)) {
            throw new InvalidPathException(shown, "a name that is not UTF-8 needs sun.nio.fs opened to Taipan");
        }
        try {
            return (Path) make.invoke(fs, withoutRedundantSlashes(bytes));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The process's environment with values that are not UTF-8 kept (escaped), as {@code os.environ}
     * reads it ({@code /proc/self/environ}; the JVM's copy where that cannot be read).
     */
    public static java.util.Map<String, String> environment() {
        return EnvText.processEnvironment();
    }

    /**
     * The environment start-up reads its {@code PYTHON*} variables from: the JVM's copy, or
     * {@link #environment()} when one of those variables had bytes the JVM could not decode
     * ({@code PYTHONPATH} naming a directory that is not UTF-8).
     */
    public static java.util.Map<String, String> startupEnvironment() {
        java.util.Map<String, String> env = System.getenv();
        boolean lossy = env.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("PYTHON") && e.getValue().indexOf('\uFFFD') >= 0);
        return lossy ? environment() : env;
    }

    /**
     * The process's working directory at start-up, byte for byte: the JVM's {@code user.dir}, or
     * when that lost bytes that are not UTF-8, what {@code /proc/self/cwd} links to.
     */
    public static Path startingDirectory() {
        Path p = Path.of("").toAbsolutePath();
        if (p.toString().indexOf('\uFFFD') >= 0) {
            try {
                return java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/cwd"));
            } catch (java.io.IOException | RuntimeException e) {
                return p;
            }
        }
        return p;
    }

    /**
     * The name a JDK path stands for, as Python's str: its text, or for a name that is not valid
     * UTF-8 (the JDK shows U+FFFD) its bytes decoded with surrogateescape.
     */
    public static String text(Path path) {
        String s = path.toString();
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        byte[] b = bytesOrNull(path);
        return b == null ? s : decode(b);
    }

    /** The bytes of a JDK path's name ({@code os.fsencode} of {@link #text(Path)}). */
    public static byte[] bytes(Path path) {
        String s = path.toString();
        if (s.indexOf('\uFFFD') >= 0) {
            byte[] b = bytesOrNull(path);
            if (b != null) {
                return b.clone();
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOrNull(Path path) {
        MethodHandle get = UnixPaths.BYTES;
        if (get == null || !UnixPaths.PATH.isInstance(path)) {
            return null;
        }
        try {
            return (byte[]) get.invoke(path);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code bytes} decoded as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** What the JDK does to a path's text before it encodes it: '//' runs become '/', a trailing '/' goes. */
    private static byte[] withoutRedundantSlashes(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '/' && i > 0 && b[i - 1] == '/') {
                continue;
            }
            out.write(b[i]);
        }
        byte[] r = out.toByteArray();
        if (r.length > 1 && r[r.length - 1] == '/') {
            return java.util.Arrays.copyOf(r, r.length - 1);
        }
        return r;
    }

    /** The Unix path class's byte constructor and bytes, looked up on first use; null when not open to us. */
    private static final class UnixPaths {
        static final Class<?> PATH;
        static final Class<?> FILE_SYSTEM;
        static final MethodHandle MAKE;
        static final MethodHandle BYTES;

        static {
            Class<?> path = null;
            Class<?> fs = null;
            MethodHandle make = null;
            MethodHandle bytes = null;
            try {
                path = Class.forName("sun.nio.fs.UnixPath");
                fs = Class.forName("sun.nio.fs.UnixFileSystem");
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(path, MethodHandles.lookup());
                make = lookup.findConstructor(path, MethodType.methodType(void.class, fs, byte[].class))
                        .asType(MethodType.methodType(Path.class, FileSystem.class, byte[].class));
                bytes = lookup.findVirtual(path, "asByteArray", MethodType.methodType(byte[].class))
                        .asType(MethodType.methodType(byte[].class, Path.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not a Unix JDK, or sun.nio.fs not opened to this module: names stay lossy
                make = null;
                bytes = null;
            }
            PATH = path == null ? Void.class : path;
            FILE_SYSTEM = fs == null ? Void.class : fs;
            MAKE = make;
            BYTES = bytes;
        }
    }
}
