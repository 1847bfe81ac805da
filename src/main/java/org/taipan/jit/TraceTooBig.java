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
    public int splitAt(int ops) {
        long at = (long) ops * limit * 3 / 4 / Math.max(runBytes, 1);
        return (int) Math.max(1, Math.min(ops - 1, at));
    }
}
