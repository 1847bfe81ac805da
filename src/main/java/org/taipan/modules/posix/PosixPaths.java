package org.taipan.modules.posix;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * CPython's {@code path_converter} ({@code Modules/posixmodule.c}): a path argument (str, bytes,
 * os.PathLike, and for some functions a file descriptor or None) checked with CPython's messages
 * and resolved against the interpreter's working directory ({@link PosixState}). Every path
 * reaching the file system passes here, so this is where a sandboxed interpreter without
 * {@link Permission#FILE_SYSTEM} is refused (descriptors are not paths: they name only the
 * interpreter's own open files, its standard streams in a sandbox).
 */
public final class PosixPaths {
    private PosixPaths() {}

    /** A converted path argument: what was given (for error messages), the text, and the JDK path. */
    public record PathArg(PyObject object, String text, Path path, boolean bytes, int fd) {
        /** The {@code fd} of a path given as a name rather than a descriptor. */
        public static final int NOT_FD = Integer.MIN_VALUE;

        /** Whether a descriptor was given instead of a path. */
        public boolean isFd() {
            return fd != NOT_FD;
        }

        /**
         * Whether the descriptor given is -1, which CPython's {@code path_t} cannot tell from "no
         * descriptor": the call then reaches the C library with a NULL path (EFAULT for stat(2)).
         */
        public boolean isNullPath() {
            return fd == -1;
        }
    }

    /**
     * {@code os.fspath(path)}: a str or bytes unchanged, else the result of {@code __fspath__}.
     *
     * @throws org.taipan.runtime.PyException TypeError "expected str, bytes or os.PathLike object, not int"
     */
    public static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || path instanceof PyBytes) {
            return path;
        }
        PyObject f = path.type().lookup("__fspath__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", path.type().name());
        }
        PyObject r = Callables.callMethod(f, path, new PyObject[0], null);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", path.type().name(),
                    r.type().name());
        }
        return r;
    }

    /**
     * A file name given as a str, bytes (decoded as UTF-8 with surrogateescape), os.PathLike or,
     * deprecated, another bytes-like object: CPython's {@code PyUnicode_FSDecoder}, as
     * {@code compile()} reads its filename.
     *
     * @throws org.taipan.runtime.PyException TypeError "expected str, bytes or os.PathLike object,
     *     not list"; ValueError "embedded null character"; DeprecationWarning for a bytearray or
     *     memoryview (an error when warnings are errors)
     */
    public static PyStr fsDecoder(PyObject arg) {
        PyObject p;
        if (!(arg instanceof PyStr) && !(arg instanceof PyBytes) && arg.type().lookup("__fspath__") == null
                && org.taipan.runtime.Buffers.isBuffer(arg)) {
            org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.DeprecationWarning,
                    "path should be string, bytes, or os.PathLike, not " + arg.type().name(), 1);
            p = PyBytes.of(org.taipan.runtime.Buffers.require(arg));
        } else {
            p = fspath(arg);
        }
        PyStr s = p instanceof PyBytes b ? PyStr.of(FsEncoding.decode(b.bytes())) : (PyStr) p;
        if (s.toString().indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        return s;
    }

    /**
     * The text of a str or bytes path (bytes as {@code os.fsdecode} reads them, so that bytes
     * which are not UTF-8 reach the file system unchanged); "embedded null byte" is a ValueError.
     */
    public static String text(PyObject p) {
        String s = p instanceof PyBytes b ? FsEncoding.decode(b.bytes()) : p.toString();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    /** {@code text} resolved against the calling interpreter's working directory. */
    public static Path resolve(String text) {
        // The catch-all: every path of posix and _io is resolved here (convert and FileIO refuse first,
        // naming the function).
        if (!Sandbox.permits(Permission.FILE_SYSTEM)) {
            Sandbox.require(Permission.FILE_SYSTEM, "file access", text);
        }
        Path p = FsEncoding.toPath(text);
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? p.toAbsolutePath() : PosixState.of(ts.interpreter).resolve(p);
    }

    /**
     * Converts a path argument.
     *
     * @param allowFd whether an int is accepted (a descriptor)
     * @param allowNone whether None is accepted (meaning ".")
     * @throws org.taipan.runtime.PyException TypeError "stat: path should be string, bytes,
     *     os.PathLike or integer, not float"; ValueError "embedded null byte"; FileNotFoundError for ""
     */
    public static PathArg convert(PyObject arg, String fname, String argName, boolean allowFd, boolean allowNone) {
        if (allowNone && (arg == null || arg == PyNone.NONE)) {
            Sandbox.require(Permission.FILE_SYSTEM, "os." + fname, ".");
            return new PathArg(PyStr.of("."), ".", resolve("."), false, PathArg.NOT_FD);
        }
        if (allowFd && !(arg instanceof PyStr) && !(arg instanceof PyBytes) && arg.type().lookup("__index__") != null) {
            return new PathArg(arg, null, null, false, descriptor(arg));
        }
        PyObject p;
        // what errors name: the path os.fspath gave for a PathLike (path_converter keeps it), else the argument
        PyObject named = arg;
        String allowed = allowFd && allowNone ? "string, bytes, os.PathLike, integer or None"
                : allowFd ? "string, bytes, os.PathLike or integer"
                : allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
        if (arg instanceof PyStr || arg instanceof PyBytes) {
            p = arg;
        } else if (arg.type().lookup("__fspath__") != null) {
            p = fspath(arg);
            named = p;
        } else if (org.taipan.runtime.Buffers.isBuffer(arg)) {
            // a bytes-like object: deprecated, but still the bytes path (path_converter's is_buffer)
            org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.DeprecationWarning,
                    String.format("%s: %s should be %s, not %s", fname, argName, allowed, arg.type().name()), 1);
            p = PyBytes.of(org.taipan.runtime.Buffers.require(arg));
        } else {
            throw Errors.typeError("%s: %s should be %s, not %s", fname, argName, allowed, arg.type().name());
        }
        if (p instanceof PyBytes b && hasNul(b.bytes())) {
            // path_converter's own check for bytes (a str's NUL is caught by its encoding: "embedded null byte")
            throw Errors.valueError(fname + ": embedded null character in path");
        }
        String s = text(p);
        if (s.isEmpty()) {
            throw Errno.error(Errno.ENOENT, named);
        }
        Sandbox.require(Permission.FILE_SYSTEM, "os." + fname, s);
        Path resolved;
        try {
            resolved = resolve(s);
        } catch (InvalidPathException e) {
            throw Errno.error(Errno.ENOENT, named);
        }
        if (namesDirectory(s) && java.nio.file.Files.exists(resolved) && !java.nio.file.Files.isDirectory(resolved)) {
            // the kernel resolves 'name/' as a directory for every call: a file there is ENOTDIR
            // (the JDK drops the slash, and os.unlink('file/') deleted the file)
            throw Errno.error(Errno.ENOTDIR, named);
        }
        return new PathArg(named, s, resolved, p instanceof PyBytes, PathArg.NOT_FD);
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A descriptor given for a path, read as CPython's {@code _fd_converter} reads it (a bool is
     * the descriptor 0 or 1, as there). A negative one names no open file; INT_MIN, the only one
     * that would read as {@link PathArg#NOT_FD}, is kept as another number naming none.
     *
     * @throws org.taipan.runtime.PyException OverflowError "fd is greater than maximum", "fd is
     *     less than minimum"
     */
    private static int descriptor(PyObject arg) {
        PyInt i = org.taipan.runtime.Abstract.index(arg, null);
        if (i.signum() > 0 && (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE)) {
            throw Errors.overflow("fd is greater than maximum");
        }
        if (i.signum() < 0 && (!i.fitsLong() || i.longValue() < Integer.MIN_VALUE)) {
            throw Errors.overflow("fd is less than minimum");
        }
        int fd = (int) i.longValue();
        return fd == PathArg.NOT_FD ? -2 : fd;
    }

    /**
     * Whether the path's text ends with a slash after a name: the kernel then resolves it as a
     * directory, following a final symbolic link, and fails with ENOTDIR when it is anything else
     * (the JDK's paths drop the slash, so callers check this themselves).
     */
    static boolean namesDirectory(PathArg p) {
        return namesDirectory(p.text());
    }

    /** {@link #namesDirectory(PathArg)} for a path's text (null: false). */
    public static boolean namesDirectory(String t) {
        return t != null && t.endsWith("/") && !t.chars().allMatch(c -> c == '/');
    }

    /**
     * What open(2) says to a path ending in a slash: with O_CREAT, EISDIR (a file cannot be made
     * under a directory's name); without, ENOENT when nothing is there and ENOTDIR when a
     * non-directory is. Nothing for other paths, or a directory (the caller goes on).
     *
     * @param filename the name as the caller gave it, for the error
     * @throws org.taipan.runtime.PyException IsADirectoryError, FileNotFoundError, NotADirectoryError
     */
    public static void checkOpenOfDirectoryName(String text, Path p, boolean creating, PyObject filename) {
        if (!namesDirectory(text)) {
            return;
        }
        if (creating) {
            throw Errno.error(Errno.EISDIR, filename);
        }
        if (!java.nio.file.Files.exists(p)) {
            throw Errno.error(Errno.ENOENT, filename);
        }
        if (!java.nio.file.Files.isDirectory(p)) {
            throw Errno.error(Errno.ENOTDIR, filename);
        }
    }

    /** A plain path argument (no descriptor, no None). */
    public static PathArg convert(PyObject arg, String fname, String argName) {
        return convert(arg, fname, argName, false, false);
    }

    /** A file name result in the type of the argument: bytes for a bytes path, else str. */
    static PyObject name(String s, boolean bytes) {
        return bytes ? PyBytes.of(FsEncoding.encode(s)) : PyStr.of(s);
    }

    /** A JDK path's name as a result in the type of the argument, bytes that are not UTF-8 kept. */
    public static PyObject name(Path p, boolean bytes) {
        return bytes ? PyBytes.of(FsEncoding.bytes(p)) : PyStr.of(FsEncoding.text(p));
    }
}
