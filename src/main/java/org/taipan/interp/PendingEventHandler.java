package org.taipan.interp;

import org.taipan.runtime.Gil;
import org.taipan.runtime.PendingEvents;
import org.taipan.runtime.Signals;
import org.taipan.runtime.ThreadState;

/**
 * Handles what was posted to the interpreter ({@link PendingEvents}) at the eval loop's safe
 * points (backward jumps, frame entries), as CPython's {@code _Py_HandlePending}: the GIL is
 * handed to a thread that asked for it, queued finalizers run, then on the main thread a
 * tripped signals run their Python handlers (SIGINT's default raises
 * KeyboardInterrupt where the loop is).
 */
public final class PendingEventHandler {
    private PendingEventHandler() {}

    /**
     * Handles the pending events for the calling thread, which holds the GIL.
     *
     * @throws org.taipan.runtime.PyException KeyboardInterrupt (main thread only)
     * @throws Gil.ThreadExit when the host stopped the run ({@link PendingEvents#requestStop})
     */
    public static void handle(ThreadState ts) {
        PendingEvents ev = ts.events;
        checkStop(ev);
        // a thread with a trace or profile function keeps the flag set (PendingEvents.hooked)
        ev.pending = ev.hooked();
        if (ev.gilDropRequested()) {
            ts.interpreter.gil().yieldTo();
        }
        if (ev.takeFinalizers() && !ts.interpreter.finalization().runPendingIfSettled()) {
            ev.requestFinalizers();
        }
        if (ts.isMain) {
            handleSignals(ts);
        }
    }

    /** Ends the calling thread when the host stopped the run; the event stays pending for the other threads. */
    private static void checkStop(PendingEvents ev) {
        if (ev.stopRequested()) {
            throw new Gil.ThreadExit();
        }
    }

    /**
     * Runs what the signals delivered to the main thread ask for (CPython's
     * {@code PyErr_CheckSignals}); a no-op on other threads.
     *
     * @throws org.taipan.runtime.PyException what a handler raises (KeyboardInterrupt for SIGINT)
     */
    public static void handleSignals(ThreadState ts) {
        checkStop(ts.events);
        if (ts.isMain && ts.events.signalPending()) {
            Signals.runTripped(ts);
        }
    }
}
