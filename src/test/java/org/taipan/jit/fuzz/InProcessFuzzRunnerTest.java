package org.taipan.jit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run past its time limit is stopped, not just abandoned: its threads end though the program
 * catches everything (in traced code too: its loops are traced before it goes endless), it
 * stops quietly, and the next run is unaffected. No timing is asserted: the limit only decides
 * when the stop is asked for, and the threads get minutes to end.
 */
class InProcessFuzzRunnerTest {
    private static final long ENDS_WITHIN_SECONDS = 300;
    /** The run's CPU time before it is stopped: start-up and the bounded warm-up take a fraction of it. */
    private static final Duration LIMIT = Duration.ofSeconds(1);

    @Test
    void aTimedOutRunStopsAndTheNextRunsNormally(@TempDir Path dir) throws Exception {
        Path endless = dir.resolve("endless_catch_all.py");
        Files.writeString(endless, """
                import _thread
                def spin(limit):
                    while True:
                        try:
                            n = 0
                            while n != limit:
                                n += 1
                            return n
                        except BaseException:
                            pass
                # bounded first, so that with the JIT on both loops run as traces when the stop comes
                spin(20000)
                _thread.start_new_thread(spin, (-1,))
                while True:
                    try:
                        spin(-1)
                    except BaseException:
                        pass
                    finally:
                        pass
                """);
        for (var options : List.of(InProcessFuzzRunner.JIT_OFF, InProcessFuzzRunner.JIT_FORCED)) {
            java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
            java.util.concurrent.CompletableFuture<FuzzOutcome> stopped = new java.util.concurrent.CompletableFuture<>();
            FuzzOutcome stuck = InProcessFuzzRunner.run(endless, options, LIMIT, stopped::complete);
            assertTrue(stuck.timedOut());
            FuzzOutcome ended = stopped.get(ENDS_WITHIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            // (its status is ProgramRunner.STOPPED_STATUS, or 130 when the runner's interrupt ends
            // the wait for the main thread first)
            assertEquals("", ended.stderr(), "a stopped run ends quietly");
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                // the run's own thread, and the thread the program started
                if (t.getName().equals("jit-fuzz " + endless.getFileName())
                        || t.getName().equals("python-thread") && !before.contains(t)) {
                    t.join(Duration.ofSeconds(ENDS_WITHIN_SECONDS));
                    assertFalse(t.isAlive(), "the timed-out run's thread still runs: " + List.of(t.getStackTrace()));
                }
            }
        }
        Path plain = dir.resolve("plain.py");
        Files.writeString(plain, """
                total = 0
                for i in range(3000):
                    total += i
                print(total)
                """);
        FuzzOutcome next = InProcessFuzzRunner.run(plain, InProcessFuzzRunner.JIT_FORCED, Duration.ofSeconds(ENDS_WITHIN_SECONDS));
        assertFalse(next.timedOut());
        assertEquals(0, next.status(), next.stderr());
        assertEquals("4498500\n", next.stdout());
    }
}
