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
    void anInnerLoopLeftByBreakIsRecordedInlineByTheOuterLoop() throws Exception {
        // the rotation loop's own recordings abort (its iteration breaks out to the outer back
        // jump), so the outer loop's recording goes through its iterations itself
        RecorderTest.Run on = same("""
                def f(n, width):
                    perm = list(range(width))
                    counts = list(range(1, width + 1))
                    total = 0
                    for step in range(n):
                        r = 1
                        while True:
                            if r == width:
                                break
                            head = perm[0]
                            perm[r - 1] = perm[r]
                            perm[r] = head
                            counts[r] -= 1
                            if counts[r] > 0:
                                break
                            counts[r] = r + 1
                            r += 1
                        total += r * perm[0]
                    return total, perm, counts
                print(f(2000, 5))
                """);
        // (not waiting for the rotation loop's own trace, which comes later, to call it)
        assertTrue(on.traces().stream().anyMatch(t -> t.line() == 5 && !t.isBridge()
                && t.ops.stream().noneMatch(i -> i.op == IrOp.CALL_TRACE)), on.log());
    }

    @Test
    void threeLevelsOfShortLoopsRunEachInnerLoopFromItsOuterTrace() throws Exception {
        RecorderTest.Run on = same("""
                def f(n, grid):
                    t = 0
                    for i in range(n):
                        for row in grid:
                            for x in row:
                                t += x * i
                        t %= 1000003
                    return t
                print(f(3000, [[1, 2], [3], [4, 5, 6]]))
                """);
        assertTrue(on.traces().stream().anyMatch(t -> t.line() == 4 && t.ops.stream().anyMatch(i -> i.op == IrOp.CALL_TRACE)), on.log());
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

    @Test
    void aCallOfAFunctionWithALoopFromAnInlinedFrameRunsWithTheInlinedFramesMadeReal() throws Exception {
        // g sees h's frame (its locals, its line) and f's behind it, as tier 1 has them
        RecorderTest.Run on = same("""
                import sys
                def g(n):
                    s = 0
                    for j in range(n):
                        s += j
                    c = sys._getframe(1)
                    return s + c.f_lineno + c.f_locals["x"] + c.f_back.f_lineno + c.f_back.f_locals["i"]
                def h(x):
                    y = x * 2
                    return g(x % 4) - y
                def f(n):
                    t = 0
                    for i in range(n):
                        t += h(i)
                    return t
                print(f(300))
                """);
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == IrOp.CALL_HELPER
                && String.valueOf(i.aux).contains("TraceCalls") && i.snapshot.parent() != null)), on.log());
    }

    @Test
    void aCallFromAnInlinedFrameThatRaisesUnwindsThroughTheFramesItRanUnder() throws Exception {
        RecorderTest.Run on = same("""
                import sys
                seen = []
                def g(n):
                    # more rounds than a trace unrolls inside an inlined call: g stays a residual call
                    for j in range(8):
                        if n == 250:
                            seen.append(sys._getframe(1))
                            raise KeyError(n)
                    return n
                def h(x):
                    try:
                        return g(x)
                    except KeyError as e:
                        return -1000
                def k(x):
                    return g(x) + 1
                def f(n):
                    t = 0
                    for i in range(n):
                        t += h(i)
                    try:
                        for i in range(n):
                            t += k(i)
                    except KeyError as e:
                        tb = e.__traceback__.tb_next
                        print(tb.tb_frame is seen[-1], tb.tb_lineno, tb.tb_next.tb_lineno, i)
                    return t
                print(f(300))
                """);
        assertTrue(on.traces().stream().anyMatch(t -> t.ops.stream().anyMatch(i -> i.op == IrOp.CALL_HELPER
                && String.valueOf(i.aux).contains("TraceCalls") && i.snapshot.parent() != null)), on.log());
    }
}
