package org.taipan.jit.record;

/**
 * Thrown inside the recorder to stop recording before the instruction at {@link #ip} changed the
 * frame: tier 1 then runs that instruction as if the recorder had never looked at it. Control
 * flow only, so no stack trace is filled in.
 */
final class RecordAbort extends RuntimeException {
    final int ip;

    /**
     * @param reason a short, stable text (no instruction indices or values: {@code -X jit-stats}
     *               groups aborts by it), e.g. {@code "unsupported opcode LOAD_ATTR_PROPERTY"}
     * @param ip     the instruction that was not recorded
     */
    RecordAbort(String reason, int ip) {
        this(reason, ip, null);
    }

    /**
     * An instruction the recorder ran (a builtin call at the loop's own level) that raised
     * {@code raised}: the frame is at {@link #ip}, the call's operands popped, and the exception
     * is raised there as tier 1 would have ({@link RecordResult#raised}).
     */
    RecordAbort(String reason, int ip, Throwable raised) {
        super(reason, null, false, false);
        this.ip = ip;
        this.raised = raised;
    }

    /** What the recorded instruction raised, or null (then it did not run). */
    final Throwable raised;
}
