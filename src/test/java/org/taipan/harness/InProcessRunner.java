package org.taipan.harness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;

/**
 * Runs programs in this JVM, each in a fresh interpreter through {@link ProgramRunner} (the
 * command line's own path), as CPython ran them for the expected files: {@code sys.argv} is the
 * file name, stdin is empty, stdout and stderr are captured as bytes.
 *
 * <p>Runs are started as soon as they are submitted, at most {@code parallelism} at a time, each
 * on its own thread with a big stack (the front end recurses). A run that exceeds its time limit
 * ({@link CpuTimeLimit}: CPU time of the run's thread, so a loaded machine does not trip it)
 * is abandoned: it is stopped ({@link ProgramRunner#stop}: its threads end at their next check,
 * whatever the program catches), its thread interrupted and not waited for, and its slot goes to
 * the next run, so one endless loop cannot stall the suite.
 */
final class InProcessRunner {
    /** Cap on captured output per stream: a runaway printer must not exhaust the heap. */
    static final int MAX_OUTPUT_BYTES = 16 << 20;
    private static final long STACK_BYTES = 512L << 20;

    private final Semaphore slots;
    private final Duration timeout;

    private final BlockingQueue<Runnable> pending = new LinkedBlockingQueue<>();

    InProcessRunner(int parallelism, Duration timeout) {
        this.slots = new Semaphore(parallelism);
        this.timeout = timeout;
        Thread.ofPlatform().daemon().name("harness dispatcher").start(this::dispatch);
    }

    /** A submitted run; {@link #await()} gives its outcome. */
    final class Run {
        private final CompletableFuture<Outcome> result = new CompletableFuture<>();
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicBoolean slotReleased = new AtomicBoolean();
        private volatile Thread thread;
        private volatile ProgramRunner runner;

        /**
         * Waits for the run, at most the time limit ({@link CpuTimeLimit}: the run's CPU time).
         *
         * @return the outcome, or null when the run timed out
         */
        Outcome await() throws InterruptedException {
            started.await();
            try {
                Outcome outcome = CpuTimeLimit.await(result, this::threads, timeout);
                if (outcome != null) {
                    return outcome;
                }
                releaseSlot();
                ProgramRunner r = runner;
                if (r != null) {
                    r.stop();
                }
                thread.interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("the harness failed running a program", e.getCause());
            }
        }

        /** The run's threads: the harness's, and its interpreter's main thread once started. */
        List<Thread> threads() {
            ProgramRunner r = runner;
            return Arrays.asList(thread, r == null ? null : r.mainThread());
        }

        private void releaseSlot() {
            if (slotReleased.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }

    /** Starts running {@code program} with {@code xOptions} as soon as a slot is free, in submission order. */
    Run submit(PythonProgram program, Map<String, String> xOptions) {
        Run run = new Run();
        pending.add(() -> start(run, program, xOptions));
        return run;
    }

    /** The dispatcher: starts each pending run when a slot frees. */
    private void dispatch() {
        while (true) {
            Runnable next;
            try {
                next = pending.take();
                slots.acquire();
            } catch (InterruptedException e) {
                return;
            }
            next.run();
        }
    }

    private void start(Run run, PythonProgram program, Map<String, String> xOptions) {
        run.thread = Thread.ofPlatform().daemon().name("harness " + program.relativePath())
                .stackSize(STACK_BYTES).unstarted(() -> {
                    long wall = System.nanoTime();
                    try {
                        run.result.complete(runNow(program, xOptions, r -> run.runner = r));
                    } catch (Throwable t) {
                        run.result.completeExceptionally(t);
                    } finally {
                        RunTimes.record(program, xOptions, System.nanoTime() - wall);
                        // the suite's test list keeps every Run to its end: a finished run must not
                        // keep its interpreter (and all that program's objects) reachable
                        run.runner = null;
                        run.releaseSlot();
                    }
                });
        run.thread.start();
        run.started.countDown();
    }

    /** Runs {@code program} on the calling thread. */
    static Outcome runNow(PythonProgram program, Map<String, String> xOptions) {
        return runNow(program, xOptions, r -> { });
    }

    /** Runs {@code program} on the calling thread, handing its runner to {@code started} first (to stop it). */
    static Outcome runNow(PythonProgram program, Map<String, String> xOptions,
            java.util.function.Consumer<ProgramRunner> started) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(new Capped(out), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new Capped(err), false, StandardCharsets.UTF_8);
        InterpreterOptions options = new InterpreterOptions(List.of(program.fileName()),
                new ByteArrayInputStream(new byte[0]), stdout, stderr, xOptions);
        ProgramRunner runner = new ProgramRunner(options);
        started.accept(runner);
        int status = runner.runFile(program.file());
        stdout.flush();
        stderr.flush();
        return new Outcome(status, out.toByteArray(), withDirPlaceholder(err.toString(StandardCharsets.UTF_8), program));
    }

    /** Stderr as the expected files store it: the program's directory written {@code {dir}}. */
    static String withDirPlaceholder(String stderr, PythonProgram program) {
        return stderr.replace(program.directory().toString(), "{dir}");
    }

    /** Drops what goes beyond {@link #MAX_OUTPUT_BYTES}, so the cap shows as a difference. */
    private static final class Capped extends OutputStream {
        private final ByteArrayOutputStream sink;

        Capped(ByteArrayOutputStream sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) {
            if (sink.size() < MAX_OUTPUT_BYTES) {
                sink.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int room = MAX_OUTPUT_BYTES - sink.size();
            if (room > 0) {
                sink.write(b, off, Math.min(len, room));
            }
        }
    }
}
