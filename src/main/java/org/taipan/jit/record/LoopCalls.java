package org.taipan.jit.record;

import org.taipan.code.Op;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.Ins;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;

/**
 * Calls of Python functions that contain a loop (issue 7, "loop in inlined call"), unless
 * {@link CalleeLoops} unrolls their short loops into the trace: such a call is
 * not opened up (the trace would have to contain the callee's whole loop) but made a residual call
 * from the loop's own frame: a CALL_HELPER of tier 1's generic call ({@link TraceCalls}), so the
 * callee runs in tier 1 with the loop's frame as its {@code f_back}, and its own loop gets its own
 * trace through the ordinary entry at its header (LuaJIT's and PyPy's traces stop at a called
 * function's loop too and call it). Inside an inlined frame the call is made the same way: the
 * inlined frames, which the trace keeps virtual, are made real for the length of the call
 * ({@code exit.RealFrames}; while recording, {@link CallRecorder#inFrames} pushes the recorder's
 * real ones), so the callee sees its f_back chain, tracebacks and recursion depth as tier 1 has them.
 *
 * <p>The decision is made at the CALL from the callee's code (any JUMP_BACKWARD), so a loop on a
 * branch the recorded call would not take also makes the call residual: cheaper than recording
 * into the callee and aborting at its loop every time. Python functions the recorder does not open
 * up for another reason (cell variables, keyword-only or variadic parameters, a generator function
 * inside an inlined frame, nesting beyond {@code CallRecorder.MAX_DEPTH}) are residual calls the
 * same way ({@link #residual}); only a call at the recursion limit still aborts.
 */
public final class LoopCalls {
    private LoopCalls() {}

    /** Whether {@code code} has a loop (a JUMP_BACKWARD: every {@code for}/{@code while} compiles to one). */
    public static boolean hasLoop(PyCode code) {
        for (int w : code.instrs) {
            int op = w & 0xFF;
            if (op == Op.JUMP_BACKWARD || op == Op.JUMP_BACKWARD_NO_INTERRUPT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The CALL at {@code i} of a function with a loop: the callable at stack index {@code callable}
     * and the arguments above it up to the top (for the method form {@code [function, self, args]}
     * the callable is the function and self is its first argument); {@code op} the CALL form (CALL_PY_EXACT_ARGS_POP
     * also runs the word after it). Records a CALL_HELPER whose
     * exit resumes at the CALL with its operands (where tier 1 unwinds what the call raised), runs
     * the call now, and pushes its result in place of the operands (and the NULL below a
     * {@code [NULL, callable, args]} form).
     *
     * @throws RecordAbort when the call raised while recording (then it ran: the exception is
     *                     raised at the CALL)
     */
    static void residual(Recorder r, int i, int op, int base, int callable) {
        int argc = r.sp - callable - 1;
        PyObject[] st = r.st;
        Ins result = r.calls().genericCall(i, callable, argc);
        PyObject f = st[callable];
        PyObject value;
        try {
            value = r.calls().inFrames(i, () -> TraceCalls.callRecorded(i, f, st, callable + 1, argc));
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this CALL
            throw new RecordAbort("call of a function with a loop raised while recording", i, e);
        }
        r.replace(r.sp - base, result, value);
        if (op == Op.CALL_PY_EXACT_ARGS_POP) {
            // the fused next word, as CallOps.callPyExactThen runs it: a STORE_FAST form stores the result
            int w = r.code[i + 1];
            if ((w & 0xFF) == Op.STORE_FAST || (w & 0xFF) == Op.STORE_FAST__LOAD_FAST) {
                r.store(w >>> 8);
            } else {
                r.pop();
            }
            r.ip = i + 2;
        } else {
            r.ip = i + 1;
        }
    }
}
