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

    public static final int EPERM = 1, EFAULT = 14, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ECHILD = 10, EAGAIN = 11, EXDEV = 18, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ESPIPE = 29, EROFS = 30, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40,
            EPIPE = 32, ENOSPC = 28, ENFILE = 23, EMFILE = 24, EBUSY = 16, ETXTBSY = 26, EFBIG = 27, EMLINK = 31;

    /**
     * Every Linux errno name and value, in the order CPython's {@code errnomodule.c} adds them
     * (so {@code errno.errorcode}, where a later alias wins, names 11 {@code EAGAIN} and 95
     * {@code ENOTSUP} as CPython's does).
     */
    public static final String[][] NAMES = {
        {"ENODEV", "19"},
        {"ENOCSI", "50"},
        {"EHOSTUNREACH", "113"},
        {"ENOMSG", "42"},
        {"EUCLEAN", "117"},
        {"EL2NSYNC", "45"},
        {"EL2HLT", "51"},
        {"ENODATA", "61"},
        {"ENOTBLK", "15"},
        {"ENOSYS", "38"},
        {"EPIPE", "32"},
        {"EINVAL", "22"},
        {"EOVERFLOW", "75"},
        {"EADV", "68"},
        {"EINTR", "4"},
        {"EUSERS", "87"},
        {"ENOTEMPTY", "39"},
        {"ENOBUFS", "105"},
        {"EPROTO", "71"},
        {"EREMOTE", "66"},
        {"ENAVAIL", "119"},
        {"ECHILD", "10"},
        {"ELOOP", "40"},
        {"EXDEV", "18"},
        {"E2BIG", "7"},
        {"ESRCH", "3"},
        {"EMSGSIZE", "90"},
        {"EAFNOSUPPORT", "97"},
        {"EBADR", "53"},
        {"EHOSTDOWN", "112"},
        {"EPFNOSUPPORT", "96"},
        {"ENOPROTOOPT", "92"},
        {"EBUSY", "16"},
        {"EWOULDBLOCK", "11"},
        {"EBADFD", "77"},
        {"EDOTDOT", "73"},
        {"EISCONN", "106"},
        {"ENOANO", "55"},
        {"ESHUTDOWN", "108"},
        {"ECHRNG", "44"},
        {"ELIBBAD", "80"},
        {"ENONET", "64"},
        {"EBADE", "52"},
        {"EBADF", "9"},
        {"EMULTIHOP", "72"},
        {"EIO", "5"},
        {"EUNATCH", "49"},
        {"EPROTOTYPE", "91"},
        {"ENOSPC", "28"},
        {"ENOEXEC", "8"},
        {"EALREADY", "114"},
        {"ENETDOWN", "100"},
        {"ENOTNAM", "118"},
        {"EACCES", "13"},
        {"ELNRNG", "48"},
        {"EILSEQ", "84"},
        {"ENOTDIR", "20"},
        {"ENOTUNIQ", "76"},
        {"EPERM", "1"},
        {"EDOM", "33"},
        {"EXFULL", "54"},
        {"ECONNREFUSED", "111"},
        {"EISDIR", "21"},
        {"EPROTONOSUPPORT", "93"},
        {"EROFS", "30"},
        {"EADDRNOTAVAIL", "99"},
        {"EIDRM", "43"},
        {"ECOMM", "70"},
        {"ESRMNT", "69"},
        {"EREMOTEIO", "121"},
        {"EL3RST", "47"},
        {"EBADMSG", "74"},
        {"ENFILE", "23"},
        {"ELIBMAX", "82"},
        {"ESPIPE", "29"},
        {"ENOLINK", "67"},
        {"ENETRESET", "102"},
        {"ETIMEDOUT", "110"},
        {"ENOENT", "2"},
        {"EEXIST", "17"},
        {"EDQUOT", "122"},
        {"ENOSTR", "60"},
        {"EBADSLT", "57"},
        {"EBADRQC", "56"},
        {"ELIBACC", "79"},
        {"EFAULT", "14"},
        {"EFBIG", "27"},
        {"EDEADLK", "35"},
        {"ENOTCONN", "107"},
        {"EDESTADDRREQ", "89"},
        {"ELIBSCN", "81"},
        {"ENOLCK", "37"},
        {"EISNAM", "120"},
        {"ECONNABORTED", "103"},
        {"ENETUNREACH", "101"},
        {"ESTALE", "116"},
        {"ENOSR", "63"},
        {"ENOMEM", "12"},
        {"ENOTSOCK", "88"},
        {"ESTRPIPE", "86"},
        {"EMLINK", "31"},
        {"ERANGE", "34"},
        {"ELIBEXEC", "83"},
        {"EL3HLT", "46"},
        {"ECONNRESET", "104"},
        {"EADDRINUSE", "98"},
        {"EOPNOTSUPP", "95"},
        {"EREMCHG", "78"},
        {"EAGAIN", "11"},
        {"ENAMETOOLONG", "36"},
        {"ENOTTY", "25"},
        {"ERESTART", "85"},
        {"ESOCKTNOSUPPORT", "94"},
        {"ETIME", "62"},
        {"EBFONT", "59"},
        {"EDEADLOCK", "35"},
        {"ETOOMANYREFS", "109"},
        {"EMFILE", "24"},
        {"ETXTBSY", "26"},
        {"EINPROGRESS", "115"},
        {"ENXIO", "6"},
        {"ENOPKG", "65"},
        {"ENOMEDIUM", "123"},
        {"EMEDIUMTYPE", "124"},
        {"ECANCELED", "125"},
        {"ENOKEY", "126"},
        {"EKEYEXPIRED", "127"},
        {"EKEYREVOKED", "128"},
        {"EKEYREJECTED", "129"},
        {"EOWNERDEAD", "130"},
        {"ENOTRECOVERABLE", "131"},
        {"ERFKILL", "132"},
        {"ENOTSUP", "95"},
    };

    /** glibc's {@code strerror} text for {@code errno} ("Unknown error N" outside Linux's table). */
    public static String strerror(int errno) {
        return switch (errno) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 6 -> "No such device or address";
            case 7 -> "Argument list too long";
            case 8 -> "Exec format error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 15 -> "Block device required";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 19 -> "No such device";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 23 -> "Too many open files in system";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 26 -> "Text file busy";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 31 -> "Too many links";
            case 32 -> "Broken pipe";
            case 33 -> "Numerical argument out of domain";
            case 34 -> "Numerical result out of range";
            case 35 -> "Resource deadlock avoided";
            case 36 -> "File name too long";
            case 37 -> "No locks available";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 41 -> "Unknown error 41";
            case 42 -> "No message of desired type";
            case 43 -> "Identifier removed";
            case 44 -> "Channel number out of range";
            case 45 -> "Level 2 not synchronized";
            case 46 -> "Level 3 halted";
            case 47 -> "Level 3 reset";
            case 48 -> "Link number out of range";
            case 49 -> "Protocol driver not attached";
            case 50 -> "No CSI structure available";
            case 51 -> "Level 2 halted";
            case 52 -> "Invalid exchange";
            case 53 -> "Invalid request descriptor";
            case 54 -> "Exchange full";
            case 55 -> "No anode";
            case 56 -> "Invalid request code";
            case 57 -> "Invalid slot";
            case 58 -> "Unknown error 58";
            case 59 -> "Bad font file format";
            case 60 -> "Device not a stream";
            case 61 -> "No data available";
            case 62 -> "Timer expired";
            case 63 -> "Out of streams resources";
            case 64 -> "Machine is not on the network";
            case 65 -> "Package not installed";
            case 66 -> "Object is remote";
            case 67 -> "Link has been severed";
            case 68 -> "Advertise error";
            case 69 -> "Srmount error";
            case 70 -> "Communication error on send";
            case 71 -> "Protocol error";
            case 72 -> "Multihop attempted";
            case 73 -> "RFS specific error";
            case 74 -> "Bad message";
            case 75 -> "Value too large for defined data type";
            case 76 -> "Name not unique on network";
            case 77 -> "File descriptor in bad state";
            case 78 -> "Remote address changed";
            case 79 -> "Can not access a needed shared library";
            case 80 -> "Accessing a corrupted shared library";
            case 81 -> ".lib section in a.out corrupted";
            case 82 -> "Attempting to link in too many shared libraries";
            case 83 -> "Cannot exec a shared library directly";
            case 84 -> "Invalid or incomplete multibyte or wide character";
            case 85 -> "Interrupted system call should be restarted";
            case 86 -> "Streams pipe error";
            case 87 -> "Too many users";
            case 88 -> "Socket operation on non-socket";
            case 89 -> "Destination address required";
            case 90 -> "Message too long";
            case 91 -> "Protocol wrong type for socket";
            case 92 -> "Protocol not available";
            case 93 -> "Protocol not supported";
            case 94 -> "Socket type not supported";
            case 95 -> "Operation not supported";
            case 96 -> "Protocol family not supported";
            case 97 -> "Address family not supported by protocol";
            case 98 -> "Address already in use";
            case 99 -> "Cannot assign requested address";
            case 100 -> "Network is down";
            case 101 -> "Network is unreachable";
            case 102 -> "Network dropped connection on reset";
            case 103 -> "Software caused connection abort";
            case 104 -> "Connection reset by peer";
            case 105 -> "No buffer space available";
            case 106 -> "Transport endpoint is already connected";
            case 107 -> "Transport endpoint is not connected";
            case 108 -> "Cannot send after transport endpoint shutdown";
            case 109 -> "Too many references: cannot splice";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            case 112 -> "Host is down";
            case 113 -> "No route to host";
            case 114 -> "Operation already in progress";
            case 115 -> "Operation now in progress";
            case 116 -> "Stale file handle";
            case 117 -> "Structure needs cleaning";
            case 118 -> "Not a XENIX named type file";
            case 119 -> "No XENIX semaphores available";
            case 120 -> "Is a named type file";
            case 121 -> "Remote I/O error";
            case 122 -> "Disk quota exceeded";
            case 123 -> "No medium found";
            case 124 -> "Wrong medium type";
            case 125 -> "Operation canceled";
            case 126 -> "Required key not available";
            case 127 -> "Key has expired";
            case 128 -> "Key has been revoked";
            case 129 -> "Key was rejected by service";
            case 130 -> "Owner died";
            case 131 -> "State not recoverable";
            case 132 -> "Operation not possible due to RF-kill";
            case 133 -> "Memory page has hardware error";
            default -> "Unknown error " + errno;
        };
    }

    /** The errno a JDK exception stands for (its reason text is the C library's strerror). */
    public static int of(IOException e) {
        if (e instanceof NativeFdStreams.ErrnoException n) {
            return n.errno;
        }
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
            // ENFILE before EMFILE: its text contains EMFILE's
            for (int n : new int[] {EPERM, ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, EINVAL, ESPIPE, EROFS,
                    ENAMETOOLONG, ENOTEMPTY, ELOOP, EBADF, EPIPE, ENOSPC, ENFILE, EMFILE, EBUSY, EXDEV, ETXTBSY,
                    EFBIG, EMLINK}) {
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
