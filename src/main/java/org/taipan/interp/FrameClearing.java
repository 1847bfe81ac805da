package org.taipan.interp;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyException;
import org.taipan.runtime.ThreadState;

/**
 * {@code frame.clear()}, as CPython 3.11's {@code frame_clear}: a suspended generator's frame
 * closes its generator (its {@code finally} blocks run; what close() raises is unraisable, as in
 * {@code _PyGen_Finalize}); a frame whose call has finished drops its local variables, value
 * stack and local trace function; a frame that is running, on any thread, refuses with
 * RuntimeError "cannot clear an executing frame".
 */
final class FrameClearing {
    private FrameClearing() {}

    static void clear(Frame f) {
        if (f.generator instanceof PyGenerator g && !g.isFinished()) {
            if (g.frameExecuting()) {
                throw executing();
            }
            if (g.kind == PyGenerator.Kind.COROUTINE && !g.isSuspended()) {
                // A coroutine never awaited is not closed, but warned about as _PyGen_Finalize does
                // (once more when it dies unless it is closed first, as in CPython).
                ThreadState.current().interpreter.finalization().runUnraisable(() -> PyGenerator.warnNeverAwaited(g), g);
                return;
            }
            finalizeGenerator(g);
            // The generator still owns the frame: CPython leaves its locals to the generator's
            // own finishing (close() ran its frame to the end, or it is suspended again).
            return;
        }
        if (isExecuting(f)) {
            throw executing();
        }
        // Locals (cells included: a closure keeps its own reference) and the value stack.
        java.util.Arrays.fill(f.fast, null);
        f.sp = f.stackBase;
        f.fTrace = null;
    }

    private static PyException executing() {
        return Errors.runtimeError("cannot clear an executing frame");
    }

    /** Whether {@code f} is on the stack of some thread of this interpreter (their frames are still, under the GIL). */
    private static boolean isExecuting(Frame f) {
        ThreadState current = ThreadState.current();
        for (ThreadState ts : current.interpreter.liveThreadStates()) {
            if (onStack(ts, f)) {
                return true;
            }
        }
        return onStack(current, f);
    }

    private static boolean onStack(ThreadState ts, Frame f) {
        for (Frame x = ts.frame; x != null; x = x.back) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }

    /**
     * CPython's {@code _PyGen_Finalize} for a generator that has not finished: close() it, the
     * thread's handled exception kept, a failure reported as unraisable in the generator.
     */
    private static void finalizeGenerator(PyGenerator g) {
        ThreadState.current().interpreter.finalization().runUnraisable(g::close, g);
    }
}
