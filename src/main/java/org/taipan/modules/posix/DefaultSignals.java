package org.taipan.modules.posix;

/**
 * Gives SIGTERM and SIGHUP back their default action in a {@code taipan} process. The JVM
 * handles them itself (shutdown hooks, then exit status 143 or 129), where CPython simply dies
 * of the signal, so that a parent sees {@code -15} / {@code -1} as its return code.
 */
public final class DefaultSignals {
    private DefaultSignals() {}

    /**
     * Sends {@code sig} to this process when the process's disposition of it is SIG_DFL, so that
     * its default action happens (SIGTERM ends the process, SIGTSTP stops it), as C's
     * {@code raise()} does for CPython: the JDK's {@code Signal.raise} refuses a signal no Java
     * handler is registered for. A signal the JVM handles itself (SIGSEGV, SIGQUIT, ...) is left
     * alone: raising it would reach the JVM's handler, not the default action.
     *
     * @return whether the signal was sent
     */
    public static boolean raiseWhereDefault(int sig) {
        if (!Libc.available()) {
            return false;
        }
        try (java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
            java.lang.foreign.MemorySegment old = a.allocate(Libc.SIGACTION_SIZE, 8);
            if (Libc.sigaction(sig, java.lang.foreign.MemorySegment.NULL, old) != 0
                    || old.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0) != 0) {
                return false;
            }
        }
        return raise(sig);
    }

    /**
     * The signals whose default action ends the process (with or without a core): HUP INT QUIT
     * ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM STKFLT XCPU XFSZ VTALRM PROF IO PWR SYS,
     * as {@link IgnoredSignals#bit} masks.
     */
    private static final long FATAL;

    static {
        long m = 0;
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 24, 25, 26, 27, 29, 30, 31}) {
            m |= IgnoredSignals.bit(n);
        }
        FATAL = m;
    }

    /** Whether signal {@code sig}'s default action ends the process. */
    private static boolean endsProcess(int sig) {
        return sig > 0 && sig <= 64 && (FATAL & IgnoredSignals.bit(sig)) != 0;
    }

    /**
     * For a signal the JVM handles itself (SIGSEGV, SIGQUIT, SIGUSR2, ...) whose default action
     * ends the process: gives it its default disposition and raises it, so the process dies of it
     * as CPython does ({@code os.kill(os.getpid(), signal.SIGSEGV)}: a parent sees -11). The JVM
     * loses its handler, but the process is ending by that same signal.
     *
     * @return whether the signal was raised (false when its default action does not end the process)
     */
    public static boolean raiseFatal(int sig) {
        if (!endsProcess(sig) || !Libc.available()) {
            return false;
        }
        Libc.defaultDisposition(sig);
        return raise(sig);
    }

    private static final class Raise {
        static final java.lang.invoke.MethodHandle H = Libc.linkPlain("raise", java.lang.foreign.FunctionDescriptor.of(
                java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT));
    }

    /**
     * C's {@code raise(sig)}: the signal goes to the calling thread, so one that ends the process
     * does so before the call returns (kill(2) of the process may let the thread run on while
     * another thread takes it).
     */
    private static boolean raise(int sig) {
        if (Libc.plain(Raise.H, sig) != 0) {
            return false;
        }
        if (endsProcess(sig)) {
            // still here: the thread blocks the signal (HotSpot blocks SIGQUIT in Java threads), so
            // it goes to the process, and this thread waits for the end rather than run on
            Libc.kill((int) ProcessHandle.current().pid(), sig);
            long until = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return true;
    }

    /** Resets SIGTERM and SIGHUP to SIG_DFL; leaves the JVM's handling where that is refused. */
    public static void restore() {
        for (String name : new String[] {"TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_DFL);
            } catch (IllegalArgumentException e) {
                // this JVM (or -Xrs) keeps the signal: the exit status stays 143/129
            }
        }
    }
}
