package org.taipan.jit.record;

import org.taipan.interp.Frame;

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
 */
record InlinedFrame(Frame caller, int callIp, int callerSp, int popWord, int floor) {
    /** The instruction the caller resumes at once the result is pushed (and the fused word run). */
    int resumeIp() {
        return popWord >= 0 ? callIp + 2 : callIp + 1;
    }
}
