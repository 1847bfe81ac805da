package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The "never slower" verdicts of {@link EntryStats}: which traces are kept, re-recorded or given up. */
class EntryStatsTest {
    /** Reports {@code n} identical entries; the verdict of the last one. */
    private static EntryStats.Verdict enter(EntryStats s, int n, long iterations, boolean wasted, boolean atLoopEnd) {
        EntryStats.Verdict v = EntryStats.Verdict.KEEP;
        for (int i = 0; i < n; i++) {
            v = s.entered(iterations, wasted, atLoopEnd);
            if (i < n - 1) {
                assertEquals(EntryStats.Verdict.KEEP, v, "only the end of a window decides");
            }
        }
        return v;
    }

    @Test
    void longRunningEntriesAreKept() {
        EntryStats s = new EntryStats();
        assertEquals(EntryStats.Verdict.KEEP, enter(s, EntryStats.WINDOW, 100, false, false));
        assertEquals(100.0, s.average());
        assertEquals(EntryStats.Verdict.KEEP, windows(s, 3 * EntryStats.DECAY, 100, false, true));
    }

    /** The verdicts of {@code windows} windows of identical entries, the last one's returned. */
    private static EntryStats.Verdict windows(EntryStats s, int windows, long iterations, boolean wasted, boolean atLoopEnd) {
        for (int w = 1; w < windows; w++) {
            assertEquals(EntryStats.Verdict.KEEP, enter(s, EntryStats.WINDOW, iterations, wasted, atLoopEnd), "window " + w);
        }
        return enter(s, EntryStats.WINDOW, iterations, wasted, atLoopEnd);
    }

    @Test
    void aShortLoopIsClosed() {
        // a 2-item for loop: tier 1 runs the first item, the trace the second, then the iterator ends it
        EntryStats s = new EntryStats();
        assertEquals(EntryStats.Verdict.CLOSE, windows(s, EntryStats.DECAY, 1, false, true));
    }

    @Test
    void entriesEndingTheLoopAtOnceCloseIt() {
        EntryStats s = new EntryStats();
        assertEquals(EntryStats.Verdict.CLOSE, windows(s, EntryStats.DECAY, 0, true, true));
    }

    @Test
    void rareLongEntriesPayForManyShortOnes() {
        // one 60-iteration entry per 31 one-iteration entries: 91 iterations per 32 entries
        EntryStats s = new EntryStats();
        for (int w = 0; w < 3 * EntryStats.DECAY; w++) {
            assertEquals(EntryStats.Verdict.KEEP, enter(s, EntryStats.WINDOW - 1, 1, false, true));
            assertEquals(EntryStats.Verdict.KEEP, s.entered(60, false, true), "window " + w);
        }
    }

    @Test
    void entriesWastedOnTheWrongPathReRecord() {
        EntryStats s = new EntryStats();
        assertEquals(EntryStats.Verdict.RERECORD, enter(s, EntryStats.WINDOW, 0, true, false));
    }

    @Test
    void aUsefulTraceSurvivesSomeShortWindowsThenGoes() {
        EntryStats s = new EntryStats();
        enter(s, EntryStats.WINDOW, 80, false, false);
        // deltablue's 2-step plans between 100-step ones: kept for several windows
        for (int w = 0; w < 4; w++) {
            assertEquals(EntryStats.Verdict.KEEP, enter(s, EntryStats.WINDOW, 0, true, true), "window " + w);
        }
        EntryStats.Verdict v = EntryStats.Verdict.KEEP;
        int windows = 0;
        while (v == EntryStats.Verdict.KEEP && windows < 100) {
            v = enter(s, EntryStats.WINDOW, 0, true, false);
            windows++;
        }
        // a phase change that makes every entry exit on another path is noticed, later
        assertEquals(EntryStats.Verdict.RERECORD, v);
        assertEquals(true, windows < 20, "windows until re-recorded: " + windows);
    }
    @Test
    void exitsGrowingBridgesCountAsEntriesNotAsWaste() {
        // richards' scheduler: most entries leave at exits still growing their bridges, a few at
        // exits where none can grow; the window's waste is a minority, not 32 of 32
        EntryStats s = new EntryStats();
        for (int w = 0; w < 3 * EntryStats.DECAY; w++) {
            for (int k = 0; k < EntryStats.WINDOW - 1; k++) {
                EntryStats.Verdict v = k % 3 == 0 ? s.entered(0, true, false) : s.growing();
                assertEquals(EntryStats.Verdict.KEEP, v);
            }
            assertEquals(EntryStats.Verdict.KEEP, s.growing(), "window " + w);
        }
    }

    @Test
    void aTreeStillGrowingIsNotClosed() {
        // one-iteration entries ending the loop would close a finished trace after DECAY windows;
        // while some entries still leave at growing exits, the tree is not judged
        EntryStats s = new EntryStats();
        for (int w = 0; w < 3 * EntryStats.DECAY; w++) {
            assertEquals(EntryStats.Verdict.KEEP, enter(s, EntryStats.WINDOW - 1, 1, false, true));
            assertEquals(EntryStats.Verdict.KEEP, s.growing(), "window " + w);
        }
        // grown: the same short entries now close it
        assertEquals(EntryStats.Verdict.CLOSE, enter(s, EntryStats.WINDOW, 1, false, true));
    }

    @Test
    void growingEntriesLeaveTheAverageAlone() {
        EntryStats s = new EntryStats();
        for (int k = 0; k < EntryStats.WINDOW / 2; k++) {
            s.entered(10, false, false);
            s.growing();
        }
        assertEquals(10.0, s.average());
    }

    @Test
    void mostEntriesWastedWhileGrowingStillReRecord() {
        // a trace recorded on a rare path: its bridge is growing, but most entries find no path at all
        EntryStats s = new EntryStats();
        for (int k = 0; k < EntryStats.WINDOW - 8; k++) {
            s.entered(0, true, false);
        }
        EntryStats.Verdict v = EntryStats.Verdict.KEEP;
        for (int k = 0; k < 8; k++) {
            v = s.growing();
        }
        assertEquals(EntryStats.Verdict.RERECORD, v);
    }
}
