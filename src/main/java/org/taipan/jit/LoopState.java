package org.taipan.jit;

import org.taipan.code.Op;
import org.taipan.runtime.PyCode;

/**
 * What the JIT knows about one loop, keyed by its code object and header index: the
 * JUMP_BACKWARDs that close it (whose tier-1 counters say how hot it is), the aborts and back-off
 * of its recordings, whether it is given up on, and its compiled trace.
 */
final class LoopState {
    final int headerIp;
    /** The JUMP_BACKWARD instructions targeting the header (a {@code continue} adds one). */
    final int[] backJumps;
    int aborts;
    /** Recordings that ended in a return from the loop's frame, not counted in {@link #aborts} (up to {@code Jit.MAX_RETURNS}). */
    int returns;
    /**
     * Recordings that began at the loop's exhausted iterator ({@code Recorder.LOOP_EXIT} at the
     * header), not counted in {@link #aborts} (up to {@code Jit.MAX_RETURNS}): a short loop.
     */
    int exitsAtStart;
    /** The hotness (sum of the back jumps' counters) at which recording may be tried again. */
    long retryAt;
    /** A recording of this loop is running (its calls may reach the loop again in another frame). */
    boolean recording;
    /** Never recorded again: blacklisted, out of budget, or recorded without a backend. */
    boolean closed;
    CompiledTrace trace;
    /**
     * {@link #trace} is kept only for outer loops' traces to run (CALL_TRACE): tier 1 no longer
     * enters it, since {@link EntryStats} found its entries from tier 1 too short to pay.
     */
    boolean callOnly;
    /** The most inlined frames {@link #trace} keeps open at once (its recording's {@code RecordResult.inlineDepth}). */
    int inlineDepth;
    /** The namespaces of the frame {@link #trace} was recorded in: the only ones it runs with. */
    org.taipan.runtime.PyDict globals, builtins;
    int traceId = -1;
    /** Whether {@link #trace} pays for its entries (reset with each new trace). */
    EntryStats entryStats = new EntryStats();
    int invalidations;
    /**
     * A recording of another loop that inlined a call of this loop's function went round this loop
     * more often than it may unroll ({@code record.CalleeLoops}): calls of the function stay residual.
     */
    boolean noUnroll;
    /** Times the trace was dropped for a class made again by its class statement ({@code Jit.dropForRemadeClass}). */
    int remadeClasses;
    /** Times the trace was dropped because a namespace it reads by position changed its keys ({@code Bridges.droppedInsteadOfBridged}). */
    int keysChanged;
    /**
     * Functions whose loops this loop's recordings no longer unroll (null: none): a trace of this
     * loop with them unrolled was too long or too big ({@code Jit.refuseUnrollIn}).
     */
    java.util.Set<PyCode> residualCallees;
    /** Where and why the last recording aborted (a second identical abort closes the loop). */
    PyCode lastAbortCode;
    int lastAbortIp = -1;
    String lastAbortReason;
    /** {@link #trace} with its exits' states and bridges (null when there is no trace). */
    TraceExits exits;
    /** Bridges compiled for {@link #trace} (against {@code Bridges.MAX_PER_LOOP}). */
    int bridges;
    /** Of {@link #bridges}, those that are pieces of a split body (against {@code Bridges.MAX_SPLIT_PIECES}). */
    int splitPieces;
    /** The value stack's depth at the header (the recording's {@code f.sp}), where bridges end. */
    int entrySp;
    /**
     * The recorded length from which this loop's recordings (its trace's and its bridges') end in
     * a GUARD_SPLIT ({@code Recorder#splitAt}): lowered when a recording was too long or a trace
     * too big to compile; {@code Recorder.NO_SPLIT} until then.
     */
    int splitAt = org.taipan.jit.record.Recorder.NO_SPLIT;
    /**
     * The split length a first split of this loop would use, while {@code Jit.watchLength} finds
     * out whether the loop runs long enough per entry to be split; 0 when no split waits.
     */
    int splitPending;
    /** The object under the header's stack top of the entry being watched (its iterator), or null. */
    org.taipan.runtime.PyObject watched;
    /** Back jumps seen in the watched entry. */
    int watchedJumps;
    /** Watched entries that ended within {@code Jit.SHORT_LOOP} back jumps. */
    int shortEntries;
    /** The loop was found too short per entry to split: a too-long recording is an abort. */
    boolean shortLoop;
    /**
     * {@code Jit.watchEntries} is counting this loop's back jumps per entry before its first
     * recording; {@link #entryKeys} holds the entries seen.
     */
    boolean watchingEntries;
    /** The first recording's watch is over (the loop ran long enough per entry, or is nested, or was never watched). */
    boolean entriesWatched;
    /**
     * Tier 1 saw this loop, which no other loop of its code encloses, run too few back jumps per
     * entry to pay for a trace's entries ({@code Jit.watchEntries}): never recorded, and unrollable
     * into callers' traces as a loop whose trace was closed as short is.
     */
    boolean shortPerEntry;
    /**
     * Hotness at which a {@link #shortPerEntry} loop is watched again (a phase change: a function
     * first called on short sequences, later on long ones); 0 before its first close.
     */
    long rewatchAt;
    /** Times the loop was found short per entry: each doubles the wait before the next watch. */
    int shortCloses;
    /** The watch under way is a re-watch of a loop once found short: it must find entries long enough that unrolling into callers cannot serve them. */
    boolean rewatching;
    /** The watched entries: each one's frame and the object under the header's stack top (or null), in pairs. */
    Object[] entryKeys;
    /** Watched entries so far. */
    int watchedEntries;
    /** The back jumps' tier-1 counters when the watch began (parallel to {@link #backJumps}). */
    int[] countersAtWatch;
    /** Back jumps to the header seen during the watch after its first. */
    int jumpsWatched;
    /** {@link #bridges} when the trace tree was last built ({@code TraceTrees}): a new bridge makes it stale. */
    int treeBridges;
    /** Runs of the trace since its last bridge was compiled: the tree is built once its bridges settle. */
    int settledRuns;
    /** Trace trees built for this trace (each a class compiled). */
    int trees;
    /** Linked bridges run from {@link #trace}'s class and its bridges' (hops through a link), a count that only grows. */
    long hops;
    /** {@link #hops} when {@link #settledRuns} last started from 0. */
    long hopsAtSettle;
    /**
     * The switch points the bridges in {@link #trace}'s tree depend on, while {@link #trace} is a
     * tree's class, else null: once one is invalidated, the root's own class runs again.
     */
    org.taipan.jit.ir.Dependency[] treeDependencies;
    /** The switch points the compiled trace depends on ({@link Dependencies#of}), or null. */
    org.taipan.jit.ir.Dependency[] dependencies;

    /**
     * This state holds a function-entry trace ({@code FunctionEntries}) and its bridges: header 0,
     * no back jumps, and its bridges end at the function's return instead of a loop header.
     */
    final boolean functionEntry;

    /** The header the listener is told of: {@link #headerIp}, or {@link JitListener#FUNCTION_ENTRY}. */
    int reportedHeader() {
        return functionEntry ? JitListener.FUNCTION_ENTRY : headerIp;
    }

    /** The state of a function-entry trace of {@code code} ({@link #functionEntry}). */
    static LoopState functionEntry(PyCode code) {
        return new LoopState(code, 0, true);
    }

    LoopState(PyCode code, int headerIp) {
        this(code, headerIp, false);
    }

    private LoopState(PyCode code, int headerIp, boolean functionEntry) {
        this.functionEntry = functionEntry;
        this.headerIp = headerIp;
        int[] instrs = code.instrs;
        int n = 0;
        int[] found = new int[4];
        for (int i = 0; i < instrs.length; i++) {
            if ((instrs[i] & 0xFF) == Op.JUMP_BACKWARD && instrs[i] >>> 8 == headerIp) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        this.backJumps = java.util.Arrays.copyOf(found, n);
    }

    /**
     * The loop's last JUMP_BACKWARD to the header (the loop's code is {@code headerIp..loopEnd()});
     * for a {@link #functionEntry} state, {@code Recorder.FUNCTION_ENTRY} (bridges end at the return).
     */
    int loopEnd() {
        if (functionEntry) {
            return org.taipan.jit.record.Recorder.FUNCTION_ENTRY;
        }
        return backJumps.length == 0 ? headerIp : backJumps[backJumps.length - 1];
    }

    /**
     * Records an abort at {@code ip} of {@code where} for {@code reason}; true when the previous
     * abort of this loop was the same refusal of an instruction the recorder does not handle at
     * all ({@code unsupported opcode NAME}: the loop's common path has it, and each retry costs a
     * recording for nothing). Refusals that depend on the values seen (an iterator of another
     * kind, an int too big) may go another way next time: those keep the usual retries.
     */
    boolean sameAbortAgain(PyCode where, int ip, String reason) {
        boolean same = where == lastAbortCode && ip == lastAbortIp && reason.equals(lastAbortReason)
                && reason.startsWith("unsupported opcode ");
        lastAbortCode = where;
        lastAbortIp = ip;
        lastAbortReason = reason;
        return same;
    }

    /** Taken jumps back to the header so far (tier 1's JUMP_BACKWARD counters). */
    long hotness(PyCode code) {
        long h = 0;
        for (int j : backJumps) {
            h += code.counters[j];
        }
        return h;
    }

    /**
     * Makes the next taken jump back to the header leave tier 1's dispatch loop (its counter at the
     * re-entry mask minus one), so an installed trace is entered there rather than up to 15 jumps later.
     */
    void reenterAtNextJump(PyCode code, int mask) {
        for (int j : backJumps) {
            code.counters[j] |= mask;
        }
    }
}
