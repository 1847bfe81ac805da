package org.taipan.interp;

import org.taipan.code.Op;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyObject;

/**
 * Quickening ahead of tier 1's counter, for the JIT's recorder: a generic instruction the
 * recorder meets on its first or second execution (a loop recorded at a low threshold, a bridge
 * recording a path no iteration took before) is specialized at once for the operands it is about
 * to run on, as tier 1 would be on that execution or the next ({@link PyCode#counters} start at
 * 1), so the recording sees the specialized form it records instead of aborting on the generic
 * one. A site that already failed to specialize or deoptimized ({@link PyCode#backoff} set) keeps
 * its back-off: its types change, and tier 1 decides when it tries again.
 *
 * <p>Only the families whose generic form the recorder cannot record (LOAD_GLOBAL, LOAD_ATTR,
 * STORE_ATTR), records for builtin scalars only (BINARY_OP, COMPARE_OP), or records for
 * Python callees only (CALL: a builtin's call is recorded from its specialized form).
 */
public final class EagerQuickening {
    private EagerQuickening() {}

    /**
     * Specializes instruction {@code i} of {@code f}'s code now if it is a generic LOAD_GLOBAL,
     * LOAD_ATTR, STORE_ATTR, BINARY_OP, COMPARE_OP or CALL (without keywords) that has run at most once and never backed
     * off; the specializer may also leave it generic (with a back-off, as in tier 1).
     *
     * @param f  the frame about to execute instruction {@code i}
     * @param sp the frame's stack depth before the instruction (its operands on top)
     * @return whether the instruction at {@code i} changed
     */
    public static boolean specialize(Frame f, int i, int sp) {
        PyCode q = f.code;
        int word = q.instrs[i];
        int op = word & 0xFF, oparg = word >>> 8;
        if (q.backoff[i] != 0 || q.counters[i] > 1) {
            return false;
        }
        PyObject[] stack = f.stack;
        switch (op) {
            case Op.LOAD_GLOBAL -> Specializer.loadGlobal(f, q, i, q.names[oparg >> 1]);
            case Op.LOAD_ATTR -> AttrSpecializer.loadAttr(q, i, stack[sp - 1], q.names[oparg >> 1], (oparg & 1) != 0);
            case Op.STORE_ATTR -> AttrSpecializer.storeAttr(q, i, stack[sp - 1], q.names[oparg]);
            case Op.BINARY_OP -> Specializer.binaryOp(q, i, oparg, stack[sp - 2], stack[sp - 1]);
            case Op.COMPARE_OP -> Specializer.compareOp(q, i, stack[sp - 2], stack[sp - 1]);
            case Op.CALL -> {
                if (i > 0 && (q.instrs[i - 1] & 0xFF) == Op.KW_NAMES) {
                    return false;  // its keyword names are the KW_NAMES's: tier 1 specializes it
                }
                CallSpecializer.call(q, i, stack, sp, oparg, null, f.builtins);
            }
            default -> {
                return false;
            }
        }
        return q.instrs[i] != word;
    }

    /** Whether {@code op} is one of the families {@link #specialize} acts on (a cheap test before calling it). */
    public static boolean covers(int op) {
        return op == Op.LOAD_GLOBAL || op == Op.LOAD_ATTR || op == Op.STORE_ATTR || op == Op.BINARY_OP
                || op == Op.COMPARE_OP || op == Op.CALL;
    }
}
