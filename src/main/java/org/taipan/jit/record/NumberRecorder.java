package org.taipan.jit.record;

import org.taipan.code.Op;
import org.taipan.runtime.CompareOp;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * The recorder's number instructions that tier 1 leaves unspecialized: the unary operators
 * (UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT) on exact small ints, exact floats and
 * bools, and the generic COMPARE_OP on exact small ints and floats (mixed too). Each
 * records what the value it saw needs; a unary operator on anything else is tier 1's operation
 * called ({@link GenericOpRecorder#unary}), a comparison aborts. CPython's {@code long_neg}/{@code float_neg},
 * {@code long_invert}, {@code PyObject_Not} and {@code float_richcompare} are the semantics.
 *
 * <p>Works on its {@link Recorder}'s frame and builder: check, emit, then change the frame.
 */
final class NumberRecorder {
    private final Recorder r;

    NumberRecorder(Recorder r) {
        this.r = r;
    }

    /** UNARY_NEGATIVE / _POSITIVE / _NOT / _INVERT at {@code i}: {@code (v -- op v)}. */
    void unary(int i, int op) {
        r.pops(i, 1);
        PyObject v = r.st[r.sp - 1];
        Ins iv = r.b.read(r.sp - 1);
        Ins result;
        PyObject value;
        if (op == Op.UNARY_NOT) {
            result = not(v, iv);
            if (result == null) {
                GenericOpRecorder.unary(r, i, op);
                return;
            }
            value = PyBool.of(!Abstract.isTrue(v));
        } else if (Recorder.smallInt(v)) {
            long x = ((PyInt) v).longValue();
            Ins ux = r.unboxInt(iv);
            result = switch (op) {
                case Op.UNARY_NEGATIVE -> {
                    if (x == Long.MIN_VALUE) {
                        throw new RecordAbort("int overflow", i);
                    }
                    // -(-2**63) is 2**63: the exit lets tier 1 make the big int
                    r.b.guard(IrOp.GUARD_NO_OVERFLOW_NEG, null, ux);
                    yield r.b.emit(IrOp.BOX_INT, null, r.b.emit(IrOp.INT_NEG, null, ux));
                }
                // ~x is -x - 1, never outside a long for a long x
                case Op.UNARY_INVERT -> r.b.emit(IrOp.BOX_INT, null, r.b.emit(IrOp.INT_XOR, null, ux, r.b.constantI64(-1)));
                // +x of an exact int is x itself
                default -> iv;
            };
            value = tierOne(op, v);
        } else if (v.getClass() == PyFloat.class && op != Op.UNARY_INVERT) {
            Ins ux = r.unboxFloat(iv);
            result = op == Op.UNARY_NEGATIVE ? r.b.emit(IrOp.BOX_FLOAT, null, r.b.emit(IrOp.FLOAT_NEG, null, ux))
                    : iv;
            value = tierOne(op, v);
        } else {
            GenericOpRecorder.unary(r, i, op);
            return;
        }
        r.replace(1, result, value);
        r.ip = i + 1;
    }

    private static PyObject tierOne(int op, PyObject v) {
        return switch (op) {
            case Op.UNARY_NEGATIVE -> Abstract.negative(v);
            case Op.UNARY_INVERT -> Abstract.invert(v);
            default -> Abstract.positive(v);
        };
    }

    /** The IR of {@code not v} for a bool, None, a small int or a float {@code v}; null for other values (their truth may run code). */
    private Ins not(PyObject v, Ins iv) {
        if (iv.op == IrOp.BOX_BOOL) {
            return r.b.emit(IrOp.BOX_BOOL, null, r.b.emit(IrOp.BOOL_NOT, null, iv.arg(0)));
        }
        if (v == PyBool.TRUE || v == PyBool.FALSE || v == PyNone.NONE) {
            r.b.guard(IrOp.GUARD_IS, v, iv);
            return r.b.constant(PyBool.of(v == PyBool.FALSE || v == PyNone.NONE));
        }
        if (Recorder.smallInt(v)) {
            return r.b.emit(IrOp.BOX_BOOL, null, r.b.emit(IrOp.INT_EQ, null, r.unboxInt(iv), r.b.constantI64(0)));
        }
        if (v.getClass() == PyFloat.class) {
            return r.b.emit(IrOp.BOX_BOOL, null, r.b.emit(IrOp.FLOAT_EQ, null, r.unboxFloat(iv), r.b.constantF64(0.0)));
        }
        return null;
    }

    /**
     * COMPARE_OP (generic: before tier 1 quickened it, or left so for mixed operands) between
     * two exact small ints, two exact floats, or an exact small int and an exact float in either
     * order (INT_FLOAT_CMP, exact); the result a bool. Other operand kinds abort (their
     * comparison may call Python code).
     */
    void compare(int i, int cmp) {
        r.pops(i, 2);
        PyObject a = r.st[r.sp - 2], c = r.st[r.sp - 1];
        boolean ia = Recorder.smallInt(a), ic = Recorder.smallInt(c);
        boolean fa = a.getClass() == PyFloat.class, fc = c.getClass() == PyFloat.class;
        if (cmp < 0 || cmp > 5 || !(ia || fa) || !(ic || fc)) {
            throw new RecordAbort("COMPARE_OP operands not ints or floats", i);
        }
        Ins va = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        Ins cond;
        if (ia && ic) {
            cond = r.b.emit(Recorder.intCompare(cmp), null, r.unboxInt(va), r.unboxInt(vc));
        } else if (fa && fc) {
            cond = r.b.emit(Recorder.floatCompare(cmp), null, r.unboxFloat(va), r.unboxFloat(vc));
        } else if (ia) {
            cond = r.b.emit(IrOp.INT_FLOAT_CMP, cmp, r.unboxInt(va), r.unboxFloat(vc));
        } else {
            // float <op> int is int <mirrored op> float
            cond = r.b.emit(IrOp.INT_FLOAT_CMP, mirror(cmp), r.unboxInt(vc), r.unboxFloat(va));
        }
        r.replace(2, r.b.emit(IrOp.BOX_BOOL, null, cond), Abstract.richCompare(a, c, CompareOp.of(cmp)));
        r.ip = i + 1;
    }

    /**
     * BINARY_OP (generic: before tier 1 quickened it, or left so for a bool operand) on exact
     * small ints, bools (as 0 and 1, CPython's bool being an int) and exact floats: + - * // %
     * on any mix, / with a float, & | ^ on ints with at most one bool (two bools give a bool).
     * The same IR and guards as the specialized forms: overflow, zero divisor, {@code MIN // -1}.
     */
    void binary(int i, int nb) {
        r.pops(i, 2);
        PyObject a = r.st[r.sp - 2], c = r.st[r.sp - 1];
        int plain = nb >= Abstract.NB_INPLACE ? nb - Abstract.NB_INPLACE : nb;
        boolean fa = a.getClass() == PyFloat.class, fc = c.getClass() == PyFloat.class;
        if (!(fa || integral(a)) || !(fc || integral(c))) {
            r.resid.binary(i, nb);
            return;
        }
        Ins va = r.b.read(r.sp - 2), vc = r.b.read(r.sp - 1);
        Ins result;
        if (fa || fc) {
            IrOp irop = Recorder.floatOperator(plain);
            boolean division = irop == IrOp.FLOAT_DIV || irop == IrOp.FLOAT_FLOORDIV || irop == IrOp.FLOAT_MOD;
            if (irop == null || division && doubleOf(c) == 0.0) {
                // another operator (TypeError for a shift), a zero divisor: tier 1's operation, residual
                r.resid.binary(i, nb);
                return;
            }
            Ins x = asDouble(a, va), y = asDouble(c, vc);
            if (division) {
                r.b.guard(IrOp.GUARD_NONZERO_F64, null, y);
            }
            Ins value = r.b.emit(irop, null, x, y);
            if (irop == IrOp.FLOAT_POW) {
                powGuard(i, a, c, x, y, value);
            }
            result = r.b.emit(IrOp.BOX_FLOAT, null, value);
        } else {
            IrOp irop = Recorder.intOperator(plain);
            boolean bitwise = irop == IrOp.INT_AND || irop == IrOp.INT_OR || irop == IrOp.INT_XOR;
            boolean division = irop == IrOp.INT_FLOORDIV || irop == IrOp.INT_MOD;
            if (irop == null || bitwise && a.getClass() == PyBool.class && c.getClass() == PyBool.class
                    || division && longOf(c) == 0 || overflows(irop, longOf(a), longOf(c))) {
                // shifts, **, true division of ints, bool & bool, a zero divisor, a result beyond 64 bits: residual
                r.resid.binary(i, nb);
                return;
            }
            long p = longOf(a), q = longOf(c);
            Ins x = asLong(a, va), y = asLong(c, vc);
            if (division) {
                r.b.guard(IrOp.GUARD_NONZERO_I64, null, y);
            }
            if (irop == IrOp.INT_FLOORDIV) {
                r.b.guard(IrOp.GUARD_NO_OVERFLOW_DIV, null, x, y);
            }
            Ins z = r.b.emit(irop, null, x, y);
            switch (irop) {
                case INT_ADD -> r.b.guard(IrOp.GUARD_NO_OVERFLOW_ADD, null, x, y, z);
                case INT_SUB -> r.b.guard(IrOp.GUARD_NO_OVERFLOW_SUB, null, x, y, z);
                case INT_MUL -> r.b.guard(IrOp.GUARD_NO_OVERFLOW_MUL, null, x, y, z);
                default -> { }
            }
            result = r.b.emit(IrOp.BOX_INT, null, z);
        }
        r.replace(2, result, Abstract.binaryOp(nb, a, c));
        r.ip = i + 1;
    }

    /** Whether {@code p <irop> q} leaves 64 bits ({@code MIN // -1} included). */
    static boolean overflows(IrOp irop, long p, long q) {
        try {
            switch (irop) {
                case INT_ADD -> Math.addExact(p, q);
                case INT_SUB -> Math.subtractExact(p, q);
                case INT_MUL -> Math.multiplyExact(p, q);
                case INT_FLOORDIV -> {
                    return p == Long.MIN_VALUE && q == -1;
                }
                default -> { }
            }
            return false;
        } catch (ArithmeticException e) {
            return true;
        }
    }

    /** Whether {@link #compare} takes {@code o}: an exact int fitting a long or an exact float. */
    static boolean numeric(PyObject o) {
        return Recorder.smallInt(o) || o.getClass() == PyFloat.class;
    }

    /** An exact small int or a bool. */
    private static boolean integral(PyObject o) {
        return Recorder.smallInt(o) || o.getClass() == PyBool.class;
    }

    private static long longOf(PyObject o) {
        return o.getClass() == PyBool.class ? (o == PyBool.TRUE ? 1 : 0) : ((PyInt) o).longValue();
    }

    private static double doubleOf(PyObject o) {
        return o.getClass() == PyFloat.class ? ((PyFloat) o).value() : longOf(o);
    }

    /** The long of an exact small int or a bool (True is 1), guarded as the kind recorded. */
    private Ins asLong(PyObject o, Ins v) {
        if (o.getClass() != PyBool.class) {
            return r.unboxInt(v);
        }
        if (v.op == IrOp.BOX_BOOL) {
            return r.b.emit(IrOp.BOOL_TO_INT, null, v.arg(0));
        }
        r.b.guard(IrOp.GUARD_IS, o, v);
        return r.b.constantI64(o == PyBool.TRUE ? 1 : 0);
    }

    /** The double of an exact float, small int or bool (ints converted as tier 1 does: a long to double cast). */
    private Ins asDouble(PyObject o, Ins v) {
        return o.getClass() == PyFloat.class ? r.unboxFloat(v) : r.b.emit(IrOp.INT_TO_FLOAT, null, asLong(o, v));
    }

    /**
     * After FLOAT_POW of {@code a ** c} (recorded operands, as doubles {@code ux}, {@code uy}):
     * aborts if tier 1 gives no float here (a complex, ZeroDivisionError, OverflowError), else
     * guards that later iterations give a float too (the exit re-runs the instruction in tier 1).
     */
    void powGuard(int i, PyObject a, PyObject c, Ins ux, Ins uy, Ins value) {
        double x = doubleOf(a), y = doubleOf(c);
        if (!PyFloat.powIsFloat(x, y, PyFloat.powValue(x, y))) {
            throw new RecordAbort("float power not a float", i);
        }
        r.b.guard(IrOp.GUARD_POW_FLOAT, null, ux, uy, value);
    }

    /** The comparison {@code op'} with {@code a op b == b op' a}. */
    static int mirror(int cmp) {
        return switch (cmp) {
            case 0 -> 4;
            case 1 -> 5;
            case 4 -> 0;
            case 5 -> 1;
            default -> cmp;
        };
    }
}
