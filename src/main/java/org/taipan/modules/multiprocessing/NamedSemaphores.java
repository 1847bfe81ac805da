package org.taipan.modules.multiprocessing;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.time.Instant;

import org.taipan.modules.posix.Libc;

/**
 * POSIX named semaphores ({@code sem_open(3)} and its family, in the C library since glibc 2.34),
 * the kernel objects behind {@code multiprocessing}'s locks: one process creates a semaphore
 * under a name, the processes it spawns open it by that name. A semaphore is its {@code sem_t *}
 * address, as a {@code long}; a name is its bytes (UTF-8, without NUL). Every call returns what the C function returns, -1 on failure with
 * the error in {@link Libc#errno()}.
 */
final class NamedSemaphores {
    private NamedSemaphores() {}

    static final int O_CREAT = 0100, O_EXCL = 0200;
    /** {@code SEM_VALUE_MAX} of glibc: {@code INT_MAX}. */
    static final int SEM_VALUE_MAX = Integer.MAX_VALUE;

    /** The functions, linked at the first use of a semaphore. */
    private static final class Fn {
        private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
        private static final ValueLayout A = ValueLayout.ADDRESS;
        static final MethodHandle OPEN = Libc.link("sem_open", FunctionDescriptor.of(A, A, I, I, I),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle CLOSE = Libc.link("sem_close", FunctionDescriptor.of(I, A));
        static final MethodHandle UNLINK = Libc.link("sem_unlink", FunctionDescriptor.of(I, A));
        static final MethodHandle TRYWAIT = Libc.link("sem_trywait", FunctionDescriptor.of(I, A));
        static final MethodHandle TIMEDWAIT = Libc.link("sem_timedwait", FunctionDescriptor.of(I, A, A));
        static final MethodHandle POST = Libc.link("sem_post", FunctionDescriptor.of(I, A));
        static final MethodHandle GETVALUE = Libc.link("sem_getvalue", FunctionDescriptor.of(I, A, A));
    }

    /**
     * {@code sem_open(name, oflag, 0600, value)}: the semaphore's address, or -1 (EEXIST for
     * {@code O_CREAT|O_EXCL} and a name in use, ENOENT for a name that is not).
     */
    static long open(byte[] name, int oflag, int value) {
        try (Arena a = Arena.ofConfined()) {
            return Libc.call(Fn.OPEN, cName(a, name), oflag, 0600, value);
        }
    }

    /** {@code sem_close(sem)}. */
    static int close(long sem) {
        return (int) Libc.call(Fn.CLOSE, MemorySegment.ofAddress(sem));
    }

    /** {@code sem_unlink(name)}: the name is gone; processes that opened the semaphore keep it. */
    static int unlink(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            return (int) Libc.call(Fn.UNLINK, cName(a, name));
        }
    }

    /** {@code sem_trywait(sem)}: 0 when decremented, else -1 (EAGAIN: the value was 0). */
    static int tryWait(long sem) {
        return (int) Libc.call(Fn.TRYWAIT, MemorySegment.ofAddress(sem));
    }

    /**
     * {@code sem_timedwait(sem, deadline)} with a deadline {@code nanos} from now on the wall
     * clock (CLOCK_REALTIME, as the function wants): 0 when decremented, else -1 (ETIMEDOUT,
     * EINTR).
     */
    static int timedWait(long sem, long nanos) {
        Instant deadline = Instant.now().plusNanos(nanos);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16, 8);
            ts.set(ValueLayout.JAVA_LONG, 0, deadline.getEpochSecond());
            ts.set(ValueLayout.JAVA_LONG, 8, deadline.getNano());
            return (int) Libc.call(Fn.TIMEDWAIT, MemorySegment.ofAddress(sem), ts);
        }
    }

    /** {@code sem_post(sem)}. */
    static int post(long sem) {
        return (int) Libc.call(Fn.POST, MemorySegment.ofAddress(sem));
    }

    /** {@code sem_getvalue(sem)}: the value, or -1 with errno set (glibc never reports waiters as a negative value). */
    static int value(long sem) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_INT);
            if (Libc.call(Fn.GETVALUE, MemorySegment.ofAddress(sem), out) == -1) {
                return -1;
            }
            return out.get(ValueLayout.JAVA_INT, 0);
        }
    }

    private static MemorySegment cName(Arena a, byte[] name) {
        return Libc.cString(a, name);
    }
}
