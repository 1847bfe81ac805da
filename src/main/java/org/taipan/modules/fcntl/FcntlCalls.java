package org.taipan.modules.fcntl;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.locks.LockSupport;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.ThreadState;

/**
 * The C library's {@code fcntl}, {@code ioctl} and {@code flock}, each linked on first use, called
 * on real descriptors. Calls that may wait run without the GIL and, as CPython does since PEP 475,
 * are retried after EINTR once the signal handlers have run (a handler that raises ends the call
 * with its exception).
 *
 * <p>Taipan's signals are not process signals, so a lock wait blocked in the kernel on the main
 * thread would never see EINTR and a SIGALRM or SIGINT handler could never run. There a waiting
 * lock request ({@code flock} without LOCK_NB, F_SETLKW, F_OFD_SETLKW) is made as its
 * non-waiting form, retried after short sleeps inside a signal wait that runs the handlers of
 * arriving signals; other threads, which receive no signals, make the blocking call. The price on
 * the main thread: no queueing behind other waiters and no EDEADLK detection.
 */
final class FcntlCalls {
    private FcntlCalls() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final ValueLayout A = ValueLayout.ADDRESS;

    /** The handles, linked when the first of them is needed. */
    private static final class Fn {
        static final MethodHandle FCNTL_INT = Libc.link("fcntl", FunctionDescriptor.of(I, I, I, I),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle FCNTL_PTR = Libc.link("fcntl", FunctionDescriptor.of(I, I, I, A),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle IOCTL_INT = Libc.link("ioctl", FunctionDescriptor.of(I, I, L, I),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle IOCTL_PTR = Libc.link("ioctl", FunctionDescriptor.of(I, I, L, A),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle FLOCK = Libc.link("flock", FunctionDescriptor.of(I, I, I));
    }

    /** A C call returning -1 with errno on failure. */
    private interface Call {
        long run();
    }

    /**
     * Runs {@code call} without the GIL until it ends other than by EINTR.
     *
     * @return the call's result, never -1
     * @throws org.taipan.runtime.PyException OSError of the errno; what a signal handler raises
     */
    private static int retrying(Call call) {
        ThreadState ts = ThreadState.current();
        while (true) {
            long r = Blocking.withoutGil(call::run);
            if (r != -1) {
                return (int) r;
            }
            int errno = Libc.errno();
            if (errno != Errno.EINTR) {
                throw Errno.error(errno, null);
            }
            Blocking.checkSignals(ts);
        }
    }

    /** Longest sleep between two tries of a lock on the main thread: how late a handler may run. */
    private static final long SLICE_NANOS = 20_000_000;
    static final int F_SETLK = 6, F_SETLKW = 7, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, LOCK_NB = 4;

    /**
     * A lock request that may wait: {@code blocking} on other threads (see {@link #retrying}), and on
     * the main thread {@code attempt}, its non-waiting form, until the lock is free (EAGAIN or
     * EACCES mean held by someone else).
     *
     * @throws org.taipan.runtime.PyException OSError of the errno; what a signal handler raises
     */
    private static int waitingLock(Call blocking, Call attempt) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || !ts.isMain) {
            return retrying(blocking);
        }
        long slice = 1_000_000;
        while (true) {
            if (ts.events.interruptingSignalPending()) {
                Blocking.checkSignals(ts);
            }
            long r = attempt.run();
            if (r != -1) {
                return (int) r;
            }
            int errno = Libc.errno();
            if (errno != Errno.EINTR && errno != Errno.EAGAIN && errno != Errno.EACCES) {
                throw Errno.error(errno, null);
            }
            long nanos = slice;
            Boolean slept = Blocking.signalWait(ts, () -> {
                LockSupport.parkNanos(nanos);
                if (Thread.interrupted() && ts.events.interruptingSignalPending()) {
                    throw new InterruptedException();
                }
                return Boolean.TRUE;
            });
            if (slept == null) {
                Blocking.checkSignals(ts);
            }
            slice = Math.min(slice * 2, SLICE_NANOS);
        }
    }

    /** {@code fcntl(fd, cmd, arg)} with an int argument. */
    static int fcntl(int fd, int cmd, int arg) {
        return retrying(() -> Libc.call(Fn.FCNTL_INT, fd, cmd, arg));
    }

    /** {@code fcntl(fd, cmd, buf)} with a pointer to native memory the call may read and write. */
    static int fcntl(int fd, int cmd, MemorySegment buf) {
        if (cmd == F_SETLKW || cmd == F_OFD_SETLKW) {
            int attempt = cmd == F_SETLKW ? F_SETLK : F_OFD_SETLK;
            return waitingLock(() -> Libc.call(Fn.FCNTL_PTR, fd, cmd, buf),
                    () -> Libc.call(Fn.FCNTL_PTR, fd, attempt, buf));
        }
        return retrying(() -> Libc.call(Fn.FCNTL_PTR, fd, cmd, buf));
    }

    /** {@code flock(fd, operation)}. */
    static int flock(int fd, int operation) {
        if ((operation & LOCK_NB) == 0) {
            return waitingLock(() -> Libc.call(Fn.FLOCK, fd, operation),
                    () -> Libc.call(Fn.FLOCK, fd, operation | LOCK_NB));
        }
        return retrying(() -> Libc.call(Fn.FLOCK, fd, operation));
    }

    /** {@code ioctl(fd, request, arg)} with an int argument, without the GIL and not retried (as CPython). */
    static int ioctl(int fd, long request, int arg) {
        long r = Blocking.withoutGil(() -> Libc.call(Fn.IOCTL_INT, fd, request, arg));
        if (r == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        return (int) r;
    }

    /** {@code ioctl(fd, request, buf)} with a pointer to native memory, without the GIL and not retried. */
    static int ioctl(int fd, long request, MemorySegment buf) {
        long r = Blocking.withoutGil(() -> Libc.call(Fn.IOCTL_PTR, fd, request, buf));
        if (r == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        return (int) r;
    }
}
