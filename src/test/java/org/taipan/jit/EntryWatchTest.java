package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch before a loop's first recording ({@code Jit.watchEntries}): a loop that tier 1 sees
 * run too few iterations per entry is never recorded, unless another loop of its function
 * encloses it (an outer trace may call it) or the threshold is below the default (the tests'
 * threshold-1 mode records every loop); a loop with long entries is recorded as before.
 */
class EntryWatchTest {
    private static String run(Path dir, int threshold, String program, String expectedOut) throws Exception {
        return BridgesTest.run(dir, threshold, program, expectedOut);
    }

    /** Whether the log has a trace of the loop at {@code line} of function {@code function}. */
    private static boolean traced(String log, int line, String function) {
        return Pattern.compile("\n\\[trace \\d+\\] loop at [^\n]*:" + line + " in " + Pattern.quote(function) + " ")
                .matcher(log).find();
    }

    private static boolean refusedAsShort(String log, int line, String function) {
        return Pattern.compile("\n\\[abort\\] loop at [^\n]*:" + line + " in " + Pattern.quote(function) + ": "
                + Pattern.quote(Jit.SHORT_PER_ENTRY)).matcher(log).find();
    }

    /** {@code f}'s loop (line 3) runs {@code items} iterations per call; the caller calls it from a loop of its own. */
    private static String calls(int items, int calls) {
        return """
                def f(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                def main():
                    xs = list(range(%d))
                    total = 0
                    for k in range(%d):
                        total += f(xs)
                    print(total)
                main()
                """.formatted(items, calls);
    }

    @Test
    void aLoopOfTwoIterationsPerCallIsNotRecorded(@TempDir Path dir) throws Exception {
        String log = run(dir, Jit.DEFAULT_THRESHOLD, calls(2, 20000), "20000\n");
        assertTrue(refusedAsShort(log, 3, "f"), log);
        assertFalse(traced(log, 3, "f"), log);
        // the caller's loop is still traced (f's loop unrolled into it, as a loop closed as short is)
        assertTrue(traced(log, 9, "main"), log);
    }

    @Test
    void aShortLoopThatStaysShortIsWatchedAgainButNeverRecorded(@TempDir Path dir) throws Exception {
        // 2 iterations per call, 200,000 calls from map (no trace to unroll the loop into): watched
        // again after 2^16 back jumps and after twice that, still short each time, and logged once
        String program = """
                def f(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                print(sum(map(f, [[0, 1]] * 200000)))
                """;
        String log = run(dir, Jit.DEFAULT_THRESHOLD, program, "200000\n");
        assertFalse(traced(log, 3, "f"), log);
        String abort = "[abort] loop at <string>:3 in f: " + Jit.SHORT_PER_ENTRY;
        assertTrue(log.indexOf(abort) >= 0 && log.indexOf(abort) == log.lastIndexOf(abort), log);
    }

    @Test
    void aLoopFoundShortIsRecordedOnceItsEntriesGrowLong(@TempDir Path dir) throws Exception {
        // first 1-item lists (found short per entry), then 300-item ones: a phase change
        String program = """
                def f(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                def main():
                    total = 0
                    short = [1]
                    for k in range(20000):
                        total += f(short)
                    long_ = list(range(300))
                    for k in range(600):
                        total += f(long_)
                    print(total)
                main()
                """;
        String log = run(dir, Jit.DEFAULT_THRESHOLD, program, (20000 + 600 * 44850) + "\n");
        assertTrue(refusedAsShort(log, 3, "f"), log);
        assertTrue(traced(log, 3, "f"), log);
    }

    @Test
    void aLoopWithLongEntriesIsRecorded(@TempDir Path dir) throws Exception {
        String log = run(dir, Jit.DEFAULT_THRESHOLD, calls(50, 200), String.valueOf(1225 * 200) + "\n");
        assertFalse(refusedAsShort(log, 3, "f"), log);
        assertTrue(traced(log, 3, "f"), log);
    }

    @Test
    void aShortLoopNestedInAnotherLoopOfItsFunctionIsStillRecorded(@TempDir Path dir) throws Exception {
        String program = """
                def main():
                    xs = [1, 2]
                    total = 0
                    for k in range(20000):
                        for x in xs:
                            total += x
                    print(total)
                main()
                """;
        String log = run(dir, Jit.DEFAULT_THRESHOLD, program, "60000\n");
        assertFalse(refusedAsShort(log, 5, "main"), log);
        assertTrue(traced(log, 5, "main"), log);
    }

    @Test
    void belowTheDefaultThresholdEveryLoopIsRecorded(@TempDir Path dir) throws Exception {
        String log = run(dir, 1, calls(2, 2000), "2000\n");
        assertFalse(refusedAsShort(log, 3, "f"), log);
        assertTrue(traced(log, 3, "f"), log);
    }
}
