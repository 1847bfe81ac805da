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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * Runs one program file in this JVM in a fresh interpreter with given {@code -X} options, as the
 * differential harness does: {@code sys.argv} is the file name, stdin is empty, stdout and
 * stderr are captured. The run gets its own thread with a big stack (deep recursion) and a time
 * limit; a run past the limit is interrupted and abandoned (its daemon thread is left behind).
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
     * Runs {@code file} and waits for it at most {@code timeout}.
     *
     * @return the outcome, {@link FuzzOutcome#timeout()} past the limit
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    static FuzzOutcome run(Path file, Map<String, String> xOptions, Duration timeout) throws InterruptedException {
        CompletableFuture<FuzzOutcome> result = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().daemon().name("jit-fuzz " + file.getFileName()).stackSize(STACK_BYTES)
                .unstarted(() -> {
                    try {
                        result.complete(runNow(file, xOptions));
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    }
                });
        thread.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            return FuzzOutcome.timeout();
        } catch (ExecutionException e) {
            // ProgramRunner turns every Throwable into an internal-error message; this is the runner's own failure.
            throw new IllegalStateException("running " + file + " failed", e.getCause());
        }
    }

    private static FuzzOutcome runNow(Path file, Map<String, String> xOptions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(new CappedStream(out, MAX_OUTPUT), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new CappedStream(err, MAX_OUTPUT), false, StandardCharsets.UTF_8);
        InterpreterOptions options = new InterpreterOptions(List.of(file.toString()),
                new ByteArrayInputStream(new byte[0]), stdout, stderr, xOptions);
        int status = new ProgramRunner(options).runFile(file);
        stdout.flush();
        stderr.flush();
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
