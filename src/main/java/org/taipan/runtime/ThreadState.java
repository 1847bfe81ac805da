package org.taipan.runtime;

import org.taipan.interp.Frame;

/**
 * What one Python thread of one interpreter owns: its top frame, its Python recursion depth,
 * and the exception being handled ({@code sys.exc_info()}). CPython's {@code PyThreadState}.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Interpreter interpreter;
    /** The interpreter's pending events (SIGINT, finalizers), read by the eval loop at safe points. */
    public final PendingEvents events;
    /** The innermost running frame, or null. */
    public Frame frame;
    /** Number of Python frames on this thread. */
    public int depth;
    /** {@code sys.set_asyncgen_hooks}: called with each async generator on its first iteration, or null. */
    public PyObject asyncGenFirstiter;
    /** {@code sys.set_asyncgen_hooks}: called instead of closing an abandoned async generator, or null. */
    public PyObject asyncGenFinalizer;
    /**
     * Inside a resumed generator: the exception its resumer was handling, which
     * {@link #handled} falls back to when the generator has none of its own (CPython's
     * stack of {@code exc_info} items); null elsewhere.
     */
    public PyBaseException outerHandled;
    /** The exception being handled by an {@code except} clause, or null. */
    public PyBaseException handled;

    public ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.events = interpreter.events();
    }

    /** The state of the calling thread. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no Python interpreter is running on this thread");
        }
        return ts;
    }

    /** The state of the calling thread, or null. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    /** Makes {@code ts} the calling thread's state; returns the previous one. */
    public static ThreadState enter(ThreadState ts) {
        ThreadState prev = CURRENT.get();
        CURRENT.set(ts);
        return prev;
    }

    public static void restore(ThreadState prev) {
        if (prev == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(prev);
        }
    }

    /**
     * CPython's {@code _Py_EnterRecursiveCall} for recursion inside the runtime (comparing nested
     * containers): counts against {@code sys.getrecursionlimit()} like Python frames, so a
     * comparison of two self-containing lists raises RecursionError instead of exhausting the
     * Java stack. Pair with {@link #leaveRecursiveCall}.
     *
     * @param where CPython's suffix for the message, e.g. {@code " in comparison"}
     * @return the calling thread's state (null outside an interpreter), for leaveRecursiveCall
     * @throws PyException RecursionError "maximum recursion depth exceeded" + where
     */
    public static ThreadState enterRecursiveCall(String where) {
        ThreadState ts = CURRENT.get();
        if (ts != null && ++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + where);
        }
        return ts;
    }

    /** Undoes {@link #enterRecursiveCall}. */
    public static void leaveRecursiveCall(ThreadState ts) {
        if (ts != null) {
            ts.depth--;
        }
    }
}
