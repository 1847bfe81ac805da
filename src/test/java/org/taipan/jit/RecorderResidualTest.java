package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * The recorder's residual ops ({@code jit.record.ResidualRecorder}: tier 1's implementation called
 * from the trace): JIT off vs threshold 1 through the reference {@link TraceInterpreter} and the
 * real backend, each loop traced with a RESIDUAL (or the typed op the case is about).
 */
class RecorderResidualTest {
    @TempDir
    Path tmp;

    private RecorderTest.Run same(String source) throws Exception {
        return RecorderTest.same(tmp, source);
    }

    @Test
    void strIndexIterationAndCompareRaiseIndexErrorWhereTierOneDoes() throws Exception {
        RecorderTest.Run on = same("""
                def scan(text):
                    pos = n = 0
                    out = ""
                    try:
                        while True:
                            ch = text[pos]
                            if ch == "b" or ch > "x":
                                n += 1
                            out += ch
                            pos += 1
                    except IndexError as e:
                        return n, len(out), str(e)
                def walk(text):
                    seen = 0
                    for ch in text:
                        if ch in "aeiou":
                            seen += 1
                        elif ch.isdigit():
                            seen += 10
                    return seen
                print(scan("abcyz" * 40), walk("educat1on" * 30))
                """);
        // characters as code points: read by index and by iterator, compared and tested with `in` typed
        assertTrue(traced(on, IrOp.STR_CODE_POINT), on.log());
        assertTrue(traced(on, IrOp.GUARD_STR_ITER_ACTIVE), on.log());
        assertTrue(traced(on, IrOp.STR_HAS_CODE_POINT), on.log());
        assertTrue(traced(on, IrOp.CHAR_IS), on.log());
        assertTrue(traced(on, IrOp.RESIDUAL), on.log());
    }

    @Test
    void bigIntsAndShiftsLeaveSixtyFourBitsAndComeBack() throws Exception {
        RecorderTest.Run on = same("""
                def f(n):
                    x = 1
                    s = 0
                    for i in range(n):
                        x = x * 3 if i < n // 2 else x // 3
                        s ^= (x >> (i % 70)) + (1 << (i % 66))
                    return x, s
                print(f(160))
                try:
                    for c in [3, 2, 1, 0, -1]:
                        v = 8 >> c
                except ValueError as e:
                    print(type(e).__name__, e, v)
                """);
        assertTrue(traced(on, IrOp.RESIDUAL), on.log());
        assertTrue(traced(on, IrOp.INT_RSHIFT), on.log());
    }

    @Test
    void fStringsContainersAndStarredUnpacking() throws Exception {
        RecorderTest.Run on = same("""
                def f(n):
                    out = []
                    for i in range(n):
                        d = {"k": i, i % 3: "v"}
                        first, *rest = (i, i + 1, i + 2)
                        out.append(f"{i}:{d['k']!r}:{len(rest)}:{first * 0.5:.2f}")
                    return out
                r = f(50)
                print(len(r), r[:3], r[-1])
                """);
        assertTrue(traced(on, IrOp.RESIDUAL), on.log());
    }
}
