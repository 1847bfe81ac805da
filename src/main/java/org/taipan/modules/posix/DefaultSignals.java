package org.taipan.modules.posix;

/**
 * Gives SIGTERM and SIGHUP back their default action in a {@code taipan} process. The JVM
 * handles them itself (shutdown hooks, then exit status 143 or 129), where CPython simply dies
 * of the signal, so that a parent sees {@code -15} / {@code -1} as its return code.
 */
public final class DefaultSignals {
    private DefaultSignals() {}

    private static final class Sigaction {
        static final java.lang.invoke.MethodHandle H = Libc.linkPlain("sigaction", java.lang.foreign.FunctionDescriptor.of(
                java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT,
                java.lang.foreign.ValueLayout.ADDRESS, java.lang.foreign.ValueLayout.ADDRESS));
    }

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
            java.lang.foreign.MemorySegment old = a.allocate(256, 8);
            if (Libc.plain(Sigaction.H, sig, java.lang.foreign.MemorySegment.NULL, old) != 0
                    || old.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0) != 0) {
                return false;
            }
        }
        return Libc.kill((int) ProcessHandle.current().pid(), sig) == 0;
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
