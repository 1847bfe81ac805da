package org.taipan.runtime;

/**
 * One interpreter's Python signal handlers (CPython's {@code signal_state_t} handler table in
 * {@code Modules/signalmodule.c}) and the code that runs them on the main thread between
 * bytecodes ({@code _PyErr_CheckSignalsTstate}). A handler is {@link #SIG_DFL} (0),
 * {@link #SIG_IGN} (1) or a callable taking {@code (signum, frame)}; SIGINT starts with
 * {@link #DEFAULT_INT_HANDLER}, which raises KeyboardInterrupt (SIG_IGN when the command line
 * started with SIGINT ignored, as CPython leaves it then), and SIGPIPE and SIGXFSZ start
 * ignored as in CPython. A signal reaches the table from the process (through the JVM's
 * {@code sun.misc.Signal}, only when the command line installed handlers, never in an
 * embedding or the test harness), from {@code raise_signal}, {@code alarm}/{@code setitimer}
 * timers, or {@code _thread.interrupt_main}.
 */
public final class Signals {
    /** CPython's {@code Py_NSIG} on Linux: signal numbers are 1..64. */
    public static final int NSIG = 65;
    public static final int SIGINT = 2, SIGQUIT = 3, SIGPIPE = 13, SIGALRM = 14, SIGXFSZ = 25;
    public static final PyInt SIG_DFL = PyInt.of(0), SIG_IGN = PyInt.of(1);

    /** {@code signal.default_int_handler}: raises KeyboardInterrupt whatever its arguments. */
    public static final PyBuiltinFunction DEFAULT_INT_HANDLER = new PyBuiltinFunction("default_int_handler",
            (a, k) -> {
                throw Errors.of(ExceptionTypes.KeyboardInterrupt);
            });

    private final PyObject[] handlers = new PyObject[NSIG];

    private Signals() {
        java.util.Arrays.fill(handlers, SIG_DFL);
        handlers[SIGINT] = PendingEvents.sigintIgnoredAtStart() ? SIG_IGN : DEFAULT_INT_HANDLER;
        handlers[SIGPIPE] = SIG_IGN;
        handlers[SIGXFSZ] = SIG_IGN;
    }

    /** The handler table of {@code interp}. */
    public static Signals of(Interpreter interp) {
        return interp.moduleState(Signals.class, Signals::new);
    }

    /**
     * Held while the process's signal dispositions change: {@link ProcessSignals} setting one for
     * a handler, and a child's spawn that ignores signals around {@code posix_spawn} so the child
     * inherits them ignored ({@code org.taipan.modules.posix.IgnoredSignals}).
     */
    public static final Object DISPOSITIONS = new Object();

    /**
     * The signals whose handler is SIG_IGN, as the first word of a C {@code sigset_t} (bit
     * {@code n - 1} for signal {@code n}, 1..64), when the command line lets Python own the
     * process's signals; else 0 (an embedder's JVM, or the test harness's, keeps its own
     * dispositions, which its children inherit).
     */
    public long ignoredMask() {
        if (!PendingEvents.processHandlersInstalled()) {
            return 0;
        }
        long mask = 0;
        for (int n = 1; n < NSIG; n++) {
            if (handlers[n] == SIG_IGN) {
                mask |= 1L << (n - 1);
            }
        }
        return mask;
    }

    /** The handler of {@code signum} (1..64). */
    public PyObject handler(int signum) {
        return handlers[signum];
    }

    /**
     * Sets the handler of {@code signum} and, when the command line lets Python own the
     * process's signals, the JVM's handler to match.
     *
     * @return the previous handler
     * @throws PyException OSError EINVAL for SIGKILL and SIGSTOP
     */
    public PyObject setHandler(int signum, PyObject handler) {
        if (signum == 9 || signum == 19) {
            throw Errors.of(ExceptionTypes.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
        }
        ProcessSignals.update(signum, handlers[signum], handler);
        PyObject old = handlers[signum];
        handlers[signum] = handler;
        return old;
    }

    /**
     * {@code signal.raise_signal(signum)} (C {@code raise()}): a Python handler is tripped (it
     * runs at the caller's next signal check), SIG_IGN does nothing, and SIG_DFL takes the
     * signal's default action, which only the command line lets happen (the JVM's own
     * disposition of the signal); elsewhere it is ignored rather than ending a shared JVM.
     */
    public void raise(Interpreter interp, int signum) {
        PyObject h = handlers[signum];
        if (!(h instanceof PyInt)) {
            interp.events().trip(signum);
        } else if (h == SIG_DFL && PendingEvents.processHandlersInstalled()) {
            interp.flushStreams();
            // The JDK raises only signals with a Java handler: one at its default (SIGTERM, SIGUSR1)
            // goes through kill(2), so it ends (or stops) the process as in CPython.
            if (org.taipan.modules.posix.DefaultSignals.raiseWhereDefault(signum) || ProcessSignals.name(signum) == null
                    || signum == SIGQUIT && org.taipan.modules.posix.DefaultSignals.raiseFatal(signum)) {
                // (the JVM's SIGQUIT prints a thread dump; a program's at SIG_DFL dumps core)
                return;
            }
            try {
                sun.misc.Signal.raise(new sun.misc.Signal(ProcessSignals.name(signum)));
            } catch (IllegalArgumentException e) {
                // a signal the JVM keeps for itself: when its default ends the process, it does
                org.taipan.modules.posix.DefaultSignals.raiseFatal(signum);
            }
        }
    }

    /**
     * Runs the handlers of the signals tripped since the last check, lowest number first, on
     * the main thread. A handler that raises stops the round; the signals after it stay
     * tripped for the next check.
     *
     * @throws PyException what a handler raises (KeyboardInterrupt from the default SIGINT handler)
     */
    public static void runTripped(ThreadState ts) {
        PendingEvents ev = ts.events;
        long bits = ev.takeTripped();
        if (bits == 0) {
            return;
        }
        Signals table = of(ts.interpreter);
        for (int n = 1; n < NSIG; n++) {
            if ((bits & 1L << n) == 0) {
                continue;
            }
            bits &= ~(1L << n);
            PyObject h = table.handlers[n];
            if (h instanceof PyInt) {
                // SIG_DFL or SIG_IGN: a process signal with these never reaches Python
                continue;
            }
            try {
                Callables.call(h, PyInt.of(n), ts.frame == null ? PyNone.NONE : ts.frame);
            } catch (PyException e) {
                ev.untake(bits);
                throw e;
            }
        }
    }
}
