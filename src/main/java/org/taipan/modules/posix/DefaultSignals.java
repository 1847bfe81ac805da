package org.taipan.modules.posix;

/**
 * Gives SIGTERM and SIGHUP back their default action in a {@code taipan} process. The JVM
 * handles them itself (shutdown hooks, then exit status 143 or 129), where CPython simply dies
 * of the signal, so that a parent sees {@code -15} / {@code -1} as its return code.
 */
public final class DefaultSignals {
    private DefaultSignals() {}

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
