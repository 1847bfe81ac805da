package org.taipan.modules.thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The binary semaphore under {@code _thread.lock} and {@code _thread.RLock} (CPython's
 * {@code PyThread_type_lock}): unlike a Java lock it has no owner, so any thread may release
 * it, and releasing it when free is reported instead of thrown. State 0 is free, 1 held.
 */
final class Mutex extends AbstractQueuedSynchronizer {
    @Override
    protected boolean tryAcquire(int ignored) {
        return compareAndSetState(0, 1);
    }

    @Override
    protected boolean tryRelease(int ignored) {
        // Only one releaser wins the 1 -> 0 transition; another sees 0 and reports it.
        return compareAndSetState(1, 0);
    }

    /** Takes the lock if it is free, without waiting. */
    boolean tryLock() {
        return compareAndSetState(0, 1);
    }

    /**
     * Waits for the lock.
     *
     * @param timeoutNanos how long to wait; negative waits forever
     * @return true when taken, false when the time ran out
     * @throws InterruptedException when the thread is interrupted (a signal for the main thread)
     */
    boolean lock(long timeoutNanos) throws InterruptedException {
        if (timeoutNanos < 0) {
            acquireInterruptibly(1);
            return true;
        }
        return tryAcquireNanos(1, timeoutNanos);
    }

    /**
     * Frees the lock.
     *
     * @return false when it was not held
     */
    boolean unlock() {
        return release(1);
    }

    boolean isLocked() {
        return getState() != 0;
    }

    static long nanos(double seconds) {
        return (long) Math.ceil(seconds * TimeUnit.SECONDS.toNanos(1));
    }
}
