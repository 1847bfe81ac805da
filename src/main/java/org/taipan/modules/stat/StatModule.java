package org.taipan.modules.stat;

import java.math.BigInteger;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The builtin module {@code _stat} (CPython's {@code Modules/_stat.c}), which {@code stat.py}
 * imports over its pure-Python definitions: the {@code S_IF*}, permission, {@code ST_*},
 * {@code UF_*}/{@code SF_*} constants with Linux's values (the types Linux lacks, door, event port
 * and whiteout, are 0), the {@code S_IS*(mode)} predicates, {@code S_IMODE}, {@code S_IFMT} and
 * {@code filemode}.
 *
 * <p>A mode must be an exact {@code int} (no {@code __index__}: "an integer is required"),
 * non-negative ({@code OverflowError} "can't convert negative value to unsigned int") and fit a
 * 32-bit {@code mode_t} ("mode out of range"; beyond 64 bits "Python int too large to convert to
 * C unsigned long"), as CPython's {@code _PyLong_AsMode_t} checks it.
 */
public final class StatModule {
    private StatModule() {}

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000, S_IFLNK = 0120000, S_IFREG = 0100000, S_IFBLK = 060000,
            S_IFDIR = 040000, S_IFCHR = 020000, S_IFIFO = 010000;
    private static final int S_ISUID = 04000, S_ISGID = 02000, S_ISVTX = 01000;

    /** A new {@code _stat} module. */
    public static PyModule create() {
        PyModule m = new PyModule("_stat", true);
        m.set("__doc__", PyStr.of("Constants and functions for interpreting the results of os.stat(), os.lstat()"
                + " and os.fstat()."));
        Object[][] constants = {
            {"S_IFMT", S_IFMT}, {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK},
            {"S_IFREG", S_IFREG}, {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
            {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
            {"S_ISUID", S_ISUID}, {"S_ISGID", S_ISGID}, {"S_ISVTX", S_ISVTX}, {"S_ENFMT", S_ISGID},
            {"S_IREAD", 0400}, {"S_IWRITE", 0200}, {"S_IEXEC", 0100},
            {"S_IRWXU", 0700}, {"S_IRUSR", 0400}, {"S_IWUSR", 0200}, {"S_IXUSR", 0100},
            {"S_IRWXG", 070}, {"S_IRGRP", 040}, {"S_IWGRP", 020}, {"S_IXGRP", 010},
            {"S_IRWXO", 07}, {"S_IROTH", 04}, {"S_IWOTH", 02}, {"S_IXOTH", 01},
            {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4}, {"UF_OPAQUE", 0x8},
            {"UF_NOUNLINK", 0x10}, {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000},
            {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000},
            {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
            {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5},
            {"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
        };
        for (Object[] c : constants) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        predicate(m, "S_ISDIR", S_IFDIR);
        predicate(m, "S_ISCHR", S_IFCHR);
        predicate(m, "S_ISBLK", S_IFBLK);
        predicate(m, "S_ISREG", S_IFREG);
        predicate(m, "S_ISFIFO", S_IFIFO);
        predicate(m, "S_ISLNK", S_IFLNK);
        predicate(m, "S_ISSOCK", S_IFSOCK);
        for (String never : new String[] {"S_ISDOOR", "S_ISPORT", "S_ISWHT"}) {
            m.def(never, (a, k) -> {
                mode(Args.oneArg("_stat." + never, a, k));
                return PyBool.FALSE;
            });
        }
        m.def("S_IMODE", (a, k) -> PyInt.of(mode(Args.oneArg("_stat.S_IMODE", a, k)) & 07777));
        m.def("S_IFMT", (a, k) -> PyInt.of(mode(Args.oneArg("_stat.S_IFMT", a, k)) & S_IFMT));
        m.def("filemode", (a, k) -> PyStr.of(filemode(mode(Args.oneArg("_stat.filemode", a, k)))));
        return m;
    }

    private static void predicate(PyModule m, String name, int type) {
        m.def(name, (a, k) -> PyBool.of((mode(Args.oneArg("_stat." + name, a, k)) & S_IFMT) == type));
    }


    /** CPython's {@code _PyLong_AsMode_t}: the mode as an unsigned 32-bit value (see the class comment). */
    static long mode(PyObject o) {
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OverflowError, "can't convert negative value to unsigned int");
        }
        BigInteger v = i.bigValue();
        if (v.bitLength() > 64) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OverflowError,
                    "Python int too large to convert to C unsigned long");
        }
        if (v.bitLength() > 32) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OverflowError, "mode out of range");
        }
        return v.longValue();
    }

    /** The ten characters {@code ls -l} shows: the type, then rwx for user, group and others. */
    static String filemode(long mode) {
        StringBuilder s = new StringBuilder(10);
        s.append(switch ((int) (mode & S_IFMT)) {
            case S_IFREG -> '-';
            case S_IFDIR -> 'd';
            case S_IFLNK -> 'l';
            case S_IFCHR -> 'c';
            case S_IFBLK -> 'b';
            case S_IFIFO -> 'p';
            case S_IFSOCK -> 's';
            default -> '?';
        });
        permissions(s, mode >> 6, (mode & S_ISUID) != 0, 's');
        permissions(s, mode >> 3, (mode & S_ISGID) != 0, 's');
        permissions(s, mode, (mode & S_ISVTX) != 0, 't');
        return s.toString();
    }

    /** One rwx triple; a special bit shows in the x place, lower case when x is also set. */
    private static void permissions(StringBuilder s, long bits, boolean special, char mark) {
        s.append((bits & 4) != 0 ? 'r' : '-');
        s.append((bits & 2) != 0 ? 'w' : '-');
        boolean x = (bits & 1) != 0;
        s.append(special ? (x ? mark : Character.toUpperCase(mark)) : (x ? 'x' : '-'));
    }
}
