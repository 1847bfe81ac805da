package org.taipan.frontcheck;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.taipan.cli.CheckSyntax;
import org.taipan.parse.SyntaxErrorException;

/**
 * Runs the front end on one input at a time on a big-stack worker, with a watchdog: the
 * result is success, a {@link SyntaxErrorException}, any other throwable (a bug), or a timeout
 * (a hang: the stuck worker is interrupted and abandoned, a fresh one takes over).
 *
 * <p>The watchdog counts the worker's own CPU time, not time on the clock: on a machine that other
 * work keeps busy a thread may get a small share of a core, and an input that needs a few seconds
 * of work would take minutes of wall time. Where the JVM cannot measure a thread's CPU time, the
 * limit applies to wall time.
 */
final class GuardedRunner implements AutoCloseable {
    /** What one input gave. Exactly one of {@code error}, {@code internal} is set, or neither for success. */
    record Result(SyntaxErrorException error, Throwable internal, boolean timedOut) {
        boolean ok() {
            return error == null && internal == null && !timedOut;
        }

        String describe() {
            if (timedOut) {
                return "TIMEOUT";
            }
            if (internal != null) {
                return "INTERNAL " + internal;
            }
            return error == null ? "OK" : error.kind.pythonName + ": " + error.msg;
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long POLL_MILLIS = 200;
    private static final boolean THREAD_CPU = java.lang.management.ManagementFactory.getThreadMXBean()
            .isThreadCpuTimeSupported();
    private final CheckSyntax.FrontEnd frontEnd;
    private ExecutorService worker;

    GuardedRunner(CheckSyntax.FrontEnd frontEnd) {
        this.frontEnd = frontEnd;
        this.worker = newWorker();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "frontcheck-" + THREADS.incrementAndGet(), CheckSyntax.STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Compiles {@code data}; a timeout when the worker spent more than {@code cpuLimit} of CPU time
     * on it (of wall time where thread CPU time is not measured).
     */
    Result run(byte[] data, String filename, Duration cpuLimit) {
        Thread[] runner = new Thread[1];
        long[] cpuAtStart = {-1};
        Future<Result> f = worker.submit(() -> {
            synchronized (runner) {
                runner[0] = Thread.currentThread();
                cpuAtStart[0] = cpuTime(runner[0]);
            }
            try {
                frontEnd.compile(data, filename);
                return new Result(null, null, false);
            } catch (SyntaxErrorException e) {
                return new Result(e, null, false);
            } catch (Throwable t) {
                return new Result(null, t, false);
            }
        });
        long limit = cpuLimit.toNanos();
        long wallStart = System.nanoTime();
        try {
            while (true) {
                try {
                    return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long used;
                    synchronized (runner) {
                        long now = runner[0] == null ? -1 : cpuTime(runner[0]);
                        used = now < 0 || cpuAtStart[0] < 0 ? System.nanoTime() - wallStart : now - cpuAtStart[0];
                    }
                    if (used > limit) {
                        f.cancel(true);
                        worker.shutdownNow();
                        worker = newWorker();
                        return new Result(null, null, true);
                    }
                }
            }
        } catch (ExecutionException e) {
            return new Result(null, e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, e, false);
        }
    }

    /** The CPU time {@code t} has used, in nanoseconds, or -1 when the JVM does not measure it. */
    private static long cpuTime(Thread t) {
        return THREAD_CPU ? java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(t.threadId()) : -1;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
