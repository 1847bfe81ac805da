package org.taipan.jit.record;

import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;

/**
 * What one recording gave: a closed trace (it passed {@link Trace#verify}), or the reason it
 * stopped and the instruction it stopped at. After an abort in the loop's own frame, that frame
 * is at that instruction, unchanged by it, for tier 1 to run. After an abort inside a call the
 * recorder inlined, tier 1 has already finished the call: the loop's frame is after its CALL
 * with the result, or, when the call raised ({@link #raised}), at the CALL with the call's
 * operands popped, and the caller must raise {@link #raised} there.
 *
 * @param trace       the trace, or null when recording aborted
 * @param reason      why recording aborted (a short stable text), or null
 * @param code        the code object recording aborted in (the loop's, or an inlined callee's), or null
 * @param ip          the instruction of {@code code} recording aborted at, or -1
 * @param inlineDepth for a trace, the most recursion levels its inlined frames count at once (0: no
 *                    calls; an inlined {@code __init__} counts two, as type.__call__ does):
 *                    entering it needs that much recursion depth left
 * @param raised      after an abort inside an inlined call, or a split there, what finishing the
 *                    call raised, or null
 * @param unrolled    for a trace, the loops of inlined calls it unrolled ({@link CalleeLoops}), each
 *                    once; empty otherwise
 */
public record RecordResult(Trace trace, String reason, PyCode code, int ip, int inlineDepth, Throwable raised,
                           java.util.List<UnrolledLoop> unrolled) {
    /** A loop of an inlined call (the header {@code headerIp} of {@code code}) that a trace unrolled. */
    public record UnrolledLoop(PyCode code, int headerIp) {}

    static RecordResult closed(Trace t, int inlineDepth, java.util.List<UnrolledLoop> unrolled) {
        return closed(t, inlineDepth, unrolled, null);
    }

    /**
     * A trace closed inside inlined calls (a split, {@code Recorder#splitAt}), which tier 1 then
     * finished: {@code raised} is what they raised, or null.
     */
    static RecordResult closed(Trace t, int inlineDepth, java.util.List<UnrolledLoop> unrolled, Throwable raised) {
        return new RecordResult(t, null, null, -1, inlineDepth, raised, unrolled);
    }

    static RecordResult aborted(String reason, PyCode code, int ip, Throwable raised) {
        return new RecordResult(null, reason, code, ip, 0, raised, java.util.List.of());
    }

    /** Whether the recording closed the loop. */
    public boolean ok() {
        return trace != null;
    }
}
