package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Loop-invariant code motion, the simplest sound form of the "loop peeling so invariant
 * guards and loads run once": a body instruction whose operands are all defined before
 * {@link IrOp#LOOP} (or were hoisted themselves) moves to the end of the preamble, in order, when it
 * is a non-allocating PURE op, or a guard of an immutable property ({@code GUARD_CLASS},
 * {@code GUARD_IS}, {@code GUARD_SMALL_INT}, {@code GUARD_TRUE}/{@code FALSE},
 * {@code GUARD_NONZERO_*}, {@code GUARD_NO_OVERFLOW_*}), or a {@code GUARD_SHAPE} or {@code GUARD_TYPE}
 * in a body without an effect that may change shapes (or run code that assigns {@code __class__}),
 * or a {@code GUARD_TYPE} on a value an invariant {@code GUARD_CLASS} shows is no
 * {@code ClassAssignable} (whose type no {@code __class__} assignment can change).
 * {@code GUARD_NOT_INVALIDATED}, {@code GUARD_FUNCTION} and {@code GUARD_TYPE_VERSION} move only out of
 * a calm body (every op a guard, PURE or {@link RepeatedGuards#HARMLESS}: no Python code runs, so
 * nothing rebinds a name, changes a class or replaces a function's code mid-loop); in a body that
 * calls code they stay in place, where they see what that code changed earlier in the same
 * iteration. In a calm body, loads of cells, instance values and list items move too when the
 * body has no op that writes that kind of state ({@code CELL_SET}, {@code SETSLOT},
 * {@code LIST_SETITEM}), the last two only while every guard before them moved (their shape or
 * bounds check). Stores and attribute additions to an instance the body itself allocates
 * ({@code NEW_INSTANCE}: an inlined constructor) count for neither: no invariant value is that object. A hoisted guard takes the loop header's snapshot.
 *
 * <p>Soundness: an invariant guard has the same outcome on every iteration, so checking it once
 * before the first is equivalent; failing it there resumes tier 1 at the header with the frame as
 * it was at entry (the preamble changed nothing in it), which re-runs exactly what the trace would
 * have run up to the guard. A PURE op that can fault on bad operands ({@code UNBOX_*} of a wrong
 * object, integer division by zero) relies on the guards before it: it is hoisted only while every
 * guard before it in the body has been hoisted too. Boxes stay (one box per iteration is what
 * tier 1's identity semantics give).
 */
final class Licm {
    private Licm() {
    }

    /**
     * PURE ops that compute a value from any operands of their types without failing, so they may
     * run before the guards that preceded them (wrapping long arithmetic, IEEE doubles). A PURE op
     * not listed here (one added to IrOp later, say) is never hoisted.
     */
    static final Set<IrOp> NEVER_FAULTS = java.util.EnumSet.of(IrOp.CONST_I64, IrOp.CONST_F64, IrOp.CONST_REF,
            IrOp.INT_ADD, IrOp.INT_SUB, IrOp.INT_MUL, IrOp.INT_AND, IrOp.INT_OR, IrOp.INT_XOR, IrOp.INT_RSHIFT, IrOp.INT_NEG,
            IrOp.INT_LT, IrOp.INT_LE, IrOp.INT_EQ, IrOp.INT_NE, IrOp.INT_GT, IrOp.INT_GE, IrOp.INT_TO_FLOAT,
            IrOp.FLOAT_ADD, IrOp.FLOAT_SUB, IrOp.FLOAT_MUL, IrOp.FLOAT_DIV, IrOp.FLOAT_NEG, IrOp.FLOAT_LT,
            IrOp.FLOAT_LE, IrOp.FLOAT_EQ, IrOp.FLOAT_NE, IrOp.FLOAT_GT, IrOp.FLOAT_GE, IrOp.BOX_BOOL, IrOp.REF_IS,
            // jitnum's: none throws in Java (a float division by zero is NaN, never an exception; the guard stays in place)
            IrOp.BOOL_NOT, IrOp.BOOL_TO_INT, IrOp.INT_FLOAT_CMP, IrOp.FLOAT_ABS, IrOp.FLOAT_SQRT, IrOp.FLOAT_FLOORDIV,
            IrOp.FLOAT_MOD, IrOp.FLOAT_POW);

    /** Adds the operand of {@code ins} to {@code typeFixed} when {@code ins} is a GUARD_CLASS of a class whose objects keep their type. */
    private static void noteTypeFixed(Ins ins, Set<Ins> typeFixed) {
        if (ins.op == IrOp.GUARD_CLASS && ins.aux instanceof Class<?> c
                && !org.taipan.runtime.ClassAssignable.class.isAssignableFrom(c)) {
            typeFixed.add(ins.arg(0));
        }
    }

    /** Hoists invariant instructions of {@code t}; returns how many moved. */
    static int run(Trace t) {
        int loop = t.loopIndex();
        int start = Rewrite.bodyStart(t);
        boolean shapeSafe = true;
        boolean calm = true;
        Set<IrOp> writes = java.util.EnumSet.noneOf(IrOp.class);
        // objects the body allocates: no invariant value is one of them, so stores and attribute
        // additions to them change nothing an invariant guard or load looks at
        Set<Ins> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = start; i < t.ops.size(); i++) {
            Ins ins = t.ops.get(i);
            IrOp op = ins.op;
            if (op == IrOp.NEW_INSTANCE) {
                fresh.add(ins);
            }
            boolean onFresh = (op == IrOp.ADDSLOT || op == IrOp.SETSLOT) && fresh.contains(ins.arg(0));
            if (op.hasEffect() && !GuardElim.SHAPE_PRESERVING.contains(op.name()) && !onFresh) {
                shapeSafe = false;
            }
            calm &= op == IrOp.JUMP || !RepeatedGuards.endsStretch(op);
            if (!onFresh) {
                writes.add(op);
            }
        }
        Set<Ins> invariant = Collections.newSetFromMap(new IdentityHashMap<>());
        invariant.addAll(t.ops.subList(0, loop));
        // values a preamble GUARD_CLASS proved to be of a Java class whose objects never change
        // their Python type (only a ClassAssignable takes __class__ assignment: ClassAssignment)
        Set<Ins> typeFixed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Ins ins : t.ops.subList(0, loop)) {
            noteTypeFixed(ins, typeFixed);
        }
        Set<Ins> rebindable = rebindable(t, loop);
        // a body GUARD_CLASS on a preamble value moves whatever comes before it (go's GUARD_TYPE
        // [type set] precedes the call's GUARD_CLASS [set]): its fact holds from the preamble on
        for (int i = start; i < t.ops.size(); i++) {
            Ins ins = t.ops.get(i);
            if (ins.op == IrOp.GUARD_CLASS && invariant.contains(ins.arg(0)) && !rebindable.contains(ins.arg(0))) {
                noteTypeFixed(ins, typeFixed);
            }
        }
        List<Ins> hoisted = new ArrayList<>();
        List<Ins> body = new ArrayList<>();
        boolean guardsAllHoisted = true;
        for (int i = start; i < t.ops.size(); i++) {
            Ins ins = t.ops.get(i);
            boolean operandsInvariant = true;
            for (Ins a : ins.args) {
                operandsInvariant &= invariant.contains(a);
            }
            boolean fromRebindable = false;
            for (Ins a : ins.args) {
                fromRebindable |= rebindable.contains(a);
            }
            // a guard on a local some other path of the loop rebinds would fail at every entry after
            // that path ran (a bridge rebinding it goes back to the header); in place, it exits
            // where that path begins and can grow a bridge there
            boolean move = operandsInvariant && !(fromRebindable && ins.op.isGuard()) && switch (ins.op) {
                case GUARD_CLASS, GUARD_IS, GUARD_SMALL_INT, GUARD_TRUE, GUARD_FALSE, GUARD_NONZERO_I64,
                        GUARD_NONZERO_F64, GUARD_NO_OVERFLOW_ADD, GUARD_NO_OVERFLOW_SUB, GUARD_NO_OVERFLOW_MUL -> true;
                // no op of a shape-safe body runs Python code, so none assigns __class__ either
                case GUARD_SHAPE -> shapeSafe;
                // ... and no code assigns __class__ to an object that is not a ClassAssignable: a set,
                // list or dict keeps its type whatever the body calls (go's liberties.add in a loop)
                case GUARD_TYPE -> shapeSafe || calm || typeFixed.contains(ins.arg(0));
                // a calm body runs no Python code: nothing in it rebinds, invalidates or replaces __code__
                case GUARD_NOT_INVALIDATED, GUARD_FUNCTION, GUARD_TYPE_VERSION -> calm;
                case GUARD_NOT_NULL -> true;
                // no op of a calm body shortens a list (LIST_APPEND only lengthens one)
                case GUARD_LIST_INDEX -> calm;
                // loads of state nothing in a calm body writes (a cell, an instance's values, a list's items)
                case CELL_GET -> calm && !writes.contains(IrOp.CELL_SET);
                case GETSLOT -> calm && !writes.contains(IrOp.SETSLOT) && !writes.contains(IrOp.ADDSLOT)
                        && (guardsAllHoisted || shapeHas(ins, t.ops.subList(0, loop), hoisted));
                case LIST_GETITEM -> calm && !writes.contains(IrOp.LIST_SETITEM) && guardsAllHoisted;
                case UNBOX_INT, UNBOX_FLOAT, INT_FLOORDIV, INT_MOD -> guardsAllHoisted || provenSafe(ins, t.ops.subList(0, loop), hoisted);
                default -> NEVER_FAULTS.contains(ins.op);
            };
            if (move) {
                if (ins.op.isGuard()) {
                    ins.snapshot = Rewrite.header(t);
                }
                invariant.add(ins);
                hoisted.add(ins);
                noteTypeFixed(ins, typeFixed);
                if (fromRebindable) {
                    rebindable.add(ins);
                }
            } else {
                if (ins.op.isGuard() || ins.op.mayRaise() || ins.op.hasEffect()) {
                    guardsAllHoisted = false;
                }
                body.add(ins);
            }
        }
        if (hoisted.isEmpty()) {
            return 0;
        }
        List<Ins> out = new ArrayList<>(t.ops.subList(0, loop));
        out.addAll(hoisted);
        out.addAll(t.ops.subList(loop, start));
        out.addAll(body);
        t.replaceOps(out);
        return hoisted.size();
    }

    /**
     * The preamble values that come from a local of the loop's frame that the loop's bytecode
     * writes on some path ({@link LoopStores}) though not on the recorded one (else it would be a
     * PHI), and the preamble values computed from them.
     */
    private static Set<Ins> rebindable(Trace t, int loop) {
        Set<Ins> out = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean[] stored = LoopStores.of(t.code, t.loopHeaderIp);
        for (Ins ins : t.ops.subList(0, loop)) {
            boolean derived = false;
            for (Ins a : ins.args) {
                derived |= out.contains(a);
            }
            if (derived || ins.op == IrOp.SLOT && ins.auxInt() < stored.length && stored[ins.auxInt()]) {
                out.add(ins);
            }
        }
        return out;
    }

    /**
     * Whether a shape guard already in the preamble makes the instance value {@code load} reads
     * exist ({@code GUARD_SHAPE} of its object with a shape of more than its index values), so the
     * load may move before the body's own guards.
     */
    private static boolean shapeHas(Ins load, List<Ins> preamble, List<Ins> hoisted) {
        for (List<Ins> part : List.of(preamble, hoisted)) {
            for (Ins g : part) {
                if (g.op == IrOp.GUARD_SHAPE && g.args[0] == load.args[0]
                        && g.aux instanceof org.taipan.runtime.Shape shape && shape.size() > load.auxInt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the guards that make {@code ins} safe are already in the preamble: for
     * {@code UNBOX_INT(v)} an exact-int and fits-long check of {@code v}, for {@code UNBOX_FLOAT(v)} an
     * exact-float check, for a division a non-zero check or a non-zero constant divisor.
     */
    private static boolean provenSafe(Ins ins, List<Ins> preamble, List<Ins> hoisted) {
        Ins v = ins.op == IrOp.INT_FLOORDIV || ins.op == IrOp.INT_MOD ? ins.args[1] : ins.args[0];
        if (v.op == IrOp.CONST_I64 || v.op == IrOp.CONST_REF) {
            // constants: Fold already turned safe unboxes and divisions of them into constants
            return ins.op == IrOp.INT_FLOORDIV || ins.op == IrOp.INT_MOD ? (Long) v.aux != 0 : false;
        }
        boolean cls = false, small = false, nonZero = false;
        for (List<Ins> part : List.of(preamble, hoisted)) {
            for (Ins g : part) {
                if (g.args.length > 0 && g.args[0] == v) {
                    cls |= g.op == IrOp.GUARD_CLASS
                            && g.aux == (ins.op == IrOp.UNBOX_FLOAT ? org.taipan.runtime.PyFloat.class : org.taipan.runtime.PyInt.class);
                    small |= g.op == IrOp.GUARD_SMALL_INT;
                    nonZero |= g.op == IrOp.GUARD_NONZERO_I64;
                }
            }
        }
        return switch (ins.op) {
            case UNBOX_INT -> cls && small;
            case UNBOX_FLOAT -> cls;
            default -> nonZero;
        };
    }
}
