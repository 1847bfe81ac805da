package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * The recorder's contract: a recorded loop closes into a trace that verifies and that, run by
 * the reference {@link TraceInterpreter}, gives tier 1's results (exits included: overflow,
 * type changes, branches the recording did not take, loop ends); an unsupported instruction
 * aborts with its name; repeated aborts blacklist the loop.
 */
class RecorderTest {
    @TempDir
    Path tmp;

    /** What one run printed, and the traces the JIT handed to the stand-in backend. */
    record Run(String out, String err, List<Trace> traces, List<TraceInterpreter> compiled, String log) {}

    /** {@code backend}: true for the reference {@link TraceInterpreter}, false for none, null for the JIT's own. */
    private Run run(String source, Map<String, String> x, Boolean backend) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Map<String, String> opts = new HashMap<>(x);
        Path log = tmp.resolve("jit" + System.nanoTime() + ".log");
        opts.put("jit-log", log.toString());
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), opts));
        List<Trace> traces = new ArrayList<>();
        List<TraceInterpreter> compiled = new ArrayList<>();
        if (interp.jit() != null && backend != null) {
            interp.jit().useCompiler(backend ? t -> {
                traces.add(t);
                TraceInterpreter c = new TraceInterpreter(t);
                compiled.add(c);
                return c;
            } : t -> {
                traces.add(t);
                throw new UnsupportedOperationException("test: no backend");
            });
        }
        interp.runMain(interp.compile(source, "t.py", org.taipan.parse.Mode.EXEC));
        String logText = Files.exists(log) ? Files.readString(log) : "";
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), traces, compiled, logText);
    }

    /**
     * Runs the program file {@code program} in a fresh interpreter with the JIT off, or forced on
     * (threshold 1) with the reference {@link TraceInterpreter} as backend; an uncaught Python
     * exception is part of the output (its traceback went to err). The jit-log goes to {@code tmp}.
     */
    static Run runFile(Path tmp, Path program, boolean jit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Map<String, String> opts = new HashMap<>();
        Path log = tmp.resolve("jit" + System.nanoTime() + ".log");
        if (jit) {
            opts.put("jit-threshold", "1");
            opts.put("jit-log", log.toString());
        } else {
            opts.put("jit", "off");
        }
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of(program.toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), opts));
        List<Trace> traces = new ArrayList<>();
        List<TraceInterpreter> compiled = new ArrayList<>();
        if (interp.jit() != null) {
            interp.jit().useCompiler(t -> {
                traces.add(t);
                TraceInterpreter c = new TraceInterpreter(t);
                compiled.add(c);
                return c;
            });
        }
        try {
            interp.runMain(interp.compile(Files.readString(program), program.toString(), org.taipan.parse.Mode.EXEC));
        } catch (RuntimeException e) {
            // an uncaught Python exception: runMain printed the traceback to err (some hosts rethrow)
        }
        String logText = Files.exists(log) ? Files.readString(log) : "";
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), traces, compiled, logText);
    }

    /** {@link #same(String)} for a test class of its own, with its temporary directory. */
    static Run same(Path tmp, String source) throws Exception {
        RecorderTest rt = new RecorderTest();
        rt.tmp = tmp;
        return rt.same(source);
    }

    /** Whether one of the run's recorded traces has an instruction {@code op} (the case was really traced). */
    static boolean traced(Run on, IrOp op) {
        return on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == op));
    }

    /** Runs {@code source} with the JIT off and forced on (threshold 1, the test backend); both must print the same. */
    Run same(String source) throws Exception {
        Run off = run(source, Map.of("jit", "off"), false);
        Run on = run(source, Map.of("jit-threshold", "1"), true);
        assertEquals(off.out(), on.out(), on.err() + on.log());
        assertEquals(off.err(), on.err());
        Run real = run(source, Map.of("jit-threshold", "1"), null);
        assertEquals(off.out(), real.out(), "with the real backend\n" + real.log());
        assertEquals(off.err(), real.err());
        assertNull(off.traces().isEmpty() ? null : "traces with the JIT off");
        return on;
    }

    private static final String INT_LOOP = """
            def f(n):
                s = 0
                for i in range(n):
                    s = s + i * 3
                    if s > 1000:
                        s = s - 999
                return s
            for k in range(30):
                r = f(50)
            print(r, f(7), f(0))
            """;

    @Test
    void intLoopRecordsAVerifiedTraceWithPhisAndRunsLikeTier1() throws Exception {
        Run on = same(INT_LOOP);
        assertFalse(on.traces().isEmpty(), on.log());
        Trace t = on.traces().get(0);
        t.verify();
        assertTrue(t.ops.stream().anyMatch(i -> i.op == IrOp.PHI), t.toString());
        assertTrue(t.ops.stream().anyMatch(i -> i.op == IrOp.RANGE_ITER_NEXT), t.toString());
        assertTrue(on.compiled().stream().mapToInt(c -> c.iterations).sum() > 100, on.log());
    }

    @Test
    void overflowIntoBigIntsLeavesTheTrace() throws Exception {
        Run on = same("""
                def f(n):
                    x = 1
                    for i in range(n):
                        x = x * 3 + 1
                    return x
                for k in range(5):
                    print(f(60))
                """);
        assertTrue(on.compiled().stream().mapToInt(c -> c.exits).sum() > 0, on.log());
    }

    @Test
    void floatsListsAndWhileLoops() throws Exception {
        same("""
                def f(n):
                    xs = [0.5] * 8
                    i = 0
                    acc = 0.0
                    while i < n:
                        j = i % 8
                        xs[j] = xs[j] * 1.5 - 0.25
                        acc = acc + xs[j] / 3.0
                        if acc > 100.0:
                            acc = acc - 100.0
                        i += 1
                    return acc, xs
                for k in range(10):
                    r = f(200)
                print(r)
                """);
    }

    @Test
    void typeChangesMidLoopExitToTier1() throws Exception {
        same("""
                def f(xs):
                    s = 0
                    for i in range(len(xs)):
                        s = s + xs[i]
                    return s
                print(f(list(range(100))))
                print(f([1, 2, 3, 4.5, 6, 7]))
                print(f([1, 2, 3, 10**30, 5]))
                """);
    }

    @Test
    void slotsSwappedEachIterationTakeEachOthersPhi() throws Exception {
        Run on = same("""
                def fib(n):
                    a, b = 0, 1
                    for i in range(n):
                        a, b = b, a + b
                    return a
                def swap(n):
                    a, b, c = 1, 2.5, 3
                    for i in range(n):
                        a, b = b, a
                        b, c = c, b
                    return a, b, c
                for k in range(20):
                    r = fib(30), swap(k)
                print(r, fib(100), swap(7))
                """);
        assertFalse(on.traces().isEmpty(), on.log());
    }

    @Test
    void instanceAttributesIsNoneAndIntTruthinessWithAClassChangedMidway() throws Exception {
        Run on = same("""
                class P:
                    def __init__(self):
                        self.x = 0
                        self.y = 1.5
                def f(p, n):
                    for i in range(n):
                        p.x = p.x + i
                        p.y = p.y * 1.25
                        if i % 3:
                            p.x = p.x - 1
                        o = None
                        if o is None:
                            p.x = p.x + 1
                        if p.y > 1000.0:
                            p.y = 1.5
                    return p.x, p.y
                p = P()
                for k in range(20):
                    r = f(p, 50)
                print(r)
                P.x = property(lambda s: 5, lambda s, v: print("set", v))
                print(f(p, 3))
                q = P.__new__(P)
                q.y = 2.0
                print(f(q, 2))
                """);
        assertFalse(on.traces().isEmpty(), on.log());
        assertTrue(on.traces().get(0).ops.stream().anyMatch(i -> i.op == IrOp.GETSLOT), on.traces().get(0).toString());
    }

    @Test
    void floatsMixedWithSmallInts() throws Exception {
        Run on = same("""
                def f(n):
                    t = 0.0
                    for i in range(n):
                        t += i * 0.5
                        t = t - 2 / 4.0
                        t = 3 + t
                    return t
                for k in range(10):
                    r = f(40)
                print(r, f(3))
                print(f(2**60 // 2**58))
                """);
        assertFalse(on.traces().isEmpty(), on.log());
        assertTrue(on.traces().get(0).ops.stream().anyMatch(i -> i.op == IrOp.INT_TO_FLOAT), on.traces().get(0).toString());
    }

    @Test
    void globalsAndBuiltinsReboundMidLoop() throws Exception {
        Run on = same("""
                K = 3
                def f(n):
                    global K
                    s = 0
                    for i in range(n):
                        s = s + K * i
                        if s > 5000:
                            K = K + 1
                            s = 0
                    return s, K
                for k in range(10):
                    r = f(100)
                print(r)
                import builtins
                def g(n):
                    s = 0
                    for i in range(n):
                        s = s + (len is None) + i
                    return s
                print(g(50))
                builtins.len = None
                print(g(5))
                """);
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == IrOp.GUARD_NOT_INVALIDATED)), on.log());
    }

    @Test
    void unsupportedInstructionAbortsWithItsNameAndTheLoopIsBlacklisted() throws Exception {
        Run on = same("""
                class C:
                    pass
                def f(n):
                    s = 0
                    for i in range(n):
                        import sys
                        s = s + i
                    return s
                print(f(3000))
                """);
        assertTrue(on.traces().isEmpty(), on.log());
        assertTrue(on.log().contains("unsupported opcode"), on.log());
        assertTrue(on.log().contains("[blacklist"), on.log());
    }

    @Test
    void theRecordedTraceLeavesEveryGuardWithASnapshotAtItsInstruction() throws Exception {
        Run on = same(INT_LOOP);
        for (Ins i : on.traces().get(0).ops) {
            if (i.op.isGuard()) {
                assertEquals(on.traces().get(0).code, i.snapshot.code());
                assertTrue(i.snapshot.sp() >= on.traces().get(0).entrySp, i.toString());
            }
        }
    }
}
