package org.taipan.modules.fcntl;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.ThreadState;

/**
 * The C library's {@code fcntl}, {@code ioctl} and {@code flock}, each linked on first use, called
 * on real descriptors. Calls that may wait (a lock, a pipe's {@code fcntl}) run without the GIL
 * and, as CPython does since PEP 475, are retried after EINTR once the signal handlers have run
 * (a handler that raises ends the call with its exception).
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

    /** {@code fcntl(fd, cmd, arg)} with an int argument. */
    static int fcntl(int fd, int cmd, int arg) {
        return retrying(() -> Libc.call(Fn.FCNTL_INT, fd, cmd, arg));
    }

    /** {@code fcntl(fd, cmd, buf)} with a pointer to native memory the call may read and write. */
    static int fcntl(int fd, int cmd, MemorySegment buf) {
        return retrying(() -> Libc.call(Fn.FCNTL_PTR, fd, cmd, buf));
    }

    /** {@code flock(fd, operation)}. */
    static int flock(int fd, int operation) {
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
