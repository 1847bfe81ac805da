package org.taipan.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * Issue 4's "bad input never produces a Java exception, only Python exceptions", checked by
 * brute force: the Python driver {@code odd_calls.py} (a test resource) calls every builtin
 * function, every attribute of every builtin type (found with {@code dir()} inside Taipan, both
 * bound to a sample instance and unbound with an odd first argument) and every operator with
 * odd arguments: None, -1, 0, huge and negative sizes, wrong types, NaN, lone surrogates,
 * empty and self-containing containers, objects whose dunders return the wrong types or raise,
 * missing, extra and unknown keyword arguments. The arguments are drawn by a fixed-seed
 * generator, so every run makes the same calls (about 29,000).
 *
 * <p>Each call must end normally or with a Python exception. The driver reports a call that
 * raised {@code SystemError('internal error: ...')} (how the interpreter loop wraps an escaped
 * Java exception) or an exception whose message names a Java class; a Java exception escaping
 * the interpreter altogether shows as {@code taipan: internal error} on stderr
 * ({@link ProgramRunner#internalError}) with a non-zero status, and the chunk is run again
 * with a trace of its calls to name the culprit.
 *
 * <p>The calls run in {@link #CHUNKS} fresh interpreters, in process, on a big-stack thread,
 * each with a time limit. Calls known to crash are listed, with their reason, in
 * {@code odd_calls_excluded.txt}; the check itself is never weakened.
 */
class OddCallsFuzzTest {
    /** The generator's seed: fixed, so that a failure reproduces. */
    static final int SEED = 20261130;
    /** Interpreters the calls are spread over; each regenerates the call list and runs its share. */
    static final int CHUNKS = 3;
    /** More than the driver makes for {@link #SEED}; the last chunk ends where the calls end. */
    static final int TOTAL_CALLS = 30_000;
    static final long TIME_LIMIT_MILLIS = 120_000;
    private static final long STACK_BYTES = 512L << 20;
    /** The call name of the driver's simulated crash, which proves the reporting path works. */
    private static final String SELF_TEST = "<self-test>";

    @Test
    void oddArgumentsRaisePythonExceptionsOnly() {
        String driver = resource("odd_calls.py");
        String excluded = excludedAsPython(resource("odd_calls_excluded.txt"));
        int per = (TOTAL_CALLS + CHUNKS - 1) / CHUNKS;
        List<String> problems = new ArrayList<>();
        int done = 0;
        long made = 0;
        boolean selfTestSeen = false;
        for (int c = 0; c < CHUNKS; c++) {
            int first = c * per;
            Result r = run(driver + excluded + "run(" + SEED + ", " + first + ", " + per + ", False)\n");
            String where = "calls " + first + ".." + (first + per - 1);
            if (r == null) {
                problems.add(where + ": did not finish within " + TIME_LIMIT_MILLIS / 1000 + " s");
                continue;
            }
            for (String line : r.stdout.lines().toList()) {
                if (line.startsWith("CRASH " + SELF_TEST)) {
                    selfTestSeen = true;
                } else if (line.startsWith("CRASH ")) {
                    problems.add(line.substring(6));
                } else if (line.startsWith("DONE " + first + " ")) {
                    made += Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            if (r.status != 0 || r.stderr.contains("internal error") || !r.stdout.contains("DONE " + first + " ")) {
                problems.add(where + ": status " + r.status + ", stderr: " + firstLines(r.stderr)
                        + ", last call: " + lastCall(driver + excluded, first, per));
            } else {
                done++;
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " calls ended in a Java exception instead of a Python one:\n"
                    + String.join("\n", problems));
        }
        assertEquals(CHUNKS, done, "every chunk of calls ran to its end");
        assertTrue(selfTestSeen, "the driver's self-test report (a simulated internal error) reached the test");
        assertTrue(made > 20_000, "the driver made " + made + " calls; expected over 20,000");
    }

    /** Reruns a failed chunk tracing each call, and returns the last one started. */
    private String lastCall(String prelude, int first, int count) {
        Result r = run(prelude + "run(" + SEED + ", " + first + ", " + count + ", True)\n");
        if (r == null) {
            return "(the traced rerun timed out)";
        }
        String last = "(none)";
        for (String line : r.stdout.lines().toList()) {
            if (line.startsWith("CALL ")) {
                last = line.substring(5);
            }
        }
        return last;
    }

    private record Result(int status, String stdout, String stderr) {}

    /** Runs {@code source} as {@code __main__} in a fresh interpreter; null when it times out. */
    private static Result run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, false, StandardCharsets.UTF_8);
        InterpreterOptions options = new InterpreterOptions(List.of("odd_calls.py"),
                new ByteArrayInputStream(new byte[0]), stdout, stderr, Map.of());
        int[] status = {-1};
        Thread t = Thread.ofPlatform().daemon().name("odd calls").stackSize(STACK_BYTES).unstarted(() ->
                status[0] = new ProgramRunner(options).runSource(ProgramRunner.utf8(source), "<odd_calls>"));
        t.start();
        try {
            t.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            t.interrupt();
            return null;
        }
        stdout.flush();
        stderr.flush();
        return new Result(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The exclusion file's entries as a Python statement {@code EXCLUDED = {...}}. */
    static String excludedAsPython(String text) {
        StringBuilder sb = new StringBuilder("EXCLUDED = {");
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.lastIndexOf(": ");
            assertTrue(colon > 0, "an exclusion needs a reason after ': ': " + l);
            sb.append(pythonString(l.substring(0, colon))).append(", ");
        }
        return sb.append("}\n").toString();
    }

    private static String pythonString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char ch : s.toCharArray()) {
            if (ch == '\\' || ch == '\'') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.append('\'').toString();
    }

    private static String firstLines(String s) {
        List<String> lines = s.lines().limit(3).toList();
        return lines.isEmpty() ? "(empty)" : String.join(" | ", lines);
    }

    private static String resource(String name) {
        try (InputStream in = OddCallsFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
