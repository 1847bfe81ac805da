package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.List;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;

/**
 * Constant folding: int and float arithmetic and comparisons of constants become constants,
 * {@code UNBOX_INT}/{@code UNBOX_FLOAT} of a constant exact int (fitting a long) or float become
 * {@code CONST_I64}/{@code CONST_F64}, and guards whose outcome the constants decide are dropped
 * when they pass ({@code GUARD_CLASS}/{@code GUARD_SMALL_INT}/{@code GUARD_IS} of a constant,
 * {@code GUARD_TRUE}/{@code GUARD_FALSE} of a folded comparison, {@code GUARD_NONZERO_*} of a
 * non-zero constant: the "cdivision" of issue 7, {@code GUARD_NO_OVERFLOW_*} of constants whose
 * exact result fits, {@code GUARD_NO_OVERFLOW_DIV} of a constant divisor other than -1). {@code GUARD_IS(BOX_BOOL(c), True/False)} becomes {@code GUARD_TRUE/FALSE(c)}.
 * A character taken from a str ({@code CHR(cp)}) has {@code LEN} 1 and {@code STR_CODE_POINT} 0 of
 * it is {@code cp} (a comparison recorded on a value that only the optimizer found to be a CHR,
 * an item of a virtual tuple: its length guard then folds away too).
 *
 * <p>Soundness: a folded value is computed by the same Java arithmetic the op's template runs
 * (wrapping long arithmetic, IEEE doubles, Python's floor rounding via {@link Math#floorDiv}); a
 * division is folded only when it cannot fault ({@code b != 0}, not {@code MIN_VALUE / -1}). A guard
 * is dropped only when it passes on every execution, its operands being constants. A guard that
 * would always fail is kept: the trace then leaves there, as recorded semantics demand.
 */
final class Fold {
    private Fold() {
    }

    /** Folds {@code t} in place; returns the number of instructions folded or dropped. */
    static int run(Trace t) {
        int changed = 0;
        List<Ins> out = new ArrayList<>(t.ops.size());
        for (Ins ins : t.ops) {
            Object r = fold(ins);
            if (r == DROP) {
                changed++;
                continue;
            }
            if (r instanceof Forward f) {
                Rewrite.replaceUses(t, ins, f.to());
                changed++;
                continue;
            }
            if (r instanceof Ins neu && neu != ins) {
                Rewrite.replaceUses(t, ins, neu);
                changed++;
                out.add(neu);
                continue;
            }
            out.add(ins);
        }
        t.replaceOps(out);
        return changed;
    }

    private static final Object DROP = new Object();

    /** {@code ins} is the value {@code to}, an instruction already in the trace (its uses take it). */
    private record Forward(Ins to) {}

    /** DROP, a replacement instruction, or {@code ins} itself. */
    private static Object fold(Ins ins) {
        Ins[] a = ins.args;
        switch (ins.op) {
            case UNBOX_INT -> {
                if (constRef(a[0]) instanceof PyInt i && i.getClass() == PyInt.class && i.fitsLong()) {
                    return Ins.of(IrOp.CONST_I64, i.longValue());
                }
            }
            case UNBOX_FLOAT -> {
                if (constRef(a[0]) instanceof PyFloat f && f.getClass() == PyFloat.class) {
                    return Ins.of(IrOp.CONST_F64, f.value());
                }
            }
            case GUARD_CLASS -> {
                Object c = constRef(a[0]);
                if (c != null && c.getClass() == ins.aux) {
                    return DROP;
                }
            }
            case LEN -> {
                // a character the trace took from a str (CHR) is one code point long
                if (a[0].op == IrOp.CHR) {
                    return Ins.of(IrOp.CONST_I64, 1L);
                }
            }
            case STR_CODE_POINT -> {
                if (a[0].op == IrOp.CHR && i64(a[1]) != null && i64(a[1]) == 0) {
                    return new Forward(a[0].args[0]);
                }
            }
            case GUARD_STR_INDEX -> {
                if (a[0].op == IrOp.CHR && i64(a[1]) != null && i64(a[1]) == 0) {
                    return DROP;
                }
            }
            case GUARD_SMALL_INT -> {
                if (constRef(a[0]) instanceof PyInt i && i.getClass() == PyInt.class && i.fitsLong()) {
                    return DROP;
                }
            }
            case GUARD_IS -> {
                if (a[0].op == IrOp.CONST_REF && a[0].aux == ins.aux) {
                    return DROP;
                }
                if (a[0].op == IrOp.BOX_BOOL && (ins.aux == PyBool.TRUE || ins.aux == PyBool.FALSE)) {
                    Ins g = Ins.of(ins.aux == PyBool.TRUE ? IrOp.GUARD_TRUE : IrOp.GUARD_FALSE, null, a[0].args[0]);
                    g.snapshot = ins.snapshot;
                    return fold(g) == DROP ? DROP : g;
                }
            }
            case GUARD_TRUE, GUARD_FALSE -> {
                Boolean b = boolValue(a[0]);
                if (b != null && b == (ins.op == IrOp.GUARD_TRUE)) {
                    return DROP;
                }
            }
            case GUARD_NONZERO_I64 -> {
                if (a[0].op == IrOp.CONST_I64 && (Long) a[0].aux != 0) {
                    return DROP;
                }
            }
            case GUARD_NONZERO_F64 -> {
                if (a[0].op == IrOp.CONST_F64 && (Double) a[0].aux != 0.0) {
                    return DROP;
                }
            }
            case GUARD_NO_OVERFLOW_DIV -> {
                // only MIN_VALUE // -1 overflows: a constant divisor other than -1 (or dividend other than MIN_VALUE) never does
                Long x = i64(a[0]), y = i64(a[1]);
                if (y != null && y != -1 || x != null && x != Long.MIN_VALUE) {
                    return DROP;
                }
            }
            case GUARD_NO_OVERFLOW_NEG -> {
                Long x = i64(a[0]);
                if (x != null && x != Long.MIN_VALUE) {
                    return DROP;
                }
            }
            case GUARD_NO_OVERFLOW_ADD, GUARD_NO_OVERFLOW_SUB, GUARD_NO_OVERFLOW_MUL -> {
                Long x = i64(a[0]), y = i64(a[1]);
                if (x != null && y != null && fits(ins.op, x, y)) {
                    return DROP;
                }
            }
            default -> {
                return foldArith(ins);
            }
        }
        return ins;
    }

    private static boolean fits(IrOp op, long x, long y) {
        try {
            switch (op) {
                case GUARD_NO_OVERFLOW_ADD -> Math.addExact(x, y);
                case GUARD_NO_OVERFLOW_SUB -> Math.subtractExact(x, y);
                default -> Math.multiplyExact(x, y);
            }
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static Ins foldArith(Ins ins) {
        Ins[] a = ins.args;
        if (ins.op == IrOp.INT_NEG && i64(a[0]) != null) {
            return Ins.of(IrOp.CONST_I64, -i64(a[0]));
        }
        if (ins.op == IrOp.FLOAT_NEG && f64(a[0]) != null) {
            return Ins.of(IrOp.CONST_F64, -f64(a[0]));
        }
        if (ins.op == IrOp.INT_TO_FLOAT && i64(a[0]) != null) {
            return Ins.of(IrOp.CONST_F64, (double) i64(a[0]));
        }
        if (a.length != 2) {
            return ins;
        }
        Long x = i64(a[0]), y = i64(a[1]);
        if (x != null && y != null) {
            long p = x, q = y;
            Long v = switch (ins.op) {
                case INT_ADD -> p + q;
                case INT_SUB -> p - q;
                case INT_MUL -> p * q;
                case INT_AND -> p & q;
                case INT_OR -> p | q;
                case INT_XOR -> p ^ q;
                case INT_RSHIFT -> q < 0 ? null : p >> Math.min(q, 63);
                case INT_FLOORDIV -> q == 0 || (p == Long.MIN_VALUE && q == -1) ? null : Math.floorDiv(p, q);
                case INT_MOD -> q == 0 || (p == Long.MIN_VALUE && q == -1) ? null : Math.floorMod(p, q);
                default -> null;
            };
            if (v != null) {
                return Ins.of(IrOp.CONST_I64, v);
            }
        }
        Double f = f64(a[0]), g = f64(a[1]);
        if (f != null && g != null) {
            double p = f, q = g;
            Double v = switch (ins.op) {
                case FLOAT_ADD -> p + q;
                case FLOAT_SUB -> p - q;
                case FLOAT_MUL -> p * q;
                case FLOAT_DIV -> q == 0.0 ? null : p / q;
                default -> null;
            };
            if (v != null) {
                return Ins.of(IrOp.CONST_F64, v);
            }
        }
        return ins;
    }

    /** The outcome of a comparison of two constants, or null. */
    static Boolean boolValue(Ins c) {
        if (c.args.length != 2) {
            return null;
        }
        Long x = i64(c.args[0]), y = i64(c.args[1]);
        if (x != null && y != null) {
            long p = x, q = y;
            return switch (c.op) {
                case INT_LT -> p < q;
                case INT_LE -> p <= q;
                case INT_EQ -> p == q;
                case INT_NE -> p != q;
                case INT_GT -> p > q;
                case INT_GE -> p >= q;
                default -> null;
            };
        }
        Double f = f64(c.args[0]), g = f64(c.args[1]);
        if (f != null && g != null) {
            double p = f, q = g;
            return switch (c.op) {
                case FLOAT_LT -> p < q;
                case FLOAT_LE -> p <= q;
                case FLOAT_EQ -> p == q;
                case FLOAT_NE -> p != q;
                case FLOAT_GT -> p > q;
                case FLOAT_GE -> p >= q;
                default -> null;
            };
        }
        return null;
    }

    private static Object constRef(Ins v) {
        return v.op == IrOp.CONST_REF ? v.aux : null;
    }

    private static Long i64(Ins v) {
        return v.op == IrOp.CONST_I64 ? (Long) v.aux : null;
    }

    private static Double f64(Ins v) {
        return v.op == IrOp.CONST_F64 ? (Double) v.aux : null;
    }
}
