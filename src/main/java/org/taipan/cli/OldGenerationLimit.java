package org.taipan.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * A soft limit on the old generation of the launcher's JVM: when a young collection leaves the
 * old generation above the limit, a full collection runs, and the limit becomes a multiple of
 * what survived it.
 *
 * <p>Why: the serial collector (the launcher's {@code -XX:+UseSerialGC}) grows its old generation
 * to hold whatever young collections promote and collects it only when the maximum heap (a
 * quarter of the machine's memory) is reached. A program whose objects live a little while and
 * then die (bench/float_objects.py: 300,000 points per round, five rounds) so kept every round's
 * dead points and reached 430 MB of memory where 100 MB of heap would hold its live data. CPython
 * frees them when their last reference goes; this brings the JVM near that, as CPython's own cyclic
 * collector bounds its garbage by generation thresholds ({@code gcmodule.c}'s
 * {@code gc_collect_generations}).
 *
 * <p>How: the JVM checks a memory pool's usage threshold after every collection
 * ({@link MemoryPoolMXBean#setUsageThreshold}) and notifies {@link java.lang.management.MemoryMXBean}'s
 * listeners on its notification thread; the listener asks for a full collection
 * ({@link System#gc}, synchronous under the serial collector) and sets the next threshold from the
 * old generation's usage after it. The heap then shrinks back by {@code -XX:MaxHeapFreeRatio}.
 *
 * <p>Installed only by the command-line launcher ({@link Main}): an application embedding Taipan
 * keeps its own JVM's collection policy. Does nothing when no heap pool supports usage thresholds
 * under a name that marks an old generation (another collector chosen by {@code TAIPAN_JAVA_OPTS}).
 */
public final class OldGenerationLimit implements NotificationListener {

    /** The least limit, in bytes: a program whose old generation stays under it never pays a full collection. */
    static final long FLOOR_BYTES = 48L << 20;

    /** The next limit is this multiple of the old generation's usage after a full collection. */
    static final long GROWTH = 2;

    private final MemoryPoolMXBean oldGeneration;

    private OldGenerationLimit(MemoryPoolMXBean oldGeneration) {
        this.oldGeneration = oldGeneration;
    }

    /**
     * Installs the limit on this JVM's old generation, if it has one with usage thresholds.
     * Never throws: a JVM without the management classes or pools runs without the limit.
     */
    static void install() {
        try {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()
                        && isOldGeneration(pool.getName())) {
                    OldGenerationLimit limit = new OldGenerationLimit(pool);
                    pool.setUsageThreshold(FLOOR_BYTES);
                    ((NotificationEmitter) ManagementFactory.getMemoryMXBean())
                            .addNotificationListener(limit, null, null);
                    return;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no management support: the JVM's own policy applies
        }
    }

    /** True for the names HotSpot gives an old generation ("Tenured Gen" under the serial collector). */
    static boolean isOldGeneration(String poolName) {
        return poolName.contains("Tenured") || poolName.contains("Old Gen");
    }

    /**
     * Runs on the JVM's notification thread after a collection left the old generation above the
     * threshold: collects fully and raises the threshold to {@link #GROWTH} times what survived.
     */
    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            return;
        }
        System.gc();
        java.lang.management.MemoryUsage usage = oldGeneration.getUsage();
        long next = nextThreshold(usage.getUsed());
        if (usage.getMax() >= 0 && next > usage.getMax()) {
            // near the maximum heap the threshold may not pass it (setUsageThreshold refuses):
            // the JVM's own full collections take over from here
            next = usage.getMax();
        }
        oldGeneration.setUsageThreshold(next);
    }

    /**
     * The old generation's next limit in bytes, given its usage in bytes ({@code >= 0}) after a
     * full collection: {@link #GROWTH} times that, never under {@link #FLOOR_BYTES}.
     */
    static long nextThreshold(long liveBytes) {
        return Math.max(FLOOR_BYTES, liveBytes * GROWTH);
    }
}
