package org.taipan.jit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far one fuzz run got into tier 2, read from the {@code -X jit-stats} summary
 * ({@code org.taipan.jit.log.JitStats}) that the forced run appends to its stderr: traces
 * compiled, bridges, recordings and aborts, exits taken, and the most frequent abort reasons.
 * The summary is cut off the stderr before it is compared with the JIT-off run.
 *
 * @param traces     traces compiled (bridges included), {@code >= 0}
 * @param bridges    of those, bridges
 * @param recordings recordings started
 * @param aborts     recordings that aborted
 * @param exits      side exits taken
 * @param reasons    the summary's top abort reason lines, most frequent first (count, reason, place)
 */
record JitCoverage(int traces, int bridges, int recordings, int aborts, long exits, List<String> reasons) {
    /** The first line of the summary. */
    static final String HEADING = "Taipan JIT stats:\n";

    private static final Pattern TRACES = Pattern.compile("traces compiled: +([\\d,]+) \\(bridges ([\\d,]+)");
    private static final Pattern RECORDINGS = Pattern.compile("recordings: +([\\d,]+), aborted ([\\d,]+)");
    private static final Pattern EXITS = Pattern.compile("exits taken: +([\\d,]+)");
    private static final Pattern REASON = Pattern.compile("^ {4} *[\\d,]+ {2}(.*?)(?: {2}\\(at .*)?$");

    /** No summary found (the run timed out or did not finish normally). */
    static final JitCoverage NONE = new JitCoverage(0, 0, 0, 0, 0, List.of());

    /** The stderr without the summary (everything before its last heading), for comparison. */
    static String stripSummary(String stderr) {
        int at = stderr.lastIndexOf(HEADING);
        return at < 0 ? stderr : stderr.substring(0, at);
    }

    /** Parses the summary at the end of {@code stderr}; {@link #NONE} when there is none. */
    static JitCoverage parse(String stderr) {
        int at = stderr.lastIndexOf(HEADING);
        if (at < 0) {
            return NONE;
        }
        String text = stderr.substring(at);
        Matcher t = TRACES.matcher(text);
        Matcher r = RECORDINGS.matcher(text);
        Matcher e = EXITS.matcher(text);
        if (!t.find() || !r.find() || !e.find()) {
            return NONE;
        }
        List<String> reasons = new ArrayList<>();
        boolean inReasons = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("  recordings:")) {
                inReasons = true;
            } else if (inReasons && line.startsWith("    ") && !line.startsWith("    (")) {
                Matcher m = REASON.matcher(line);
                reasons.add(m.matches() ? m.group(1) : line.strip());
            } else if (!line.startsWith("    ")) {
                inReasons = false;
            }
        }
        return new JitCoverage(number(t.group(1)), number(t.group(2)), number(r.group(1)), number(r.group(2)),
                number(e.group(1)), List.copyOf(reasons));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
