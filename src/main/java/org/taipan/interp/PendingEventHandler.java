package org.taipan.interp;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PendingEvents;
import org.taipan.runtime.ThreadState;

/**
 * Handles what other threads posted to the interpreter ({@link PendingEvents}) at the eval
 * loop's safe points (backward jumps, frame entries), as CPython's
 * {@code _Py_HandlePending}: queued finalizers run, then a SIGINT raises KeyboardInterrupt
 * where the loop is.
 */
public final class PendingEventHandler {
    private PendingEventHandler() {}

    /** Handles the pending events of the thread {@code ts}; raises KeyboardInterrupt for a SIGINT. */
    public static void handle(ThreadState ts) {
        PendingEvents ev = ts.events;
        ev.pending = false;
        if (ev.takeFinalizers() && !ts.interpreter.finalization().runPendingIfSettled()) {
            ev.requestFinalizers();
        }
        if (ev.takeInterrupt()) {
            throw Errors.of(ExceptionTypes.KeyboardInterrupt);
        }
    }
}
