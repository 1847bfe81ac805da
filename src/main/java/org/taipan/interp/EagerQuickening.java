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

    /**
     * A LOAD_GLOBAL_MODULE or LOAD_GLOBAL_BUILTIN at {@code i} of {@code f}'s code whose inline
     * cache no longer applies (a name was added to or deleted from the globals or builtins since
     * it was made): caches the name where it is found now, as tier 1's specializer does when its
     * miss path takes the instruction back to LOAD_GLOBAL and it runs again, so that a recording
     * made right after the change reads the name by position instead of by name. The instruction
     * may become the other of the two forms, or generic when the name is found in neither dict.
     *
     * @param f the frame about to execute instruction {@code i}
     * @return whether the instruction at {@code i} was specialized again
     */
    public static boolean refreshGlobal(Frame f, int i) {
        PyCode q = f.code;
        int word = q.instrs[i];
        int op = word & 0xFF;
        if (op != Op.LOAD_GLOBAL_MODULE && op != Op.LOAD_GLOBAL_BUILTIN) {
            return false;
        }
        Object before = q.caches[i];
        Specializer.loadGlobal(f, q, i, q.names[(word >>> 8) >> 1]);
        return q.caches[i] != before;
    }

    /**
     * A specialized attribute instruction at {@code i} whose inline cache has no entry for the
     * object it is about to run on (a polymorphic site meeting another class or layout): adds that
     * entry now, as tier 1's miss path does on this very execution ({@code AttrOps}), so the
     * recorder can record the typed form. Leaves the cache as it is when tier 1 would not extend
     * it (a full chain, another kind of attribute); nothing is counted as a miss.
     *
     * @param f  the frame about to execute instruction {@code i} (LOAD_ATTR_INSTANCE_VALUE,
     *           LOAD_ATTR_METHOD, LOAD_ATTR_CLASS_VALUE, STORE_ATTR_INSTANCE_VALUE,
     *           STORE_ATTR_ADD_VALUE, LOAD_ATTR_SLOT or STORE_ATTR_SLOT; any other does nothing)
     * @param sp the frame's stack depth before the instruction (the object on top)
     * @return whether the cache changed
     */
    public static boolean extendOnMiss(Frame f, int i, int sp) {
        PyCode q = f.code;
        int word = q.instrs[i];
        int oparg = word >>> 8;
        PyObject obj = f.stack[sp - 1];
        Object before = q.caches[i];
        switch (word & 0xFF) {
            case Op.LOAD_ATTR_INSTANCE_VALUE ->
                    AttrSpecializer.extendInstanceValue(q, i, obj, q.names[oparg >> 1], (oparg & 1) != 0);
            case Op.LOAD_ATTR_METHOD ->
                    AttrSpecializer.extendTypeAttr(q, i, obj, q.names[oparg >> 1], (oparg & 1) != 0, true);
            case Op.LOAD_ATTR_CLASS_VALUE ->
                    AttrSpecializer.extendTypeAttr(q, i, obj, q.names[oparg >> 1], (oparg & 1) != 0, false);
            case Op.STORE_ATTR_INSTANCE_VALUE, Op.STORE_ATTR_ADD_VALUE ->
                    AttrSpecializer.extendStore(q, i, obj, q.names[oparg]);
            case Op.LOAD_ATTR_SLOT -> AttrSpecializer.extendMember(q, i, obj, q.names[oparg >> 1], false);
            case Op.STORE_ATTR_SLOT -> AttrSpecializer.extendMember(q, i, obj, q.names[oparg], true);
            default -> {
                return false;
            }
        }
        return q.caches[i] != before;
    }

    /** Whether {@code op} is one of the families {@link #specialize} acts on (a cheap test before calling it). */
    public static boolean covers(int op) {
        return op == Op.LOAD_GLOBAL || op == Op.LOAD_ATTR || op == Op.STORE_ATTR || op == Op.BINARY_OP
                || op == Op.COMPARE_OP || op == Op.CALL;
    }
}
