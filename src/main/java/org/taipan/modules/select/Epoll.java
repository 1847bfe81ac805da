package org.taipan.modules.select;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.NativeFdStreams;
import org.taipan.modules.posix.RealFds;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyClassMethod;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTime;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code select.epoll} ({@code Modules/selectmodule.c}'s {@code pyEpoll_Object}): an epoll(7)
 * instance of the kernel, its descriptor entered in the interpreter's table (so {@code fileno()}
 * works with {@code select}, {@code poll} and {@code os.close}). Registrations name the table's
 * numbers: the kernel is given the real descriptor behind each, with the table number as the event's
 * data, so {@code poll()} reports the numbers the program registered. A descriptor with no real one
 * behind it (a stream of Java objects only) is refused with EPERM, as the kernel refuses a regular
 * file. {@code poll()} waits without the GIL in slices, running signal handlers between them (PEP
 * 475's retry with the time left).
 */
final class Epoll extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("select.epoll", PyType.OBJECT);

    static final int EPOLLIN = 0x1, EPOLLPRI = 0x2, EPOLLOUT = 0x4, EPOLL_CLOEXEC = 0x80000;
    private static final int CTL_ADD = 1, CTL_DEL = 2, CTL_MOD = 3;
    /** CPython's default {@code maxevents} and {@code sizehint}: FD_SETSIZE - 1. */
    private static final int FD_SETSIZE_LESS_ONE = 1023;
    /** Longest single epoll_wait, so that signal handlers run while a poll waits for ever. */
    private static final int SLICE_MILLIS = 100;
    /** fcntl(2)'s command for a close-on-exec duplicate. */
    private static final int F_DUPFD_CLOEXEC = 1030;
    /** {@code struct epoll_event} on x86-64: packed, a uint32 mask then a uint64 datum. */
    private static final long EVENT_SIZE = 12;

    /** The constants {@code select} defines for epoll. */
    static final Object[][] CONSTANTS = {
        {"EPOLLIN", 0x1L}, {"EPOLLPRI", 0x2L}, {"EPOLLOUT", 0x4L}, {"EPOLLERR", 0x8L}, {"EPOLLHUP", 0x10L},
        {"EPOLLRDNORM", 0x40L}, {"EPOLLRDBAND", 0x80L}, {"EPOLLWRNORM", 0x100L}, {"EPOLLWRBAND", 0x200L},
        {"EPOLLMSG", 0x400L}, {"EPOLLRDHUP", 0x2000L}, {"EPOLLEXCLUSIVE", 1L << 28}, {"EPOLLONESHOT", 1L << 30},
        {"EPOLLET", 1L << 31}, {"EPOLL_CLOEXEC", (long) EPOLL_CLOEXEC},
    };

    private static final class Native {
        static final MethodHandle CREATE1 = Libc.link("epoll_create1", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT));
        static final MethodHandle CTL = Libc.link("epoll_ctl", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        static final MethodHandle WAIT = Libc.link("epoll_wait", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    private final Interpreter interp;
    /** The table's number for the epoll descriptor, -1 once closed. */
    private volatile int fd;
    /** The kernel's number for it. */
    private final int real;
    private final FdTable.Claim claim;

    private Epoll(Interpreter interp, int fd, int real) {
        this.interp = interp;
        this.fd = fd;
        this.real = real;
        this.claim = FdTable.of(interp).claim(this, fd);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A new epoll instance ({@code epoll_create1(EPOLL_CLOEXEC)}) entered in {@code interp}'s table. */
    static Epoll create(Interpreter interp) {
        requireNative();
        int r = (int) Libc.call(Native.CREATE1, EPOLL_CLOEXEC);
        if (r < 0) {
            throw Errno.error(Libc.errno(), null);
        }
        return adopt(interp, r);
    }

    private static Epoll adopt(Interpreter interp, int real) {
        NativeFdStreams.Fd d = new NativeFdStreams.Fd(real);
        int n = FdTable.of(interp).addNative(real, new NativeFdStreams.In(d), new NativeFdStreams.Out(d));
        return new Epoll(interp, n, real);
    }

    private static void requireNative() {
        if (!Libc.available()) {
            throw Errors.of(ExceptionTypes.OSError, Libc.unavailableReason("select.epoll()"));
        }
    }

    private void checkOpen() {
        if (fd < 0) {
            throw Errors.valueError("I/O operation on closed epoll object");
        }
    }

    private void close() {
        int n = fd;
        if (n < 0) {
            return;
        }
        fd = -1;
        FdTable t = FdTable.of(interp);
        t.release(claim);
        try {
            t.close(n);
        } catch (java.io.IOException e) {
            throw Errors.of(ExceptionTypes.OSError, e.getMessage());
        }
    }

    /** {@code epoll_ctl(op)} on table descriptor {@code target}; errors as the kernel's. */
    private void control(int op, int target, long mask) {
        checkOpen();
        FdTable.OpenFile f = FdTable.of(interp).get(target);
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        int realTarget = RealFds.existing(f);
        if (realTarget < 0) {
            throw Errno.error(Errno.EPERM, null);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ev = a.allocate(EVENT_SIZE);
            ev.set(ValueLayout.JAVA_INT_UNALIGNED, 0, (int) mask);
            ev.set(ValueLayout.JAVA_LONG_UNALIGNED, 4, target);
            if (Libc.call(Native.CTL, real, op, realTarget, ev) < 0) {
                throw Errno.error(Libc.errno(), null);
            }
        }
    }

    /** {@code epoll.poll(timeout, maxevents)}: a list of {@code (fd, events)}. */
    private PyObject poll(PyObject timeoutArg, PyObject maxArg) {
        long timeoutNanos = -1;
        if (timeoutArg != null && timeoutArg != PyNone.NONE) {
            timeoutNanos = SelectModule.timeoutNanos(timeoutArg, false, "timeout must be an integer or None");
            long ms = timeoutNanos / PyTime.MS_TO_NS + (timeoutNanos % PyTime.MS_TO_NS > 0 ? 1 : 0);
            if (ms != (int) ms) {
                throw Errors.overflow("timeout is too large");
            }
        }
        int maxEvents = FD_SETSIZE_LESS_ONE;
        if (maxArg != null) {
            PyInt mi = Abstract.index(maxArg, null);
            if (!mi.fitsLong() || mi.longValue() > Integer.MAX_VALUE || mi.longValue() < Integer.MIN_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            long m = mi.longValue();
            if (m != -1) {
                if (m <= 0) {
                    throw Errors.valueError("maxevents must be greater than 0, got %d", m);
                }
                maxEvents = (int) m;
            }
        }
        checkOpen();
        ThreadState ts = ThreadState.current();
        boolean forever = timeoutNanos < 0;
        long deadline = forever ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        final int max = maxEvents;
        // The wait uses a descriptor of its own: another thread may close the epoll object between
        // two slices, and its number may then already name another program's file in this process.
        // As in CPython, whose epoll_wait keeps the instance it was given, a close does not end the
        // wait: it runs to its timeout (for ever without one) and reports what the instance sees.
        int waitFd = Libc.fcntl(real, F_DUPFD_CLOEXEC, 0);
        if (waitFd < 0) {
            throw Errno.error(Libc.errno(), null);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment events = a.allocate(EVENT_SIZE * max);
            int got;
            while (true) {
                long left = forever ? SLICE_MILLIS * 1_000_000L : deadline - System.nanoTime();
                int slice = (int) Math.max(0, Math.min(SLICE_MILLIS, (left + 999_999) / 1_000_000));
                got = Blocking.withoutGil(() -> (int) Libc.call(Native.WAIT, waitFd, events, max, slice));
                if (got < 0 && Libc.errno() != Errno.EINTR) {
                    throw Errno.error(Libc.errno(), null);
                }
                if (got > 0 || !forever && System.nanoTime() >= deadline) {
                    break;
                }
                Blocking.checkSignals(ts);
            }
            PyList out = new PyList();
            for (int i = 0; i < got; i++) {
                long mask = events.get(ValueLayout.JAVA_INT_UNALIGNED, i * EVENT_SIZE) & 0xffffffffL;
                long data = events.get(ValueLayout.JAVA_LONG_UNALIGNED, i * EVENT_SIZE + 4);
                out.append(PyTuple.of(PyInt.of(data), PyInt.of(mask)));
            }
            return out;
        } finally {
            Libc.close(waitFd);
        }
    }

    /** An {@code eventmask} argument: a C unsigned int taken bitwise (CPython's {@code bitwise=True}: no range check). */
    private static long eventMask(PyObject o) {
        return Abstract.index(o, null).bigValue().longValue() & 0xffffffffL;
    }

    private static Epoll self(PyObject o) {
        return (Epoll) o;
    }

    static {
        TYPE.addAttr("__module__", PyStr.of("select"));
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] v = MethodArgs.bind("epoll", a, k, 0, "sizehint", "flags");
            long sizehint = v[0] == null ? -1 : Abstract.index(v[0], null).longValue();
            long flags = v[1] == null ? 0 : Abstract.index(v[1], null).longValue();
            if (sizehint != -1 && sizehint <= 0) {
                throw Errors.valueError("negative sizehint");
            }
            if (flags != 0 && flags != EPOLL_CLOEXEC) {
                throw Errors.of(ExceptionTypes.OSError, "invalid flags");
            }
            return create(ThreadState.current().interpreter);
        };
        TYPE.addAttr("fromfd", new PyClassMethod(new PyBuiltinFunction("fromfd", (a, k) -> {
            PyObject[] v = MethodArgs.bind("fromfd", a, k, 2, "cls", "fd");
            int n = (int) Abstract.index(MethodArgs.required("fromfd", v, 1, "fd"), null).longValue();
            Interpreter interp = ThreadState.current().interpreter;
            FdTable.OpenFile f = FdTable.of(interp).get(n);
            int real = f == null ? -1 : RealFds.existing(f);
            if (real < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
            requireNative();
            // the object owns descriptor n from now on, as CPython's newPyEpoll_Object(fd) does
            return new Epoll(interp, n, real);
        })));
        TYPE.addMethod("close", (s, a, k) -> {
            org.taipan.runtime.Args.noArgs("close", a, k);
            self(s).close();
            return PyNone.NONE;
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(self(o).fd < 0), null));
        TYPE.addMethod("fileno", (s, a, k) -> {
            org.taipan.runtime.Args.noArgs("fileno", a, k);
            self(s).checkOpen();
            return PyInt.of(self(s).fd);
        });
        TYPE.addMethod("register", (s, a, k) -> {
            PyObject[] v = MethodArgs.bind("register", a, k, 0, "fd", "eventmask");
            int target = SelectModule.fileDescriptor(MethodArgs.required("register", v, 0, "fd"));
            long mask = v[1] == null ? EPOLLIN | EPOLLPRI | EPOLLOUT : eventMask(v[1]);
            self(s).control(CTL_ADD, target, mask);
            return PyNone.NONE;
        });
        TYPE.addMethod("modify", (s, a, k) -> {
            PyObject[] v = MethodArgs.bind("modify", a, k, 0, "fd", "eventmask");
            int target = SelectModule.fileDescriptor(MethodArgs.required("modify", v, 0, "fd"));
            self(s).control(CTL_MOD, target, eventMask(MethodArgs.required("modify", v, 1, "eventmask")));
            return PyNone.NONE;
        });
        TYPE.addMethod("unregister", (s, a, k) -> {
            PyObject[] v = MethodArgs.bind("unregister", a, k, 0, "fd");
            int target = SelectModule.fileDescriptor(MethodArgs.required("unregister", v, 0, "fd"));
            self(s).control(CTL_DEL, target, 0);
            return PyNone.NONE;
        });
        TYPE.addMethod("poll", (s, a, k) -> {
            PyObject[] v = MethodArgs.bind("poll", a, k, 0, "timeout", "maxevents");
            return self(s).poll(v[0], v[1]);
        });
        TYPE.addMethod("__enter__", (s, a, k) -> {
            org.taipan.runtime.Args.noArgs("__enter__", a, k);
            self(s).checkOpen();
            return s;
        });
        TYPE.addMethod("__exit__", (s, a, k) -> {
            self(s).close();
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
