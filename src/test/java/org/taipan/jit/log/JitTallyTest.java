package org.taipan.jit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JitTally}'s per-exit counters: looked up by trace id and exit index, they count what the
 * maps counted, for ids and indexes the JIT makes and for those it never does (negative, huge, a
 * trace not compiled yet).
 */
class JitTallyTest {
    @Test
    void exitsAndEntriesAreCountedPerTraceAndPerExit() {
        JitTally t = new JitTally();
        t.compiled(0, null, null, 3, 1, 0);
        t.compiled(1, null, null, 2, 2, 0);
        for (int k = 0; k < 5; k++) {
            t.exitTaken(0, 2, null);
        }
        t.exitTaken(0, 7, null);
        t.exitTaken(1, 0, null);
        t.exitTaken(1, 0, null);
        t.traceRan(0, 10);
        t.traceRan(0, -1);
        assertEquals(8, t.exitsTaken);
        assertEquals(6, t.traces.get(0).exits);
        assertEquals(2, t.traces.get(1).exits);
        assertEquals(2, t.traces.get(0).entries);
        assertEquals(10, t.traces.get(0).iterations);
        List<JitTally.ExitStats> hot = t.hottestExits(10);
        assertEquals(List.of("0/2=5", "1/0=2", "0/7=1"), hot.stream().map(e -> e.traceId + "/" + e.exitIndex + "=" + e.count).toList());
    }

    @Test
    void tiesKeepTheOrderFirstTaken() {
        JitTally t = new JitTally();
        t.compiled(0, null, null, 0, 0, 0);
        t.exitTaken(0, 9, null);
        t.exitTaken(0, 1, null);
        t.exitTaken(0, 4, null);
        assertEquals(List.of(9, 1, 4), t.hottestExits(10).stream().map(e -> e.exitIndex).toList());
    }

    @Test
    void idsAndIndexesTheJitNeverMakesAreCountedAsBefore() {
        JitTally t = new JitTally();
        // an exit reported before its trace was compiled, then after
        t.exitTaken(3, 1, null);
        t.compiled(3, null, null, 0, 0, 0);
        t.exitTaken(3, 1, null);
        // a negative and a huge exit index of a compiled trace, a negative and a huge trace id
        t.exitTaken(3, -1, null);
        t.exitTaken(3, Integer.MAX_VALUE, null);
        t.compiled(-5, null, null, 0, 0, 0);
        t.exitTaken(-5, 0, null);
        t.traceRan(-5, 4);
        t.compiled(50_000_000, null, null, 0, 0, 0);
        t.exitTaken(50_000_000, 2, null);
        assertEquals(6, t.exitsTaken);
        assertEquals(3, t.traces.get(3).exits);
        assertEquals(1, t.traces.get(-5).exits);
        assertEquals(1, t.traces.get(-5).entries);
        assertEquals(1, t.traces.get(50_000_000).exits);
        assertEquals(2, t.exits.get((3L << 32) | 1).count);
        assertEquals(1, t.exits.get((3L << 32) | (Integer.MAX_VALUE & 0xFFFFFFFFL)).count);
    }
}
