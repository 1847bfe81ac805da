package org.taipan.modules.signal;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Signals;
import org.taipan.runtime.ThreadState;

/**
 * The {@code _signal} module (CPython's {@code Modules/signalmodule.c}) over the interpreter's
 * handler table ({@link Signals}): Python handlers run on the main thread between bytecodes.
 * What the JVM does not allow is left out rather than faked: {@code pthread_sigmask},
 * {@code sigwait}, {@code sigtimedwait}, {@code sigwaitinfo}, {@code sigpending},
 * {@code pthread_kill} and {@code pidfd_send_signal} do not exist (the standard library's
 * {@code signal.py} checks for them), and only {@code ITIMER_REAL} timers work.
 */
public final class SignalModule {
    private SignalModule() {}

    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
        "I/O possible", "Power failure", "Bad system call"};

    private static final Object[][] CONSTANTS = {{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4},
        {"SIGTRAP", 5}, {"SIGIOT", 6}, {"SIGABRT", 6}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGBUS", 7},
        {"SIGSEGV", 11}, {"SIGSYS", 31}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGUSR1", 10},
        {"SIGUSR2", 12}, {"SIGCLD", 17}, {"SIGCHLD", 17}, {"SIGPWR", 30}, {"SIGIO", 29}, {"SIGURG", 23},
        {"SIGWINCH", 28}, {"SIGPOLL", 29}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGCONT", 18}, {"SIGTTIN", 21},
        {"SIGTTOU", 22}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGXCPU", 24}, {"SIGXFSZ", 25},
        {"SIGRTMIN", 34}, {"SIGRTMAX", 64}, {"SIGSTKFLT", 16}, {"SIG_BLOCK", 0}, {"SIG_UNBLOCK", 1},
        {"SIG_SETMASK", 2}, {"ITIMER_REAL", 0}, {"ITIMER_VIRTUAL", 1}, {"ITIMER_PROF", 2}};

    /** Per-interpreter state beyond the handler table. */
    private static final class State {
        long wakeupFd = -1;
        /** What set_wakeup_fd replaced (its result). */
        long previousWakeupFd = -1;
        RealTimer timer;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /**
     * {@code signal.set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)} (CPython's
     * {@code signal_set_wakeup_fd}): from now on each tripped signal's number is written as one
     * byte to descriptor {@code fd} (-1: none), which must be open and non-blocking; the previous
     * descriptor, the call's result, is left in {@code st.previousWakeupFd}.
     *
     * @throws org.taipan.runtime.PyException TypeError for other argument counts or a non-integer;
     *     OverflowError past a C long; ValueError off the main thread or for a blocking descriptor;
     *     OSError EBADF for a descriptor that is not open
     */
    private static void setWakeupFd(Interpreter interp, State st, PyObject[] a, String[] k) {
        int keywords = k == null ? 0 : k.length;
        int positional = a.length - keywords;
        if (positional != 1) {
            throw Errors.typeError("set_wakeup_fd() takes %s 1 positional argument (%d given)",
                    positional == 0 ? "exactly" : "at most", positional);
        }
        for (int j = 0; j < keywords; j++) {
            if (!k[j].equals("warn_on_full_buffer")) {
                throw Errors.typeError("'%s' is an invalid keyword argument for set_wakeup_fd()", k[j]);
            }
            org.taipan.runtime.Abstract.isTrue(a[positional + j]);
        }
        PyObject fdArg = a[0];
        if (PyInt.asInt(fdArg) == null && fdArg.type().lookup("__index__") == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", fdArg.type().name());
        }
        PyInt i = org.taipan.runtime.Abstract.index(fdArg, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        requireMainThread("set_wakeup_fd only works in main thread of the main interpreter");
        long fd = i.longValue();
        java.util.function.IntConsumer action = null;
        if (fd != -1) {
            org.taipan.modules.io.FdTable.OpenFile f = fd < 0 || fd > Integer.MAX_VALUE ? null
                    : org.taipan.modules.io.FdTable.of(interp).get((int) fd);
            if (f == null) {
                throw org.taipan.modules.posix.Errno.error(org.taipan.modules.posix.Errno.EBADF, null);
            }
            int real = f.nativeFd;
            if (org.taipan.modules.posix.RealFds.isBlocking(f)) {
                throw Errors.valueError("the fd %d must be in non-blocking mode", fd);
            }
            if (real >= 0 && org.taipan.modules.posix.Libc.available()) {
                // a full pipe or socket drops the byte, as CPython's non-blocking write does
                action = signum -> org.taipan.modules.posix.Libc.write(real, new byte[] {(byte) signum}, 0, 1);
            }
        }
        interp.events().setWakeup(action);
        long old = st.wakeupFd;
        st.wakeupFd = fd;
        st.previousWakeupFd = old;
    }

    /** Builds the module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal", true);
        Signals table = Signals.of(interp);
        State st = interp.moduleState(State.class, State::new);
        PyType itimerError = ItimerError.type();
        m.set("NSIG", PyInt.of(Signals.NSIG));
        m.set("SIG_DFL", Signals.SIG_DFL);
        m.set("SIG_IGN", Signals.SIG_IGN);
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.set("default_int_handler", Signals.DEFAULT_INT_HANDLER);
        m.set("ItimerError", itimerError);
        def(m, "signal", (a, k) -> {
            PyObject[] b = MethodArgs.bind("signal", a, k, 2, "signalnum", "handler");
            int n = signum(MethodArgs.required("signal", b, 0, "signalnum"));
            PyObject handler = MethodArgs.required("signal", b, 1, "handler");
            requireMainThread("signal only works in main thread of the main interpreter");
            checkRange(n);
            PyInt asInt = handler instanceof PyInt i && i.fitsLong() ? i : null;
            if (asInt != null && asInt.longValue() == 1) {
                handler = Signals.SIG_IGN;
            } else if (asInt != null && asInt.longValue() == 0) {
                handler = Signals.SIG_DFL;
            } else if (handler.type().tp_call == null) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            Blocking.checkSignals(ThreadState.current());
            // PyOS_setsig installs the handler without SA_RESTART: blocked calls are interrupted again
            interp.events().setRestart(n, false);
            return table.setHandler(n, handler);
        });
        def(m, "getsignal", (a, k) -> {
            int n = signum(Args.oneArg("getsignal", a, k));
            checkRange(n);
            return table.handler(n);
        });
        def(m, "strsignal", (a, k) -> {
            int n = signum(Args.oneArg("strsignal", a, k));
            checkRange(n);
            if (n < DESCRIPTIONS.length) {
                return PyStr.of(DESCRIPTIONS[n]);
            }
            return n >= 34 ? PyStr.of("Real-time signal " + (n - 34)) : PyNone.NONE;
        });
        def(m, "valid_signals", (a, k) -> {
            Args.noArgs("valid_signals", a, k);
            PySet s = new PySet(false);
            for (int n = 1; n < Signals.NSIG; n++) {
                if (n != 32 && n != 33) {
                    s.add(PyInt.of(n));
                }
            }
            return s;
        });
        def(m, "raise_signal", (a, k) -> {
            int n = signum(Args.oneArg("raise_signal", a, k));
            if (n < 0 || n >= Signals.NSIG) {
                throw Errors.of(ExceptionTypes.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
            }
            if (n > 0) {
                table.raise(interp, n);
            }
            Blocking.checkSignals(ThreadState.current());
            return PyNone.NONE;
        });
        def(m, "siginterrupt", (a, k) -> {
            Args.check("siginterrupt", a, k, 2, 2);
            int n = signum(a[0]);
            checkRange(n);
            // false: SA_RESTART, a blocked read or write goes on and the handler runs after it
            interp.events().setRestart(n, !Abstract.isTrue(a[1]));
            return PyNone.NONE;
        });
        def(m, "set_wakeup_fd", (a, k) -> {
            setWakeupFd(interp, st, a, k);
            return PyInt.of(st.previousWakeupFd);
        });
        def(m, "alarm", (a, k) -> {
            int seconds = signum(Args.oneArg("alarm", a, k));
            double[] old = timer(interp, st).set(seconds, 0);
            // alarm() reports the old timer rounded to the nearest second, as glibc's does
            long left = (long) Math.floor(old[0] + 0.5);
            return PyInt.of(old[0] > 0 && left == 0 ? 1 : left);
        });
        def(m, "setitimer", (a, k) -> {
            Args.check("setitimer", a, k, 2, 3);
            int which = signum(a[0]);
            double seconds = seconds(a[1]);
            double interval = a.length > 2 ? seconds(a[2]) : 0.0;
            checkWhich(which, itimerError);
            return pair(timer(interp, st).set(seconds, interval));
        });
        def(m, "getitimer", (a, k) -> {
            int which = signum(Args.oneArg("getitimer", a, k));
            checkWhich(which, itimerError);
            return pair(timer(interp, st).get());
        });
        def(m, "pause", (a, k) -> {
            Args.noArgs("pause", a, k);
            ThreadState ts = ThreadState.current();
            while (Blocking.signalWait(ts, () -> {
                while (true) {
                    java.util.concurrent.locks.LockSupport.park();
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }) != null) {
                // spurious wake-ups of park: keep waiting
            }
            Blocking.checkSignals(ts);
            return PyNone.NONE;
        });
        return m;
    }

    private static RealTimer timer(Interpreter interp, State st) {
        synchronized (st) {
            if (st.timer == null) {
                st.timer = new RealTimer(interp.events());
            }
            return st.timer;
        }
    }

    private static PyTuple pair(double[] v) {
        return PyTuple.of(PyFloat.of(v[0]), PyFloat.of(v[1]));
    }

    /** Only ITIMER_REAL is supported: the virtual and profiling clocks have no JVM counterpart here. */
    private static void checkWhich(int which, PyType itimerError) {
        if (which != 0) {
            throw Errors.of(itimerError, PyInt.of(22), PyStr.of("Invalid argument"));
        }
    }

    private static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        return i.fitsLong() ? i.longValue() : Double.MAX_VALUE;
    }

    /** An int argument (CPython's {@code int} converter). */
    private static int signum(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.of(ExceptionTypes.OverflowError, "signed integer is greater than maximum");
        }
        return (int) i.longValue();
    }

    private static void checkRange(int n) {
        if (n < 1 || n >= Signals.NSIG) {
            throw Errors.valueError("signal number out of range");
        }
    }

    private static void requireMainThread(String message) {
        if (!ThreadState.current().isMain) {
            throw Errors.valueError(message);
        }
    }
}
