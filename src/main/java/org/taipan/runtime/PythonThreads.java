package org.taipan.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an interpreter started for Python ({@code _thread.start_new_thread}): how
 * many run ({@code _thread._count()}), the stack size new ones get
 * ({@code _thread.stack_size()}), and the live Java threads, which the interpreter wakes
 * when it finishes so that daemon threads blocked in a wait end instead of lingering in
 * the JVM.
 */
public final class PythonThreads {
    /** The default Java stack of a Python thread: large, so the recursion limit decides, as on the main thread. */
    public static final long DEFAULT_STACK = 1L << 30;

    private final AtomicInteger count = new AtomicInteger();
    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private volatile long stackSize;

    /** {@code _thread._count()}. */
    public int count() {
        return count.get();
    }

    /** {@code _thread.stack_size()}: 0 for the default. */
    public long stackSize() {
        return stackSize;
    }

    public void setStackSize(long bytes) {
        stackSize = bytes;
    }

    /** Records a thread about to start. */
    public void started(Thread t) {
        count.incrementAndGet();
        live.add(t);
    }

    /** Records the end of a thread's Python code. */
    public void ended(Thread t) {
        live.remove(t);
        count.decrementAndGet();
    }

    /** Interrupts every thread still alive (the interpreter is finishing: their waits end and they exit). */
    void interruptAll() {
        for (Thread t : live) {
            t.interrupt();
        }
    }
}
