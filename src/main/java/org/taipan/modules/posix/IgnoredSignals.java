package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.IntSupplier;

import org.taipan.runtime.Signals;

/**
 * The signals a child process inherits ignored. A CPython child inherits every signal its parent
 * ignores (an ignored disposition survives {@code fork} and {@code exec}): SIGPIPE and SIGXFSZ,
 * which CPython ignores from start-up, unless {@code restore_signals} resets them, and whatever
 * the program set to SIG_IGN. Taipan's JVM handles those signals itself (ignoring them in Java,
 * or tripping the program's handler), and {@code posix_spawn} resets a handled signal to its
 * default in the child, so around the spawn the signals the program ignores are ignored by the
 * process too, then given back their handlers.
 */
final class IgnoredSignals {
    private IgnoredSignals() {}

    private static final long SIGACTION_SIZE = Libc.SIGACTION_SIZE;
    private static final long SIG_IGN = 1;

    /** Signal {@code signum}'s bit in the first word of a C {@code sigset_t} (1..64). */
    static long bit(int signum) {
        return 1L << (signum - 1);
    }

    /**
     * Runs {@code spawn} with each signal of {@code signals} (a {@link #bit} mask) ignored by the
     * process, those not ignored already given back their previous action afterwards. A signal
     * that arrives meanwhile is dropped, which is what the program's SIG_IGN asked for.
     */
    static int whileIgnored(long signals, IntSupplier spawn) {
        if (signals == 0) {
            return spawn.getAsInt();
        }
        synchronized (Signals.DISPOSITIONS) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment ignore = a.allocate(SIGACTION_SIZE, 8);
                ignore.set(ValueLayout.JAVA_LONG, 0, SIG_IGN);
                MemorySegment saved = a.allocate(SIGACTION_SIZE * 64, 8);
                long changed = 0;
                for (int n = 1; n <= 64; n++) {
                    if ((signals & bit(n)) == 0) {
                        continue;
                    }
                    MemorySegment old = saved.asSlice((n - 1) * SIGACTION_SIZE, SIGACTION_SIZE);
                    if (Libc.sigaction(n, MemorySegment.NULL, old) == 0 && old.get(ValueLayout.JAVA_LONG, 0) != SIG_IGN
                            && Libc.sigaction(n, ignore, MemorySegment.NULL) == 0) {
                        changed |= bit(n);
                    }
                }
                try {
                    return spawn.getAsInt();
                } finally {
                    for (int n = 1; n <= 64; n++) {
                        if ((changed & bit(n)) != 0) {
                            MemorySegment old = saved.asSlice((n - 1) * SIGACTION_SIZE, SIGACTION_SIZE);
                            Libc.sigaction(n, old, MemorySegment.NULL);
                        }
                    }
                }
            }
        }
    }
}
