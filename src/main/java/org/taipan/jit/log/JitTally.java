package org.taipan.jit.log;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.jit.JitListener;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;

/**
 * The JIT's events counted in memory, for the summaries that only the end of the run can write
 * (exit counts, aborts by reason, the tier-2 share). Fed before the log and the stats, which read
 * it in {@link #finish}. Synchronized: threads report under the GIL, but a handover may sit between
 * two events.
 */
final class JitTally implements JitListener {
    /** A loop: its code object and header index. */
    record Loop(PyCode code, int headerIp) {}

    /** What happened to one loop. */
    static final class LoopStats {
        int recordings, aborts;
        boolean blacklisted;
        /** The last abort's reason and place, or null. */
        String lastAbort;
    }

    /** One compiled trace (or bridge) and what its entries did. */
    static final class TraceStats {
        final int id;
        final Trace trace;
        final int guardsBefore, guardsAfter, allocationsRemoved;
        long entries, iterations, exits;
        String invalidated;
        /** This trace's entries of {@link JitTally#exits} by exit index, null where not taken yet (grown on demand). */
        private ExitStats[] byExit = new ExitStats[0];

        TraceStats(int id, Trace trace, int guardsBefore, int guardsAfter, int allocationsRemoved) {
            this.id = id;
            this.trace = trace;
            this.guardsBefore = guardsBefore;
            this.guardsAfter = guardsAfter;
            this.allocationsRemoved = allocationsRemoved;
        }
    }

    /** One exit of one trace: how often it was taken, and its bridge if it grew one. */
    static final class ExitStats {
        final int traceId, exitIndex;
        final Ins guard;
        long count;
        int bridgeId = -1;

        ExitStats(int traceId, int exitIndex, Ins guard) {
            this.traceId = traceId;
            this.exitIndex = exitIndex;
            this.guard = guard;
        }
    }

    final Map<Loop, LoopStats> loops = new LinkedHashMap<>();
    final Map<Integer, TraceStats> traces = new LinkedHashMap<>();
    /**
     * {@link #traces} by id (the JIT numbers traces and bridges from 0 up): the per-exit events
     * find their counters without boxing a key or hashing. Looked up in the maps, richards'
     * 9.5 million exits and hops made its {@code -X jit-stats} run 0.06 of its time longer (the
     * flag still costs it ~1.2x: a call per exit, hop and trace entry).
     */
    private final List<TraceStats> byId = new ArrayList<>();
    /**
     * Trace ids and exit indexes from this up (never from the JIT, whose ids stop near its
     * 1,000-trace budget and whose exits are a trace's guards) are counted through the maps alone.
     */
    static final int DENSE_LIMIT = 1 << 16;
    final Map<Long, ExitStats> exits = new LinkedHashMap<>();
    final Map<String, Integer> abortReasons = new LinkedHashMap<>();
    /** For each abort reason, the distinct places it happened ({@code file:line in function}), first seen first. */
    final Map<String, java.util.Set<String>> abortPlaces = new LinkedHashMap<>();
    int recordings, aborts, blacklisted, bridges, invalidations;
    long exitsTaken;

    private LoopStats loop(PyCode code, int headerIp) {
        return loops.computeIfAbsent(new Loop(code, headerIp), k -> new LoopStats());
    }

    @Override
    public synchronized void recordingStarted(PyCode code, int headerIp) {
        recordings++;
        loop(code, headerIp).recordings++;
    }

    @Override
    public synchronized void aborted(PyCode loopCode, int headerIp, PyCode code, int ip, String reason) {
        aborts++;
        LoopStats l = loop(loopCode, headerIp);
        l.aborts++;
        l.lastAbort = reason + " at " + Places.of(code, ip);
        abortReasons.merge(reason, 1, Integer::sum);
        abortPlaces.computeIfAbsent(reason, r -> new java.util.LinkedHashSet<>()).add(Places.of(code, ip));
    }

    @Override
    public synchronized void blacklisted(PyCode code, int headerIp) {
        blacklisted++;
        loop(code, headerIp).blacklisted = true;
    }

    @Override
    public synchronized void compiled(int traceId, String recorded, Trace optimized, int guardsBefore, int guardsAfter,
                                      int allocationsRemoved) {
        TraceStats t = new TraceStats(traceId, optimized, guardsBefore, guardsAfter, allocationsRemoved);
        traces.put(traceId, t);
        if (traceId >= 0 && traceId < DENSE_LIMIT) {
            while (byId.size() <= traceId) {
                byId.add(null);
            }
            byId.set(traceId, t);
        }
        if (optimized != null) {
            loop(optimized.code, optimized.loopHeaderIp);
        }
    }

    @Override
    public synchronized void exitTaken(int traceId, int exitIndex, Ins guard) {
        exitsTaken++;
        TraceStats t = trace(traceId);
        if (t != null) {
            t.exits++;
        }
        if (t == null || exitIndex < 0 || exitIndex >= DENSE_LIMIT) {
            exits.computeIfAbsent(key(traceId, exitIndex), k -> new ExitStats(traceId, exitIndex, guard)).count++;
            return;
        }
        if (exitIndex >= t.byExit.length) {
            t.byExit = java.util.Arrays.copyOf(t.byExit, Math.max(exitIndex + 1, 2 * t.byExit.length));
        }
        ExitStats e = t.byExit[exitIndex];
        if (e == null) {
            e = exits.computeIfAbsent(key(traceId, exitIndex), k -> new ExitStats(traceId, exitIndex, guard));
            t.byExit[exitIndex] = e;
        }
        e.count++;
    }

    @Override
    public synchronized void bridgeCompiled(int traceId, int exitIndex, int bridgeId) {
        bridges++;
        ExitStats e = exits.get(key(traceId, exitIndex));
        if (e != null) {
            e.bridgeId = bridgeId;
        }
    }

    /** Compiles by kind ("loop", "bridge", "tree"): how many, and their nanoseconds in all. */
    final Map<String, long[]> compileTimes = new LinkedHashMap<>();

    @Override
    public synchronized void compileTimed(String kind, long nanos) {
        long[] n = compileTimes.computeIfAbsent(kind, k -> new long[2]);
        n[0]++;
        n[1] += nanos;
    }

    @Override
    public synchronized void invalidated(int traceId, String reason) {
        invalidations++;
        TraceStats t = traces.get(traceId);
        if (t != null) {
            t.invalidated = reason;
        }
    }

    @Override
    public synchronized void traceRan(int traceId, long iterations) {
        TraceStats t = trace(traceId);
        if (t != null) {
            t.entries++;
            t.iterations += Math.max(0, iterations);
        }
    }

    /** The stats of trace {@code id}, or null: from {@link #byId} for the JIT's ids, else from {@link #traces}. */
    private TraceStats trace(int id) {
        return id >= 0 && id < byId.size() ? byId.get(id) : traces.get(id);
    }

    private static long key(int traceId, int exitIndex) {
        return ((long) traceId << 32) | (exitIndex & 0xFFFFFFFFL);
    }

    /**
     * The {@code n} most taken exits, most taken first (ties: in the order first taken); not the
     * GUARD_YIELD exits of generators' loops, which end every iteration by design (a trace of a
     * generator's loop leaves at its yield each time), nor the GUARD_SPLIT exits of bodies split
     * over a trace and its bridges (taken every iteration too): listed, they would hide the exits to look at.
     */
    synchronized List<ExitStats> hottestExits(int n) {
        List<ExitStats> all = new ArrayList<>(exits.values());
        all.removeIf(e -> e.guard != null && (e.guard.op == org.taipan.jit.ir.IrOp.GUARD_YIELD
                || e.guard.op == org.taipan.jit.ir.IrOp.GUARD_SPLIT));
        all.sort(Comparator.comparingLong((ExitStats e) -> e.count).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The {@code n} most frequent abort reasons with their counts, most frequent first. */
    synchronized List<Map.Entry<String, Integer>> topAbortReasons(int n) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(abortReasons.entrySet());
        all.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Iterations run in compiled traces, over all traces. */
    synchronized long iterationsInTraces() {
        long n = 0;
        for (TraceStats t : traces.values()) {
            n += t.iterations;
        }
        return n;
    }

    /**
     * What the JIT adds to a loop's {@code JUMP_BACKWARD} counter each time tier 1 leaves its trace
     * ({@code Jit} sets the counter's low bits so that the next taken jump re-enters the trace), which
     * tier 1 did not iterate: subtracted per entry ({@link #traceRan}).
     */
    static final int REENTRY_BUMP = org.taipan.interp.Eval.REENTRY_MASK;

    /**
     * The estimated fraction (0 to 1) of the bytecodes executed in the loops the JIT saw that ran
     * in compiled traces, or -1 when nothing is known (no loop iterations at all). An estimate: a
     * loop's iteration counts as its instructions from header to back jump (branches not taken and
     * calls are not weighed), tier 1's iterations are the {@code JUMP_BACKWARD} counters (less the
     * JIT's re-entry bumps), and the code outside hot loops is not counted; tier 1 pays nothing for it.
     */
    synchronized double tier2Share() {
        double tier1 = 0, tier2 = 0;
        for (LoopWeight w : loopWeights()) {
            tier1 += w.tier1;
            tier2 += w.tier2;
        }
        return tier1 + tier2 == 0 ? -1 : tier2 / (tier1 + tier2);
    }

    /**
     * A loop's estimated bytecodes run in tier 1 and in its traces (iterations times the loop's
     * length from header to last back jump), as {@link #tier2Share} weighs them.
     */
    record LoopWeight(Loop loop, LoopStats stats, double tier1, double tier2) {}

    /** Every loop the JIT saw with its {@link LoopWeight}, in the order the loops were first seen. */
    synchronized List<LoopWeight> loopWeights() {
        List<LoopWeight> out = new ArrayList<>();
        for (Map.Entry<Loop, LoopStats> e : loops.entrySet()) {
            Loop l = e.getKey();
            int[] backs = Places.backJumpsOf(l.code(), l.headerIp());
            if (backs.length == 0) {
                continue;
            }
            int length = backs[backs.length - 1] - l.headerIp() + 1;
            long taken = 0, entries = 0, iterations = 0;
            for (int b : backs) {
                taken += Math.max(0, l.code().counters[b]);
            }
            for (TraceStats t : traces.values()) {
                if (t.trace != null && !t.trace.isBridge() && t.trace.code == l.code() && t.trace.headerIp == l.headerIp()) {
                    entries += t.entries;
                    iterations += t.iterations;
                }
            }
            out.add(new LoopWeight(l, e.getValue(), (double) Math.max(0, taken - REENTRY_BUMP * entries) * length,
                    (double) iterations * length));
        }
        return out;
    }
}
