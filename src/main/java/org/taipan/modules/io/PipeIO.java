package org.taipan.modules.io;

import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.PyException;
import org.taipan.runtime.ThreadState;

/**
 * Reads and writes of a real descriptor (a pipe end from {@code os.pipe()}) with the signal
 * behaviour of CPython's {@code _Py_read}/{@code _Py_write} (PEP 475). Taipan's signals are not
 * process signals, so a blocked {@code read(2)} or {@code write(2)} would never see EINTR and a
 * SIGALRM handler could never run: on the main thread the call first waits for readiness in short
 * {@code poll(2)} slices inside a signal wait, runs the handlers of a signal that arrives (their
 * exception propagates), and then transfers only what cannot block. Other threads, which receive
 * no signals, make the plain blocking call. The GIL is released while blocked either way.
 */
public final class PipeIO {
    private PipeIO() {}

    private static final short POLLIN = 1, POLLOUT = 4;
    /** Longest poll: how late a handler may run while the main thread is blocked. */
    private static final int SLICE_MILLIS = 20;
    /**
     * Largest write made once poll says a pipe is writable: Linux reports POLLOUT when one page
     * of the pipe is free, and a write of at most that much then never blocks.
     */
    private static final int PIPE_BUF = 4096;

    /**
     * One {@code read(2)} of up to {@code len} bytes into {@code b[off..]}, called with the GIL held.
     *
     * @return the bytes read, 0 at end of file
     * @throws PyException OSError for the C library's error (BlockingIOError on a non-blocking
     *     descriptor with nothing ready), or what a signal handler raises
     */
    public static int read(int fd, byte[] b, int off, int len) {
        // Data already there (the usual case) needs no look at the descriptor's flags: one poll.
        if (len > 0 && onMainThread() && !ready(fd, POLLIN) && mayWait(fd, true)) {
            awaitReady(fd, POLLIN);
        }
        int got = Blocking.withoutGil(() -> Libc.read(fd, b, off, len));
        if (got < 0) {
            throw Errno.error(Libc.errno(), null);
        }
        afterCall();
        return got;
    }

    /**
     * Writes {@code b[off, off+len)} as a blocking {@code write(2)} does, called with the GIL held:
     * all of it, unless a signal arrives on the main thread after part was written (its handlers
     * run first; if they return, the count so far is the result, as with a write cut short by EINTR).
     *
     * @return the bytes written
     * @throws PyException OSError for the C library's error (BlockingIOError on a full
     *     non-blocking pipe), or what a signal handler raises
     */
    public static int write(int fd, byte[] b, int off, int len) {
        // A write poll says fits (see PIPE_BUF) cannot block: no look at the descriptor's flags.
        if (len == 0 || !onMainThread() || len <= PIPE_BUF && ready(fd, POLLOUT) || !mayWait(fd, false)) {
            int put = Blocking.withoutGil(() -> Libc.write(fd, b, off, len));
            if (put < 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return put;
        }
        ThreadState ts = ThreadState.current();
        int done = 0;
        while (done < len) {
            if (!ready(fd, POLLOUT)) {
                if (ts.events.interruptingSignalPending()) {
                    Blocking.checkSignals(ts);
                    if (done > 0) {
                        return done;
                    }
                }
                awaitReady(fd, POLLOUT);
            }
            int from = off + done;
            int chunk = Math.min(len - done, PIPE_BUF);
            int put = Blocking.withoutGil(() -> Libc.write(fd, b, from, chunk));
            if (put < 0) {
                if (done > 0) {
                    return done;
                }
                throw Errno.error(Libc.errno(), null);
            }
            done += put;
        }
        afterCall();
        return done;
    }

    /**
     * A signal that came while a restarted call went on ({@code siginterrupt(n, False)}) has its
     * handler run as the call returns, where CPython's eval loop checks after a C call.
     */
    private static void afterCall() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.isMain && ts.events.signalPending()) {
            Blocking.checkSignals(ts);
        }
    }

    private static boolean onMainThread() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts != null && ts.isMain && Libc.available();
    }

    /**
     * Whether a read ({@code reading}) or write of {@code fd} should wait for readiness first:
     * not for a non-blocking descriptor, nor for one open the other way only (a pipe's write end
     * read: poll would never report it ready, and read(2) fails at once with EBADF).
     */
    private static boolean mayWait(int fd, boolean reading) {
        int flags = Libc.fcntl(fd, Libc.F_GETFL, 0);
        if (flags < 0) {
            return false;
        }
        int access = flags & 3; // O_ACCMODE: O_RDONLY 0, O_WRONLY 1, O_RDWR 2
        boolean allowed = reading ? access != 1 : access != 0;
        return allowed && (flags & Libc.O_NONBLOCK) == 0;
    }

    /** Whether {@code fd} is ready for {@code event} now (or in error, which the transfer reports). */
    private static boolean ready(int fd, short event) {
        short[] revents = {0};
        return Libc.poll(new int[] {fd}, new short[] {event}, revents, 0) != 0;
    }

    /**
     * Waits until {@code fd} is ready for {@code event} ({@code POLLIN} 1, {@code POLLOUT} 4, or in
     * error), without the GIL, running signal handlers as signals arrive on the main thread: the
     * wait that stands in for a blocking call's EINTR (sockets use it too).
     *
     * @throws PyException what a signal handler raises
     */
    public static void awaitReady(int fd, short event) {
        ThreadState ts = ThreadState.current();
        int[] fds = {fd};
        short[] events = {event};
        short[] revents = {0};
        while (true) {
            if (ts.events.interruptingSignalPending()) {
                Blocking.checkSignals(ts);
            }
            Boolean ready = Blocking.signalWait(ts, () -> {
                // a Java interrupt does not reach poll(2): short slices let the signal be seen;
                // a signal under siginterrupt(n, False) lets the call go on (SA_RESTART)
                int r;
                while ((r = Libc.poll(fds, events, revents, SLICE_MILLIS)) == 0 || r < 0 && Libc.errno() == Errno.EINTR) {
                    if (Thread.interrupted() && ts.events.interruptingSignalPending()) {
                        throw new InterruptedException();
                    }
                }
                return Boolean.TRUE;
            });
            if (ready != null) {
                return;
            }
        }
    }
}
