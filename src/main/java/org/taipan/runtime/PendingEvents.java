package org.taipan.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events posted for an interpreter's threads to handle at their next safe point (CPython's
 * "eval breaker"): tripped signals (handled by the main thread only, see {@link Signals}),
 * queued finalizers, and another thread's request for the GIL ({@link Gil}). The eval loop
 * reads {@link #pending}, one volatile load, at backward jumps and frame entries.
 */
public final class PendingEvents {
    /** Set when any event is posted; cleared by the thread holding the GIL before it handles them. */
    public volatile boolean pending;
    /** Bit {@code n} set: signal {@code n} arrived and its handler has not run yet. */
    private final AtomicLong tripped = new AtomicLong();
    private volatile boolean finalizers;
    private volatile boolean gilDrop;
    /** The thread that runs {@code __main__} and handles signals; null before it starts. */
    private volatile ThreadState mainThread;

    /**
     * Threads with a trace or profile function ({@code sys.settrace}, {@code sys.setprofile}):
     * while there is one, {@link #pending} stays set, so that every frame entry reaches the
     * handler, which sends the frame through the traced path (interp.TraceHooks), and the
     * untraced path pays nothing for the feature.
     */
    private final java.util.concurrent.atomic.AtomicInteger hookedThreads = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * This interpreter's code objects whose shared words are TRACE, so that their running frames
     * go on stepped ({@code interp.TraceHooks}, "armed"); guarded by itself. One set per
     * interpreter: an interpreter whose last hook goes away gives back only its own code
     * objects' words, never those of another interpreter of the same JVM still being profiled.
     */
    public final Set<PyCode> armedCodes = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A thread set its first hook (trace or profile function). */
    public void hookAdded() {
        hookedThreads.incrementAndGet();
        pending = true;
    }

    /**
     * A thread cleared its last hook.
     *
     * @return whether no thread has a hook now
     */
    public boolean hookRemoved() {
        return hookedThreads.decrementAndGet() == 0;
    }

    /** Whether some thread has a trace or profile function (then {@link #pending} is kept set). */
    public boolean hooked() {
        return hookedThreads.get() > 0;
    }

    /** Posts a request that the thread holding the GIL hand it over (made by a thread waiting for it). */
    void requestGilDrop() {
        gilDrop = true;
        pending = true;
    }

    /** The GIL changed hands: the request is met. A pending signal is re-posted for the main thread's next check. */
    void clearGilDrop() {
        gilDrop = false;
        if (tripped.get() != 0) {
            pending = true;
        }
    }

    /** Whether a thread is waiting for the GIL longer than the switch interval. */
    public boolean gilDropRequested() {
        return gilDrop;
    }

    /** Makes {@code ts} the thread that signals are delivered to. */
    void setMainThread(ThreadState ts) {
        mainThread = ts;
    }

    /** Whether a signal waits for the main thread. */
    public boolean signalPending() {
        return tripped.get() != 0;
    }

    /** Bit {@code n} set: {@code siginterrupt(n, False)}, a blocked read or write is restarted. */
    private final AtomicLong restarting = new AtomicLong();

    /** Records {@code signal.siginterrupt(signum, not restart)} (and its reset by {@code signal.signal}). */
    public void setRestart(int signum, boolean restart) {
        restarting.getAndUpdate(v -> restart ? v | 1L << signum : v & ~(1L << signum));
    }

    /**
     * Whether a signal that interrupts blocked calls waits for the main thread (EINTR in C); one
     * under {@code siginterrupt(n, False)} waits for the call to end instead.
     */
    public boolean interruptingSignalPending() {
        return (tripped.get() & ~restarting.get()) != 0;
    }

    /** The interpreter that a SIGINT of this process interrupts (the one running {@code __main__}). */
    private static volatile PendingEvents sigintTarget;

    /** Posts (or re-posts, when left for later) the request to run queued finalizers. */
    public void requestFinalizers() {
        finalizers = true;
        pending = true;
    }

    /** Set for good once the host abandons the run ({@link #requestStop}). */
    private volatile boolean stopRequested;

    /**
     * Asks every thread of this interpreter to end at its next check (a loop's backward jump, a
     * frame entry, the end of the main thread's signal wait) with {@link Gil.ThreadExit}, which no
     * Python handler catches, so no {@code except} or {@code finally} keeps the program running:
     * for a host that gives up on a run (a test harness past its time limit). It cannot be
     * withdrawn; code that never reaches a check (one long builtin call) runs on until it does.
     */
    public void requestStop() {
        stopRequested = true;
        pending = true;
        ThreadState main = mainThread;
        if (main != null) {
            main.wakeForSignal();
        }
    }

    /** Whether {@link #requestStop} was called. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Posts a KeyboardInterrupt (SIGINT). */
    public void requestInterrupt() {
        trip(Signals.SIGINT);
    }

    /**
     * Records that signal {@code signum} arrived (CPython's {@code trip_signal}); the main
     * thread runs its handler at its next check, and a signal wait of the main thread is cut
     * short.
     *
     * @param signum 1..64
     */
    public void trip(int signum) {
        tripWithoutWaking(signum);
        ThreadState main = mainThread;
        if (main != null) {
            main.wakeForSignal();
        }
    }

    /**
     * {@link #trip} without cutting a wait of the main thread short: what CPython's
     * {@code PyErr_SetInterruptEx} does ({@code _thread.interrupt_main}), which sends no real
     * signal, so a lock acquire the main thread is blocked in completes first.
     *
     * @param signum 1..64
     */
    public void tripWithoutWaking(int signum) {
        tripped.getAndUpdate(v -> v | 1L << signum);
        pending = true;
        java.util.function.IntConsumer w = wakeup;
        if (w != null) {
            w.accept(signum);
        }
    }

    /** What {@code signal.set_wakeup_fd} installed: writes a tripped signal's number to the wakeup descriptor; or null. */
    private volatile java.util.function.IntConsumer wakeup;

    /**
     * Sets (or with null removes) the action run with each signal's number as it is tripped, on
     * the thread that trips it (the JVM's signal thread, a timer, a Python thread), as CPython's
     * {@code trip_signal} writes the number to the wakeup descriptor from its C signal handler:
     * an event loop waiting in {@code select} on that descriptor wakes at once. The action must
     * not block or raise.
     */
    public void setWakeup(java.util.function.IntConsumer action) {
        wakeup = action;
    }

    /** Takes the set of tripped signals (bit n for signal n), leaving none. */
    public long takeTripped() {
        return tripped.getAndSet(0);
    }

    /** Puts back signals whose handlers did not run (an earlier handler raised). */
    public void untake(long bits) {
        if (bits != 0) {
            tripped.getAndUpdate(v -> v | bits);
            pending = true;
        }
    }

    /** Takes the finalizer request, if any. */
    public boolean takeFinalizers() {
        if (!finalizers) {
            return false;
        }
        finalizers = false;
        return true;
    }

    /** Makes this interpreter the one that process signals go to (a no-op unless handlers are installed). */
    void becomeSigintTarget() {
        sigintTarget = this;
    }

    /** The program has ended: SIGINT goes back to ending the process. */
    void resignSigintTarget() {
        if (sigintTarget == this) {
            sigintTarget = null;
        }
    }

    /** The events of the interpreter running {@code __main__} in this process, or null. */
    static PendingEvents sigintTarget() {
        return sigintTarget;
    }

    /** Whether the command line installed process signal handlers (only then may Python install its own). */
    private static volatile boolean processHandlers;

    static boolean processHandlersInstalled() {
        return processHandlers;
    }

    /** What the process's SIGINT does, by the Python handler set for it: one of the four below. */
    private static volatile int sigintDisposition = 0;
    /** {@code default_int_handler}: KeyboardInterrupt, and a second SIGINT the program has not taken ends the process. */
    static final int SIGINT_RAISES = 0;
    /** A Python callable: it runs once for any number of SIGINTs that came before the program took them. */
    static final int SIGINT_RUNS_HANDLER = 1;
    /** SIG_IGN: nothing happens. */
    static final int SIGINT_IGNORED = 2;
    /** SIG_DFL: the process dies of the signal at once, the kernel's default action (the JVM's handler is taken off). */
    static final int SIGINT_DEFAULT_ACTION = 3;

    /** When the command line's handler last tripped SIGINT that was not pending (System.nanoTime). */
    private static volatile long sigintTrippedAt;
    /** How long a tripped SIGINT may wait for the program before a second one ends the process: 0.5 s. */
    private static final long STUCK_NANOS = 500_000_000L;

    /** The command line's SIGINT handler once installed, put back when SIG_DFL is replaced. */
    private static volatile sun.misc.SignalHandler commandLineSigint;

    /**
     * Records what the Python handler now set for SIGINT does with it ({@link #SIGINT_RAISES} and
     * the others). Under SIG_DFL the process's disposition itself becomes the default, so a SIGINT
     * kills it as it would kill CPython's (return code -2), even in the middle of Java code.
     */
    static void sigintHandlerSet(int disposition) {
        sun.misc.SignalHandler ours = commandLineSigint;
        boolean toDefault = disposition == SIGINT_DEFAULT_ACTION;
        if (ours != null && osIgnored && disposition != SIGINT_IGNORED) {
            // ignored since start-up, which HotSpot will not override: the C library resets it
            // first, as CPython's signal.signal installs its handler whatever was inherited
            java.util.function.BooleanSupplier reset = sigintUnignore;
            if (reset != null && reset.getAsBoolean()) {
                osIgnored = false;
                setProcessSigint(toDefault ? sun.misc.SignalHandler.SIG_DFL : ours);
            }
        } else if (ours != null && !osIgnored && toDefault != (sigintDisposition == SIGINT_DEFAULT_ACTION)) {
            setProcessSigint(toDefault ? sun.misc.SignalHandler.SIG_DFL : ours);
        }
        sigintDisposition = disposition;
    }

    private static void setProcessSigint(sun.misc.SignalHandler h) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM keeps the signal: the disposition is only recorded
        }
    }

    /** Whether the process's SIGINT is still the SIG_IGN it started with. */
    private static volatile boolean osIgnored;
    /** Resets SIGINT to SIG_DFL through the C library, false when it cannot (the command line sets it). */
    private static volatile java.util.function.BooleanSupplier sigintUnignore;

    /**
     * Gives the command line's way to take SIGINT out of an ignored disposition inherited at
     * start-up (nohup, a background job), used when the program sets a handler for it.
     */
    public static void setSigintUnignore(java.util.function.BooleanSupplier action) {
        sigintUnignore = action;
    }

    /** Whether the command line found SIGINT ignored when the process started. */
    private static volatile boolean sigintIgnoredAtStart;

    /**
     * Whether SIGINT was ignored when the command line started (CPython's {@code signal_install_handlers}
     * then leaves it so, and {@code signal.getsignal(SIGINT)} is {@code SIG_IGN}); never in an embedding.
     */
    static boolean sigintIgnoredAtStart() {
        return sigintIgnoredAtStart;
    }

    /**
     * Installs the process's SIGINT handler (for the command line; embedders and the test
     * harness keep the JVM's default): a SIGINT posts KeyboardInterrupt to the interpreter
     * running {@code __main__}, as CPython's default handler does. While that handler is
     * {@code default_int_handler}, a second SIGINT when the program has not taken the first for
     * half a second, or one when no program runs, ends the process with status 130; under
     * SIG_IGN nothing happens. When SIGINT was ignored at start-up it stays ignored (the JVM will not replace
     * that disposition), and Python's SIGINT handler starts as {@code SIG_IGN}.
     *
     * @return false when the platform does not allow it
     */
    public static boolean installSigintHandler() {
        try {
            sun.misc.SignalHandler handler = sig -> {
                PendingEvents t = sigintTarget;
                int disposition = sigintDisposition;
                if (disposition == SIGINT_IGNORED || t == null && disposition == SIGINT_RUNS_HANDLER) {
                    // ignored; or the program that set a handler has ended and the process is exiting
                    return;
                }
                boolean pending = t != null && (t.tripped.get() & 1L << Signals.SIGINT) != 0;
                if (t == null || disposition == SIGINT_RAISES && pending
                        && System.nanoTime() - sigintTrippedAt > STUCK_NANOS) {
                    // No Python code to interrupt, or the program has not reached a check for a
                    // while since the last Ctrl-C (blocked in Java code): end the process as the
                    // default action of SIGINT would. SIGINTs close together (a key held down, a
                    // parent's burst) and those under a handler of the program's own are taken
                    // once, as CPython's tripped flag coalesces them.
                    if (t != null) {
                        System.err.println("KeyboardInterrupt");
                        System.err.flush();
                    }
                    Runtime.getRuntime().halt(130);
                }
                if (!pending) {
                    sigintTrippedAt = System.nanoTime();
                }
                t.requestInterrupt();
            };
            sun.misc.SignalHandler before = sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
            commandLineSigint = handler;
            // HotSpot leaves a SIGINT ignored at start-up (nohup, a shell's background job) ignored
            // and says so; CPython then installs no handler either: Python sees SIG_IGN
            sigintIgnoredAtStart = before == sun.misc.SignalHandler.SIG_IGN;
            osIgnored = sigintIgnoredAtStart;
            if (sigintIgnoredAtStart) {
                sigintDisposition = SIGINT_IGNORED;
            }
            processHandlers = true;
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
