package org.taipan.jit;

/**
 * The tracing JIT's state of one code object's function entry ({@code PyCode.jitEntry}, made at
 * the first call tier 1 makes of it with the JIT on): how often tier 1 called it, and its
 * function-entry trace once it has one ({@link FunctionEntries}). Lives as long as the code object.
 */
public final class EntryState {
    /** No recording is tried again (ineligible, aborted too often, or exited too often). */
    boolean closed;
    /** Calls tier 1 made of the function while it had no trace. */
    long calls;
    /** The call count at which the next recording starts. */
    long recordAt;
    /** A recording of this entry is under way (a recursive call during it does not start another). */
    boolean recording;
    /**
     * The trace and its bridges, kept as a loop's are ({@link LoopState#trace}, {@link LoopState#exits},
     * its exits' bridges through {@link Bridges}; header 0, {@link LoopState#functionEntry}), or null.
     */
    LoopState traced;
    /** Aborted recordings (against {@link FunctionEntries#MAX_FAILURES}). */
    int failures;
    /** Entries of the trace in the current window, and those that ended in tier 1 at an exit. */
    int entries, exited;

    EntryState(boolean eligible, long recordAt) {
        this.closed = !eligible;
        this.recordAt = recordAt;
    }
}
