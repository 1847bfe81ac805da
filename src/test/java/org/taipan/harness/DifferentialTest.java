package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The differential tests: every program of {@code tests/python} runs in this JVM, each in a fresh
 * interpreter, in each {@link Mode}; its stdout (bytes), exit status and stderr must be CPython
 * 3.11's, as recorded in its {@code .out} and {@code .err} files. One test per program and mode,
 * named {@code area/name.py [mode]}.
 *
 * <p>A program listed in {@code tests/python/known-failures.txt} still runs: failing, it is
 * reported as skipped with the listed reason; passing, it fails the test, so the list only ever
 * shrinks.
 *
 * <p>All runs start when the tests are collected, {@code taipan.harness.threads} at a time
 * (default: one per processor), each limited to {@code taipan.harness.timeout} seconds of CPU time
 * (default 60; {@link CpuTimeLimit}). {@code -Dtaipan.harness.only=jit/} runs only the programs whose relative path starts with
 * that prefix (for working on one area; the whole corpus runs when it is unset).
 */
class DifferentialTest {
    static final int THREADS = Integer.getInteger("taipan.harness.threads", Runtime.getRuntime().availableProcessors());
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("taipan.harness.timeout", 60));
    static final String ONLY = System.getProperty("taipan.harness.only", "");

    @TestFactory
    Stream<DynamicTest> programsBehaveAsInCPython() {
        List<PythonProgram> programs = Corpus.programs().stream()
                .filter(p -> p.relativePath().startsWith(ONLY)).toList();
        Map<String, String> knownFailures = Corpus.knownFailures();
        InProcessRunner runner = new InProcessRunner(THREADS, TIMEOUT);
        List<DynamicTest> tests = new ArrayList<>();
        for (PythonProgram program : programs) {
            for (Mode mode : Mode.ALL) {
                InProcessRunner.Run run = runner.submit(program, mode.xOptions());
                String name = program.relativePath() + " [" + mode.name() + "]";
                tests.add(DynamicTest.dynamicTest(name, program.file().toUri(),
                        () -> check(program, mode.name(), run.await(), knownFailures.get(program.relativePath()))));
            }
        }
        return tests.stream();
    }

    /**
     * Compares a run's outcome ({@code null}: timed out) with CPython's, honouring a known-failure
     * {@code reason} (null when the program is not listed).
     */
    static void check(PythonProgram program, String mode, Outcome actual, String reason) {
        Outcome expected = program.expected();
        List<String> problems = actual == null
                ? List.of(CpuTimeLimit.describe(TIMEOUT))
                : actual.differencesFrom(expected);
        if (reason != null) {
            if (problems.isEmpty()) {
                fail(program.relativePath() + " now passes [" + mode + "]: remove it from tests/python/"
                        + Corpus.KNOWN_FAILURES);
            }
            throw new TestAbortedException("known failure: " + reason);
        }
        if (!problems.isEmpty()) {
            fail(program.relativePath() + " [" + mode + "] differs from CPython 3.11:\n"
                    + String.join("\n", problems));
        }
    }

    @Test
    void knownFailuresNameExistingPrograms() {
        Set<String> programs = Corpus.programs().stream().map(PythonProgram::relativePath)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> stale = Corpus.knownFailures().keySet().stream().filter(p -> !programs.contains(p)).toList();
        assertTrue(stale.isEmpty(), "tests/python/" + Corpus.KNOWN_FAILURES + " lists programs that do not exist: " + stale);
    }
}
