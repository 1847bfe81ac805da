package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.jit.emit.Emitter;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.parse.Mode;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;

/**
 * The optimizer on traces the recorder really produces, run by the real backend: every program
 * prints with the JIT forced on (threshold 1, recorder, {@link Optimizer}, {@code Emitter}) what it
 * prints with the JIT off, and the optimized traces lose what the passes promise.
 */
class OptimizedRunTest {
    private record Run(String out, List<Trace> traces, List<Optimizer.Result> results) {}

    private static Run run(String source, boolean jit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                jit ? Map.of("jit-threshold", "1") : Map.of("jit", "off")));
        List<Trace> traces = new ArrayList<>();
        List<Optimizer.Result> results = new ArrayList<>();
        if (interp.jit() != null) {
            interp.jit().useCompiler(t -> {
                results.add(Optimizer.optimize(t));
                traces.add(t);
                return Emitter.compile(t);
            });
        }
        interp.runMain(interp.compile(source, "t.py", Mode.EXEC));
        return new Run(out.toString(StandardCharsets.UTF_8), traces, results);
    }

    private static Run same(String source) {
        Run off = run(source, false);
        Run on = run(source, true);
        assertEquals(off.out(), on.out(), () -> String.join("\n", on.traces().stream().map(Trace::toString).toList()));
        return on;
    }

    @Test
    void whileLoopOverIntsRunsUnboxed() {
        Run on = same("""
                def f(n):
                    s = 0
                    i = 0
                    while i < n:
                        s += i
                        i += 1
                    return s
                for k in range(20):
                    r = f(1000)
                print(r, f(0), f(3))
                """);
        assertFalse(on.traces().isEmpty());
        Trace t = on.traces().get(0);
        Fixture.assertBody(t, IrOp.BOX_INT, 0);
        Fixture.assertBody(t, IrOp.UNBOX_INT, 0);
        Fixture.assertBody(t, IrOp.GUARD_CLASS, 0);
        assertTrue(on.results().get(0).guardsAfter() < on.results().get(0).guardsBefore());
    }

    @Test
    void rangeLoopTargetStaysUnboxed() {
        Run on = same("""
                def f(n):
                    s = 0
                    for i in range(n):
                        s = s + i * 3
                        if s > 1000:
                            s = s - 999
                    return s
                for k in range(30):
                    r = f(50)
                print(r, f(400))
                """);
        assertFalse(on.traces().isEmpty());
        Trace t = on.traces().get(0);
        Fixture.assertBody(t, IrOp.BOX_INT, 0);
        Fixture.assertBody(t, IrOp.GUARD_CLASS, 0);
        assertEquals(0, on.results().get(0).allocationsAfter());
    }

    @Test
    void overflowTypeChangesAndFloatsLeaveWithTheRightValues() {
        same("""
                def grow(n):
                    x = 1
                    for i in range(n):
                        x = x * 3 + 1
                    return x
                def mix(xs):
                    s = 0
                    for i in range(len(xs)):
                        s = s + xs[i]
                    return s
                def fl(n):
                    acc = 0.0
                    i = 0
                    while i < n:
                        acc = acc + i / 3.0
                        if acc > 100.0:
                            acc = acc - 100.0
                        i += 1
                    return acc
                for k in range(5):
                    print(grow(60), fl(300))
                print(mix(list(range(100))), mix([1, 2, 3, 4.5, 6]), mix([1, 2, 10**30, 5]))
                """);
    }

    @Test
    void swappedSlotsAndInvariantOperands() {
        same("""
                def fib(n):
                    a, b = 0, 1
                    for i in range(n):
                        a, b = b, a + b
                    return a
                def inv(n, k):
                    t = 0
                    for i in range(n):
                        t = t + k * k - i % 7
                    return t
                for k in range(20):
                    r = fib(30), inv(50, k)
                print(r, fib(100), inv(10, 2**40), inv(10, 2**62))
                """);
    }
}
