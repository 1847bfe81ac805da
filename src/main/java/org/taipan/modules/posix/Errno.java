package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Linux errno values and their {@code strerror} texts, and the translation of the JDK's I/O
 * exceptions into Python's {@code OSError} family, as CPython's
 * {@code PyErr_SetFromErrnoWithFilenameObject} raises them: {@code OSError(errno, strerror,
 * filename)} through the {@code OSError} constructor, so the subclass is picked by errno
 * ({@code FileNotFoundError} for ENOENT, ...).
 */
public final class Errno {
    private Errno() {}

    public static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ESPIPE = 29, EROFS = 30, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;

    /** glibc's {@code strerror} text for the errno values this runtime raises. */
    public static String strerror(int errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case EIO -> "Input/output error";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ESPIPE -> "Illegal seek";
            case EROFS -> "Read-only file system";
            case ENAMETOOLONG -> "File name too long";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            default -> "Unknown error " + errno;
        };
    }

    /** The errno a JDK exception stands for (its reason text is the C library's strerror). */
    public static int of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            for (int n : new int[] {EPERM, ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, EINVAL, ESPIPE, EROFS,
                    ENAMETOOLONG, ENOTEMPTY, ELOOP, EBADF}) {
                if (reason.contains(strerror(n))) {
                    return n;
                }
            }
        }
        return EIO;
    }

    /**
     * {@code OSError(errno, strerror(errno), filename)}, the subclass chosen by errno.
     *
     * @param filename the file name object as the caller gave it (str or bytes), or null for none
     */
    public static PyException error(int errno, PyObject filename) {
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), filename};
        return new PyException((PyBaseException) Callables.call(ExceptionTypes.OSError, args));
    }

    /** {@code OSError(errno, strerror, filename, None, filename2)}: a failure naming two files ({@code rename}). */
    public static PyException error(int errno, PyObject filename, PyObject filename2) {
        PyObject[] args = {PyInt.of(errno), PyStr.of(strerror(errno)), filename, org.taipan.runtime.PyNone.NONE,
            filename2};
        return new PyException((PyBaseException) Callables.call(ExceptionTypes.OSError, args));
    }

    /** The Python error for a JDK I/O failure on {@code filename} (null: none). */
    public static PyException error(IOException e, PyObject filename) {
        return error(of(e), filename);
    }
}
