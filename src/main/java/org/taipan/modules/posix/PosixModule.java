package org.taipan.modules.posix;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The builtin module {@code posix} (CPython's {@code Modules/posixmodule.c}), what the standard
 * library's {@code os}, {@code posixpath}, {@code shutil}, {@code tempfile}, {@code glob} and
 * {@code pathlib} use: file system functions ({@link FileFunctions}, {@link ScanDir},
 * {@link StatResult}), descriptors ({@link FdFunctions}), the process ({@link ProcessFunctions})
 * and {@code environ} (bytes keys and values, as CPython's). The working directory, environment
 * and umask are the interpreter's own ({@link PosixState}): relative paths resolve against its
 * working directory. Failures raise the {@code OSError} subclass of the errno, with the file
 * names, through {@link Errno}.
 *
 * <p>To add a function: a {@code def(m, name, body)} line in one of the register methods; path
 * arguments go through {@link PosixPaths#convert}.
 */
public final class PosixModule {
    private PosixModule() {}

    /** The O_* flags and other constants (Linux x86-64 values). */
    private static final Object[][] CONSTANTS = {
        {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
        {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_ACCMODE", 3}, {"O_CREAT", 64}, {"O_EXCL", 128},
        {"O_NOCTTY", 256}, {"O_TRUNC", 512}, {"O_APPEND", 1024}, {"O_NONBLOCK", 2048}, {"O_NDELAY", 2048},
        {"O_DSYNC", 4096}, {"O_ASYNC", 8192}, {"O_DIRECT", 16384}, {"O_LARGEFILE", 0}, {"O_DIRECTORY", 65536},
        {"O_NOFOLLOW", 131072}, {"O_NOATIME", 262144}, {"O_CLOEXEC", 524288}, {"O_SYNC", 1052672},
        {"O_RSYNC", 1052672}, {"O_PATH", 2097152}, {"O_TMPFILE", 4259840},
        {"O_FSYNC", 1052672}, {"SEEK_DATA", 3}, {"SEEK_HOLE", 4},
        {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
        {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
        {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
        {"EX_CONFIG", 78},
        {"WNOHANG", 1}, {"WUNTRACED", 2}, {"WCONTINUED", 8}, {"WEXITED", 4}, {"WSTOPPED", 2}, {"WNOWAIT", 16777216},
        {"P_PID", 1}, {"P_PGID", 2}, {"P_ALL", 0}, {"P_PIDFD", 3},
        {"F_LOCK", 1}, {"F_TLOCK", 2}, {"F_ULOCK", 0}, {"F_TEST", 3},
        {"NGROUPS_MAX", 65536}, {"TMP_MAX", 238328},
        {"ST_RDONLY", 1}, {"ST_NOSUID", 2}, {"ST_NODEV", 4}, {"ST_NOEXEC", 8}, {"ST_SYNCHRONOUS", 16},
        {"ST_MANDLOCK", 64}, {"ST_WRITE", 128}, {"ST_APPEND", 256}, {"ST_NOATIME", 1024}, {"ST_NODIRATIME", 2048},
        {"ST_RELATIME", 4096},
        {"POSIX_SPAWN_OPEN", 0}, {"POSIX_SPAWN_CLOSE", 1}, {"POSIX_SPAWN_DUP2", 2},
        {"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_NOLOAD", 4}, {"RTLD_DEEPBIND", 8}, {"RTLD_GLOBAL", 256},
        {"RTLD_LOCAL", 0}, {"RTLD_NODELETE", 4096},
        {"RWF_HIPRI", 1}, {"RWF_DSYNC", 2}, {"RWF_SYNC", 4}, {"RWF_NOWAIT", 8}, {"RWF_APPEND", 16},
        {"SPLICE_F_MOVE", 1}, {"SPLICE_F_NONBLOCK", 2}, {"SPLICE_F_MORE", 4},
    };

    /**
     * {@code posix._have_functions}: the optional C functions CPython's {@code os} checks for its
     * {@code supports_*} sets. Only those whose variants (descriptor, {@code dir_fd}) are
     * implemented here are named, so {@code shutil.rmtree} takes its path-based branch.
     */
    private static final String[] HAVE_FUNCTIONS = {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT",
        "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
        "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT",
        "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"};

    /** The {@code _have_functions} entries of the ownership functions, there when {@link OwnerFunctions} are. */
    private static final String[] HAVE_OWNER_FUNCTIONS = {"HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_LCHOWN"};

    /** A new {@code posix} module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posix", true);
        PosixState state = PosixState.of(interp);
        def(m, "fspath", (a, k) -> PosixPaths.fspath(org.taipan.runtime.MethodArgs.required("fspath",
                org.taipan.runtime.MethodArgs.bind("fspath", a, k, 0, "path"), 0, "path")));
        FileFunctions.register(m, state);
        ScanDir.register(m);
        FdFunctions.register(m);
        ProcessFunctions.register(m, interp, state);
        WaitFunctions.register(m, interp, state);
        OwnerFunctions.register(m);
        CredentialFunctions.register(m);
        RandomFunctions.register(m);
        TransferFunctions.register(m);
        SpecialFiles.register(m);
        VectorIO.register(m);
        PriorityFunctions.register(m);
        EventFds.register(m);
        PtyFunctions.register(m);
        ExtendedAttributes.register(m);
        PathConf.register(m);
        SysConf.register(m);
        SessionFunctions.register(m);
        GroupFunctions.register(m);
        SchedFunctions.register(m);
        WaitUsage.register(m, interp);
        FileAdvice.register(m);
        AnonymousFds.register(m);
        ForkHooks.register(m, interp);
        ExecFunctions.register(m, interp, state);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : state.environment().entrySet()) {
            environ.setItem(PyBytes.of(EnvText.encode(e.getKey())), PyBytes.of(EnvText.encode(e.getValue())));
        }
        m.set("environ", environ);
        m.set("stat_result", StatResult.TYPE);
        m.set("error", org.taipan.runtime.ExceptionTypes.OSError);
        m.set("uname_result", ProcessFunctions.UNAME_RESULT);
        m.set("times_result", ProcessFunctions.TIMES_RESULT);
        m.set("DirEntry", ScanDir.DIR_ENTRY);
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        PyList have = new PyList();
        for (String h : HAVE_FUNCTIONS) {
            have.append(PyStr.of(h));
        }
        if (m.dict().getItem(PyStr.of("chown")) != null) {
            for (String h : HAVE_OWNER_FUNCTIONS) {
                have.append(PyStr.of(h));
            }
        }
        m.set("_have_functions", have);
        return m;
    }

    static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, (a, k) -> {
            try {
                return body.call(a, k);
            } catch (java.nio.channels.NonReadableChannelException | java.nio.channels.NonWritableChannelException e) {
                // a descriptor used against its open mode (read of O_WRONLY, write of O_RDONLY): read(2)'s EBADF
                throw Errno.error(Errno.EBADF, null);
            }
        });
        f.setModule(m);
        m.set(name, f);
    }

    /** "posix.getpid() takes no arguments (1 given)", as CPython words it for METH_NOARGS functions. */
    static void noArgs(String name, PyObject[] a, String[] k) {
        Args.noArgs("posix." + name, a, k);
    }

    /**
     * Checks the {@code n} positional arguments of a function CPython parses with a format string
     * ({@code pid_t} arguments): "posix.f() takes no keyword arguments", "f() takes exactly 2
     * arguments (1 given)".
     */
    static void exactArgs(String name, PyObject[] a, String[] k, int n) {
        Args.noKeywords("posix." + name, k);
        if (a.length != n) {
            throw Errors.typeError("%s() takes exactly %d arguments (%d given)", name, n, a.length);
        }
    }

    /** The single positional argument of a METH_O function: "posix.f() takes exactly one argument (0 given)". */
    static PyObject onlyArg(String name, PyObject[] a, String[] k) {
        return Args.oneArg("posix." + name, a, k);
    }

    /** The single argument of a one-argument function (positional or by keyword {@code kw}). */
    static PyObject oneArg(String fname, PyObject[] a, String[] k, String kw) {
        return org.taipan.runtime.MethodArgs.required(fname, org.taipan.runtime.MethodArgs.bind(fname, a, k, 0, kw), 0,
                kw);
    }

    /** An int argument ({@code __index__}), as a Java int; too big is OverflowError. */
    static int intArg(PyObject o) {
        return org.taipan.runtime.Args.cInt(o);
    }

    /** {@code os.fspath}; kept for {@code _io}. */
    public static PyObject fspath(PyObject path) {
        return PosixPaths.fspath(path);
    }

    /** The text of a str or bytes path; kept for {@code _io}. */
    public static String pathString(PyObject p) {
        return PosixPaths.text(p);
    }
}
