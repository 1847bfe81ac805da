package org.taipan.jit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.code.CodeObject;
import org.taipan.compile.Compiler;
import org.taipan.jit.JitListener;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInt;

/**
 * The log and the stats fed a made-up event sequence (as the recorder, backend and exits will
 * report them) for a hand-built trace of a counting loop: what the text says, not only that it
 * was written.
 */
class JitLogTest {
    private static final String SOURCE = """
            def f(n):
                total = 0
                i = 0
                while i < n:
                    total = total + i
                    i = i + 1
                return total
            """;

    /** The code of {@code f}, compiled from {@link #SOURCE} as file {@code name}. */
    private static PyCode codeOfF(String name) {
        CodeObject module = Compiler.compile(Parser.parse(SOURCE, name, Mode.EXEC), name, Mode.EXEC, 0);
        for (Object c : module.consts) {
            if (c instanceof CodeObject co && co.name.equals("f")) {
                return new PyCode(co);
            }
        }
        throw new AssertionError("no f");
    }

    private static int firstIpOfLine(PyCode code, int line) {
        for (int i = 0; i < code.code.code.length; i++) {
            if (code.code.lineOf(i) == line) {
                return i;
            }
        }
        throw new AssertionError("no line " + line);
    }

    /** A loop over slot 2 ({@code i}): guard it is an int, unbox, then {@code i + 1} with its overflow guard. */
    private static Trace counterTrace(PyCode code) {
        int back = Places.backJumpOf(code, 0);
        for (int i = 0; back < 0 && i < code.code.code.length; i++) {
            back = Places.backJumpOf(code, i);
        }
        int header = code.code.oparg(back);
        Trace t = new Trace(code, header, back, 3);
        Ins slot = t.add(Ins.of(IrOp.SLOT, 2));
        Ins guard = t.add(Ins.of(IrOp.GUARD_CLASS, PyInt.class, slot));
        guard.snapshot = new Snapshot(code, header, 3, new Ins[3], null);
        Ins unboxed = t.add(Ins.of(IrOp.UNBOX_INT, null, slot));
        t.add(Ins.of(IrOp.LOOP, null));
        Ins phi = t.add(new Ins(IrOp.PHI, IrType.I64, null, unboxed, null));
        Ins one = t.add(Ins.of(IrOp.CONST_I64, 1L));
        Ins sum = t.add(Ins.of(IrOp.INT_ADD, null, phi, one));
        phi.args[1] = sum;
        Ins overflow = t.add(Ins.of(IrOp.GUARD_NO_OVERFLOW_ADD, null, phi, one, sum));
        overflow.snapshot = new Snapshot(code, firstIpOfLine(code, 6), 3, new Ins[] {null, null, phi}, null);
        t.add(Ins.of(IrOp.JUMP, null));
        t.verify();
        return t;
    }

    /** The same events for every test: two aborts and a blacklist of another loop, one trace, exits, entries. */
    private static Trace feed(JitListener l, PyCode code) {
        Trace t = counterTrace(code);
        int abortIp = firstIpOfLine(code, 5);
        l.recordingStarted(code, t.headerIp);
        l.aborted(code, t.headerIp, code, abortIp, "unsupported opcode LOAD_ATTR_PROPERTY");
        l.recordingStarted(code, t.headerIp);
        l.aborted(code, t.headerIp, code, abortIp, "trace too long");
        l.recordingStarted(code, t.headerIp);
        l.aborted(code, t.headerIp, code, firstIpOfLine(code, 6), "unsupported opcode LOAD_ATTR_PROPERTY");
        l.blacklisted(code, t.headerIp);
        l.compiled(1, "recorded line one\nrecorded line two", t, 4, 2, 1);
        Ins classGuard = t.ops.get(1), overflowGuard = t.ops.get(7);
        for (int k = 0; k < 1500; k++) {
            l.exitTaken(1, 1, overflowGuard);
        }
        l.exitTaken(1, 0, classGuard);
        l.bridgeCompiled(1, 1, 2);
        l.traceRan(1, 2900);
        l.traceRan(1, 100);
        l.invalidated(1, "global 'g' rebound");
        return t;
    }

    @Test
    void logHasOneBlockPerEventAndTheHottestExitsAtTheEnd() {
        PyCode code = codeOfF("prog.py");
        JitTally tally = new JitTally();
        StringWriter out = new StringWriter();
        JitListener log = new Fanout(List.of(tally, new JitLogWriter(tally, out, true, System.err)));
        Trace t = feed(log, code);
        String beforeFinish = out.toString();
        log.finish();
        String text = out.toString();

        assertTrue(text.startsWith("# Taipan JIT log"), text);
        assertTrue(text.contains("[record] loop at prog.py:4 in f (header ip " + t.headerIp + ")\n"), text);
        assertTrue(text.contains("[abort] loop at prog.py:4 in f: unsupported opcode LOAD_ATTR_PROPERTY (at prog.py:5 in f, ip "), text);
        assertTrue(text.contains("[abort] loop at prog.py:4 in f: unsupported opcode LOAD_ATTR_PROPERTY (at prog.py:6 in f, ip "), text);
        assertTrue(text.contains("[blacklist] loop at prog.py:4 in f after 3 aborts: tier 1 runs it from now on\n"), text);
        assertTrue(text.contains("[trace 1] loop at prog.py:4 in f (header ip " + t.headerIp + ", back jump ip " + t.backJumpIp + ")\n"
                + "  guards: 4 recorded, 2 after optimization; allocations removed: 1\n"
                + "  recorded:\n    recorded line one\n    recorded line two\n"
                + "  optimized (9 ops, 2 exits):\n    ref %0 = SLOT [2]\n"), text);
        assertTrue(text.matches("(?s).*\\n    %1 = GUARD_CLASS \\[int\\] %0 +; exit 0 -> prog.py:4 in f snap\\(ip=\\d+ sp=3 \\[-, -, -\\]\\)\\n.*"), text);
        assertTrue(text.contains("    i64 %4 = PHI %2 %6\n"), text);
        // when it was compiled, to set beside the JVM's compile log (the value is not checked)
        assertTrue(text.matches("(?s).*\n    %8 = JUMP[^\n]*\n  compiled at \\d+\\.\\d{3} s\n\\[end trace 1\\]\n.*"), text);
        assertTrue(text.matches("(?s).*\\n    %7 = GUARD_NO_OVERFLOW_ADD %4 %5 %6 +; exit 1 -> prog.py:6 in f snap\\(.*"), text);
        assertTrue(text.contains("[bridge] trace 1 exit 1 (prog.py:6 in f: GUARD_NO_OVERFLOW_ADD int overflow) -> trace 2\n"), text);
        assertTrue(text.contains("[invalidate] trace 1 (loop at prog.py:4 in f): global 'g' rebound\n"), text);

        // exit counts are only written at the end
        assertTrue(!beforeFinish.contains("[summary]") && !beforeFinish.contains("1,500"), beforeFinish);
        String summary = text.substring(text.indexOf("[summary]"));
        assertTrue(summary.contains("  recordings 3, aborted 3, loops blacklisted 1; traces compiled 1, bridges 1, invalidated 1\n"), summary);
        assertTrue(summary.contains("  aborts by reason:\n"
                + "           2  unsupported opcode LOAD_ATTR_PROPERTY  (at prog.py:5 in f, prog.py:6 in f)\n"
                + "           1  trace too long  (at prog.py:5 in f)\n"), summary);
        assertTrue(summary.contains("    trace 1 (loop at prog.py:4 in f): 2 entries, 3,000 iterations (1,500 per entry), 1,501 exits; guards 4 -> 2,"
                + " allocations removed 1; invalidated: global 'g' rebound\n"), summary);
        assertTrue(summary.contains("  exits taken: 1,501\n"
                + "  hottest exits (count, where tier 1 resumed, why):\n"
                + "           1,500  prog.py:6 in f: GUARD_NO_OVERFLOW_ADD int overflow  (trace 1 exit 1, bridge: trace 2)\n"
                + "               1  prog.py:4 in f: GUARD_CLASS expected int  (trace 1 exit 0)\n"), summary);
        assertTrue(summary.endsWith("[end]\n"), summary);
    }

    @Test
    void logSummaryListsTheLoopsTier1RanWithTheirLastAbort() {
        PyCode code = codeOfF("prog.py");
        JitTally tally = new JitTally();
        StringWriter out = new StringWriter();
        JitListener log = new Fanout(List.of(tally, new JitLogWriter(tally, out, true, System.err)));
        Trace t = feed(log, code);
        // as in the stats test: 1,000 iterations in tier 1, 3,000 in the trace
        code.counters[t.backJumpIp] = 1000 + 2 * JitTally.REENTRY_BUMP;
        log.finish();
        String summary = out.toString().substring(out.toString().indexOf("[summary]"));
        assertTrue(summary.contains("  loops run by tier 1 (share of hot-loop bytecodes, estimate):\n"
                + "      25.0%  prog.py:4 in f  (recordings 3, aborts 3, blacklisted, 75.0% in traces;"
                + " last abort: unsupported opcode LOAD_ATTR_PROPERTY at prog.py:6 in f)\n"
                + "  tier-2 share: 75.0% of the bytecodes run in hot loops (estimate)\n"), summary);
    }

    @Test
    void statsSummarizeAbortsExitsAndTheTier2Share() {
        PyCode code = codeOfF("prog.py");
        JitTally tally = new JitTally();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JitListener stats = new Fanout(List.of(tally, new JitStats(tally, new PrintStream(err, true, StandardCharsets.UTF_8), false)));
        Trace t = feed(stats, code);
        // tier 1 took the loop's back jump 1,000 times (plus the JIT's re-entry bump after each of
        // the trace's 2 entries); the trace ran 3,000 iterations
        code.counters[t.backJumpIp] = 1000 + 2 * JitTally.REENTRY_BUMP;
        // listed loops first, whatever came first
        stats.compileTimed("bridge", 2_600_000);
        stats.compileTimed("loop", 3_000_000);
        stats.finish();
        assertEquals("""
                Taipan JIT stats:
                  traces compiled:   1 (bridges 1, invalidated 1)
                  recordings:        3, aborted 3
                          2  unsupported opcode LOAD_ATTR_PROPERTY  (at prog.py:5 in f, +1 more place)
                          1  trace too long  (at prog.py:5 in f)
                  loops blacklisted: 1
                  exits taken:       1,501
                      1,500  prog.py:6 in f: GUARD_NO_OVERFLOW_ADD int overflow
                          1  prog.py:4 in f: GUARD_CLASS expected int
                  compile time:      5 ms in 2 compiles (1 loop 3 ms, 1 bridge 2 ms)
                  tier-2 share:      75.0% of the bytecodes run in hot loops (estimate)
                """, err.toString(StandardCharsets.UTF_8));
        // a second finish (an embedding host closing twice) writes nothing more
        stats.finish();
        assertEquals(1, err.toString(StandardCharsets.UTF_8).split("Taipan JIT stats").length - 1);
    }

    @Test
    void traceTextNumbersExitsAndCountsBodyAllocations() {
        PyCode code = codeOfF("prog.py");
        Trace t = counterTrace(code);
        String text = TraceText.of(t);
        assertEquals(9, text.split("\n").length, text);
        assertTrue(text.startsWith("ref %0 = SLOT [2]\n%1 = GUARD_CLASS [int] %0"), text);
        assertTrue(text.contains("; exit 0 -> prog.py:4 in f snap(") && text.contains("; exit 1 -> prog.py:6 in f snap("), text);
        assertEquals(2, TraceText.exits(t));
        assertEquals(0, TraceText.allocations(t));
        // a box in the body counts, one in the preamble does not
        Trace boxed = counterTrace(code);
        Ins box = new Ins(IrOp.BOX_INT, IrType.REF, null, boxed.ops.get(6));
        boxed.ops.add(8, box);
        boxed.ops.add(3, new Ins(IrOp.BOX_INT, IrType.REF, null, boxed.ops.get(2)));
        boxed.renumber();
        boxed.verify();
        assertEquals(1, TraceText.allocations(boxed));
        assertTrue(TraceText.of(boxed).contains("ref %9 = BOX_INT %7\n"), TraceText.of(boxed));
    }

    @Test
    void anExitThatLeavesTheLoopSaysTheLoopEnded() {
        PyCode code = codeOfF("prog.py");
        Trace t = counterTrace(code);
        Ins flag = Ins.of(IrOp.INT_LT, null, t.ops.get(4), t.ops.get(4));
        // the while condition: resumes at the comparison (header + 2), whose jump leaves the loop
        Ins condition = Ins.of(IrOp.GUARD_TRUE, null, flag);
        condition.snapshot = new Snapshot(code, t.headerIp + 2, 5, new Ins[5], null);
        assertEquals("GUARD_TRUE branch went the other way (condition false) (the loop ended)", Describe.why(condition, t));
        // the same guard inside the body (no branch there) is an ordinary failed speculation
        Ins inside = Ins.of(IrOp.GUARD_TRUE, null, flag);
        inside.snapshot = new Snapshot(code, firstIpOfLine(code, 6), 3, new Ins[3], null);
        assertEquals("GUARD_TRUE branch went the other way (condition false)", Describe.why(inside, t));
        assertEquals("GUARD_TRUE branch went the other way (condition false)", Describe.why(condition, null));
    }

    @Test
    void statsSayWhenTheJitReportedNoIterations() {
        PyCode code = codeOfF("prog.py");
        JitTally tally = new JitTally();
        Trace t = counterTrace(code);
        tally.compiled(1, "", t, 1, 1, 0);
        code.counters[t.backJumpIp] = 50;
        assertTrue(JitStats.text(tally).contains("  tier-2 share:      not measured (the JIT reported no iterations)\n"));
        assertTrue(JitStats.text(new JitTally()).contains("  tier-2 share:      no loop ran\n"));
        // with -X jit=off the heading says so
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JitListener off = JitListeners.create(options(new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("jit", "off", "jit-stats", "on")));
        off.finish();
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Taipan JIT stats (the JIT is off: -X jit=off):\n  traces compiled:   0"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void optionsChooseTheListeners(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertSame(JitListener.NONE, JitListeners.create(options(stderr, Map.of())));
        assertSame(JitListener.NONE, JitListeners.create(options(stderr, Map.of("jit-stats", "off"))));

        // both: the log goes to the file as UTF-8, the stats to stderr, fed by the same events
        Path file = dir.resolve("jit.log");
        PyCode code = codeOfF("prög.py");
        JitListener both = JitListeners.create(options(stderr, Map.of("jit-log", file.toString(), "jit-stats", InterpreterOptions.BARE_X_OPTION)));
        feed(both, code);
        both.finish();
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(log.contains("[trace 1] loop at prög.py:4 in f"), log);
        assertTrue(log.contains("  exits taken: 1,501\n"), log);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Taipan JIT stats:\n"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("  exits taken:       1,501\n"));

        // jit-log=- is stderr; a file that cannot be opened is one line on stderr and no log
        err.reset();
        JitListener toStderr = JitListeners.create(options(stderr, Map.of("jit-log", "-")));
        toStderr.recordingStarted(code, 3);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[record] loop at prög.py:"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        String missing = dir.resolve("no/such/dir/jit.log").toString();
        assertSame(JitListener.NONE, JitListeners.create(options(stderr, Map.of("jit-log", missing))));
        assertEquals("taipan: -X jit-log: can't open file '" + missing + "': [Errno 2] No such file or directory\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private static InterpreterOptions options(PrintStream stderr, Map<String, String> x) {
        return new InterpreterOptions(List.of(""), System.in, System.out, stderr, x);
    }
}
