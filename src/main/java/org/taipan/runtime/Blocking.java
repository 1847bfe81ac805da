package org.taipan.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Blocking calls made by Python code (CPython's {@code Py_BEGIN_ALLOW_THREADS} regions):
 * the GIL is released for the wait so other threads run, and on the main thread a signal
 * (Ctrl-C, {@code _thread.interrupt_main}) cuts a {@linkplain #signalWait signal wait}
 * short to run its handler, as EINTR does in CPython.
 */
public final class Blocking {
    private Blocking() {}

    /** A wait that a signal may interrupt. */
    public interface Wait<T> {
        /** Waits; throws InterruptedException when a signal arrives for the main thread. */
        T run() throws InterruptedException;
    }

    /** An action run without the GIL (a read of a file or pipe): it must not touch Python objects. */
    public interface Action<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code action} with the GIL released (CPython: reads and writes of files and pipes).
     * The action must not touch Python objects; it is not interrupted by signals.
     */
    public static <T, E extends Exception> T withoutGil(Action<T, E> action) throws E {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return action.run();
        }
        Gil gil = ts.interpreter.gil();
        gil.release();
        try {
            return action.run();
        } finally {
            gil.acquire();
        }
    }

    /**
     * Takes {@code lock}, waiting for it without the GIL when another thread holds it (CPython's
     * {@code ACQUIRE_LOCK} of the compression objects): the holder may itself be running without
     * the GIL and need it back before it can let go.
     */
    public static void lock(java.util.concurrent.locks.Lock lock) {
        if (lock.tryLock()) {
            return;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            lock.lock();
            return;
        }
        Gil gil = ts.interpreter.gil();
        gil.release();
        lock.lock();
        reacquireHolding(gil, lock);
    }

    /**
     * As {@link #lock}, but while the interpreter is finishing waits at most one second (CPython's
     * {@code _enter_buffered_busy} at shutdown): a daemon thread stopped in the middle of an
     * operation never lets go.
     *
     * @return whether the lock was taken
     */
    public static boolean lockOrGiveUpAtExit(java.util.concurrent.locks.Lock lock) {
        if (lock.tryLock()) {
            return true;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || !ts.interpreter.gil().finishing()) {
            lock(lock);
            return true;
        }
        Gil gil = ts.interpreter.gil();
        gil.release();
        boolean got = false;
        try {
            got = lock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (got) {
            reacquireHolding(gil, lock);
        } else {
            gil.acquire();
        }
        return got;
    }

    /**
     * Takes the GIL back while holding {@code lock}: a thread ended on the way ({@link
     * Gil.ThreadExit}, a daemon thread at exit) lets go of the lock first, or whoever needs it
     * next (the finishing thread closing the file) would wait for ever.
     */
    private static void reacquireHolding(Gil gil, java.util.concurrent.locks.Lock lock) {
        try {
            gil.acquire();
        } catch (Throwable t) {
            lock.unlock();
            throw t;
        }
    }

    /**
     * Runs {@code wait} with the GIL released; on the main thread a signal interrupts it.
     *
     * @return the wait's result, or null when a signal interrupted it (the caller then runs
     *     the handlers with {@link #checkSignals} and decides whether to wait again)
     */
    public static <T> T signalWait(ThreadState ts, Wait<T> wait) {
        Gil gil = ts.interpreter.gil();
        gil.release();
        ts.beginSignalWait();
        try {
            return wait.run();
        } catch (InterruptedException e) {
            return null;
        } finally {
            ts.endSignalWait();
            gil.acquire();
        }
    }

    /**
     * Runs the handlers of signals delivered to the calling thread if it is the main one
     * (CPython's {@code PyErr_CheckSignals}).
     *
     * @throws PyException what a handler raises (KeyboardInterrupt for SIGINT)
     */
    public static void checkSignals(ThreadState ts) {
        org.taipan.interp.PendingEventHandler.handleSignals(ts);
    }

    /**
     * {@code time.sleep(seconds)} as CPython's {@code pysleep}: sleeps without the GIL; a signal
     * on the main thread runs its handler (which may raise) and the sleep goes on for the rest.
     *
     * @param nanos how long to sleep, at least 0
     * @throws PyException what a signal handler raises
     */
    public static void sleep(long nanos) {
        ThreadState ts = ThreadState.current();
        long deadline = System.nanoTime() + nanos;
        if (nanos == 0) {
            // sleep(0) still lets other threads run
            Gil gil = ts.interpreter.gil();
            gil.release();
            Thread.yield();
            gil.acquire();
            return;
        }
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Boolean done = signalWait(ts, () -> {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return Boolean.TRUE;
            });
            if (done == null) {
                checkSignals(ts);
            }
        }
    }
}
