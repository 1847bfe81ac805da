package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.embed.PythonInterpreter;
import org.taipan.interp.Frame;
import org.taipan.jit.emit.Emitter;
import org.taipan.jit.emit.TraceCode;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.opt.Optimizer;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.ThreadState;

/**
 * The life of a bridge, end to end through the real JIT and its log: recorded once at a hot exit
 * and reused on every later exit there (also on later calls of the function, and from an exit
 * inside a call the trace inlined), and an exit whose
 * bridge recordings abort stops trying after {@link Bridges#MAX_ABORTS}.
 */
class BridgesTest {
    /** Runs {@code program} at JIT threshold {@code threshold}, checks its output, returns its -X jit-log text (also used by {@link EntryWatchTest}). */
    static String run(Path dir, int threshold, String program, String expectedOut) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = dir.resolve("jit.log");
        try (PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).jit("on").jitThreshold(threshold)
                .jitLog(log.toString()).build()) {
            py.exec(program);
        }
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8));
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static final String ALTERNATING = """
            def run(n):
                odd = 0
                even = 0
                i = 0
                while i < n:
                    if i % 2:
                        odd += i
                    else:
                        even += 1
                    i += 1
                return odd, even
            print(run(4000))
            print(run(4000))
            print(run(4000))
            """;

    @Test
    void aHotExitGrowsOneBridgeThatEveryLaterExitThereRuns(@TempDir Path dir) throws Exception {
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, ALTERNATING, "(4000000, 2000)\n".repeat(3));
            assertEquals(1, count(log, "\n[bridge] trace "), log);
            assertTrue(log.contains("] bridge at "), log);
            // the exit the bridge grew from: taken on about every other iteration of all three calls, each time into the bridge
            Matcher m = Pattern.compile("\n +([0-9,]+)  [^\n]*:6 in run: [^\n]*\\(trace \\d+ exit \\d+, bridge: trace \\d+\\)\n").matcher(log);
            assertTrue(m.find(), log);
            assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 5000, log);
            assertTrue(log.contains("traces compiled 2, bridges 1, invalidated 0"), log);
        }
    }

    private static final String BRANCH_IN_METHOD = """
            class Acc:
                def __init__(self):
                    self.odd = 0
                    self.even = 0
                def add(self, i):
                    if i % 2:
                        self.odd += i
                    else:
                        self.even += 1
                    return self
            def run(n):
                a = Acc()
                for i in range(n):
                    a = a.add(i)
                return a.odd, a.even
            print(run(4000))
            print(run(4000))
            print(run(4000))
            """;

    @Test
    void anExitInsideAnInlinedCallGrowsABridgeThatStartsInTheCallee(@TempDir Path dir) throws Exception {
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, BRANCH_IN_METHOD, "(4000000, 2000)\n".repeat(3));
            assertEquals(1, count(log, "\n[bridge] trace "), log);
            // the bridge starts in the method's frame the exit re-created: its entry values are that frame's slots
            assertTrue(log.contains("HELD_SLOT"), log);
            Matcher m = Pattern.compile("\n +([0-9,]+)  [^\n]*:6 in Acc.add \\(inlined, 2 frames\\): [^\n]*"
                    + "\\(trace \\d+ exit \\d+, bridge: trace \\d+\\)\n").matcher(log);
            assertTrue(m.find(), log);
            assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 5000, log);
            assertTrue(log.contains("traces compiled 2, bridges 1, invalidated 0"), log);
        }
    }

    @Test
    void anExitWhoseBridgeLeavesTheLoopStopsTrying(@TempDir Path dir) throws Exception {
        String program = """
                def find(n, stop):
                    i = 0
                    while i < n:
                        if i == stop:
                            break
                        i += 1
                    return i
                total = 0
                for k in range(300):
                    total += find(100, 50)
                print(total)
                """;
        String log = run(dir, 1, program, "15000\n");
        // the [abort] lines (the summary names the reason again, with the last abort of each loop)
        assertEquals(Bridges.MAX_ABORTS, count(log, ": bridge: bridge left the loop (at "), log);
        assertEquals(0, count(log, "\n[bridge] trace "), log);
    }

    /**
     * richards' scheduler in small ({@code tests/python/jit/poly_scheduler.py}): {@code task =
     * task.run()} makes each iteration's receiver another of four classes, and most branches are
     * inside the inlined methods. The loop keeps one trace and grows bridges: one per receiver
     * class, and from exits inside the inlined calls (before: thrown away three times while its
     * bridges grew, then blacklisted).
     */
    @Test
    void aPolymorphicDispatchLoopStaysTracedWithBridgesPerClass(@TempDir Path dir) throws Exception {
        Path program = Path.of("tests", "python", "jit", "poly_scheduler.py");
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of("tests", "python", "jit", "poly_scheduler.out"), StandardCharsets.UTF_8);
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, source, expected);
            String where = "in Sched.schedule";
            // one loop trace for the scheduler, never thrown away
            assertEquals(1, Pattern.compile("\n\\[trace \\d+\\] loop at [^\n]*:100 " + where).matcher(log).results().count(), log);
            assertTrue(Pattern.compile("\n\\[(invalidate|blacklist)\\][^\n]*" + where).matcher(log).results().count() == 0, log);
            Matcher perClass = Pattern.compile("\n\\[bridge\\] trace \\d+ exit \\d+ \\([^\n]*" + where
                    + ": GUARD_TYPE expected type \\w+\\) -> ").matcher(log);
            assertTrue(perClass.results().count() >= 3, log);
            assertTrue(Pattern.compile("\n\\[bridge\\] trace \\d+ exit \\d+ \\([^\n]*\\(inlined, 2 frames\\)").matcher(log).find(), log);
            assertTrue(count(log, "\n[bridge] trace ") <= 2 * Bridges.MAX_PER_LOOP, log);
        }
    }
    /**
     * chaos' {@code Game.choose}: a search loop that mostly returns at its second item. The exit
     * to the return cannot grow a bridge (its recording leaves by return), so it is the loop's way
     * out: the short loop goes to tier 1 once, instead of being thrown away for "exits on most
     * entries" and recorded again. (It has a keyword-only parameter, so its call is
     * residual and the search loop runs on its own; a plain call is inlined with the loop unrolled:
     * {@link #aSearchLoopInAnInlinedCallIsUnrolledIntoTheCallersTrace}.)
     */
    @Test
    void aSearchLoopLeftByReturnIsAShortLoopNotAWrongTrace(@TempDir Path dir) throws Exception {
        String program = """
                class Rng:
                    def __init__(self, seed):
                        self.state = seed
                    def unit(self):
                        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
                        return self.state / 2147483648.0
                def choose(cumulative, r, *, missing=-1):
                    i = 0
                    for bound in cumulative:
                        if r < bound:
                            return i
                        i += 1
                    return missing
                cumulative = [0.01, 0.86, 0.93, 1.0]
                rng = Rng(5)
                counts = [0, 0, 0, 0, 0]
                for k in range(30000):
                    counts[choose(cumulative, rng.unit())] += 1
                print(counts)
                """;
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, program, "[297, 25458, 2037, 2208, 0]\n");
            assertEquals(0, count(log, "exits on most entries"), log);
            // at the default threshold tier 1's watch sees the loop short before any recording
            // (Jit.watchEntries, EntryWatchTest); threshold 1 records it, and EntryStats closes it
            assertEquals(threshold == 1 ? 1 : 0,
                    Pattern.compile("\n\\[trace \\d+\\] loop at [^\n]* in choose").matcher(log).results().count(), log);
            assertEquals(threshold == 1 ? 0 : 1, count(log, Jit.SHORT_PER_ENTRY + " (at "), log);
            assertEquals(1, Pattern.compile("\n\\[blacklist\\] loop at [^\n]* in choose").matcher(log).results().count(), log);
        }
    }
    /**
     * The same search loop called plainly from the hot loop: the call is inlined and the iterations
     * the recording goes round are unrolled into the caller's trace (record.CalleeLoops); the other
     * ways out of the search are exits into the re-created callee frame, which grow bridges. The
     * search loop gets no trace of its own and nothing is thrown away.
     */
    @Test
    void aSearchLoopInAnInlinedCallIsUnrolledIntoTheCallersTrace(@TempDir Path dir) throws Exception {
        String program = """
                class Rng:
                    def __init__(self, seed):
                        self.state = seed
                    def unit(self):
                        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
                        return self.state / 2147483648.0
                def choose(cumulative, r):
                    i = 0
                    for bound in cumulative:
                        if r < bound:
                            return i
                        i += 1
                    return -1
                cumulative = [0.01, 0.86, 0.93, 1.0]
                rng = Rng(5)
                counts = [0, 0, 0, 0, 0]
                for k in range(30000):
                    counts[choose(cumulative, rng.unit())] += 1
                print(counts)
                """;
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, program, "[297, 25458, 2037, 2208, 0]\n");
            assertEquals(0, count(log, "exits on most entries"), log);
            assertEquals(0, Pattern.compile("\n\\[trace \\d+\\] loop at [^\n]* in choose").matcher(log).results().count(), log);
            assertTrue(Pattern.compile("\n\\[bridge\\] trace \\d+ exit \\d+ \\([^\n]* in choose \\(inlined, 2 frames\\)")
                    .matcher(log).find(), log);
        }
    }

    /**
     * Six independent branches per iteration: 64 paths, more than {@link Bridges#MAX_PER_LOOP}
     * bridges would cover. The tree stops growing at the cap, the result stays right, and the
     * loop is not recorded again and again: it falls back to tier 1 once it shows it does not pay.
     */
    @Test
    void aBushyLoopStopsGrowingBridgesAtTheCap(@TempDir Path dir) throws Exception {
        String program = """
                def bits(n):
                    t = 0
                    for i in range(n):
                        x = (i * 40503) & 0xFFFF
                        if x & 1:
                            t += 1
                        if x & 2:
                            t += 3
                        if x & 4:
                            t ^= 5
                        if x & 8:
                            t += 7
                        if x & 16:
                            t -= 11
                        if x & 32:
                            t += 13
                    return t
                print(bits(20000))
                """;
        for (int threshold : new int[] {1, 1000}) {
            String log = run(dir, threshold, program, "131239\n");
            assertEquals(Bridges.MAX_PER_LOOP, count(log, "\n[bridge] trace "), log);
            assertEquals(1, count(log, "\n[record] loop at "), log);
        }
    }

    /** A loop trace that counts the JIT's calls of its {@code run}; still a {@link TraceCode} (its exits and their links). */
    private static final class CountedRuns extends TraceCode {
        final TraceCode inner;
        int runs;

        CountedRuns(TraceCode inner) {
            super(inner.exitPoints(), inner.budgetExit());
            this.inner = inner;
        }

        @Override
        public int run(ThreadState ts, Frame f) {
            runs++;
            return inner.run(ts, f);
        }

        @Override
        public int iterations() {
            return inner.iterations();
        }
    }

    /** Runs {@code source} with the real optimizer and backend, the loop traces wrapped in {@link CountedRuns}. */
    private static String runCounted(Path dir, int threshold, String source, List<CountedRuns> loops, List<Trace> bridges)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path log = dir.resolve("jit" + threshold + ".log");
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("jit-threshold", Integer.toString(threshold), "jit-log", log.toString())));
        interp.jit().useCompiler(new TraceCompiler() {
            @Override
            public CompiledTrace compile(Trace t) {
                Optimizer.optimize(t);
                CountedRuns c = new CountedRuns((TraceCode) Emitter.compile(t));
                loops.add(c);
                return c;
            }

            @Override
            public CompiledTrace compileBridge(Trace t) {
                Optimizer.optimizeBridge(t);
                bridges.add(t);
                return Emitter.compile(t, 1);
            }
        });
        interp.runMain(interp.compile(source, "t.py", org.taipan.parse.Mode.EXEC));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The alternating loop's bridge is linked to its exit, in the loop's frame and from inside an
     * inlined method (a HELD_SLOT bridge): the exit block runs it and the trace goes on from its
     * top, so the JIT calls the loop trace about once per call of {@code run} and per iteration
     * budget, not once per bridge hop (6,000 of them), and the exit's call site holds a target
     * other than the unlinked one.
     */
    @Test
    void aBridgeIsLinkedToItsExitAndTheTraceGoesOnWithoutTheJit(@TempDir Path dir) throws Exception {
        for (int threshold : new int[] {1, 1000, -1, -1000}) {
            List<CountedRuns> loops = new ArrayList<>();
            List<Trace> bridges = new ArrayList<>();
            String program = threshold > 0 ? ALTERNATING : BRANCH_IN_METHOD;
            assertEquals("(4000000, 2000)\n".repeat(3), runCounted(dir, Math.abs(threshold), program, loops, bridges));
            assertEquals(1, loops.size());
            assertEquals(1, bridges.size());
            CountedRuns loop = loops.get(0);
            assertTrue(loop.runs < 100, "loop trace entered " + loop.runs + " times");
            long linked = loop.exitPoints().stream()
                    .filter(e -> e.link != null).count();
            assertEquals(1, linked);
        }
    }

    /**
     * A linked bridge that inlined a global function is cut off when the global is rebound while
     * it runs (its switch point guards the link): the exit comes back to the JIT, which drops the
     * bridge and grows a new one, linked again.
     */
    @Test
    void aLinkedBridgeWhoseAssumptionBreaksIsUnlinkedAndReplaced(@TempDir Path dir) throws Exception {
        String program = """
                def small(x):
                    return x + 1
                def big(x):
                    return x + 100
                def run(n, at):
                    global small
                    s = 0
                    for i in range(n):
                        if i % 2:
                            s = small(s)
                            if i == at:
                                small = big
                        else:
                            s -= 1
                    return s
                print(run(5000, 3001))
                """;
        for (int threshold : new int[] {1, 1000}) {
            List<CountedRuns> loops = new ArrayList<>();
            List<Trace> bridges = new ArrayList<>();
            assertEquals("98901\n", runCounted(dir, threshold, program, loops, bridges));
            String log = Files.readString(dir.resolve("jit" + threshold + ".log"), StandardCharsets.UTF_8);
            assertTrue(log.contains("assumption invalidated: global small"), log);
            assertTrue(bridges.size() >= 2, log);
            assertTrue(loops.stream().allMatch(c -> c.runs < 100), log);
        }
    }
}
