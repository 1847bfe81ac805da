package org.taipan.jit.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.taipan.cli.ProgramRunner;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.runtime.InterpreterOptions;

/**
 * Shrinks a program that shows a mismatch (JIT off vs forced, or tier 1 vs CPython) to a small
 * one that still shows one: deletes chunks of lines (32 down to 1) and replaces single lines with
 * {@code pass}, keeping a change when the result still compiles and the two runs still differ.
 * A line-based delta debugging: the generator's programs keep one statement per line. A candidate
 * CPython does not finish within {@link #CPYTHON_LIMIT} is dropped before Taipan runs it.
 */
final class Minimizer {
    /** CPython's limit per candidate: the generated programs take well under a second. */
    private static final Duration CPYTHON_LIMIT = Duration.ofSeconds(10);

    private final Path file;
    private final boolean vsCPython;
    private final Duration timeout;
    private int runs;

    /**
     * @param file      where candidates are written (and run, so tracebacks name it)
     * @param vsCPython compare tier 1 with CPython; otherwise the JIT off with the JIT forced on
     */
    Minimizer(Path file, boolean vsCPython, Duration timeout) {
        this.file = file;
        this.vsCPython = vsCPython;
        this.timeout = timeout;
    }

    /**
     * The smallest program found that still differs.
     *
     * @param source a program that differs
     * @return the minimized source, or {@code source} when it does not differ at all
     */
    String minimize(String source) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(List.of(source.split("\n")));
        if (!differs(lines)) {
            return source;
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int size = 32; size >= 1; size /= 2) {
                for (int start = lines.size() - size; start >= 0; start--) {
                    List<String> candidate = new ArrayList<>(lines.subList(0, start));
                    candidate.addAll(lines.subList(start + size, lines.size()));
                    if (differs(candidate)) {
                        lines = candidate;
                        progress = true;
                        start = Math.min(start, lines.size() - size + 1);
                    }
                }
            }
            for (int k = lines.size() - 1; k >= 0; k--) {
                String line = lines.get(k);
                String stripped = line.strip();
                if (stripped.equals("pass") || stripped.isEmpty()) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(lines);
                candidate.set(k, line.substring(0, line.length() - line.stripLeading().length()) + "pass");
                if (differs(candidate)) {
                    lines = candidate;
                    progress = true;
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** Runs made so far (each is a pair of program runs). */
    int runs() {
        return runs;
    }

    private boolean differs(List<String> lines) throws IOException, InterruptedException {
        String source = String.join("\n", lines) + "\n";
        if (!compiles(source)) {
            return false;
        }
        runs++;
        Files.writeString(file, source, StandardCharsets.UTF_8);
        // CPython first, as the judge of termination: deleting `i += 1` makes a `while` loop endless, and
        // an in-process run past its limit leaves its thread spinning (it cannot be stopped), so
        // candidates piled up such threads until the minimizer seemed to run forever
        FuzzOutcome cpython = CPythonRunner.run(file, timeout.compareTo(CPYTHON_LIMIT) < 0 ? timeout : CPYTHON_LIMIT);
        if (cpython.timedOut()) {
            return false;
        }
        FuzzOutcome off = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_OFF, timeout);
        FuzzOutcome other = vsCPython ? cpython
                : InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_FORCED, timeout);
        if (off.timedOut() || other.timedOut()) {
            return false;
        }
        return !other.differences(off, "a", "b").isEmpty();
    }

    private static boolean compiles(String source) {
        try {
            new ProgramRunner(new InterpreterOptions(List.of("x.py"), java.io.InputStream.nullInputStream(),
                    System.out, System.err, Map.of())).compile(source.getBytes(StandardCharsets.UTF_8), "x.py");
            return true;
        } catch (SyntaxErrorException e) {
            return false;
        }
    }
}
