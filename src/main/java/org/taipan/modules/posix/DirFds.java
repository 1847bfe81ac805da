package org.taipan.modules.posix;

import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * The {@code dir_fd} parameters of {@code posix} (CPython's {@code dir_fd_converter} and the
 * {@code *at} calls): a relative path is resolved against the directory a descriptor of the
 * interpreter's table was opened on, as {@code openat(2)} and friends resolve it against the
 * directory the descriptor refers to; an absolute path ignores the descriptor.
 */
final class DirFds {
    private DirFds() {}

    /** CPython's {@code AT_FDCWD} (Linux): the working directory. */
    static final int AT_FDCWD = -100;

    /**
     * {@code dir_fd_converter}: None (or absent) is -1 (none given), an int its value.
     *
     * @throws org.taipan.runtime.PyException TypeError "argument should be integer or None, not
     *     str"; OverflowError "fd is greater than maximum"
     */
    static int convert(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (PyInt.asInt(o) == null && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not %s", o.type().name());
        }
        PyInt v = org.taipan.runtime.Abstract.index(o, null);
        if (!v.fitsLong() || v.longValue() > Integer.MAX_VALUE) {
            throw Errors.overflow("fd is %s than maximum", v.signum() < 0 ? "less" : "greater");
        }
        if (v.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("fd is less than minimum");
        }
        return (int) v.longValue();
    }

    /**
     * {@code p} resolved against the directory of descriptor {@code dirFdArg} (a path argument
     * that is not a descriptor).
     *
     * @throws org.taipan.runtime.PyException OSError EBADF naming the path for a descriptor that
     *     is not open, NotADirectoryError when it is not a directory
     */
    static PosixPaths.PathArg resolve(PosixPaths.PathArg p, PyObject dirFdArg, String fname) {
        int dirFd = convert(dirFdArg);
        if (dirFd == -1 && (dirFdArg == null || dirFdArg == PyNone.NONE)) {
            return p;
        }
        if (p.isFd()) {
            throw Errors.valueError("%s: can't specify dir_fd without matching path", fname);
        }
        if (p.text().startsWith("/") || dirFd == AT_FDCWD) {
            return p;
        }
        return new PosixPaths.PathArg(p.object(), p.text(), directory(dirFd, p.object()).resolve(FsEncoding.toPath(p.text())),
                p.bytes(), PosixPaths.PathArg.NOT_FD);
    }

    /** The directory descriptor {@code dirFd} names; errors name {@code filename}. */
    static Path directory(int dirFd, PyObject filename) {
        FdTable.OpenFile f = FdTable.of(ThreadState.current().interpreter).get(dirFd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, filename);
        }
        if (f.path == null || !Files.isDirectory(f.path)) {
            throw Errno.error(Errno.ENOTDIR, filename);
        }
        return f.path;
    }

    /**
     * The checks of a descriptor given as the path: no {@code dir_fd} and no
     * {@code follow_symlinks=False} with it.
     *
     * @throws org.taipan.runtime.PyException ValueError "stat: can't specify dir_fd without
     *     matching path", "stat: cannot use fd and follow_symlinks together"
     */
    static void checkFdAlone(String fname, PyObject dirFdArg, boolean follow) {
        if (dirFdArg != null && dirFdArg != PyNone.NONE) {
            convert(dirFdArg);
            throw Errors.valueError("%s: can't specify dir_fd without matching path", fname);
        }
        if (!follow) {
            throw Errors.valueError("%s: cannot use fd and follow_symlinks together", fname);
        }
    }
}
