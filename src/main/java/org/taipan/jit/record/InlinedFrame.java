package org.taipan.jit.record;

import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyObject;

/**
 * A caller waiting while the recorder records a call it inlines: the caller's real frame (left
 * as tier 1 leaves a frame inside a CALL: {@code lasti} and {@code ip} at the CALL, {@code sp}
 * with the call's operands popped), where it resumes, and what it was recording with.
 *
 * @param caller   the calling frame
 * @param callIp   the index of its CALL instruction
 * @param callerSp the caller's stack depth with the call's operands popped (where the result goes)
 * @param popWord  for CALL_PY_EXACT_ARGS_POP, the instruction word after the CALL that tier 1 runs
 *                 with it (a POP_TOP or a STORE_FAST form); -1 for the other CALL forms
 * @param floor    the caller's {@link Recorder#floor}
 * @param kind     what kind of call made the callee (how the caller takes its return value)
 * @param result   for an {@code __init__} ({@link Snapshot.CallKind#INIT}): the instance's IR
 *                 value, the caller's result; else null
 * @param instance for an {@code __init__}: the instance; else null
 * @param levels   recursion levels the call counts in tier 1 (2 for an {@code __init__}, else 1)
 */
record InlinedFrame(Frame caller, int callIp, int callerSp, int popWord, int floor, Snapshot.CallKind kind,
                    Ins result, PyObject instance, int levels) {
    /** The instruction the caller resumes at once the result is pushed (and the fused word run). */
    int resumeIp() {
        return popWord >= 0 ? callIp + 2 : callIp + 1;
    }
}
