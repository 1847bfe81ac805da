package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * The recorder's cells and module-level names ({@code jit.record.NameRecorder}): JIT off vs
 * threshold 1 through the reference {@link TraceInterpreter} and the real backend, and the loop
 * must have been traced with the op the case is about.
 */
class RecorderNamesTest {
    @TempDir
    Path tmp;

    private RecorderTest.Run same(String source) throws Exception {
        return RecorderTest.same(tmp, source);
    }

    @Test
    void cellsReadEveryIterationSeeARebindingByAnInnerFunction() throws Exception {
        RecorderTest.Run on = same("""
                def f(n):
                    step = 1
                    total = 0
                    def change():
                        nonlocal step
                        step = 7
                    def peek():
                        return total
                    for i in range(n):
                        total += step
                        if i == n - 5:
                            change()
                    return total, peek()
                for k in range(10):
                    r = f(40)
                print(r)
                """);
        assertTrue(traced(on, IrOp.CELL_GET), on.log());
        assertTrue(traced(on, IrOp.CELL_SET), on.log());
    }

    @Test
    void moduleLevelLoopsReadAndWriteTheModuleDict() throws Exception {
        RecorderTest.Run on = same("""
                s = 0
                x = 1.5
                for i in range(200):
                    s += i
                    x = x * 0.5 + s
                    if i == 150:
                        exec("late = 3")
                    y = int
                print(s, x, y, late)
                """);
        assertTrue(traced(on, IrOp.DICT_STORE_AT), on.log());
        assertTrue(traced(on, IrOp.DICT_VALUE_AT), on.log());
    }

    @Test
    void builtinCallsAndModuleAttributesWithARaiseMidLoop() throws Exception {
        RecorderTest.Run on = same("""
                import math
                def f(xs):
                    t = 0.0
                    for i in range(len(xs)):
                        t += abs(xs[i]) + max(xs[i], 0.25) + math.pi
                    return t
                def g(xs):
                    n = 0
                    for i in range(len(xs)):
                        n += ord(xs[i])
                    return n
                for k in range(10):
                    r = f([0.5, -1.5, 2.0, -3.0] * 5)
                    s = g(["a", "b"] * 10)
                print(r, s)
                try:
                    g(["a"] * 30 + ["bad"])
                except TypeError as e:
                    print(type(e).__name__, e)
                """);
        assertTrue(traced(on, IrOp.CALL_HELPER), on.log());
        assertTrue(traced(on, IrOp.FLOAT_ABS), on.log());
    }
}
