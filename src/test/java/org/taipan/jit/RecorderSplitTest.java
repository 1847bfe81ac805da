package org.taipan.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taipan.jit.RecorderTest.traced;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.jit.ir.IrOp;

/**
 * Loop bodies too long for one trace ({@code Recorder#splitAt}): JIT off vs threshold 1 through
 * the reference {@link TraceInterpreter} and the real backend, and the recording must have been
 * split (GUARD_SPLIT), in the loop's own frame and inside an inlined call; a loop of two
 * iterations per entry is not split ({@code Jit.watchLength}), a {@code while} loop is.
 */
class RecorderSplitTest {
    @TempDir
    Path tmp;

    /** A loop of {@code n} statements over eight variables, each a few IR ops. */
    private static String longLoop(int n, String extra) {
        StringBuilder sb = new StringBuilder();
        sb.append(extra);
        sb.append("def f(m, flip):\n    a, b, c, d, e, g, h, k = 1, 2, 3, 4, 5, 6, 7, 8\n    for i in range(m):\n");
        String vars = "abcdeghk";
        for (int j = 0; j < n; j++) {
            char x = vars.charAt(j % 8), y = vars.charAt((j * 3 + 1) % 8), z = vars.charAt((j * 5 + 2) % 8);
            sb.append("        ").append(x).append(" = (").append(y).append(" * ").append(j % 7 + 1)
                    .append(" + ").append(z).append(") & 0xFFFF\n");
            if (j == n / 2) {
                sb.append("        if i == flip:\n            a = -a\n");
            }
        }
        sb.append("    return a, b, c, d, e, g, h, k\n");
        sb.append("print(f(3000, -1), f(3000, 2500), f(5, 2))\n");
        return sb.toString();
    }

    @Test
    void aLongBodyIsSplitInTheLoopsOwnFrame() throws Exception {
        RecorderTest.Run on = RecorderTest.same(tmp, longLoop(120, ""));
        assertTrue(traced(on, IrOp.GUARD_SPLIT), on.log());
    }

    @Test
    void aLongInlinedCallIsSplitInside() throws Exception {
        StringBuilder callee = new StringBuilder("def big(a, b):\n");
        for (int j = 0; j < 100; j++) {
            callee.append("    a = (a * ").append(j % 5 + 2).append(" + b) & 0xFFFF\n");
            callee.append("    b = (b ^ a) + ").append(j % 3).append("\n");
        }
        callee.append("    return a + b\n");
        String source = callee + """
                def f(m):
                    t = 0
                    for i in range(m):
                        t = (t + big(i, t)) & 0xFFFFFF
                    return t
                print(f(3000))
                """;
        RecorderTest.Run on = RecorderTest.same(tmp, source);
        assertTrue(traced(on, IrOp.GUARD_SPLIT), on.log());
        assertTrue(on.log().contains("in big (inlined"), on.log());
    }

    /**
     * A {@code while} loop has nothing on the stack at its header: split at once. The watch once
     * read the last fast local there as the loop's iterator, a new float each iteration here, so
     * every back jump looked like a new short entry and the loop was never split.
     */
    @Test
    void aLongWhileLoopIsSplitThoughItsLastLocalChangesEachIteration() throws Exception {
        StringBuilder sb = new StringBuilder("def f(m):\n    i = 0\n    a, b = 1, 2\n    last = 0.0\n    while i < m:\n");
        appendLongBody(sb);
        sb.append("        i += 1\n        last = i * 0.5\n    return a, b, last\n");
        sb.append("print(f(3000))\n");
        RecorderTest.Run on = RecorderTest.same(tmp, sb.toString());
        assertTrue(traced(on, IrOp.GUARD_SPLIT), on.log());
        assertFalse(on.log().contains(Jit.TOO_SHORT_TO_SPLIT), on.log());
    }

    @Test
    void aLongBodyOfAShortLoopIsNotSplit() throws Exception {
        StringBuilder sb = new StringBuilder("def f(xs, t):\n    for x in xs:\n        a, b = x, t\n");
        appendLongBody(sb);
        sb.append("        t = (t + a + b) & 0xFFFFFF\n    return t\n");
        sb.append("t = 1\nfor i in range(400):\n    t = f([i, t & 0xFF], t)\nprint(t)\n");
        RecorderTest.Run on = RecorderTest.same(tmp, sb.toString());
        assertFalse(traced(on, IrOp.GUARD_SPLIT), on.log());
        assertTrue(on.log().contains(Jit.TOO_SHORT_TO_SPLIT), on.log());
    }

    /** Appends 240 lines of {@code a}/{@code b} arithmetic at loop-body indentation: too long for one trace. */
    private static void appendLongBody(StringBuilder sb) {
        for (int j = 0; j < 120; j++) {
            sb.append("        a = (a * ").append(j % 7 + 2).append(" + b) & 0xFFFF\n");
            sb.append("        b = (b ^ a) + ").append(j % 3).append("\n");
        }
    }
}
