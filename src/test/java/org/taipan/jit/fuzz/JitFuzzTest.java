package org.taipan.jit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The JIT's differential fuzz test: {@link #SEEDS} generated programs ({@link ProgramGenerator},
 * fixed seeds {@code 1000000..}), each run in this JVM with the JIT off and forced on
 * ({@code -X jit-threshold=1}); exit status, stdout and stderr must be equal. A mismatch names
 * the seed and prints the program and the first differing lines; {@code tools/jit-fuzz --print
 * SEED} prints it again, and {@code tools/jit-fuzz} runs tens of thousands of seeds (also against
 * CPython).
 *
 * <p>Cost (measured 2026-11-30, the JIT recording but compiling nothing yet): about 45 s of CPU
 * for the 600 runs, so about 25-35 s on the idle 2-core machine; 107-135 s wall at load 19-21.
 * The programs run two at a time ({@code taipan.jitfuzz.threads}), each run limited to
 * {@code taipan.jitfuzz.timeout} seconds (default 60). {@code -Dtaipan.jitfuzz.count=N} runs fewer
 * or more seeds.
 */
class JitFuzzTest {
    /** Seeds run by default. */
    static final int SEEDS = Integer.getInteger("taipan.jitfuzz.count", 300);
    static final long FIRST_SEED = 1_000_000;
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("taipan.jitfuzz.timeout", 60));
    static final int THREADS = Integer.getInteger("taipan.jitfuzz.threads", 2);

    private static ExecutorService pool;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> jitForcedBehavesAsJitOff() {
        pool = Executors.newFixedThreadPool(THREADS);
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed : LongStream.range(FIRST_SEED, FIRST_SEED + SEEDS).toArray()) {
            CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> compare(seed), pool);
            tests.add(DynamicTest.dynamicTest("seed " + seed, () -> {
                String problem = result.join();
                if (problem != null) {
                    fail(problem);
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Runs one seed in both modes; the failure message, or null when they agree. */
    private static String compare(long seed) {
        String source = ProgramGenerator.generate(seed);
        Path file = dir.resolve("fuzz_" + seed + ".py");
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            FuzzOutcome off = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_OFF, TIMEOUT);
            FuzzOutcome forced = InProcessFuzzRunner.run(file, InProcessFuzzRunner.JIT_FORCED, TIMEOUT);
            if (off.timedOut()) {
                return "seed " + seed + " timed out with the JIT off (" + TIMEOUT.toSeconds() + " s)";
            }
            List<String> problems = off.differences(forced, "jit=off", "jit-threshold=1");
            if (problems.isEmpty()) {
                return null;
            }
            return "seed " + seed + ": the JIT forced on differs from the JIT off\n" + String.join("\n", problems)
                    + "\n--- program (tools/jit-fuzz --print " + seed + ") ---\n" + numbered(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
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
        assertEquals(ProgramGenerator.generate(42), ProgramGenerator.generate(42));
        assertFalse(ProgramGenerator.generate(42).equals(ProgramGenerator.generate(43)));
    }

    @Test
    void programsCompile() {
        // Every program of the test's seeds is valid Python: compiled by the front end without a SyntaxError.
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            String source = ProgramGenerator.generate(seed);
            try {
                new org.taipan.cli.ProgramRunner(new org.taipan.runtime.InterpreterOptions(List.of("x.py"),
                        java.io.InputStream.nullInputStream(), System.out, System.err, java.util.Map.of()))
                        .compile(source.getBytes(StandardCharsets.UTF_8), "fuzz_" + seed + ".py");
            } catch (RuntimeException e) {
                fail("seed " + seed + " does not compile: " + e);
            }
        }
    }
}
