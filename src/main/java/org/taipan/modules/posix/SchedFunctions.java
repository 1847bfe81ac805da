package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;
import org.taipan.sandbox.Sandbox;

/**
 * The scheduler functions of {@code posix} and the {@code SCHED_*} policies: {@code sched_yield},
 * {@code sched_get_priority_max/min(policy)}, {@code sched_getscheduler(pid)},
 * {@code sched_getparam(pid)} (a {@code sched_param}), {@code sched_setparam(pid, param)},
 * {@code sched_setscheduler(pid, policy, param)}, {@code sched_rr_get_interval(pid)} (float
 * seconds), {@code sched_getaffinity(pid)} (a set of CPU numbers) and
 * {@code sched_setaffinity(pid, mask)} (any iterable of ints), each the C library's function. The
 * setters need {@link Permission#PROCESS}. Registered only when the C library can be called.
 */
final class SchedFunctions {
    private SchedFunctions() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final NativeFn YIELD = new NativeFn("sched_yield", FunctionDescriptor.of(I));
    private static final NativeFn PRIORITY_MAX = new NativeFn("sched_get_priority_max", FunctionDescriptor.of(I, I));
    private static final NativeFn PRIORITY_MIN = new NativeFn("sched_get_priority_min", FunctionDescriptor.of(I, I));
    private static final NativeFn GETSCHEDULER = new NativeFn("sched_getscheduler", FunctionDescriptor.of(I, I));
    private static final NativeFn GETPARAM = new NativeFn("sched_getparam", FunctionDescriptor.of(I, I, P));
    private static final NativeFn SETPARAM = new NativeFn("sched_setparam", FunctionDescriptor.of(I, I, P));
    private static final NativeFn SETSCHEDULER = new NativeFn("sched_setscheduler", FunctionDescriptor.of(I, I, I, P));
    private static final NativeFn RR_INTERVAL = new NativeFn("sched_rr_get_interval", FunctionDescriptor.of(I, I, P));
    private static final NativeFn GETAFFINITY = new NativeFn("sched_getaffinity", FunctionDescriptor.of(I, I, L, P));
    private static final NativeFn SETAFFINITY = new NativeFn("sched_setaffinity", FunctionDescriptor.of(I, I, L, P));

    /** The Linux policies. */
    private static final Object[][] POLICIES = {{"SCHED_OTHER", 0}, {"SCHED_FIFO", 1}, {"SCHED_RR", 2},
        {"SCHED_BATCH", 3}, {"SCHED_IDLE", 5}, {"SCHED_RESET_ON_FORK", 0x40000000}};

    /** CPython's first guess at the CPU count: the bits of one unsigned long. */
    private static final int NCPUS_START = 64;

    /**
     * {@code os.sched_param(sched_priority)}: a struct sequence of one field, built by keyword too.
     * It keeps the struct sequences' {@code __reduce__}, whose two arguments its constructor
     * refuses: CPython 3.11's cannot be pickled either.
     */
    static final PyType SCHED_PARAM = schedParamType();

    private static PyType schedParamType() {
        return StructSeq.newType("posix", "sched_param", t -> {
            t.tp_new = (type, a, k) -> {
                PyObject[] b = MethodArgs.bind("sched_param", a, k, 0, "sched_priority");
                return StructSeq.make(type, MethodArgs.required("sched_param", b, 0, "sched_priority"));
            };
        }, "sched_priority");
    }

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        for (Object[] c : POLICIES) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.set("sched_param", SCHED_PARAM);
        PosixModule.def(m, "sched_yield", (a, k) -> {
            PosixModule.noArgs("sched_yield", a, k);
            YIELD.check(null);
            return PyNone.NONE;
        });
        for (String name : new String[] {"sched_get_priority_max", "sched_get_priority_min"}) {
            NativeFn fn = name.endsWith("max") ? PRIORITY_MAX : PRIORITY_MIN;
            PosixModule.def(m, name, (a, k) -> {
                PyObject[] b = MethodArgs.bind(name, a, k, 0, "policy");
                return PyInt.of(fn.check(null, PosixModule.intArg(MethodArgs.required(name, b, 0, "policy"))));
            });
        }
        PosixModule.def(m, "sched_getscheduler", (a, k) -> {
            int pid = PosixModule.intArg(PosixModule.onlyArg("sched_getscheduler", a, k));
            return PyInt.of(GETSCHEDULER.check(null, pid));
        });
        PosixModule.def(m, "sched_getparam", (a, k) -> {
            int pid = PosixModule.intArg(PosixModule.onlyArg("sched_getparam", a, k));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment param = arena.allocate(I);
                GETPARAM.check(null, pid, param);
                return StructSeq.make(SCHED_PARAM, PyInt.of(param.get(I, 0)));
            }
        });
        PosixModule.def(m, "sched_setparam", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.sched_setparam()");
            PosixModule.exactArgs("sched_setparam", a, k, 2);
            int pid = PosixModule.intArg(a[0]);
            int priority = priority(a[1]);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment param = arena.allocate(I);
                param.set(I, 0, priority);
                SETPARAM.check(null, pid, param);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "sched_setscheduler", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.sched_setscheduler()");
            PosixModule.exactArgs("sched_setscheduler", a, k, 3);
            int pid = PosixModule.intArg(a[0]);
            int policy = PosixModule.intArg(a[1]);
            int priority = priority(a[2]);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment param = arena.allocate(I);
                param.set(I, 0, priority);
                SETSCHEDULER.check(null, pid, policy, param);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "sched_rr_get_interval", (a, k) -> {
            int pid = PosixModule.intArg(PosixModule.onlyArg("sched_rr_get_interval", a, k));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment ts = arena.allocate(16, 8);
                RR_INTERVAL.check(null, pid, ts);
                return new PyFloat(ts.get(L, 0) + ts.get(L, 8) * 1e-9);
            }
        });
        PosixModule.def(m, "sched_getaffinity", (a, k) -> {
            int pid = PosixModule.intArg(PosixModule.onlyArg("sched_getaffinity", a, k));
            return getaffinity(pid);
        });
        PosixModule.def(m, "sched_setaffinity", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.sched_setaffinity()");
            PosixModule.exactArgs("sched_setaffinity", a, k, 2);
            int pid = PosixModule.intArg(a[0]);
            setaffinity(pid, a[1]);
            return PyNone.NONE;
        });
    }

    /**
     * The priority of a {@code sched_param} argument.
     *
     * @throws org.taipan.runtime.PyException TypeError "must have a sched_param object" for any
     *     other type; OverflowError "sched_priority out of range" beyond a C int
     */
    private static int priority(PyObject param) {
        if (param.type() != SCHED_PARAM) {
            throw Errors.typeError("must have a sched_param object");
        }
        PyObject p = ((PyTuple) param).get(0);
        PyInt v = Abstract.index(p, null);
        if (!v.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        long l = v.longValue();
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw Errors.overflow("sched_priority out of range");
        }
        return (int) l;
    }

    /** CPU_ALLOC_SIZE: the bytes of a set of {@code ncpus} CPUs, whole unsigned longs. */
    private static long setSize(int ncpus) {
        return ((ncpus + 63L) / 64) * 8;
    }

    /** {@code sched_getaffinity}, doubling the set's size while the kernel says it is too small. */
    private static PySet getaffinity(int pid) {
        int ncpus = NCPUS_START;
        try (Arena arena = Arena.ofConfined()) {
            while (true) {
                long size = setSize(ncpus);
                MemorySegment mask = arena.allocate(size, 8);
                if (GETAFFINITY.call(pid, size, mask) == 0) {
                    PySet r = new PySet(false);
                    for (long bit = 0; bit < size * 8; bit++) {
                        if ((mask.get(ValueLayout.JAVA_BYTE, bit >> 3) & (1 << (bit & 7))) != 0) {
                            r.add(PyInt.of(bit));
                        }
                    }
                    return r;
                }
                int errno = Libc.errno();
                if (errno != Errno.EINVAL || ncpus >= Integer.MAX_VALUE / 2) {
                    throw Errno.error(errno, null);
                }
                ncpus *= 2;
            }
        }
    }

    /** {@code sched_setaffinity} of the CPUs {@code mask} yields, with CPython's checks of each. */
    private static void setaffinity(int pid, PyObject mask) {
        java.util.BitSet cpus = new java.util.BitSet();
        PyObject it = Abstract.iter(mask);
        int ncpus = NCPUS_START;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyInt v)) {
                throw Errors.typeError("expected an iterator of ints, but iterator yielded %s",
                        Abstract.repr(item.type()));
            }
            if (v.signum() < 0) {
                if (!v.fitsLong()) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                throw Errors.valueError("negative CPU number");
            }
            if (v.bigValue().compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 1)) > 0) {
                if (!v.fitsLong()) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                throw Errors.overflow("CPU number too large");
            }
            int cpu = (int) v.longValue();
            while (ncpus <= cpu) {
                ncpus = ncpus > Integer.MAX_VALUE / 2 ? cpu + 1 : ncpus * 2;
            }
            cpus.set(cpu);
        }
        try (Arena arena = Arena.ofConfined()) {
            long size = setSize(ncpus);
            MemorySegment set = arena.allocate(size, 8);
            byte[] bytes = cpus.toByteArray();
            MemorySegment.copy(bytes, 0, set, ValueLayout.JAVA_BYTE, 0, bytes.length);
            SETAFFINITY.check(null, pid, size, set);
        }
    }
}
