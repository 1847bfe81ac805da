package org.taipan.jit;

/**
 * What the JIT knows about one exit of a compiled trace or bridge: how often it was taken, its
 * bridge once it has one, and the bridge recordings that aborted there (after
 * {@link Bridges#MAX_ABORTS} the exit always returns to tier 1).
 */
final class ExitState {
    /** False for exits no bridge may grow from (see {@link TraceExits}): only counted. */
    final boolean bridgeable;
    /**
     * The exit leaves the loop (its iterator exhausted, its condition false): never bridged. Also
     * set when a bridge recording from the exit returned from the loop's frame ({@code for x in
     * xs: if p(x): return x}): the exit is the way out of a search loop, not a failed speculation.
     */
    boolean endsLoop;
    /** Times the exit was taken since the JIT started tracking it. */
    long taken;
    /** The count at which a bridge is recorded (again, after an abort). */
    long recordAt;
    int aborts;
    /** No bridge will be recorded here (not bridgeable, aborted too often, the backend refused, the trace budget). */
    boolean closed;
    /**
     * A bridge of this exit is being recorded: an exit taken by the code that recording runs (a
     * recursive call that enters the same trace again) does not record another one.
     */
    boolean recording;
    /** The bridge and its own exits, or null. */
    TraceExits bridge;
    /** The most inlined frames the bridge keeps open at once (entering it needs that much recursion depth left). */
    int inlineDepth;
    /** The switch points the bridge depends on ({@link Dependencies#of}), or null. */
    org.taipan.jit.ir.Dependency[] dependencies;

    /**
     * A GUARD_SPLIT's exit: taken on every pass, it grows its bridge (the rest of the iteration)
     * the first time, not after the bridge threshold.
     */
    final boolean split;
    /**
     * The recorded length from which this exit's bridge recordings split ({@code Recorder#splitAt}),
     * lowered when one was too long or too big to compile; {@code Recorder.NO_SPLIT} until then.
     */
    int splitAt = org.taipan.jit.record.Recorder.NO_SPLIT;

    ExitState(boolean bridgeable, boolean endsLoop, boolean split) {
        this.bridgeable = bridgeable;
        this.endsLoop = endsLoop;
        this.split = split;
        this.closed = !bridgeable;
    }
}
