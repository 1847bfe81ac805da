package org.taipan.jit;

/**
 * One CALL_TRACE of an outer loop's trace (the IR instruction's {@code aux}): the inner loop whose
 * trace it runs, and where the recording saw the frame after the inner loop ({@link InnerLoops}).
 */
public final class InnerCall {
    final Jit jit;
    final LoopState loop;
    /** The instruction the recording went on from after the inner loop (-1 until recorded). */
    int resumeIp = -1;
    /** The stack depth there. */
    int resumeSp = -1;

    InnerCall(Jit jit, LoopState loop) {
        this.jit = jit;
        this.loop = loop;
    }

    /** The inner loop's header (where the CALL_TRACE's snapshot resumes). */
    public int headerIp() {
        return loop.headerIp;
    }

    /** The inner loop's last JUMP_BACKWARD to its header: the loop's code is {@code headerIp()..loopEnd()}. */
    public int loopEnd() {
        return loop.loopEnd();
    }

    /** Where the recording went on after the inner loop (valid after {@link InnerLoops#runWhileRecording}). */
    public int resumeIp() {
        return resumeIp;
    }

    /** The stack depth there. */
    public int resumeSp() {
        return resumeSp;
    }

    @Override
    public String toString() {
        return "inner loop at ip " + loop.headerIp + " -> ip " + resumeIp;
    }
}
