package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * The recorder's number instructions ({@code jit.record.NumberRecorder} and the floor division /
 * modulo forms of the binary operations): each loop is run with the JIT off and at threshold 1
 * through the reference {@link TraceInterpreter} and the real backend ({@link RecorderTest#same}),
 * and must have been traced with the op the case is about (a loop that aborted would test nothing).
 */
class RecorderNumbersTest {
    @TempDir
    Path tmp;

    private RecorderTest.Run same(String source) throws Exception {
        return RecorderTest.same(tmp, source);
    }

    @Test
    void negationOfIntsOverflowsIntoABigIntAtMinusTwoToThe63() throws Exception {
        RecorderTest.Run on = same("""
                def f(xs):
                    out = 0
                    i = 0
                    while i < 6:
                        x = xs[i]
                        y = -x
                        out = out * 3 + y + ~x + +x + (not x) - (not y)
                        i += 1
                    return out
                for k in range(20):
                    r = f([3, -4, 0, 2, 5, 7])
                print(r, f([3, -4, 0, 9223372036854775807, -9223372036854775807, -9223372036854775807 - 1]))
                """);
        assertTrue(traced(on, IrOp.INT_NEG), on.log());
        assertTrue(traced(on, IrOp.GUARD_NO_OVERFLOW_NEG), on.log());
    }

    @Test
    void floorDivisionAndModuloOfNegativeIntsAndFloats() throws Exception {
        RecorderTest.Run on = same("""
                def f(n):
                    s = 0
                    t = 0.0
                    for i in range(-n, n):
                        s = s + i // 7 + i % -3 + (i * 5) // (i % 4 + 1)
                        t = t + (i * 0.75) // -1.25 + (i * 0.5) % 1.5 - -t % 3.0
                    return s, t
                for k in range(20):
                    r = f(40)
                print(r, f(3))
                """);
        assertTrue(traced(on, IrOp.INT_FLOORDIV), on.log());
        assertTrue(traced(on, IrOp.FLOAT_FLOORDIV), on.log());
        assertTrue(traced(on, IrOp.FLOAT_MOD), on.log());
    }

    @Test
    void intFloatComparisonsAreExact() throws Exception {
        RecorderTest.Run on = same("""
                def f(xs, y):
                    c = 0
                    for x in range(5):
                        v = xs[x]
                        if v < y:
                            c = c + 1
                        if y >= v:
                            c = c + 10
                        if v == y:
                            c = c + 100
                    return c
                for k in range(20):
                    r = f([1, 2, 3, 4, 5], 2.5)
                print(r, f([9007199254740993, 9007199254740992, 0, 1, 2], 9007199254740992.0))
                print(f([0, 1, 2, 3, 4], float('nan')), f([-5, 5, 0, 1, 2], float('-inf')))
                """);
        assertTrue(traced(on, IrOp.INT_FLOAT_CMP), on.log());
    }
}
