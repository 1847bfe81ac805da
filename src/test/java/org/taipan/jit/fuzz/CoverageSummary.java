package org.taipan.jit.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tier-2 coverage of a set of fuzz runs, as one readable paragraph: how many programs compiled
 * a trace, traces per program (a histogram), bridges, exits taken, and the abort reasons that
 * appear in the most programs' summaries (what the recorder should learn next).
 *
 * @param programs  runs summarized
 * @param traced    runs that compiled at least one trace
 * @param traces    traces compiled in all (bridges included)
 * @param bridges   bridges compiled in all
 * @param exits     side exits taken in all
 * @param histogram runs by traces compiled: 0, 1, 2-4, 5-9, 10 or more
 * @param reasons   abort reasons with the number of runs whose summary lists them, most first
 */
record CoverageSummary(int programs, int traced, long traces, long bridges, long exits, int[] histogram,
                       List<Map.Entry<String, Integer>> reasons) {
    /** Reasons shown. */
    static final int TOP = 8;

    static CoverageSummary of(List<JitCoverage> runs) {
        int[] histogram = new int[5];
        Map<String, Integer> reasons = new HashMap<>();
        long traces = 0, bridges = 0, exits = 0;
        int traced = 0;
        for (JitCoverage c : runs) {
            traces += c.traces();
            bridges += c.bridges();
            exits += c.exits();
            if (c.traces() > 0) {
                traced++;
            }
            int t = c.traces();
            histogram[t == 0 ? 0 : t == 1 ? 1 : t < 5 ? 2 : t < 10 ? 3 : 4]++;
            for (String r : c.reasons()) {
                reasons.merge(r, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> top = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).toList();
        return new CoverageSummary(runs.size(), traced, traces, bridges, exits, histogram, top);
    }

    /** The paragraph: one summary line, the histogram, then one line per abort reason. */
    String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("tier-2 coverage: %d of %d programs compiled a trace; %d traces (%d bridges), %.1f per program;"
                + " %d exits taken%n", traced, programs, traces, bridges, programs == 0 ? 0.0 : (double) traces / programs,
                exits));
        b.append(String.format("  traces per program: 0: %d, 1: %d, 2-4: %d, 5-9: %d, 10+: %d%n", histogram[0],
                histogram[1], histogram[2], histogram[3], histogram[4]));
        if (!reasons.isEmpty()) {
            b.append("  abort reasons (programs listing them):\n");
            b.append(reasons.stream().map(e -> String.format("    %5d  %s", e.getValue(), e.getKey()))
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        return b.toString();
    }
}
