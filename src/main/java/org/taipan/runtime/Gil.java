package org.taipan.runtime;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one interpreter (CPython's {@code Python/ceval_gil.c}): the
 * thread that holds it is the only one running Python code or touching Python objects of
 * that interpreter. A thread releases it around blocking calls ({@link Blocking}) and, when
 * another thread has waited a whole switch interval ({@code sys.setswitchinterval}, 5 ms by
 * default), at its next eval-breaker check: the waiter posts a drop request through
 * {@link PendingEvents}, the holder {@link #yieldTo hands it over} and waits until some other
 * thread has taken it (CPython's FORCE_SWITCHING), so one CPU-bound thread cannot starve
 * the others. With a single thread nobody ever posts a request, so running Python code costs
 * nothing beyond the eval breaker's one volatile read.
 *
 * <p>After {@link #finish()} (the main thread's program has ended) a thread other than the
 * finishing one that tries to take the lock is ended with {@link ThreadExit}, as CPython's
 * daemon threads are when they try to run during finalization.
 */
public final class Gil {
    /**
     * Thrown to unwind a thread that may no longer run Python code (the interpreter is
     * finishing). An Error, so that no Python handler or {@code finally} runs on the way out,
     * as a daemon thread of CPython simply stops.
     */
    public static final class ThreadExit extends Error {
        public ThreadExit() {
            super(null, null, false, false);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the GIL is released. */
    private final Condition released = lock.newCondition();
    /** Signalled when the GIL is taken (for a yielding holder waiting for its successor). */
    private final Condition taken = lock.newCondition();
    private final PendingEvents events;
    // Fields below are guarded by lock.
    private Thread holder;
    /** Incremented each time the GIL changes hands. */
    private long switches;
    private int waiters;
    private Thread finisher;
    // CPython keeps the interval in whole microseconds (possibly 0: the waiter then uses 1).
    private volatile long intervalMicros = 5_000L;

    Gil(PendingEvents events) {
        this.events = events;
    }

    /** {@code sys.getswitchinterval()}: the interval in seconds, as set (whole microseconds). */
    public double switchInterval() {
        return intervalMicros * 1e-6;
    }

    /**
     * {@code sys.setswitchinterval(seconds)} (CPython's {@code _PyEval_SetSwitchInterval}):
     * truncated to whole microseconds; below one microsecond the waiter still waits one.
     *
     * @throws PyException ValueError "switch interval must be strictly positive"
     */
    public void setSwitchInterval(double seconds) {
        if (seconds <= 0) { // NaN passes, as in CPython, and becomes 0 microseconds
            throw Errors.valueError("switch interval must be strictly positive");
        }
        intervalMicros = (long) (seconds * 1e6);
    }

    /**
     * Takes the GIL for the calling thread, waiting as long as needed; a wait longer than the
     * switch interval asks the holder to hand it over.
     *
     * @throws ThreadExit when the interpreter is finishing and the caller is not the finishing
     *     thread, or when the host stopped the run ({@link PendingEvents#requestStop})
     */
    public void acquire() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        lock.lock();
        try {
            if (mustExit(me)) {
                throw new ThreadExit();
            }
            if (holder == null && waiters == 0) {
                take(me);
                return;
            }
            waiters++;
            try {
                while (holder != null) {
                    long seen = switches;
                    try {
                        long left = released.awaitNanos(Math.max(1L, intervalMicros) * 1000L);
                        if (left <= 0 && holder != null && switches == seen) {
                            events.requestGilDrop();
                        }
                    } catch (InterruptedException e) {
                        // a signal for the main thread: it is handled once the GIL is held
                        interrupted = true;
                    }
                    if (mustExit(me)) {
                        throw new ThreadExit();
                    }
                }
            } finally {
                waiters--;
            }
            take(me);
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the calling thread is to end instead of running Python code: the interpreter is finishing, or its run was stopped. */
    private boolean mustExit(Thread me) {
        return finisher != null && finisher != me || events.stopRequested();
    }

    private void take(Thread me) {
        holder = me;
        switches++;
        events.clearGilDrop();
        taken.signalAll();
    }

    /** Releases the GIL held by the calling thread. */
    public void release() {
        lock.lock();
        try {
            holder = null;
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The eval breaker's answer to a drop request: releases the GIL, waits until another
     * thread has taken it (if one is waiting), then takes it back in turn.
     */
    public void yieldTo() {
        Thread me = Thread.currentThread();
        lock.lock();
        try {
            if (holder != me || waiters == 0) {
                events.clearGilDrop();
                return;
            }
            holder = null;
            long seen = switches;
            released.signal();
            while (switches == seen && waiters > 0) {
                taken.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        acquire();
    }

    /**
     * The program has ended on the calling thread (which holds the GIL): from now on no other
     * thread may take the GIL; those waiting for it end with {@link ThreadExit}.
     */
    public void finish() {
        lock.lock();
        try {
            finisher = Thread.currentThread();
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the program has ended ({@link #finish()}): the interpreter is being torn down. */
    public boolean finishing() {
        lock.lock();
        try {
            return finisher != null;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread holds the GIL (for assertions and tests). */
    public boolean heldByCurrentThread() {
        lock.lock();
        try {
            return holder == Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

}
