package org.taipan.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time limit of a program run on a thread of its own, as a hang detector that does not
 * depend on how busy the machine is: the limit counts the run thread's CPU time, since on a
 * machine other work keeps busy a thread may get a small share of a core and a run needing
 * seconds of work take minutes of wall time. A run blocked for good uses no CPU, so a wall-time
 * bound of {@link #WALL_FACTOR} times the limit still ends it. Where the JVM does not measure
 * thread CPU time the limit is wall time.
 */
public final class CpuTimeLimit {
    /** Wall time allowed, as a multiple of the CPU-time limit. */
    public static final int WALL_FACTOR = 10;
    private static final long POLL_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isThreadCpuTimeSupported();

    private CpuTimeLimit() {}

    /**
     * Waits for {@code result}, which {@code thread} (started for this run alone) computes.
     *
     * @return the result, or null when the thread used more than {@code cpu} of CPU time or
     *     {@link #WALL_FACTOR} times that passed first
     * @throws ExecutionException when the computation failed
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static <T> T await(Future<T> result, Thread thread, Duration cpu) throws ExecutionException, InterruptedException {
        long limit = cpu.toNanos();
        long wallLimit = MEASURED ? limit * WALL_FACTOR : limit;
        long start = System.nanoTime();
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long used = MEASURED ? THREADS.getThreadCpuTime(thread.threadId()) : -1;
                if (used > limit || System.nanoTime() - start > wallLimit) {
                    return result.isDone() ? result.get() : null;
                }
            }
        }
    }

    /** How a run past the limit is described: "used more than 60 s of CPU time (or 600 s on the clock)". */
    public static String describe(Duration cpu) {
        return MEASURED ? "used more than " + cpu.toSeconds() + " s of CPU time (or " + cpu.toSeconds() * WALL_FACTOR
                + " s on the clock)" : "timed out after " + cpu.toSeconds() + " s";
    }
}
