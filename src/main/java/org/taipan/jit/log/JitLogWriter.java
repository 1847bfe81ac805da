package org.taipan.jit.log;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.taipan.jit.JitListener;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;

/**
 * {@code -X jit-log=FILE}: the JIT's events as plain text, one block per event as it happens
 * (recordings, aborts with their reason and line, blacklisted loops, each compiled trace as
 * recorded and as optimized with its exits numbered and placed, bridges, invalidations), then at
 * exit a summary from the {@link JitTally}: aborts by reason, each trace's entries and iterations,
 * and the hottest exits with the line and the reason. Exit counts are only known at the end, so
 * exits are counted in memory and written there. The format is described in
 * {@code docs/JIT-LOG.md}.
 *
 * <p>A write error stops the log (one line on {@code stderr} says so); the program runs on.
 */
public final class JitLogWriter implements JitListener {
    /** Exits listed in the summary. */
    static final int HOTTEST_EXITS = 20;
    /** Loops listed in the summary's "loops run by tier 1". */
    static final int TIER1_LOOPS = 12;

    private final JitTally tally;
    private Writer out;
    private final boolean close;
    private final PrintStream stderr;
    /** When the log was opened (the interpreter's start): each trace block says how long after it the trace was compiled. */
    private final long openedNanos = System.nanoTime();

    /**
     * @param out    where the log goes (UTF-8 already chosen by the caller)
     * @param close  whether {@link #finish} closes {@code out} (a file) or only flushes it (stderr)
     * @param stderr where a write error is reported
     */
    JitLogWriter(JitTally tally, Writer out, boolean close, PrintStream stderr) {
        this.tally = tally;
        this.out = out;
        this.close = close;
        this.stderr = stderr;
        write("# Taipan JIT log (-X jit-log): events as they happen; exit counts in the summary at the end\n");
    }

    private synchronized void write(String text) {
        if (out == null) {
            return;
        }
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            out = null;
            stderr.println("taipan: -X jit-log: write failed, the JIT log stops here: " + e.getMessage());
            stderr.flush();
        }
    }

    @Override
    public void recordingStarted(PyCode code, int headerIp) {
        write("[record] " + (headerIp == JitListener.FUNCTION_ENTRY ? Places.recorded(code, headerIp)
                : Places.recorded(code, headerIp) + " (header ip " + headerIp + ")") + "\n");
    }

    @Override
    public void aborted(PyCode loopCode, int headerIp, PyCode code, int ip, String reason) {
        write("[abort] " + Places.recorded(loopCode, headerIp) + ": " + reason
                + " (at " + Places.of(code, ip) + ", ip " + ip + ")\n");
    }

    @Override
    public void blacklisted(PyCode code, int headerIp) {
        JitTally.LoopStats l = tally.loops.get(new JitTally.Loop(code, headerIp));
        // a loop given up with no abort lost its trace for a reason its [invalidate] line gives
        String why = l == null ? "" : l.aborts > 0 ? " after " + l.aborts + " aborts"
                : " after its trace was thrown away (see [invalidate])";
        write("[blacklist] " + Places.recorded(code, headerIp) + why + ": tier 1 runs it from now on\n");
    }

    @Override
    public void compiled(int traceId, String recorded, Trace optimized, int guardsBefore, int guardsAfter,
                         int allocationsRemoved) {
        write(traceBlock(traceId, recorded, optimized, guardsBefore, guardsAfter, allocationsRemoved,
                (System.nanoTime() - openedNanos) / 1e9));
    }

    @Override
    public void bridgeCompiled(int traceId, int exitIndex, int bridgeId) {
        JitTally.ExitStats e = tally.exits.get(((long) traceId << 32) | (exitIndex & 0xFFFFFFFFL));
        JitTally.TraceStats t = tally.traces.get(traceId);
        write("[bridge] trace " + traceId + " exit " + exitIndex
                + (e == null || e.guard == null ? ""
                        : " (" + Describe.where(e.guard) + ": " + Describe.why(e.guard, t == null ? null : t.trace) + ")")
                + " -> trace " + bridgeId + "\n");
    }

    @Override
    public void treeCompiled(int traceId, int bridges) {
        write("[tree] trace " + traceId + " and " + bridges + " of its bridges compiled as one class\n");
    }

    @Override
    public void invalidated(int traceId, String reason) {
        JitTally.TraceStats t = tally.traces.get(traceId);
        write("[invalidate] trace " + traceId
                + (t == null || t.trace == null ? "" : " (" + Places.traced(t.trace) + ")")
                + ": " + reason + "\n");
    }

    @Override
    public void finish() {
        write(summary(tally));
        synchronized (this) {
            if (out != null && close) {
                try {
                    out.close();
                } catch (IOException e) {
                    stderr.println("taipan: -X jit-log: " + e.getMessage());
                }
            }
            out = null;
        }
    }

    /**
     * The block for one compiled trace.
     *
     * @param atSeconds seconds from the log's opening to the trace's compile (the JVM compiles
     *                  the trace's class later, on its own threads)
     */
    static String traceBlock(int traceId, String recorded, Trace optimized, int guardsBefore, int guardsAfter,
                             int allocationsRemoved, double atSeconds) {
        StringBuilder b = new StringBuilder("\n[trace ").append(traceId).append("] ");
        if (optimized != null && optimized.isFunctionEntry()) {
            b.append(Places.traced(optimized)).append(" (from ip ").append(optimized.headerIp)
                    .append(" to the return at ip ").append(optimized.loopHeaderIp).append(")\n");
        } else if (optimized != null && optimized.isBridge()) {
            b.append("bridge at ").append(Places.of(optimized.code, optimized.headerIp))
                    .append(" (from ip ").append(optimized.headerIp).append(" to the loop at ")
                    .append(Places.of(optimized.code, optimized.loopHeaderIp)).append(", header ip ")
                    .append(optimized.loopHeaderIp).append(", through back jump ip ").append(optimized.backJumpIp).append(")\n");
        } else if (optimized != null) {
            b.append("loop at ").append(Places.of(optimized.code, optimized.headerIp))
                    .append(" (header ip ").append(optimized.headerIp)
                    .append(", back jump ip ").append(optimized.backJumpIp).append(")\n");
        } else {
            b.append("(no trace given)\n");
        }
        b.append("  guards: ").append(guardsBefore).append(" recorded, ").append(guardsAfter)
                .append(" after optimization; allocations removed: ").append(allocationsRemoved).append('\n');
        if (recorded != null && !recorded.isEmpty()) {
            b.append("  recorded:\n");
            for (String line : recorded.split("\n")) {
                b.append("    ").append(line.strip()).append('\n');
            }
        }
        if (optimized != null) {
            String listing = TraceText.of(optimized);
            b.append("  optimized (").append(optimized.ops.size()).append(" ops, ").append(TraceText.exits(optimized)).append(" exits)");
            if (listing.equals(recorded)) {
                return b.append(": unchanged\n").append(compiledAt(atSeconds)).append("[end trace ").append(traceId).append("]\n").toString();
            }
            b.append(":\n");
            for (String line : listing.split("\n")) {
                b.append("    ").append(line).append('\n');
            }
        }
        return b.append(compiledAt(atSeconds)).append("[end trace ").append(traceId).append("]\n").toString();
    }

    /** The block's last line: when the trace was compiled, to set beside the JVM's compile log of its class. */
    private static String compiledAt(double seconds) {
        return String.format(java.util.Locale.ROOT, "  compiled at %.3f s\n", seconds);
    }

    /**
     * The loops whose iterations tier 1 ran most, by estimated bytecodes ({@link JitTally#loopWeights}),
     * each with its share of all hot-loop bytecodes and what the JIT made of it: where steady-state
     * time outside traces goes.
     */
    private static void loopsInTier1(JitTally t, StringBuilder b) {
        List<JitTally.LoopWeight> weights = new java.util.ArrayList<>(t.loopWeights());
        double total = 0;
        for (JitTally.LoopWeight w : weights) {
            total += w.tier1() + w.tier2();
        }
        weights.removeIf(w -> w.tier1() == 0);
        if (weights.isEmpty() || total == 0) {
            return;
        }
        weights.sort(java.util.Comparator.comparingDouble(JitTally.LoopWeight::tier1).reversed());
        b.append("  loops run by tier 1 (share of hot-loop bytecodes, estimate):\n");
        for (JitTally.LoopWeight w : weights.subList(0, Math.min(TIER1_LOOPS, weights.size()))) {
            JitTally.LoopStats s = w.stats();
            b.append(String.format(java.util.Locale.ROOT, "    %6.1f%%  ", 100 * w.tier1() / total))
                    .append(Places.of(w.loop().code(), w.loop().headerIp())).append("  (recordings ").append(s.recordings)
                    .append(", aborts ").append(s.aborts).append(s.blacklisted ? ", blacklisted" : "")
                    .append(w.tier2() > 0 ? String.format(java.util.Locale.ROOT, ", %.1f%% in traces", 100 * w.tier2() / total) : "")
                    .append(s.lastAbort != null ? "; last abort: " + s.lastAbort : "").append(")\n");
        }
    }

    /** The summary written at exit. */
    static String summary(JitTally t) {
        synchronized (t) {
            StringBuilder b = new StringBuilder("\n[summary]\n");
            b.append("  recordings ").append(SummaryText.count(t.recordings)).append(", aborted ").append(SummaryText.count(t.aborts))
                    .append(", loops blacklisted ").append(t.blacklisted).append("; traces compiled ").append(t.traces.size())
                    .append(", bridges ").append(t.bridges).append(", invalidated ").append(t.invalidations).append('\n');
            List<Map.Entry<String, Integer>> reasons = t.topAbortReasons(Integer.MAX_VALUE);
            if (!reasons.isEmpty()) {
                b.append("  aborts by reason:\n");
                for (Map.Entry<String, Integer> r : reasons) {
                    b.append("    ").append(SummaryText.abortLine(t, r, 8, 5)).append('\n');
                }
            }
            if (!t.traces.isEmpty()) {
                b.append("  traces:\n");
                for (JitTally.TraceStats s : t.traces.values()) {
                    b.append("    trace ").append(s.id);
                    if (s.trace != null) {
                        b.append(" (").append(Places.traced(s.trace)).append(')');
                    }
                    b.append(": ").append(SummaryText.count(s.entries, "entry", "entries")).append(", ")
                            .append(SummaryText.count(s.iterations, "iteration", "iterations"))
                            .append(s.entries > 0 ? " (" + SummaryText.count(s.iterations / s.entries) + " per entry), " : ", ")
                            .append(SummaryText.count(s.exits, "exit", "exits")).append("; guards ").append(s.guardsBefore)
                            .append(" -> ").append(s.guardsAfter).append(", allocations removed ").append(s.allocationsRemoved);
                    if (s.invalidated != null) {
                        b.append("; invalidated: ").append(s.invalidated);
                    }
                    b.append('\n');
                }
            }
            b.append("  exits taken: ").append(SummaryText.count(t.exitsTaken)).append('\n');
            List<JitTally.ExitStats> hot = t.hottestExits(HOTTEST_EXITS);
            if (!hot.isEmpty()) {
                b.append("  hottest exits (count, where tier 1 resumed, why):\n");
                for (JitTally.ExitStats e : hot) {
                    b.append("    ").append(SummaryText.exitLine(t, e, 12, true)).append('\n');
                }
            }
            loopsInTier1(t, b);
            b.append("  tier-2 share: ").append(SummaryText.share(t)).append('\n');
            return b.append("[end]\n").toString();
        }
    }
}
