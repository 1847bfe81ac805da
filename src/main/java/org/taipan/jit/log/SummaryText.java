package org.taipan.jit.log;

import java.util.Locale;
import java.util.Map;

/** The lines the log's summary and {@code -X jit-stats} share, read from a {@link JitTally}. */
final class SummaryText {
    private SummaryText() {}

    /** {@code 12,345}: counts grouped by thousands, the same in every locale. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code "1 entry"}, {@code "2 entries"}: a count with its noun. */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** {@code "  10,000  prog.py:14 in f: GUARD_CLASS expected int"} (with the trace, exit and bridge when {@code detail}). */
    static String exitLine(JitTally t, JitTally.ExitStats e, int countWidth, boolean detail) {
        StringBuilder b = new StringBuilder();
        String n = count(e.count);
        b.append(" ".repeat(Math.max(0, countWidth - n.length()))).append(n).append("  ");
        JitTally.TraceStats trace = t.traces.get(e.traceId);
        b.append(e.guard == null ? "?" : Describe.where(e.guard) + ": " + Describe.why(e.guard, trace == null ? null : trace.trace));
        if (detail) {
            b.append("  (trace ").append(e.traceId).append(" exit ").append(e.exitIndex);
            if (e.bridgeId >= 0) {
                b.append(", bridge: trace ").append(e.bridgeId);
            }
            b.append(')');
        }
        return b.toString();
    }

    /**
     * {@code "       2  unsupported opcode X  (at prog.py:5 in f, +1 more place)"}: the reason with
     * its count and the first {@code places} distinct places it happened at.
     */
    static String abortLine(JitTally t, Map.Entry<String, Integer> reason, int countWidth, int places) {
        String n = count(reason.getValue());
        StringBuilder b = new StringBuilder(" ".repeat(Math.max(0, countWidth - n.length()))).append(n).append("  ")
                .append(reason.getKey());
        java.util.Set<String> where = t.abortPlaces.getOrDefault(reason.getKey(), java.util.Set.of());
        if (!where.isEmpty()) {
            b.append("  (at ").append(String.join(", ", where.stream().limit(places).toList()));
            int more = where.size() - places;
            if (more > 0) {
                b.append(", +").append(more).append(more == 1 ? " more place" : " more places");
            }
            b.append(')');
        }
        return b.toString();
    }

    /** The tier-2 share as a percentage with one decimal, saying it is an estimate. */
    static String share(JitTally tally) {
        double share = tally.tier2Share();
        if (share < 0) {
            return "no loop ran";
        }
        if (!tally.traces.isEmpty() && tally.iterationsInTraces() == 0) {
            return "not measured (the JIT reported no iterations)";
        }
        return String.format(Locale.ROOT, "%.1f%% of the bytecodes run in hot loops (estimate)", share * 100);
    }

    /**
     * The time the program waited for the optimizer and backend, in all and by kind of compile
     * (loops, bridges, function-entry traces, trace trees; each kind's milliseconds rounded down on
     * its own): "41 ms in 12 compiles (3 loops 9 ms, 8 bridges 20 ms, 1 tree 12 ms)".
     */
    static String compileTime(JitTally tally) {
        long count = 0, nanos = 0;
        StringBuilder kinds = new StringBuilder();
        java.util.List<String> order = new java.util.ArrayList<>(COMPILE_KINDS);
        for (String k : tally.compileTimes.keySet()) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        for (String kind : order) {
            long[] n = tally.compileTimes.get(kind);
            if (n == null) {
                continue;
            }
            count += n[0];
            nanos += n[1];
            kinds.append(kinds.isEmpty() ? "" : ", ").append(n[0]).append(' ').append(kind)
                    .append(n[0] == 1 ? "" : "s").append(' ').append(n[1] / 1_000_000).append(" ms");
        }
        if (count == 0) {
            return "none";
        }
        return (nanos / 1_000_000) + " ms in " + count + (count == 1 ? " compile (" : " compiles (") + kinds + ")";
    }

    /** The kinds of compile in the order the summary lists them. */
    private static final java.util.List<String> COMPILE_KINDS = java.util.List.of("loop", "bridge", "entry trace", "tree");
}
