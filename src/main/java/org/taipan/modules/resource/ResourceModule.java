package org.taipan.modules.resource;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code resource} (CPython's {@code Modules/resource.c}) for Linux: the
 * process's resource limits ({@code getrlimit}, {@code setrlimit}, {@code prlimit}, with the
 * {@code RLIMIT_*} numbers and {@code RLIM_INFINITY}, shown as -1), its resource usage
 * ({@code getrusage}, a {@code struct_rusage} whose two times are float seconds) and
 * {@code getpagesize}, all through the C library.
 *
 * <p>Limits belong to the whole process, so to the JVM and every interpreter in it: a sandboxed
 * interpreter (without {@link Permission#PROCESS}) may read its own but not change them, nor use
 * {@code prlimit} on any process. Errors are
 * CPython's: ValueError "invalid resource specified" for a number outside 0..15, "current limit
 * exceeds maximum limit" (EINVAL) and "not allowed to raise maximum limit" (EPERM) from
 * {@code setrlimit}, else OSError ({@code resource.error} is OSError).
 */
public final class ResourceModule {
    private ResourceModule() {}

    /** The Linux resource numbers, in order from 0 (RLIM_NLIMITS is 16). */
    private static final String[] LIMITS = {"RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
        "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_LOCKS",
        "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};

    static final PyType STRUCT_RUSAGE = StructSeq.newType("resource", "struct_rusage", "ru_utime", "ru_stime",
            "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock",
            "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    /** The C functions, linked on first use. */
    private static final class Fn {
        private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
        private static final ValueLayout A = ValueLayout.ADDRESS;
        static final MethodHandle GETRLIMIT = Libc.link("getrlimit", FunctionDescriptor.of(I, I, A));
        static final MethodHandle SETRLIMIT = Libc.link("setrlimit", FunctionDescriptor.of(I, I, A));
        static final MethodHandle PRLIMIT = Libc.link("prlimit", FunctionDescriptor.of(I, I, I, A, A));
        static final MethodHandle GETRUSAGE = Libc.link("getrusage", FunctionDescriptor.of(I, I, A));
        static final MethodHandle GETPAGESIZE = Libc.linkPlain("getpagesize", FunctionDescriptor.of(I));
    }

    /** A new {@code resource} module. */
    public static PyModule create() {
        PyModule m = new PyModule("resource", true);
        m.set("__doc__", PyStr.of("The process's resource limits and usage, as the C library keeps them."));
        for (int i = 0; i < LIMITS.length; i++) {
            m.set(LIMITS[i], PyInt.of(i));
        }
        m.set("RLIMIT_OFILE", PyInt.of(7));
        m.set("RLIM_INFINITY", PyInt.of(-1));
        m.set("RUSAGE_SELF", PyInt.of(0));
        m.set("RUSAGE_CHILDREN", PyInt.of(-1));
        m.set("RUSAGE_THREAD", PyInt.of(1));
        m.set("error", ExceptionTypes.OSError);
        m.set("struct_rusage", STRUCT_RUSAGE);
        m.def("getpagesize", (a, k) -> {
            Args.noKeywords("getpagesize", k);
            if (a.length != 0) {
                throw Errors.typeError("resource.getpagesize() takes no arguments (%d given)", a.length);
            }
            requireLibc();
            try {
                return PyInt.of((int) Fn.GETPAGESIZE.invokeExact());
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        m.def("getrlimit", (a, k) -> {
            Args.noKeywords("getrlimit", k);
            oneArgument("getrlimit", a);
            int resource = resource(a[0]);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment limits = arena.allocate(16);
                check(Libc.call(Fn.GETRLIMIT, resource, limits));
                return pair(limits);
            }
        });
        m.def("setrlimit", (a, k) -> {
            Args.noKeywords("setrlimit", k);
            Args.check("setrlimit", a, k, 2, 2);
            int resource = resource(a[0]);
            Sandbox.require(Permission.PROCESS, "resource.setrlimit()");
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment limits = limits(arena, a[1]);
                if (Libc.call(Fn.SETRLIMIT, resource, limits) == -1) {
                    int errno = Libc.errno();
                    if (errno == Errno.EINVAL) {
                        throw Errors.valueError("current limit exceeds maximum limit");
                    } else if (errno == Errno.EPERM) {
                        throw Errors.valueError("not allowed to raise maximum limit");
                    }
                    throw Errno.error(errno, null);
                }
                return PyNone.NONE;
            }
        });
        m.def("prlimit", (a, k) -> {
            Args.noKeywords("prlimit", k);
            if (a.length < 2 || a.length > 3) {
                throw Errors.typeError("resource.prlimit requires 2 to 3 arguments");
            }
            int pid = Args.cInt(a[0]);
            int resource = resource(a[1]);
            boolean setting = a.length == 3;
            // another process's limits, even read, are outside a sandboxed interpreter
            Sandbox.require(Permission.PROCESS, "resource.prlimit()");
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment next = setting ? limits(arena, a[2]) : MemorySegment.NULL;
                MemorySegment old = arena.allocate(16);
                if (Libc.call(Fn.PRLIMIT, pid, resource, next, old) == -1) {
                    int errno = Libc.errno();
                    if (errno == Errno.EINVAL) {
                        throw Errors.valueError("current limit exceeds maximum limit");
                    }
                    throw Errno.error(errno, null);
                }
                return pair(old);
            }
        });
        m.def("getrusage", (a, k) -> {
            Args.noKeywords("getrusage", k);
            oneArgument("getrusage", a);
            int who = Args.cInt(a[0]);
            try (Arena arena = Arena.ofConfined()) {
                // struct rusage: two struct timevals (seconds, microseconds), then 14 longs
                MemorySegment usage = arena.allocate(144);
                if (Libc.call(Fn.GETRUSAGE, who, usage) == -1) {
                    int errno = Libc.errno();
                    if (errno == Errno.EINVAL) {
                        throw Errors.valueError("invalid who parameter");
                    }
                    throw Errno.error(errno, null);
                }
                return rusage(usage);
            }
        });
        return m;
    }

    /**
     * A {@code resource.struct_rusage} of a C {@code struct rusage} (144 bytes on Linux x86-64:
     * two {@code struct timeval}s, then 14 longs); the times as float seconds. For
     * {@code os.wait3}/{@code os.wait4} too, which CPython builds with this module's type.
     */
    public static PyObject rusage(MemorySegment usage) {
        PyObject[] fields = new PyObject[16];
        fields[0] = seconds(usage, 0);
        fields[1] = seconds(usage, 16);
        for (int i = 2; i < 16; i++) {
            fields[i] = PyInt.of(usage.get(ValueLayout.JAVA_LONG, 32 + 8L * (i - 2)));
        }
        return StructSeq.make(STRUCT_RUSAGE, fields);
    }

    /** CPython's check for a function of one positional argument. */
    private static void oneArgument(String name, PyObject[] a) {
        if (a.length != 1) {
            throw Errors.typeError("resource.%s() takes exactly one argument (%d given)", name, a.length);
        }
    }

    /** A resource number, checked against RLIM_NLIMITS. */
    private static int resource(PyObject o) {
        int r = Args.cInt(o);
        if (r < 0 || r >= LIMITS.length) {
            throw Errors.valueError("invalid resource specified");
        }
        requireLibc();
        return r;
    }

    private static void requireLibc() {
        if (!Libc.available()) {
            throw Errors.of(ExceptionTypes.OSError, Libc.unavailableReason("the resource module"));
        }
    }

    private static void check(long result) {
        if (result == -1) {
            throw Errno.error(Libc.errno(), null);
        }
    }

    /** {@code (soft, hard)} from a struct rlimit; RLIM_INFINITY (all ones) reads as -1. */
    private static PyTuple pair(MemorySegment limits) {
        return PyTuple.of(PyInt.of(limits.get(ValueLayout.JAVA_LONG, 0)), PyInt.of(limits.get(ValueLayout.JAVA_LONG, 8)));
    }

    /**
     * A struct rlimit from an iterable of two integers (CPython's py2rlimit): ValueError "expected
     * a tuple of 2 integers" for another length, TypeError for no iterable; -1 (or any negative
     * number) is RLIM_INFINITY.
     */
    private static MemorySegment limits(Arena arena, PyObject o) {
        PyObject[] items = Abstract.toArray(o);
        if (items.length != 2) {
            throw Errors.valueError("expected a tuple of 2 integers");
        }
        MemorySegment s = arena.allocate(16);
        s.set(ValueLayout.JAVA_LONG, 0, limit(items[0]));
        s.set(ValueLayout.JAVA_LONG, 8, limit(items[1]));
        return s;
    }

    private static long limit(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    private static PyObject seconds(MemorySegment usage, long offset) {
        return new PyFloat(usage.get(ValueLayout.JAVA_LONG, offset) + usage.get(ValueLayout.JAVA_LONG, offset + 8) * 1e-6);
    }
}
