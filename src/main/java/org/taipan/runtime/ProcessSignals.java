package org.taipan.runtime;

/**
 * The process's own signals, for the command line only (never in an embedding or the test
 * harness, where several interpreters share the JVM): when a program installs a Python
 * handler, the JVM's {@code sun.misc.Signal} handler for that signal trips it in the
 * interpreter running {@code __main__}; SIG_DFL and SIG_IGN give the signal back to the JVM's
 * default or ignore it. Signals the JVM keeps for itself (SIGSEGV, SIGBUS, SIGFPE, SIGILL,
 * SIGQUIT, SIGUSR2, ...) cannot be handled: their Python handler is recorded but only
 * {@code raise_signal} and {@code pthread_kill} of the program itself deliver them.
 */
final class ProcessSignals {
    private ProcessSignals() {}

    private static final String[] NAMES = new String[Signals.NSIG];

    static {
        String[] names = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
            "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
            "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
        System.arraycopy(names, 0, NAMES, 0, names.length);
    }

    /** The JVM's name of signal {@code n} ("TERM"), or null for real-time signals. */
    static String name(int n) {
        return n < NAMES.length ? NAMES[n] : null;
    }

    /**
     * Makes the process's disposition of {@code signum} follow {@code handler}, which replaces
     * {@code old} (see the class comment).
     */
    static void update(int signum, PyObject old, PyObject handler) {
        if (!PendingEvents.processHandlersInstalled() || name(signum) == null) {
            return;
        }
        if (signum == Signals.SIGINT) {
            // SIGINT keeps the command line's handler, which trips SIGINT and so runs whatever handler is set
            PendingEvents.sigintHandlerSet(handler == Signals.SIG_IGN ? PendingEvents.SIGINT_IGNORED
                    : handler == Signals.SIG_DFL ? PendingEvents.SIGINT_DEFAULT_ACTION
                    : handler == Signals.DEFAULT_INT_HANDLER ? PendingEvents.SIGINT_RAISES : PendingEvents.SIGINT_RUNS_HANDLER);
            return;
        }
        synchronized (Signals.DISPOSITIONS) {
            if (old == Signals.SIG_IGN && handler != Signals.SIG_IGN && org.taipan.modules.posix.Libc.available()) {
                // HotSpot installs nothing for a shutdown signal (HUP, TERM) the process ignores:
                // after SIG_IGN, SIG_DFL or a handler left SIGTERM ignored (kill did not end the
                // process, and children inherited the ignore). The default first lets it in.
                org.taipan.modules.posix.Libc.defaultDisposition(signum);
            }
            setJvmHandler(signum, handler);
        }
    }

    private static void setJvmHandler(int signum, PyObject handler) {
        try {
            sun.misc.Signal sig = new sun.misc.Signal(name(signum));
            if (handler == Signals.SIG_DFL) {
                sun.misc.Signal.handle(sig, sun.misc.SignalHandler.SIG_DFL);
            } else if (handler == Signals.SIG_IGN) {
                sun.misc.Signal.handle(sig, sun.misc.SignalHandler.SIG_IGN);
            } else {
                sun.misc.Signal.handle(sig, s -> {
                    PendingEvents target = PendingEvents.sigintTarget();
                    if (target != null) {
                        target.trip(signum);
                    }
                });
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM keeps this signal: the handler is only recorded
        }
    }
}
