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
    /** {@code sys.set_coroutine_origin_tracking_depth}: how many callers a new coroutine's {@code cr_origin} lists (0: none, cr_origin None). */
    public int coroutineOriginDepth;
    /**
     * Inside a resumed generator: the exception its resumer was handling, which
     * {@link #handled} falls back to when the generator has none of its own (CPython's
     * stack of {@code exc_info} items); null elsewhere.
     */
    public PyBaseException outerHandled;
    /** The exception being handled by an {@code except} clause, or null. */
    public PyBaseException handled;
    /**
     * Whether {@link #handled} is the running generator's own (an {@code except} clause of its
     * frame, or of a function it called, is running) rather than its resumer's
     * {@link #outerHandled}: the two may be the same exception (a generator catching what its
     * resumer threw into it while handling it), so identity cannot tell them apart.
     */
    public boolean handledOwn;
    /** {@code sys.settrace}'s function on this thread, or null (interp.TraceHooks). */
    public PyObject traceFunc;
    /** {@code sys.setprofile}'s function on this thread, or null (interp.TraceHooks). */
    public PyObject profileFunc;
    /** Set while a trace or profile function runs: it sees no events of its own (CPython's {@code tstate->tracing}). */
    public boolean inHook;

    /** The Java thread this state belongs to (the one that made it). */
    public final Thread thread = Thread.currentThread();
    /** Whether this is the thread running {@code __main__}, the only one that handles signals. */
    public final boolean isMain;
    /** Whether the thread is in a wait a signal may cut short (guarded by {@code this}). */
    private boolean inSignalWait;
    /** The lock {@code _thread._set_sentinel()} gave this thread, released when it ends; or null. */
    public PyObject sentinel;
    /** This thread's current {@code contextvars.Context} (modules.contextvars), null until first used. */
    public PyObject contextvarsContext;

    /** The state of a thread started by {@code _thread.start_new_thread}, made on that thread. */
    public ThreadState(Interpreter interpreter) {
        this(interpreter, false);
    }

    /**
     * The state of the calling thread.
     *
     * @param isMain whether the thread runs {@code __main__} (signals are delivered to it)
     */
    public ThreadState(Interpreter interpreter, boolean isMain) {
        this.interpreter = interpreter;
        this.events = interpreter.events();
        this.isMain = isMain;
        interpreter.registerThreadState(this);
    }

    /**
     * Starts a wait that a signal for this (main) thread interrupts ({@link Thread#interrupt()}
     * is only ever delivered inside such a wait, so it cannot close an NIO channel elsewhere).
     * A signal already pending interrupts the wait at once.
     */
    public synchronized void beginSignalWait() {
        inSignalWait = true;
        if (isMain && events.signalPending()) {
            thread.interrupt();
        }
    }

    /** Ends the wait begun by {@link #beginSignalWait}, clearing an interrupt that came too late to matter. */
    public synchronized void endSignalWait() {
        inSignalWait = false;
        Thread.interrupted();
    }

    /** A signal was posted: interrupts this thread if it is in a signal wait. */
    synchronized void wakeForSignal() {
        if (inSignalWait) {
            thread.interrupt();
        }
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
