package org.taipan.jit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JIT's differential fuzz test: {@link #SEEDS} generated programs ({@link KernelGenerator},
 * fixed seeds {@code 1000000..}), each run in this JVM with the JIT off and forced on
 * ({@code -X jit-threshold=1}); exit status, stdout and stderr must be equal. A mismatch names
 * the seed and prints the program and the first differing lines; {@code tools/jit-fuzz --print
 * SEED} prints it again, and {@code tools/jit-fuzz} runs tens of thousands of seeds (also against
 * CPython).
 *
 * <p>Coverage: the forced run also has {@code -X jit-stats}; its summary (cut off before the
 * comparison) says how many traces each program compiled. The last dynamic test,
 * {@code tier-2 coverage}, fails when fewer than {@link #MIN_TRACED_SHARE} of the programs
 * compiled a trace: a generator (or recorder) change that stops reaching tier 2 makes this test
 * compare tier 1 with itself, which is no test. It prints traces per program, exits and the most
 * common abort reasons either way.
 *
 * <p>The programs run two at a time ({@code taipan.jitfuzz.threads}), each run limited to
 * {@code taipan.jitfuzz.timeout} seconds (default 60). {@code -Dtaipan.jitfuzz.count=N} runs fewer
 * or more seeds.
 */
class JitFuzzTest {
    /** Seeds run by default. */
    static final int SEEDS = Integer.getInteger("taipan.jitfuzz.count", 300);
    static final long FIRST_SEED = 1_000_000;
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("taipan.jitfuzz.timeout", 60));
    static final int THREADS = Integer.getInteger("taipan.jitfuzz.threads", 2);
    /** The share of programs that must compile at least one trace (a coverage bar, not a timing). */
    static final double MIN_TRACED_SHARE = 0.6;

    private static ExecutorService pool;

    @TempDir
    static Path dir;

    /** What one seed gave: the failure message (null when the modes agree) and the forced run's coverage. */
    private record SeedResult(String problem, JitCoverage coverage) {}

    @TestFactory
    Stream<DynamicTest> jitForcedBehavesAsJitOff() {
        pool = Executors.newFixedThreadPool(THREADS);
        List<DynamicTest> tests = new ArrayList<>();
        List<CompletableFuture<SeedResult>> results = new ArrayList<>();
        for (long seed : LongStream.range(FIRST_SEED, FIRST_SEED + SEEDS).toArray()) {
            CompletableFuture<SeedResult> result = CompletableFuture.supplyAsync(() -> compare(seed), pool);
            results.add(result);
            tests.add(DynamicTest.dynamicTest("seed " + seed, () -> {
                String problem = result.join().problem();
                if (problem != null) {
                    fail(problem);
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("tier-2 coverage", () -> {
            List<JitCoverage> coverage = results.stream().map(r -> r.join().coverage()).toList();
            String summary = CoverageSummary.of(coverage).text();
            System.out.println("JitFuzzTest " + summary);
            long traced = coverage.stream().filter(c -> c.traces() > 0).count();
            if (traced < MIN_TRACED_SHARE * coverage.size()) {
                fail("only " + traced + " of " + coverage.size() + " fuzz programs compiled a trace (the bar is "
                        + Math.round(MIN_TRACED_SHARE * 100) + "%): the fuzzer no longer reaches tier 2\n" + summary);
            }
        }));
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Runs one seed in both modes. */
    private static SeedResult compare(long seed) {
        String source = KernelGenerator.generate(seed);
        Path file = dir.resolve("fuzz_" + seed + ".py");
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            FuzzOutcome off = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_OFF, TIMEOUT);
            FuzzOutcome forcedWithStats = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_FORCED_STATS, TIMEOUT);
            JitCoverage coverage = forcedWithStats.coverage();
            FuzzOutcome forced = forcedWithStats.withoutStats();
            if (off.timedOut()) {
                return new SeedResult("seed " + seed + " timed out with the JIT off: it "
                        + org.taipan.harness.CpuTimeLimit.describe(TIMEOUT), coverage);
            }
            List<String> problems = off.differences(forced, "jit=off", "jit-threshold=1");
            if (problems.isEmpty()) {
                return new SeedResult(null, coverage);
            }
            return new SeedResult("seed " + seed + ": the JIT forced on differs from the JIT off (" + coverage.traces()
                    + " traces compiled)\n" + String.join("\n", problems)
                    + "\n--- program (tools/jit-fuzz --print " + seed + ") ---\n" + numbered(source), coverage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SeedResult("interrupted", JitCoverage.NONE);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory goes anyway
            }
        }
    }

    private static String numbered(String source) {
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (String line : source.split("\n")) {
            text.append(String.format("%4d  %s%n", n++, line));
        }
        return text.toString();
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(KernelGenerator.generate(42), KernelGenerator.generate(42));
        assertFalse(KernelGenerator.generate(42).equals(KernelGenerator.generate(43)));
    }

    @Test
    void programsCompile() {
        // Every program of the test's seeds is valid Python: compiled by the front end without a SyntaxError
        // (and a few of the mixed generator's, which tools/jit-fuzz --mixed still runs).
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            assertCompiles(seed, KernelGenerator.generate(seed));
        }
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 20; seed++) {
            assertCompiles(seed, ProgramGenerator.generate(seed));
        }
    }

    private static void assertCompiles(long seed, String source) {
        try {
            new org.taipan.cli.ProgramRunner(new org.taipan.runtime.InterpreterOptions(List.of("x.py"),
                    java.io.InputStream.nullInputStream(), System.out, System.err, java.util.Map.of()))
                    .compile(source.getBytes(StandardCharsets.UTF_8), "fuzz_" + seed + ".py");
        } catch (RuntimeException e) {
            fail("seed " + seed + " does not compile: " + e);
        }
    }

    @Test
    void coverageIsReadFromTheStatsSummary() throws Exception {
        // A loop the recorder traces: the summary says so, and cutting it leaves the program's own (empty) stderr.
        Path file = dir.resolve("traced.py");
        Files.writeString(file, "def k(n):\n    a = 5\n    for i in range(n):\n        a = (a * 7 + i) % 1000003\n"
                + "    return a\nprint(k(300))\n", StandardCharsets.UTF_8);
        FuzzOutcome run = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_FORCED_STATS, TIMEOUT);
        JitCoverage coverage = run.coverage();
        assertEquals("", run.withoutStats().stderr());
        assertEquals(1, coverage.traces(), run.stderr());
        assertTrue(coverage.recordings() >= 1 && coverage.exits() >= 1, run.stderr());
        FuzzOutcome off = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_OFF, TIMEOUT);
        assertEquals(JitCoverage.NONE, off.coverage());
        assertEquals(off, run.withoutStats());
    }
}
