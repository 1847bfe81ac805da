package org.taipan.harness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a run of a program produced: exit status, stdout bytes and stderr text (with the
 * program's directory already replaced by {@code {dir}}).
 */
record Outcome(int status, byte[] stdout, String stderr) {

    /**
     * Compares this (actual) outcome with {@code expected}.
     *
     * @return the differences in readable form, empty when the outcomes are the same
     */
    List<String> differencesFrom(Outcome expected) {
        List<String> problems = new ArrayList<>();
        if (status != expected.status) {
            problems.add("exit status: expected " + expected.status + ", got " + status);
        }
        if (!Arrays.equals(stdout, expected.stdout)) {
            problems.add("stdout differs (- CPython, + Taipan):\n"
                    + TextDiff.diff(new String(expected.stdout, StandardCharsets.UTF_8),
                    new String(stdout, StandardCharsets.UTF_8), expected.stdout, stdout));
        }
        if (!stderr.equals(expected.stderr)) {
            problems.add("stderr differs (- CPython, + Taipan):\n" + TextDiff.diff(expected.stderr, stderr, null, null));
        }
        return problems;
    }
}
