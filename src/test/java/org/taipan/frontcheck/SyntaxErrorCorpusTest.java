package org.taipan.frontcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The syntax-error corpus: every {@code tests/syntax-errors/NNN-name.py} must give exactly
 * CPython 3.11's result from {@code tests/syntax-errors/expected.txt} (made by
 * {@code tools/regen-syntax-errors}): the error class, message, line and offset ({@code NNN-name.py}),
 * and separately its end line and end offset ({@code NNN-name.py [end]}); or compile, for
 * {@code OK} programs.
 *
 * <p>Names listed in {@code tests/syntax-errors/known-failures.txt} ({@code name: reason}) are
 * skipped when they fail and fail when they pass, so the list only shrinks. When anything
 * unlisted fails, an up-to-date list is written to
 * {@code target/frontcheck/syntax-errors-known-failures.txt}.
 */
class SyntaxErrorCorpusTest {
    private static final Path CORPUS = Path.of("tests", "syntax-errors");
    private static final Path KNOWN = CORPUS.resolve("known-failures.txt");
    /** CPU time of the front end's thread after which an input counts as a hang (see {@link GuardedRunner}). */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One line of expected.txt, or what Taipan gave, in the same shape. */
    record Outcome(String cls, String lineno, String offset, String endLineno, String endOffset, String msg) {
        static Outcome parse(String[] f) {
            if (f[1].equals("OK")) {
                return ok();
            }
            return new Outcome(f[1], pos(f[2]), pos(f[3]), pos(f[4]), pos(f[5]), unescape(f[6]));
        }

        /** CPython's None and Taipan's 0 both mean "unknown". */
        private static String pos(String v) {
            return v.equals("-") ? "0" : v;
        }

        static Outcome ok() {
            return new Outcome("OK", "0", "0", "0", "0", "");
        }

        String head() {
            return cls.equals("OK") ? "OK" : cls + " " + lineno + ":" + offset + " " + msg;
        }

        String end() {
            return endLineno + ":" + endOffset;
        }
    }

    @TestFactory
    List<DynamicNode> corpus() throws IOException {
        Assumptions.assumeTrue(FrontEndUnderTest.unavailable() == null, FrontEndUnderTest.unavailable());
        Map<String, Outcome> expected = readExpected();
        KnownFailures known = KnownFailures.load(KNOWN);
        Map<String, Outcome> actual = new LinkedHashMap<>();
        try (GuardedRunner runner = new GuardedRunner(FrontEndUnderTest.FRONT_END)) {
            for (String name : expected.keySet()) {
                byte[] data = Files.readAllBytes(CORPUS.resolve(name));
                actual.put(name, toOutcome(runner.run(data, name, TIMEOUT)));
            }
        }

        Map<String, String> mismatches = new TreeMap<>();
        List<DynamicTest> heads = new ArrayList<>();
        List<DynamicTest> ends = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<String, Outcome> e : expected.entrySet()) {
            String name = e.getKey();
            Outcome want = e.getValue();
            Outcome got = actual.get(name);
            String headProblem = want.head().equals(got.head()) ? null
                    : "expected " + want.head() + "\n     got " + got.head();
            if (headProblem == null) {
                passed++;
            } else {
                mismatches.put(name, "got " + got.head());
            }
            heads.add(check(name, headProblem, known));
            if (!want.cls().equals("OK")) {
                String endName = name + " [end]";
                String endProblem = headProblem != null ? "head differs: " + headProblem
                        : want.end().equals(got.end()) ? null
                        : "end position: expected " + want.end() + ", got " + got.end();
                if (endProblem != null) {
                    mismatches.put(endName, headProblem != null ? "head differs" : "end " + got.end()
                            + ", CPython " + want.end());
                }
                ends.add(check(endName, endProblem, known));
            }
        }
        System.out.printf("SyntaxErrorCorpusTest (%s): %d of %d programs right (class, message, line, offset)%n",
                FrontEndUnderTest.stages(), passed, expected.size());
        boolean unlisted = mismatches.keySet().stream().anyMatch(n -> !known.contains(n));
        boolean stale = known.names().stream()
                .anyMatch(n -> !n.endsWith(" [process]") && !mismatches.containsKey(n));
        if (unlisted || stale) {
            for (String name : known.names()) {
                if (name.endsWith(" [process]")) {
                    mismatches.put(name, known.reason(name)); // SyntaxErrorProcessTest's entries
                }
            }
            KnownFailures.writeSuggestion("syntax-errors-known-failures.txt", known.header(), mismatches);
        }
        return List.of(
                DynamicContainer.dynamicContainer("class, message, line, offset (" + FrontEndUnderTest.stages() + ")",
                        heads),
                DynamicContainer.dynamicContainer("end line and end offset", ends));
    }

    private static DynamicTest check(String name, String problem, KnownFailures known) {
        return DynamicTest.dynamicTest(name, () -> {
            if (known.contains(name)) {
                if (problem == null) {
                    fail(name + " now passes: remove it from " + KNOWN);
                }
                Assumptions.abort("known failure: " + known.reason(name));
            }
            if (problem != null) {
                fail(name + ":\n     " + problem);
            }
        });
    }

    private static Outcome toOutcome(GuardedRunner.Result r) {
        if (r.timedOut()) {
            return new Outcome("TIMEOUT", "0", "0", "0", "0", "");
        }
        if (r.internal() != null) {
            return new Outcome("INTERNAL", "0", "0", "0", "0", String.valueOf(r.internal()));
        }
        if (r.error() == null) {
            return Outcome.ok();
        }
        var e = r.error();
        return new Outcome(e.kind.pythonName, Integer.toString(e.lineno), Integer.toString(e.offset),
                Integer.toString(e.endLineno), Integer.toString(e.endOffset), e.msg);
    }

    private static Map<String, Outcome> readExpected() throws IOException {
        Map<String, Outcome> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", -1);
                m.put(f[0], Outcome.parse(f));
            }
        }
        return m;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
