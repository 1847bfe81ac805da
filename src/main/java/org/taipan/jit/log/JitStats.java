package org.taipan.jit.log;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.taipan.jit.JitListener;

/**
 * {@code -X jit-stats}: a short summary on {@code stderr} when the interpreter exits (after the
 * program's own output, also after {@code SystemExit} or an uncaught exception): traces compiled,
 * aborts by reason (the most frequent few), loops blacklisted, exits taken with the hottest three
 * by line and reason, the time spent compiling, and the estimated share of hot-loop bytecodes run in compiled traces.
 * Everything is read from the {@link JitTally} that the same events fed.
 */
public final class JitStats implements JitListener {
    /** Abort reasons and exits shown. */
    static final int TOP_REASONS = 5, TOP_EXITS = 3;

    private final JitTally tally;
    private final PrintStream stderr;
    /** {@code -X jit=off}: said in the heading, so that a page of zeros is not a mystery. */
    private final boolean jitOff;

    JitStats(JitTally tally, PrintStream stderr, boolean jitOff) {
        this.tally = tally;
        this.stderr = stderr;
        this.jitOff = jitOff;
    }

    @Override
    public void finish() {
        stderr.print(jitOff ? text(tally).replaceFirst(":\n", " (the JIT is off: -X jit=off):\n") : text(tally));
        stderr.flush();
    }

    /** The summary. */
    static String text(JitTally t) {
        synchronized (t) {
            StringBuilder b = new StringBuilder("Taipan JIT stats:\n");
            b.append("  traces compiled:   ").append(t.traces.size()).append(" (bridges ").append(t.bridges)
                    .append(", invalidated ").append(t.invalidations).append(")\n");
            b.append("  recordings:        ").append(SummaryText.count(t.recordings)).append(", aborted ")
                    .append(SummaryText.count(t.aborts)).append('\n');
            List<Map.Entry<String, Integer>> reasons = t.topAbortReasons(TOP_REASONS);
            for (Map.Entry<String, Integer> r : reasons) {
                b.append("    ").append(SummaryText.abortLine(t, r, 7, 1)).append('\n');
            }
            if (t.abortReasons.size() > reasons.size()) {
                b.append("    (").append(t.abortReasons.size() - reasons.size()).append(" more reasons in -X jit-log)\n");
            }
            b.append("  loops blacklisted: ").append(t.blacklisted).append('\n');
            b.append("  exits taken:       ").append(SummaryText.count(t.exitsTaken)).append('\n');
            for (JitTally.ExitStats e : t.hottestExits(TOP_EXITS)) {
                b.append("    ").append(SummaryText.exitLine(t, e, 7, false)).append('\n');
            }
            b.append("  compile time:      ").append(SummaryText.compileTime(t)).append('\n');
            b.append("  tier-2 share:      ").append(SummaryText.share(t)).append('\n');
            return b.toString();
        }
    }
}
