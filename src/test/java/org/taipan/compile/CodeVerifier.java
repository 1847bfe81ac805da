package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.taipan.code.CodeObject;
import org.taipan.code.CodeObject.ExceptionTableEntry;
import org.taipan.code.Opcode;

/** Structural checks of a compiled code object and all code objects nested in it. */
final class CodeVerifier {
    private CodeVerifier() {}

    static void verify(CodeObject co) {
        verifyOne(co);
        for (Object c : co.consts) {
            if (c instanceof CodeObject k) {
                verify(k);
            }
        }
    }

    private static void verifyOne(CodeObject co) {
        int n = co.code.length;
        String where = co.qualname;
        assertTrue(n > 0, where + ": empty code");
        assertEquals(n, co.lines.length);
        // exception table: sorted, non-overlapping, in range
        int prevEnd = 0;
        for (ExceptionTableEntry e : co.exceptionTable) {
            assertTrue(e.start() >= prevEnd && e.start() < e.end() && e.end() <= n, where + ": bad entry " + e);
            assertTrue(e.target() >= 0 && e.target() < n, where + ": handler out of range " + e);
            assertTrue(e.depth() >= 0 && e.depth() + (e.lasti() ? 2 : 1) <= co.stacksize, where + ": depth " + e);
            prevEnd = e.end();
        }
        // operands in range
        for (int i = 0; i < n; i++) {
            Opcode op = co.opcode(i);
            int arg = co.oparg(i);
            switch (op.argKind) {
                case JUMP -> assertTrue(arg >= 0 && arg < n, where + ": jump out of range at " + i);
                case CONST -> assertTrue(arg < co.consts.length, where + ": const index at " + i);
                case NAME -> assertTrue(arg < co.names.length, where + ": name index at " + i);
                case NAME_FLAG -> assertTrue((arg >> 1) < co.names.length, where + ": name index at " + i);
                case LOCAL -> assertTrue(arg < co.nlocals, where + ": local index at " + i);
                case DEREF -> assertTrue(arg < co.nlocalsplus()
                        && (co.localsplusKinds[arg] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0,
                        where + ": deref index at " + i);
                default -> { }
            }
        }
        // stack depth: consistent, never negative, bounded by co_stacksize
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            Opcode op = co.opcode(i);
            int arg = co.oparg(i);
            int d = depth[i];
            ExceptionTableEntry h = co.handlerFor(i);
            if (h != null) {
                flow(co, depth, work, h.target(), h.depth() + (h.lasti() ? 2 : 1));
            }
            if (op.hasJump()) {
                flow(co, depth, work, arg, d + op.stackEffect(arg, true));
            }
            if (!op.isTerminator()) {
                int nd = d + op.stackEffect(arg, false);
                if (i + 1 >= n) {
                    fail(where + ": falls off the end at " + i);
                }
                flow(co, depth, work, i + 1, nd);
            }
        }
    }

    private static void flow(CodeObject co, int[] depth, ArrayDeque<Integer> work, int target, int d) {
        assertTrue(d >= 0, co.qualname + ": negative stack depth at " + target);
        assertTrue(d <= co.stacksize, co.qualname + ": depth " + d + " exceeds co_stacksize " + co.stacksize);
        if (depth[target] < 0) {
            depth[target] = d;
            work.push(target);
        } else {
            assertEquals(depth[target], d, co.qualname + ": inconsistent depth at " + target);
        }
    }
}
