package org.taipan.jit.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a generated program produced: exit status, stdout and stderr as text (the
 * programs print ASCII only), or a timeout.
 *
 * @param status   the exit status (meaningless when {@code timedOut})
 * @param stdout   everything written to stdout
 * @param stderr   everything written to stderr
 * @param timedOut true when the run was abandoned at its time limit
 */
record FuzzOutcome(int status, String stdout, String stderr, boolean timedOut) {

    /**
     * This outcome without the {@code -X jit-stats} summary at the end of its stderr, and what the
     * summary says ({@link JitCoverage#NONE} when there is none).
     */
    FuzzOutcome withoutStats() {
        return new FuzzOutcome(status, stdout, JitCoverage.stripSummary(stderr), timedOut);
    }

    /** What the {@code -X jit-stats} summary at the end of stderr says. */
    JitCoverage coverage() {
        return JitCoverage.parse(stderr);
    }

    /** A run abandoned at its time limit. */
    static FuzzOutcome timeout() {
        return new FuzzOutcome(-1, "", "", true);
    }

    /**
     * The differences of {@code actual} from this (the reference) outcome, readable, first
     * differing line of each stream shown.
     *
     * @return empty when both runs behaved the same
     */
    List<String> differences(FuzzOutcome actual, String referenceName, String actualName) {
        List<String> problems = new ArrayList<>();
        if (timedOut != actual.timedOut) {
            problems.add((timedOut ? referenceName : actualName) + " timed out");
            return problems;
        }
        if (status != actual.status) {
            problems.add("exit status: " + referenceName + " " + status + ", " + actualName + " " + actual.status);
        }
        firstDifference("stdout", stdout, actual.stdout, referenceName, actualName, problems);
        firstDifference("stderr", stderr, actual.stderr, referenceName, actualName, problems);
        return problems;
    }

    private static void firstDifference(String stream, String expected, String actual, String referenceName,
                                        String actualName, List<String> problems) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < e.length && line < a.length && e[line].equals(a[line])) {
            line++;
        }
        problems.add(stream + " differs at line " + (line + 1) + ":\n  " + referenceName + ": "
                + (line < e.length ? e[line] : "<end>") + "\n  " + actualName + ": " + (line < a.length ? a[line] : "<end>"));
    }
}
