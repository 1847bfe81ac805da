package org.taipan.modules.signal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.taipan.runtime.PendingEvents;
import org.taipan.runtime.Signals;

/**
 * {@code ITIMER_REAL} of one interpreter ({@code alarm}, {@code setitimer}/{@code getitimer}):
 * a JVM timer that trips SIGALRM in the interpreter, once or every {@code interval} seconds.
 * It does not send a process signal, so an alarm whose handler is SIG_DFL does not end the
 * program as CPython's would (the handler table decides, and SIG_DFL does nothing).
 */
final class RealTimer {
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "taipan-itimer");
        t.setDaemon(true);
        return t;
    });

    private final PendingEvents events;
    private ScheduledFuture<?> pending;
    private long deadline;
    private long intervalNanos;

    RealTimer(PendingEvents events) {
        this.events = events;
    }

    /**
     * Sets the timer (0 disarms it).
     *
     * @return the previous (seconds left, interval)
     */
    synchronized double[] set(double seconds, double interval) {
        double[] old = get();
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        intervalNanos = (long) (interval * 1e9);
        if (seconds > 0) {
            long delay = Math.max(1, (long) (seconds * 1e9));
            deadline = System.nanoTime() + delay;
            pending = intervalNanos > 0
                    ? CLOCK.scheduleAtFixedRate(this::fire, delay, intervalNanos, TimeUnit.NANOSECONDS)
                    : CLOCK.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
        } else {
            intervalNanos = 0;
        }
        return old;
    }

    /** The (seconds left, interval) of the timer; (0, 0) when disarmed. */
    synchronized double[] get() {
        if (pending == null || pending.isDone()) {
            return new double[] {0.0, 0.0};
        }
        long left = Math.max(0, deadline - System.nanoTime());
        return new double[] {left / 1e9, intervalNanos / 1e9};
    }

    private synchronized void fire() {
        if (intervalNanos > 0) {
            deadline = System.nanoTime() + intervalNanos;
        }
        events.trip(Signals.SIGALRM);
    }
}
