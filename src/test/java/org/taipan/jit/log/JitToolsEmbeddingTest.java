package org.taipan.jit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.embed.PythonInterpreter;

/** The embedding builder's {@code jitLog}/{@code jitStats}: the summaries are written when the interpreter is closed, once. */
class JitToolsEmbeddingTest {
    @Test
    void closingWritesTheStatsAndTheLogSummary(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = dir.resolve("jit.log");
        PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).jitStats().jitLog(log.toString()).build();
        py.exec("print('program output')");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        py.close();
        py.close();
        String stats = err.toString(StandardCharsets.UTF_8);
        assertTrue(stats.startsWith("Taipan JIT stats:\n  traces compiled:   0 (bridges 0, invalidated 0)\n"), stats);
        assertEquals(1, stats.split("Taipan JIT stats:").length - 1, stats);
        assertEquals("program output\n", out.toString(StandardCharsets.UTF_8));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Taipan JIT log") && text.endsWith("  exits taken: 0\n  tier-2 share: no loop ran\n[end]\n"), text);
    }

    /** End to end: the real JIT compiles a counting loop and the stats and the log say so. */
    @Test
    void theJitsOwnEventsReachTheStatsAndTheLog(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = dir.resolve("jit.log");
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).jit("on").jitThreshold(1)
                .jitStats().jitLog(log.toString()).build()) {
            py.exec("""
                    def count(n):
                        total = 0
                        i = 0
                        while i < n:
                            total = total + i
                            i = i + 1
                        return total
                    print(count(5000))
                    """);
        }
        assertEquals("12497500\n", out.toString(StandardCharsets.UTF_8));
        String stats = err.toString(StandardCharsets.UTF_8);
        assertTrue(stats.matches("(?s)Taipan JIT stats:\n  traces compiled:   [1-9].*"), stats);
        assertTrue(stats.matches("(?s).*\n  tier-2 share:      [0-9.]+% of the bytecodes run in hot loops \\(estimate\\)\n"), stats);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*\n\\[trace \\d+\\] loop at [^\n]*:4 in count \\(header ip \\d+, back jump ip \\d+\\)\n.*"), text);
        assertTrue(text.matches("(?s).*\n  hottest exits [^\n]*\n +1  [^\n]*:4 in count: [^\n]* \\(the loop ended\\)  \\(trace .*"), text);
    }

    /**
     * A loop whose trace is left through an exception (an inlined call that raises, caught in the
     * loop): its entries and iterations still count, so the stats give its tier-2 share.
     */
    @Test
    void entriesEndingInAnExceptionAreCounted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).jit("on").jitThreshold(1)
                .jitStats().build()) {
            py.exec("""
                    def check(i):
                        if i % 500 == 499:
                            raise ValueError(i)
                        return i
                    def run(n):
                        total = 0
                        for i in range(n):
                            try:
                                total += check(i)
                            except ValueError:
                                total -= 1
                        return total
                    print(run(20000))
                    """);
        }
        assertEquals("199580000\n", out.toString(StandardCharsets.UTF_8));
        String stats = err.toString(StandardCharsets.UTF_8);
        assertTrue(stats.matches("(?s).*\n  tier-2 share:      [1-9][0-9.]*% of the bytecodes run in hot loops \\(estimate\\)\n"), stats);
    }

    @Test
    void anEmptyLogNameIsRefused() {
        assertEquals("-X jit-log: expected a file name (or - for stderr), as in -X jit-log=jit.log",
                assertThrows(IllegalArgumentException.class, () -> PythonInterpreter.builder().jitLog("")).getMessage());
    }
}
