package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code os.pathconf(path, name)}, {@code os.fpathconf(fd, name)} and {@code os.pathconf_names}
 * (glibc's {@code _PC_*} numbers): the C library's {@code pathconf} on the resolved path (a
 * descriptor of the interpreter's table through the path it was opened on). A limit the system
 * does not have is -1, told apart from a failure by clearing errno first, as CPython does.
 * Registered only when the C library can be called.
 */
final class PathConf {
    private PathConf() {}

    private static final String[] NAMES = {"PC_LINK_MAX", "PC_MAX_CANON", "PC_MAX_INPUT", "PC_NAME_MAX",
        "PC_PATH_MAX", "PC_PIPE_BUF", "PC_CHOWN_RESTRICTED", "PC_NO_TRUNC", "PC_VDISABLE", "PC_SYNC_IO",
        "PC_ASYNC_IO", "PC_PRIO_IO", "PC_SOCK_MAXBUF", "PC_FILESIZEBITS", "PC_REC_INCR_XFER_SIZE",
        "PC_REC_MAX_XFER_SIZE", "PC_REC_MIN_XFER_SIZE", "PC_REC_XFER_ALIGN", "PC_ALLOC_SIZE_MIN",
        "PC_SYMLINK_MAX"};

    private static final NativeFn PATHCONF = new NativeFn("pathconf", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    /** {@code __errno_location()}, to clear errno before a call whose -1 may be no error. */
    static final class ErrnoLocation {
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(
                Linker.nativeLinker().defaultLookup().find("__errno_location").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS));

        static void clear() {
            try {
                ((MemorySegment) HANDLE.invokeExact()).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void register(PyModule m) {
        PyDict names = new PyDict();
        for (int i = 0; i < NAMES.length; i++) {
            names.setItem(PyStr.of(NAMES[i]), PyInt.of(i));
        }
        m.set("pathconf_names", names);
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "pathconf", (a, k) -> {
            PyObject[] b = MethodArgs.bind("pathconf", a, k, 0, "path", "name");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("pathconf", b, 0, "path"), "pathconf",
                    "path", true, false);
            int name = name(MethodArgs.required("pathconf", b, 1, "name"), names);
            if (p.isFd()) {
                return PyInt.of(pathconf(FdFunctions.pathOf(p.fd()), name, null));
            }
            return PyInt.of(pathconf(p.path(), name, p.object()));
        });
        PosixModule.def(m, "fpathconf", (a, k) -> {
            PyObject[] b = MethodArgs.bind("fpathconf", a, k, 0, "fd", "name");
            PosixPaths.PathArg p = PosixPaths.convert(MethodArgs.required("fpathconf", b, 0, "fd"), "fpathconf",
                    "fd", true, false);
            int name = name(MethodArgs.required("fpathconf", b, 1, "name"), names);
            java.nio.file.Path path = p.isFd() ? FdFunctions.pathOf(p.fd()) : p.path();
            return PyInt.of(pathconf(path, name, p.isFd() ? null : p.object()));
        });
    }

    /**
     * A configuration name: an int, or a key of {@code pathconf_names}.
     *
     * @throws org.taipan.runtime.PyException ValueError "unrecognized configuration name";
     *     TypeError "configuration names must be strings or integers"
     */
    static int name(PyObject o, PyDict names) {
        PyInt i = PyInt.asInt(o);
        if (i != null) {
            if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            return (int) i.longValue();
        }
        if (o instanceof PyStr) {
            PyObject v = names.getItem(o);
            if (v == null) {
                throw Errors.valueError("unrecognized configuration name");
            }
            return PosixModule.intArg(v);
        }
        throw Errors.typeError("configuration names must be strings or integers");
    }

    private static long pathconf(java.nio.file.Path path, int name, PyObject filename) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = Libc.cPath(arena, path);
            ErrnoLocation.clear();
            long r = PATHCONF.call(p, name);
            if (r == -1 && Libc.errno() != 0) {
                // an unknown name (EINVAL) names no file, as os_pathconf_impl reports it
                throw Errno.error(Libc.errno(), Libc.errno() == Errno.EINVAL ? null : filename);
            }
            return r;
        }
    }
}
