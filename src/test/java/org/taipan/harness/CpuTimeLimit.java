package org.taipan.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The time limit of a program run on a thread of its own, as a hang detector that does not
 * depend on how busy the machine is: the limit counts the run thread's CPU time, since on a
 * machine other work keeps busy a thread may get a small share of a core and a run needing
 * seconds of work take minutes of wall time. A run blocked for good uses no CPU, so a wall-time
 * bound of {@link #WALL_FACTOR} times the limit still ends it. Where the JVM does not measure
 * thread CPU time the limit is wall time. A run's threads are the one the host started and the
 * interpreter's main thread, which runs {@code __main__}.
 */
public final class CpuTimeLimit {
    /** Wall time allowed, as a multiple of the CPU-time limit. */
    public static final int WALL_FACTOR = 10;
    private static final long POLL_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isThreadCpuTimeSupported();

    private CpuTimeLimit() {}

    /**
     * Waits for {@code result}, which {@code threads} (started for this run alone) compute.
     *
     * @param threads the run's threads now (a run may start more as it goes: its interpreter's
     *     main thread); nulls are ignored
     * @return the result, or null when the threads used more than {@code cpu} of CPU time or
     *     {@link #WALL_FACTOR} times that passed first
     * @throws ExecutionException when the computation failed
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static <T> T await(Future<T> result, Supplier<List<Thread>> threads, Duration cpu)
            throws ExecutionException, InterruptedException {
        long limit = cpu.toNanos();
        long wallLimit = MEASURED ? limit * WALL_FACTOR : limit;
        long start = System.nanoTime();
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long used = MEASURED ? cpuNanos(threads.get()) : -1;
                if (used > limit || System.nanoTime() - start > wallLimit) {
                    return result.isDone() ? result.get() : null;
                }
            }
        }
    }

    /** CPU time {@code threads} have used, in nanoseconds (0 for nulls, ended threads, or where the JVM does not measure it). */
    public static long cpuNanos(List<Thread> threads) {
        long sum = 0;
        for (Thread t : threads) {
            if (t != null && MEASURED) {
                sum += Math.max(0, THREADS.getThreadCpuTime(t.threadId()));
            }
        }
        return sum;
    }

    /** How a run past the limit is described: "used more than 60 s of CPU time (or 600 s on the clock)". */
    public static String describe(Duration cpu) {
        return MEASURED ? "used more than " + cpu.toSeconds() + " s of CPU time (or " + cpu.toSeconds() * WALL_FACTOR
                + " s on the clock)" : "timed out after " + cpu.toSeconds() + " s";
    }
}
