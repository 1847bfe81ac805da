package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.jupiter.api.Test;

/** The launcher's soft limit on the old generation: which pool it watches, how the limit moves. */
class OldGenerationLimitTest {

    @Test
    void findsTheOldGenerationOfThisJvmsCollector() {
        long oldHeapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
                .map(MemoryPoolMXBean::getName)
                .filter(OldGenerationLimit::isOldGeneration)
                .count();
        assertEquals(1, oldHeapPools, "one old-generation heap pool with usage thresholds");
    }

    @Test
    void recognisesHotSpotsOldGenerationNames() {
        assertTrue(OldGenerationLimit.isOldGeneration("Tenured Gen"));
        assertTrue(OldGenerationLimit.isOldGeneration("G1 Old Gen"));
        assertTrue(OldGenerationLimit.isOldGeneration("PS Old Gen"));
        assertFalse(OldGenerationLimit.isOldGeneration("Eden Space"));
        assertFalse(OldGenerationLimit.isOldGeneration("Survivor Space"));
    }

    @Test
    void nextLimitIsAMultipleOfWhatSurvivedButNeverUnderTheFloor() {
        assertEquals(OldGenerationLimit.FLOOR_BYTES, OldGenerationLimit.nextThreshold(0));
        assertEquals(OldGenerationLimit.FLOOR_BYTES, OldGenerationLimit.nextThreshold(1L << 20));
        assertEquals(200L << 20, OldGenerationLimit.nextThreshold(100L << 20));
    }
}
