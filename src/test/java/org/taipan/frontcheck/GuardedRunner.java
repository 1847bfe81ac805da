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

    Result run(byte[] data, String filename, Duration timeout) {
        Future<Result> f = worker.submit(() -> {
            try {
                frontEnd.compile(data, filename);
                return new Result(null, null, false);
            } catch (SyntaxErrorException e) {
                return new Result(e, null, false);
            } catch (Throwable t) {
                return new Result(null, t, false);
            }
        });
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Result(null, null, true);
        } catch (ExecutionException e) {
            return new Result(null, e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, e, false);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
