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
 * {@code *at} calls), and the directory behind a descriptor given as a path ({@code listdir(fd)},
 * {@code scandir(fd)}, {@code chdir(fd)}): a relative path is resolved against the directory the
 * descriptor refers to, as {@code openat(2)} and friends resolve it; an absolute path ignores the
 * descriptor.
 *
 * <p>A descriptor with a real one behind it ({@link RealFds}) is named {@code /proc/self/fd/N}:
 * the kernel follows that link to the directory the descriptor holds, wherever it was renamed to,
 * so the JDK's file operations on {@code /proc/self/fd/N/name} act where {@code openat(N, name)}
 * would ({@code shutil.rmtree}'s and {@code os.fwalk}'s defence against symbolic link attacks
 * rests on that), and descriptors inherited from a parent, which have no remembered path, work.
 * Only a descriptor without a real one (a JVM that hides the JDK channel's descriptor) falls back
 * to the path it was opened on.
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

    /** Whether {@code /proc/self/fd} names this process's descriptors (Linux with /proc mounted). */
    private static final boolean PROC_FD = Files.isDirectory(Path.of("/proc/self/fd"));

    /**
     * The directory descriptor {@code dirFd} refers to, as a path to resolve names against.
     *
     * @param filename what the errors name (null: nothing)
     * @throws org.taipan.runtime.PyException OSError EBADF for a descriptor that is not open,
     *     NotADirectoryError when it is not a directory
     */
    static Path directory(int dirFd, PyObject filename) {
        FdTable.OpenFile f = FdTable.of(ThreadState.current().interpreter).get(dirFd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, filename);
        }
        int real = PROC_FD ? RealFds.existing(f) : -1;
        Path dir = real >= 0 ? Path.of("/proc/self/fd/" + real) : f.path;
        if (dir == null || !(real >= 0 && Statx.available() ? isDirectory(real) : Files.isDirectory(dir))) {
            throw Errno.error(Errno.ENOTDIR, filename);
        }
        return dir;
    }

    /** Whether the real descriptor {@code fd} is a directory's: fstat, no walk through /proc. */
    private static boolean isDirectory(int fd) {
        try {
            return Statx.descriptor(fd).fileType() == FileStatus.S_IFDIR;
        } catch (NativeFdStreams.ErrnoException e) {
            return false;
        }
    }

    /**
     * Where the directory descriptor {@code dirFd} refers to now, for {@code fchdir}, which makes
     * it the working directory: the kernel's name for it (the target of {@code /proc/self/fd/N},
     * so a directory renamed since it was opened is found under its new name), else the path it
     * was opened on.
     *
     * @param filename what the errors name (null: nothing)
     * @throws org.taipan.runtime.PyException OSError EBADF, NotADirectoryError as {@link #directory}
     */
    static Path currentPath(int dirFd, PyObject filename) {
        Path dir = directory(dirFd, filename);
        if (!dir.startsWith("/proc/self/fd")) {
            return dir;
        }
        try {
            return Files.readSymbolicLink(dir);
        } catch (java.io.IOException e) {
            throw Errno.error(e, filename);
        }
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
