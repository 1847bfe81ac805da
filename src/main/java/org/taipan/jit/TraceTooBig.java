package org.taipan.jit;

/**
 * The backend's refusal of a trace whose code would pass the JVM's compile size limit (HotSpot's
 * {@code HugeMethodLimit}: such a method is never compiled), with how big it came out: the JIT
 * records the loop again split into pieces that fit ({@code record.Recorder#splitAt}).
 */
public final class TraceTooBig extends UnsupportedOperationException {
    /** Bytecode bytes of the trace's {@code run} in the backend's first (preferred) form, over the limit. */
    public final int runBytes;
    /** The limit, in the same bytes. */
    public final int limit;

    public TraceTooBig(int runBytes, int limit) {
        super("trace code over the JVM's compile size limit");
        this.runBytes = runBytes;
        this.limit = limit;
    }

    /**
     * The recorded length (IR instructions) at which to split a recording that was {@code ops}
     * long to come out well under the limit in the first form: the code grows about linearly with
     * the length, and three quarters of the limit leaves room for that estimate's error.
     *
     * @return a length from 1 up to {@code ops - 1}
     */
    private int splitAt(int ops) {
        long at = (long) ops * limit * 3 / 4 / Math.max(runBytes, 1);
        return (int) Math.max(1, Math.min(ops - 1, at));
    }

    /**
     * The split length for the next recordings after this refusal of a trace {@code ops} long that
     * was recorded splitting at {@code current}: {@link #splitAt}, or -1 when that is no shorter
     * than {@code current} or under {@link Jit#MIN_SPLIT} (a split would not help).
     */
    int lowered(int ops, int current) {
        int at = splitAt(ops);
        return at < current && at >= Jit.MIN_SPLIT ? at : -1;
    }

    /** The abort reason that says the next recordings split after {@code splitAt} of the trace's {@code ops}. */
    String splitReason(int splitAt, int ops) {
        return getMessage() + " (" + runBytes + " bytes; split after " + splitAt + " of its " + ops + " ops from now on)";
    }
}
