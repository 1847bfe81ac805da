package org.taipan.jit.ir;

import java.util.Arrays;

/**
 * One instruction of a trace, which is also the SSA value it defines. Operands are other
 * instructions (defined earlier in the trace; only a {@link IrOp#PHI}'s second operand comes
 * later). Passes rewrite a trace by replacing operands and dropping instructions, so operands and
 * the snapshot are mutable; the op and {@code aux} are not.
 */
public final class Ins {
    /** Position in the trace, for printing and for passes' side tables; {@link Trace#renumber} keeps it dense. */
    public int id;
    public final IrOp op;
    /** The value's representation: the op's result type, or the operands' type for a PHI. */
    public final IrType type;
    /** The operands; never null (empty for none). */
    public Ins[] args;
    /**
     * The op's constant: a slot index (Integer) for SLOT, GETSLOT, SETSLOT; the constant for
     * CONST_*; the expected Class, object or Shape for GUARD_CLASS, GUARD_IS, GUARD_SHAPE; what
     * CALL_HELPER calls. Null otherwise.
     */
    public final Object aux;
    /** Where to resume tier 1 if this guard fails or this op raises; null for other ops. */
    public Snapshot snapshot;

    public Ins(IrOp op, IrType type, Object aux, Ins... args) {
        this.op = op;
        this.type = type;
        this.aux = aux;
        this.args = args;
    }

    /** An instruction of {@code op} with the op's own result type. */
    public static Ins of(IrOp op, Object aux, Ins... args) {
        if (op.result() == null) {
            throw new IllegalArgumentException(op + " takes its type from its operands");
        }
        return new Ins(op, op.result(), aux, args);
    }

    public Ins arg(int i) {
        return args[i];
    }

    /** {@code aux} as an int (slot indices). */
    /**
     * Whether this is a CALL_HELPER of a helper marked {@link org.taipan.interp.RunsPython}: one
     * that may run Python code (a frame's snapshot then matters to the call itself, not only to
     * an exit).
     */
    public boolean callsPythonHelper() {
        return op == IrOp.CALL_HELPER && aux instanceof java.lang.reflect.Method m
                && m.isAnnotationPresent(org.taipan.interp.RunsPython.class);
    }

    public int auxInt() {
        return (Integer) aux;
    }

    @Override
    public String toString() {
        return "%" + id + " = " + op + (aux != null ? " [" + aux + "]" : "")
                + (args.length > 0 ? " " + Arrays.stream(args).map(a -> a == null ? "null" : "%" + a.id).toList() : "");
    }
}
