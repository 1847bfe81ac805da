package org.taipan.jit.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.taipan.cli.ProgramRunner;
import org.taipan.harness.CpuTimeLimit;
import org.taipan.runtime.InterpreterOptions;

/**
 * Runs one program file in this JVM in a fresh interpreter with given {@code -X} options, as the
 * differential harness does: {@code sys.argv} is the file name, stdin is empty, stdout and
 * stderr are captured. The run gets its own thread with a big stack (deep recursion) and a time
 * limit; a run past the limit is stopped ({@link ProgramRunner#stop}: its threads end at their
 * next loop iteration or call, whatever the program catches) and not waited for.
 */
final class InProcessFuzzRunner {
    /** The JIT off: tier 1 only. */
    static final Map<String, String> JIT_OFF = Map.of("jit", "off");
    /** The JIT forced to trace every loop at its first backward jump. */
    static final Map<String, String> JIT_FORCED = Map.of("jit-threshold", "1");
    /**
     * {@link #JIT_FORCED} with {@code -X jit-stats}: the summary ends the stderr; read it with
     * {@link JitCoverage#parse} and cut it with {@link JitCoverage#stripSummary} before comparing.
     */
    static final Map<String, String> JIT_FORCED_STATS = forcedWithStats(1);

    /** The JIT tracing a loop at its {@code threshold}-th count ({@code >= 1}), with {@code -X jit-stats}. */
    static Map<String, String> forcedWithStats(int threshold) {
        return Map.of("jit-threshold", Integer.toString(threshold), "jit-stats", "on");
    }

    private static final long STACK_BYTES = 256L << 20;
    /** Output cap per stream: a runaway printer must not exhaust the heap. */
    private static final int MAX_OUTPUT = 4 << 20;

    private InProcessFuzzRunner() {
    }

    /**
     * Runs {@code file} and waits for it at most {@code timeout} of its CPU time ({@link CpuTimeLimit}).
     *
     * @return the outcome, {@link FuzzOutcome#timeout()} past the limit
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    static FuzzOutcome run(Path file, Map<String, String> xOptions, Duration timeout) throws InterruptedException {
        return run(file, xOptions, timeout, null);
    }

    /**
     * As {@link #run(Path, Map, Duration)}; when the run is stopped at its limit, {@code afterStop}
     * (unless null) gets what it produced by the time its thread ended, on that thread.
     */
    static FuzzOutcome run(Path file, Map<String, String> xOptions, Duration timeout,
            java.util.function.Consumer<FuzzOutcome> afterStop) throws InterruptedException {
        CompletableFuture<FuzzOutcome> result = new CompletableFuture<>();
        ProgramRunner[] runner = new ProgramRunner[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        runner[0] = newRunner(file, xOptions, out, err);
        Thread thread = Thread.ofPlatform().daemon().name("jit-fuzz " + file.getFileName()).stackSize(STACK_BYTES)
                .unstarted(() -> {
                    try {
                        result.complete(runNow(runner[0], file, out, err));
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    }
                });
        thread.start();
        try {
            FuzzOutcome outcome = CpuTimeLimit.await(result,
                    () -> java.util.Arrays.asList(thread, runner[0].mainThread()), timeout);
            if (outcome != null) {
                return outcome;
            }
            runner[0].stop();
            if (afterStop != null) {
                result.thenAccept(afterStop);
            }
            // a wait in Java (not a Python one, which the stop ends) may still need the interrupt
            thread.interrupt();
            return FuzzOutcome.timeout();
        } catch (ExecutionException e) {
            // ProgramRunner turns every Throwable into an internal-error message; this is the runner's own failure.
            throw new IllegalStateException("running " + file + " failed", e.getCause());
        }
    }

    private static ProgramRunner newRunner(Path file, Map<String, String> xOptions, ByteArrayOutputStream out,
            ByteArrayOutputStream err) {
        PrintStream stdout = new PrintStream(new CappedStream(out, MAX_OUTPUT), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new CappedStream(err, MAX_OUTPUT), false, StandardCharsets.UTF_8);
        InterpreterOptions options = new InterpreterOptions(List.of(file.toString()),
                new ByteArrayInputStream(new byte[0]), stdout, stderr, xOptions);
        return new ProgramRunner(options);
    }

    private static FuzzOutcome runNow(ProgramRunner runner, Path file, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        int status = runner.runFile(file);
        runner.options().stdout().flush();
        runner.options().stderr().flush();
        return new FuzzOutcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), false);
    }

    /** Drops bytes beyond a cap, so a runaway printer shows as a difference, not an OutOfMemoryError. */
    private static final class CappedStream extends java.io.OutputStream {
        private final ByteArrayOutputStream sink;
        private final int cap;

        CappedStream(ByteArrayOutputStream sink, int cap) {
            this.sink = sink;
            this.cap = cap;
        }

        @Override
        public void write(int b) {
            if (sink.size() < cap) {
                sink.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int room = cap - sink.size();
            if (room > 0) {
                sink.write(b, off, Math.min(len, room));
            }
        }
    }
}
