package org.taipan.jit.record;

import org.taipan.jit.ir.Trace;

/**
 * What one recording gave: a closed trace (it passed {@link Trace#verify}), or the reason it
 * stopped and the instruction it stopped at (the frame is then at that instruction, unchanged by
 * it, for tier 1 to run).
 *
 * @param trace  the trace, or null when recording aborted
 * @param reason why recording aborted (a short stable text), or null
 * @param ip     the instruction recording aborted at, or -1
 */
public record RecordResult(Trace trace, String reason, int ip) {
    static RecordResult closed(Trace t) {
        return new RecordResult(t, null, -1);
    }

    static RecordResult aborted(String reason, int ip) {
        return new RecordResult(null, reason, ip);
    }

    /** Whether the recording closed the loop. */
    public boolean ok() {
        return trace != null;
    }
}
