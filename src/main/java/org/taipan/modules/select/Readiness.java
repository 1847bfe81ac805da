package org.taipan.modules.select;

import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.ThreadState;

/**
 * The readiness of the interpreter's descriptors, as {@code poll(2)} answers it: real pipe ends
 * ({@code os.pipe()}) are asked of the operating system; files and Java streams are always ready
 * for what they can do (a regular file always polls readable and writable); numbers that are not
 * open answer {@code POLLNVAL}. The wait is made in slices without the GIL, running signal
 * handlers between slices (CPython retries {@code poll} after EINTR with the time left).
 */
final class Readiness {
    private Readiness() {}

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32,
            POLLRDNORM = 64, POLLRDBAND = 128, POLLWRNORM = 256, POLLWRBAND = 512, POLLMSG = 1024,
            POLLRDHUP = 0x2000;

    /** Longest single wait, so signal handlers run while a poll waits for ever. */
    private static final int SLICE_MILLIS = 100;

    /**
     * Polls {@code fds} (interpreter descriptor numbers) for {@code events}.
     *
     * @param timeoutNanos negative: no limit
     * @return the revents of each descriptor (0 when not ready)
     * @throws org.taipan.runtime.PyException OSError from the C library, what a signal handler raises
     */
    static short[] poll(Interpreter interp, int[] fds, short[] events, long timeoutNanos) {
        // 73 years: as good as 292 (select's limit) and the deadline below cannot overflow.
        timeoutNanos = Math.min(timeoutNanos, Long.MAX_VALUE / 4);
        FdTable table = FdTable.of(interp);
        int n = fds.length;
        short[] revents = new short[n];
        int[] nativeFds = new int[n];
        boolean anyReady = false;
        int natives = 0;
        for (int i = 0; i < n; i++) {
            FdTable.OpenFile f = fds[i] < 0 ? null : table.get(fds[i]);
            nativeFds[i] = -1;
            if (f == null) {
                revents[i] = (short) POLLNVAL;
                anyReady = true;
            } else if (f.nativeFd >= 0 && Libc.available()) {
                nativeFds[i] = f.nativeFd;
                natives++;
            } else {
                int can = 0;
                if (f.channel() != null || f.in() != null) {
                    can |= POLLIN | POLLRDNORM;
                }
                if (f.channel() != null || f.out() != null) {
                    can |= POLLOUT | POLLWRNORM;
                }
                revents[i] = (short) (events[i] & can);
                anyReady |= revents[i] != 0;
            }
        }
        if (natives == 0) {
            if (!anyReady && timeoutNanos != 0) {
                // nothing can ever become ready: sleep out the timeout, as poll() would
                Blocking.sleep(timeoutNanos < 0 ? Long.MAX_VALUE / 4 : timeoutNanos);
            }
            return revents;
        }
        int[] pfds = new int[natives];
        short[] pev = new short[natives];
        short[] prev = new short[natives];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (nativeFds[i] >= 0) {
                pfds[j] = nativeFds[i];
                pev[j++] = events[i];
            }
        }
        ThreadState ts = ThreadState.current();
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        while (true) {
            long left = anyReady ? 0 : timeoutNanos < 0 ? SLICE_MILLIS * 1_000_000L : deadline - System.nanoTime();
            int slice = (int) Math.max(0, Math.min(SLICE_MILLIS, (left + 999_999) / 1_000_000));
            int r = Blocking.withoutGil(() -> Libc.poll(pfds, pev, prev, slice));
            if (r < 0 && Libc.errno() != org.taipan.modules.posix.Errno.EINTR) {
                throw org.taipan.modules.posix.Errno.error(Libc.errno(), null);
            }
            if (r > 0 || anyReady || timeoutNanos >= 0 && System.nanoTime() >= deadline) {
                break;
            }
            Blocking.checkSignals(ts);
        }
        j = 0;
        for (int i = 0; i < n; i++) {
            if (nativeFds[i] >= 0) {
                revents[i] = prev[j++];
            }
        }
        return revents;
    }
}
