package org.taipan.modules.time;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;

/**
 * The clocks behind {@code time}: wall time from {@link Instant}, CPU times from the JVM's
 * management beans, and {@code sleep}, which releases the GIL and which Ctrl-C interrupts.
 */
final class Clocks {
    private Clocks() {}

    /** {@code CLOCK_REALTIME} in nanoseconds since the epoch. */
    static long realtimeNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** {@code CLOCK_PROCESS_CPUTIME_ID}: CPU time of the whole process (all JVM threads). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }

    /** {@code CLOCK_THREAD_CPUTIME_ID}: CPU time of the calling thread. */
    static long threadCpuNanos() {
        long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return t >= 0 ? t : System.nanoTime();
    }

    /**
     * {@code _PyTime_FromSecondsObject} for {@code sleep}: an int or float number of seconds in
     * nanoseconds, rounded towards +inf as CPython's {@code _PyTime_ROUND_TIMEOUT}.
     *
     * @throws org.taipan.runtime.PyException ValueError for NaN or a negative length, OverflowError,
     *     TypeError for a non-number
     */
    static long sleepNanos(PyObject o) {
        long ns = org.taipan.runtime.PyTime.fromSecondsObject(o);
        if (ns < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        return ns;
    }

    /** Sleeps {@code nanos} without the GIL; Ctrl-C interrupts the sleep (threads' {@code Blocking.sleep}). */
    static void sleep(long nanos) {
        org.taipan.runtime.Blocking.sleep(nanos);
    }
}
