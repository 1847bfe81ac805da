package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * Nested loops and loops in called functions ({@code jit.record.InnerLoopRecorder},
 * {@code jit.record.LoopCalls}, {@link InnerLoops}): JIT off vs threshold 1 through the reference
 * {@link TraceInterpreter} and the real backend, and the outer loop must have been traced with the
 * op the case is about.
 */
class RecorderLoopsTest {
    @TempDir
    Path tmp;

    private RecorderTest.Run same(String source) throws Exception {
        return RecorderTest.same(tmp, source);
    }

    @Test
    void anInnerLoopWithATraceRunsFromTheOuterTraceAndItsLocalsAreReadBack() throws Exception {
        RecorderTest.Run on = same("""
                def f(n, rows):
                    t = 0
                    x = -1
                    for i in range(n):
                        for x in rows[i % 3]:
                            t += x
                        k = 0
                        while k < 2:
                            k += 1
                        t += k * x
                    return t, x, k
                print(f(300, [[1, 2], [], [3, 4, 5]]))
                """);
        assertTrue(traced(on, IrOp.CALL_TRACE), on.log());
        assertTrue(traced(on, IrOp.FRAME_SLOT), on.log());
    }

    @Test
    void anInnerLoopRaisingInsideTheOuterTraceUnwindsAtItsOwnInstruction() throws Exception {
        RecorderTest.Run on = same("""
                def f(rows):
                    t = 0
                    for row in rows:
                        try:
                            for x in row:
                                t += 12 // x
                        except ZeroDivisionError as e:
                            t += 1000
                    return t
                rows = [[1, 2, 3]] * 200
                rows[150] = [1, 0, 2]
                print(f(rows))
                """);
        assertTrue(traced(on, IrOp.CALL_TRACE), on.log());
    }

    @Test
    void aCallOfAFunctionWithALoopIsAResidualCallFromTheLoopFrame() throws Exception {
        RecorderTest.Run on = same("""
                import sys
                def g(n):
                    s = 0
                    for j in range(n):
                        s += j
                    return s, sys._getframe(1).f_lineno
                def f(n):
                    t = 0
                    for i in range(n):
                        s, line = g(i % 4)
                        t += s + line
                    return t
                print(f(300))
                """);
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(
                i -> i.op == IrOp.CALL_HELPER && String.valueOf(i.aux).contains("TraceCalls"))), on.log());
    }
}
