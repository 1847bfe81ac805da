package org.taipan.modules.thread;

import org.taipan.runtime.Blocking;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Blocking waits of the {@code _thread} objects (CPython's {@code acquire_timed}): a free
 * lock is taken at once, with the GIL held; otherwise the GIL is released for the wait, and
 * on the main thread a signal interrupts it to run its handler (which may raise, e.g.
 * KeyboardInterrupt) before the wait resumes for the time left.
 */
final class Waits {
    private Waits() {}

    /**
     * Takes {@code m}, waiting at most {@code timeoutNanos} (negative: forever, 0: not at all).
     *
     * @return whether the lock was taken
     * @throws org.taipan.runtime.PyException what a signal handler raises
     */
    /**
     * Runs the handlers of signals tripped meanwhile, then gives back {@code result}: what CPython's
     * CALL does as a lock's {@code acquire()} returns (the lock held by then), so that a
     * {@code _thread.interrupt_main()} from another thread, which trips SIGINT without waking the
     * wait, raises KeyboardInterrupt right there and not at the next Python frame (where
     * {@code Condition.wait}'s {@code _acquire_restore} would lose it with the lock not re-taken).
     * Not for {@code __enter__}: a {@code with} statement checks only once inside its body.
     *
     * @throws org.taipan.runtime.PyException what a signal handler raises
     */
    static PyObject thenCheckSignals(PyObject result) {
        Blocking.checkSignals(ThreadState.current());
        return result;
    }

    static boolean acquire(Mutex m, long timeoutNanos) {
        if (m.tryLock()) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        ThreadState ts = ThreadState.current();
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long left = timeoutNanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime());
            Boolean got = Blocking.signalWait(ts, () -> m.lock(left));
            if (got != null) {
                return got;
            }
            Blocking.checkSignals(ts);
            if (timeoutNanos >= 0 && deadline - System.nanoTime() <= 0) {
                return m.tryLock();
            }
        }
    }
}
