package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * The recorder's generators and functions made in a loop ({@code jit.record.GeneratorRecorder}):
 * JIT off vs threshold 1 through the reference {@link TraceInterpreter} and the real backend, and
 * the loops must have been traced with the op the case is about: a generator resumed by a helper
 * whose return ends the loop, a generator's loop traced to its yield (the recording leaves the
 * frame at the YIELD_VALUE, so the JIT must not enter the trace right after compiling it), and
 * MAKE_FUNCTION as a helper.
 */
class RecorderGeneratorTest {
    @TempDir
    Path tmp;

    private RecorderTest.Run same(String source) throws Exception {
        return RecorderTest.same(tmp, source);
    }

    @Test
    void forOverAGeneratorResumesItAndItsReturnEndsTheLoop() throws Exception {
        RecorderTest.Run on = same("""
                def gen(n):
                    i = 0
                    while i < n:
                        yield i
                        i += 1
                    return "r"
                def f(n):
                    s = 0
                    for x in gen(n):
                        s += x * 2
                    return s
                print(f(5), f(3000), f(0))
                """);
        assertTrue(traced(on, IrOp.CALL_HELPER) && traced(on, IrOp.GUARD_NOT_NULL), on.log());
        assertTrue(on.log().contains("generator exhausted"), on.log());
    }

    @Test
    void aGeneratorsLoopIsTracedToItsYieldAndLeftThereForTier1() throws Exception {
        RecorderTest.Run on = same("""
                def squares(n):
                    total = 0
                    for i in range(n):
                        total += i * i
                        yield total
                g = squares(3000)
                print(next(g), next(g), next(g))
                print(sum(1 for _ in g), g.gi_frame)
                def evens(items):
                    for x in items:
                        if x % 2 == 0:
                            yield x
                print(list(evens(range(20)))[-3:], len(list(evens(range(5000)))))
                """);
        assertTrue(traced(on, IrOp.GUARD_YIELD), on.log());
    }

    @Test
    void functionsMadeEachIterationAreNewObjects() throws Exception {
        RecorderTest.Run on = same("""
                def f(n):
                    fs = []
                    t = 0
                    for i in range(n):
                        h = lambda a, b=i: a + b + i
                        t += h(1)
                        if i % 1000 == 0:
                            fs.append(h)
                    return t, len(set(map(id, fs))), [k(0) for k in fs]
                print(f(3000))
                """);
        assertTrue(on.log().contains("TraceGenerators.makeFunction"), on.log());
    }
}
