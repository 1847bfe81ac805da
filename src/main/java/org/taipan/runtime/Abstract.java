package org.taipan.runtime;

import java.util.function.Function;

/**
 * The object protocols, in one place, modelled on CPython's {@code Objects/abstract.c} and
 * {@code Objects/object.c}: binary operators with reflected operands and the subclass-first
 * rule ({@code binary_op1}), in-place operators, rich comparison ({@code do_richcompare}),
 * truth, hashing, attributes, items, iteration and conversions. Everything dispatches through
 * the type slots, never a dict lookup for builtin types.
 */
public final class Abstract {
    private Abstract() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** CPython's {@code NB_*} operator numbers, the {@code BINARY_OP} oparg (13.. are in-place). */
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    @SuppressWarnings("unchecked")
    private static final Function<PyType, Slots.Binary>[] SLOTS = new Function[] {
        (Function<PyType, Slots.Binary>) t -> t.nb_add, (Function<PyType, Slots.Binary>) t -> t.nb_and,
        (Function<PyType, Slots.Binary>) t -> t.nb_floor_divide, (Function<PyType, Slots.Binary>) t -> t.nb_lshift,
        (Function<PyType, Slots.Binary>) t -> t.nb_matrix_multiply,
        (Function<PyType, Slots.Binary>) t -> t.nb_multiply, (Function<PyType, Slots.Binary>) t -> t.nb_remainder,
        (Function<PyType, Slots.Binary>) t -> t.nb_or, (Function<PyType, Slots.Binary>) t -> t.nb_power,
        (Function<PyType, Slots.Binary>) t -> t.nb_rshift, (Function<PyType, Slots.Binary>) t -> t.nb_subtract,
        (Function<PyType, Slots.Binary>) t -> t.nb_true_divide, (Function<PyType, Slots.Binary>) t -> t.nb_xor,
    };

    @SuppressWarnings("unchecked")
    private static final Function<PyType, Slots.Binary>[] INPLACE_SLOTS = new Function[] {
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_add, (Function<PyType, Slots.Binary>) t -> t.nb_inplace_and,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_floor_divide,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_lshift,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_matrix_multiply,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_multiply,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_remainder,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_or, (Function<PyType, Slots.Binary>) t -> t.nb_inplace_power,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_rshift,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_subtract,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_true_divide,
        (Function<PyType, Slots.Binary>) t -> t.nb_inplace_xor,
    };

    // ---------------------------------------------------------------- numbers

    /** {@code binary_op1}: the left operand's slot, the right's (first if its type is a subclass), or NotImplemented. */
    private static PyObject binaryOp1(PyObject v, PyObject w, Function<PyType, Slots.Binary> slot) {
        PyType tv = v.type(), tw = w.type();
        Slots.Binary slotv = slot.apply(tv);
        Slots.Binary slotw = null;
        if (tw != tv) {
            slotw = slot.apply(tw);
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtypeOf(tv)) {
                PyObject x = slotw.call(v, w);
                if (x != NI) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.call(v, w);
            if (x != NI) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.call(v, w);
        }
        return NI;
    }

    /**
     * For a specialized binary operator: the name of the dunder ({@code "__add__"}) that {@code tv}'s
     * slot for {@code nb} (a {@code BINARY_OP} oparg, in-place forms included) calls when that
     * slot is the one every Python class with the dunder gets (CPython's {@code SLOT1BINFULL});
     * null when it is another slot, or for an in-place operator when {@code tv} has the in-place slot.
     */
    public static String userBinaryDunder(int nb, PyType tv) {
        if (nb >= NB_INPLACE) {
            if (INPLACE_SLOTS[nb - NB_INPLACE].apply(tv) != null) {
                return null;
            }
            nb -= NB_INPLACE;
        }
        return SLOTS[nb].apply(tv) instanceof UserSlots.UserBinary u ? u.name() : null;
    }

    /**
     * The rest of {@link #binaryOp} once the left operand's Python dunder (as named by
     * {@link #userBinaryDunder}) returned NotImplemented, for a right operand of the same type or
     * of a builtin type (so never a subclass with a reflected slot of its own to try first): the
     * right operand's slot, the sequence fallbacks, then CPython's TypeError.
     */
    public static PyObject binaryOpAfterLeft(int nb, PyObject v, PyObject w) {
        boolean inplace = nb >= NB_INPLACE;
        int op = inplace ? nb - NB_INPLACE : nb;
        PyType tv = v.type(), tw = w.type();
        PyObject r = NI;
        if (tw != tv) {
            Slots.Binary sw = SLOTS[op].apply(tw);
            if (sw != null && sw != SLOTS[op].apply(tv)) {
                r = sw.call(v, w);
            }
        }
        if (r != NI) {
            return r;
        }
        if (inplace) {
            r = op == NB_MULTIPLY && tv.sq_repeat == null ? null : sequenceFallback(op, v, w);
            if (r != null) {
                return r;
            }
            throw unsupported(SYMBOLS[op] + "=", v, w);
        }
        r = sequenceFallback(op, v, w);
        if (r != null) {
            return r;
        }
        throw unsupported(SYMBOLS[op], v, w);
    }

    private static PyException unsupported(String sym, PyObject v, PyObject w) {
        if (sym.equals("**")) {
            sym = "** or pow()";
        }
        return Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, v.type().name(),
                w.type().name());
    }

    /**
     * {@code v <op> w} for a {@code BINARY_OP} number (CPython's {@code NB_*}); in-place forms
     * try the in-place slot first.
     */
    public static PyObject binaryOp(int nb, PyObject v, PyObject w) {
        if (nb >= NB_INPLACE) {
            return inplaceOp(nb - NB_INPLACE, v, w);
        }
        PyObject r = binaryOp1(v, w, SLOTS[nb]);
        if (r != NI) {
            return r;
        }
        r = sequenceFallback(nb, v, w);
        if (r != null) {
            return r;
        }
        // CPython's hint for Python 2's "print >> stream": any builtin function named print (the builtin's
        // __self__ is the builtins module)
        if (nb == NB_RSHIFT && v instanceof PyBuiltinFunction f && "print".equals(f.name())) {
            throw Errors.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '%s'. "
                    + "Did you mean \"print(<message>, file=<output_stream>)\"?", w.type().name());
        }
        throw unsupported(SYMBOLS[nb], v, w);
    }

    private static PyObject sequenceFallback(int nb, PyObject v, PyObject w) {
        if (nb == NB_ADD && v.type().sq_concat != null) {
            return v.type().sq_concat.call(v, w);
        }
        if (nb == NB_MULTIPLY) {
            if (v.type().sq_repeat != null) {
                return v.type().sq_repeat.call(v, w);
            }
            if (w.type().sq_repeat != null) {
                return w.type().sq_repeat.call(w, v);
            }
        }
        return null;
    }

    /** {@code v <op>= w}: the in-place slot, then the binary operator ({@code binary_iop1}). */
    public static PyObject inplaceOp(int nb, PyObject v, PyObject w) {
        Slots.Binary islot = INPLACE_SLOTS[nb].apply(v.type());
        if (islot != null) {
            PyObject x = islot.call(v, w);
            if (x != NI) {
                return x;
            }
        }
        PyObject r = binaryOp1(v, w, SLOTS[nb]);
        if (r != NI) {
            return r;
        }
        // PyNumber_InPlaceMultiply tries the right operand's repeat only when the left one has no
        // sequence methods at all; every user class has them (empty), so it never gets there.
        boolean leftHasSequence = v.type().isHeapType() || v.type().sq_repeat != null || v.type().sq_concat != null
                || v instanceof PyDict || v instanceof PySet;
        r = nb == NB_MULTIPLY && leftHasSequence && v.type().sq_repeat == null ? null : sequenceFallback(nb, v, w);
        if (r != null) {
            return r;
        }
        throw unsupported(SYMBOLS[nb] + "=", v, w);
    }

    public static PyObject add(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyInt.add((PyInt) v, (PyInt) w);
        }
        return binaryOp(NB_ADD, v, w);
    }

    public static PyObject subtract(PyObject v, PyObject w) {
        return binaryOp(NB_SUBTRACT, v, w);
    }

    public static PyObject multiply(PyObject v, PyObject w) {
        return binaryOp(NB_MULTIPLY, v, w);
    }

    /** {@code pow(v, w, z)}: the three-argument form supports ints only. */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        if (z == PyNone.NONE || z == null) {
            return binaryOp(NB_POWER, v, w);
        }
        // Three-argument power never calls __rpow__ (CPython's slot_nb_power answers only for the
        // first operand): a Python __pow__ of v's class goes first, even on an int subclass.
        PyObject f = v.type().isHeapType() ? v.type().lookup("__pow__") : null;
        if (f != null && !(f instanceof PyMethodDescr)) {
            PyObject r = Callables.callMethod(f, v, new PyObject[] {w, z}, null);
            if (r != NI) {
                return r;
            }
        }
        return builtinPower(v, w, z);
    }

    /**
     * Three-argument power of the builtin numbers alone (what {@code int.__pow__(a, b, m)} does,
     * with the errors float and complex give), no Python {@code __pow__} asked.
     *
     * @throws PyException TypeError for non-integers, ValueError for a zero modulus or a base
     *     not invertible for a negative exponent
     */
    public static PyObject builtinPower(PyObject v, PyObject w, PyObject z) {
        PyInt a = PyInt.asInt(v), b = PyInt.asInt(w), m = PyInt.asInt(z);
        if (a == null || b == null || m == null) {
            // The first float or complex operand's nb_power refuses the modulus (float_pow, complex_pow).
            for (PyObject o : new PyObject[] {v, w, z}) {
                if (o instanceof PyFloat) {
                    throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                if (o instanceof PyComplex) {
                    throw Errors.valueError("complex modulo");
                }
                if (PyInt.asInt(o) == null) {
                    break;
                }
            }
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", v.type().name(),
                    w.type().name(), z.type().name());
        }
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        java.math.BigInteger mod = m.bigValue().abs();
        java.math.BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.bigValue().modInverse(mod).modPow(b.bigValue().negate(), mod);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.bigValue().modPow(b.bigValue(), mod);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m.bigValue());
        }
        return PyInt.of(r);
    }

    private static PyObject unary(PyObject v, Slots.Unary slot, String what) {
        if (slot == null) {
            throw Errors.typeError("bad operand type for %s: '%s'", what, v.type().name());
        }
        return slot.call(v);
    }

    public static PyObject negative(PyObject v) {
        return unary(v, v.type().nb_negative, "unary -");
    }

    public static PyObject positive(PyObject v) {
        return unary(v, v.type().nb_positive, "unary +");
    }

    public static PyObject invert(PyObject v) {
        return unary(v, v.type().nb_invert, "unary ~");
    }

    public static PyObject absolute(PyObject v) {
        return unary(v, v.type().nb_absolute, "abs()");
    }

    /**
     * {@code operator.index(o)}: an int, or the result of {@code __index__}.
     *
     * @param message the TypeError format (one %s for the type name); null for CPython's default
     */
    public static PyInt index(PyObject o, String message) {
        PyInt i = PyInt.asInt(o);
        if (i != null) {
            return i;
        }
        Slots.Unary f = o.type().nb_index;
        if (f == null) {
            throw Errors.typeError(message != null ? message : "'%s' object cannot be interpreted as an integer",
                    o.type().name());
        }
        PyObject r = f.call(o);
        i = PyInt.asInt(r);
        if (i == null) {
            throw Errors.typeError("__index__ returned non-int (type %s)", r.type().name());
        }
        if (r.type() != PyInt.TYPE) {
            warnStrictSubclass("__index__ returned non-int (type %s)", r, "int");
        }
        return i;
    }

    /**
     * The DeprecationWarning of CPython 3.11 when {@code __index__}, {@code __int__},
     * {@code __float__} or {@code __complex__} returns an instance of a strict subclass of its
     * type ({@code PyNumber_Index}, {@code PyNumber_Long}, {@code PyNumber_Float},
     * {@code try_complex_special_method}).
     */
    static void warnStrictSubclass(String what, PyObject result, String base) {
        org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.DeprecationWarning,
                what.replace("%s", result.type().name()) + ".  The ability to return an instance of a strict subclass of "
                        + base + " is deprecated, and may be removed in a future version of Python.",
                1);
    }

    /** {@code int(x)} for one argument (CPython's {@code PyNumber_Long}). */
    public static PyInt toInt(PyObject x) {
        PyInt i = PyInt.asInt(x);
        if (i != null && (i.getClass() == PyInt.class || x.type().lookup("__int__") == PyInt.TYPE.lookup("__int__"))) {
            return i.getClass() == PyInt.class ? i : i.fitsLong() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
        }
        if (x instanceof PyFloat f) {
            return FloatSlots.toInt(f.value());
        }
        if (x instanceof PyStr s) {
            return IntSlots.parse(s, 10);
        }
        Slots.Unary f = x.type().nb_int;
        if (f != null) {
            PyObject r = f.call(x);
            i = PyInt.asInt(r);
            if (i == null) {
                throw Errors.typeError("__int__ returned non-int (type %s)", r.type().name());
            }
            if (r.type() != PyInt.TYPE) {
                warnStrictSubclass("__int__ returned non-int (type %s)", r, "int");
            }
            return PyInt.exact(i);
        }
        if (x.type().nb_index != null) {
            return PyInt.exact(index(x, null));
        }
        PyObject trunc = x.type().lookup("__trunc__");
        if (trunc != null) {
            org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.DeprecationWarning,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Callables.callMethod(trunc, x, Callables.NO_ARGS, null);
            i = PyInt.asInt(r);
            if (i == null) {
                if (r.type().nb_index == null) {
                    throw Errors.typeError("__trunc__ returned non-Integral (type %s)", r.type().name());
                }
                return PyInt.exact(index(r, null));
            }
            return PyInt.exact(i);
        }
        if (x instanceof PyBytes b) {
            return IntSlots.parse(PyStr.of(NumberParser.bytesText(b.bytes())), 10, x);
        }
        if (Buffers.isBuffer(x) && !Buffers.isStridedView(x)) {
            // _PyLong_FromBytes: the error shows the bytes, not the bytearray or the memoryview
            byte[] raw = Buffers.bytesOrNull(x);
            return IntSlots.parse(PyStr.of(NumberParser.bytesText(raw)), 10, PyBytes.of(raw));
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type().name());
    }

    /** {@code float(x)} for a non-string (CPython's {@code PyNumber_Float}). */
    public static PyFloat toFloat(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            return (PyFloat) x;
        }
        Slots.Unary f = x.type().nb_float;
        if (f != null) {
            PyObject r = f.call(x);
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
            }
            if (r.type() != PyFloat.TYPE) {
                warnStrictSubclass(x.type().name() + ".__float__ returned non-float (type %s)", r, "float");
            }
            return rf.getClass() == PyFloat.class ? rf : new PyFloat(rf.value());
        }
        if (x.type().nb_index != null) {
            return new PyFloat(index(x, null).doubleValue());
        }
        if (x instanceof PyFloat pf) {
            return new PyFloat(pf.value());
        }
        if (x instanceof PyStr || Buffers.simpleOrNull(x) != null) {
            return new PyFloat(FloatSlots.parseObject(x));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", x.type().name());
    }

    /** {@code o} as a Java double for math functions: floats, ints and objects with {@code __float__}. */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        PyInt i = PyInt.asInt(o);
        if (i != null) {
            return i.doubleValue();
        }
        if (o.type().nb_float == null && o.type().nb_index == null) {
            throw Errors.typeError("must be real number, not %s", o.type().name());
        }
        return toFloat(o).value();
    }

    // ---------------------------------------------------------------- comparison, truth, hash

    /** {@code v <op> w} ({@code do_richcompare}): the reflected operation first for a subclass on the right. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!v.type().isHeapType() && !w.type().isHeapType()) {
            // Only user classes' comparisons are counted (" in comparison"): builtin ones nest only
            // through containers, and checking every element comparison of a sort costs too much.
            return doRichCompare(v, w, op);
        }
        ThreadState ts = RecursionGuard.enter(RecursionGuard.COMPARE);
        try {
            return doRichCompare(v, w, op);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private static PyObject doRichCompare(PyObject v, PyObject w, CompareOp op) {
        PyType tv = v.type(), tw = w.type();
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtypeOf(tv) && tw.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = tw.tp_richcompare.call(w, v, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        if (tv.tp_richcompare != null) {
            PyObject r = tv.tp_richcompare.call(v, w, op);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse && tw.tp_richcompare != null) {
            PyObject r = tw.tp_richcompare.call(w, v, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(v == w);
            case NE -> PyBool.of(v != w);
            default -> throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
                    tv.name(), tw.name());
        };
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            int eq = exactScalarEquals(v, w);
            if (eq >= 0) {
                return (eq == 1) == (op == CompareOp.EQ);
            }
        }
        PyObject r = richCompare(v, w, op);
        return r instanceof PyBool b ? b.value() : isTrue(r);
    }

    /**
     * {@code v == w} for two objects of the same exact builtin str, int or float class (1 or 0),
     * answered without the slot call and the bool it returns; -1 for any other pair. Container
     * comparisons and lookups spend most of their time here (a JSON document compared with its
     * round trip). These classes' {@code __eq__} cannot be replaced, so the answer is the slot's:
     * code point equality, value equality, and IEEE equality for floats (a NaN is unequal to any
     * float, itself included, unless it is the same object, which the caller tested first).
     */
    private static int exactScalarEquals(PyObject v, PyObject w) {
        Class<?> c = v.getClass();
        if (c != w.getClass()) {
            return -1;
        }
        if (c == PyStr.class) {
            return v.equals(w) ? 1 : 0;
        }
        if (c == PyInt.class) {
            return PyInt.compare((PyInt) v, (PyInt) w) == 0 ? 1 : 0;
        }
        if (c == PyFloat.class) {
            return ((PyFloat) v).value() == ((PyFloat) w).value() ? 1 : 0;
        }
        return -1;
    }

    /** {@code bool(o)} ({@code PyObject_IsTrue}). */
    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) {
            return b.value();
        }
        if (o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.call(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.call(o) != 0;
        }
        return true;
    }

    /** {@code hash(o)}: TypeError "unhashable type: 'list'". */
    public static long hash(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).hash();
        }
        if (c == PyInt.class) {
            return ((PyInt) o).hash();
        }
        Slots.Hash h = o.type().tp_hash;
        if (h == null) {
            throw Errors.typeError("unhashable type: '%s'", o.type().name());
        }
        return h.call(o);
    }

    // ---------------------------------------------------------------- strings

    /** {@code repr(o)} as a Java string. */
    public static String repr(PyObject o) {
        return reprObject(o).toString();
    }

    /** {@code repr(o)}: TypeError if {@code __repr__} returns a non-string. */
    public static PyStr reprObject(PyObject o) {
        Slots.Unary r = o.type().tp_repr;
        PyObject s;
        ThreadState ts = RecursionGuard.enter(RecursionGuard.REPR);
        try {
            s = r.call(o);
        } finally {
            RecursionGuard.leave(ts);
        }
        if (!(s instanceof PyStr ps)) {
            throw Errors.typeError("__repr__ returned non-string (type %s)", s.type().name());
        }
        return ps;
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        Slots.Unary r = o.type().tp_str;
        PyObject s;
        ThreadState ts = RecursionGuard.enter(RecursionGuard.STR);
        try {
            s = (r != null ? r : o.type().tp_repr).call(o);
        } finally {
            RecursionGuard.leave(ts);
        }
        if (!(s instanceof PyStr ps)) {
            throw Errors.typeError("__str__ returned non-string (type %s)", s.type().name());
        }
        return ps;
    }

    /** {@code format(o, spec)} through {@code type(o).__format__}. */
    public static PyStr format(PyObject o, PyStr spec) {
        if (o.getClass() == PyStr.class && spec.length() == 0) {
            return (PyStr) o;
        }
        PyObject f = o.type().lookup("__format__");
        PyObject r = Callables.callMethod(f, o, new PyObject[] {spec}, null);
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type().name());
        }
        return rs;
    }

    // ---------------------------------------------------------------- attributes

    /**
     * {@code PyObject_GetAttr}. An AttributeError leaving it gets {@code name} and {@code obj}
     * set to this lookup's unless already set ({@code set_attribute_error_context}),
     * which the "Did you mean" suggestions read.
     */
    public static PyObject getAttr(PyObject o, PyStr name) {
        try {
            return o.type().tp_getattro.call(o, name);
        } catch (PyException e) {
            throw withAttributeContext(e, o, name);
        }
    }

    /**
     * CPython's {@code set_attribute_error_context}: an AttributeError {@code e} gets {@code name}
     * and {@code obj} unless one is already set; any other exception is returned as it is.
     *
     * @return {@code e}
     */
    static PyException withAttributeContext(PyException e, PyObject o, PyStr name) {
        // set_attribute_error_context: only an exception neither field of which was ever set.
        if (e.value.layout == ExceptionLayout.ATTRIBUTE_ERROR
                && e.value.attribute("name") == null && e.value.attribute("obj") == null) {
            e.value.setField("name", name);
            e.value.setField("obj", o);
        }
        return e;
    }

    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /** {@code getattr(o, name, None)}-style lookup: null when AttributeError is raised. */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            if (o.type().tp_getattro == ObjectSlots.GETATTRO) {
                return ObjectSlots.genericGetAttrOrNull(o, name);
            }
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static void setAttr(PyObject o, PyStr name, PyObject v) {
        Slots.SetAttr s = o.type().tp_setattro;
        if (s == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", o.type().name(), name);
        }
        s.call(o, name, v);
    }

    public static void delAttr(PyObject o, PyStr name) {
        setAttr(o, name, null);
    }

    // ---------------------------------------------------------------- items

    /** {@code o[key]}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type().mp_subscript;
        if (f != null) {
            return f.call(o, key);
        }
        if (o == PyType.TYPE) {
            // type[int]: CPython's PyObject_GetItem special-cases type itself (typing uses it).
            return new PyGenericAlias(o, key);
        }
        if (o instanceof PyType t) {
            PyObject cg = lookupAttr(t, PyStr.of("__class_getitem__"));
            if (cg != null && cg != PyNone.NONE) { // None opts out, as PyObject_GetItem reads it
                return Callables.call(cg, key);
            }
            throw Errors.typeError("type '%s' is not subscriptable", t.name());
        }
        throw Errors.typeError("'%s' object is not subscriptable", o.type().name());
    }

    /** {@code o[key] = v}. */
    public static void setItem(PyObject o, PyObject key, PyObject v) {
        Slots.SetItem f = o.type().mp_ass_subscript;
        if (f == null) {
            throw Errors.typeError("'%s' object does not support item assignment", o.type().name());
        }
        f.call(o, key, v);
    }

    /**
     * {@code del o[key]} ({@code PyObject_DelItem}). Without a {@code __delitem__}, CPython's
     * message depends on the path it took: a sequence (a type with sequence slots: every class
     * statement's, and builtins such as str, tuple, bytes, range, frozenset) with an integer key
     * reaches {@code PySequence_DelItem} ("doesn't support"), anything else the generic "does not
     * support"; a builtin is taken to have sequence slots when it defines {@code __len__},
     * {@code __contains__} or {@code __getitem__}.
     *
     * @throws PyException TypeError when {@code o} does not support item deletion, or what its
     *                     {@code __delitem__} raises
     */
    public static void delItem(PyObject o, PyObject key) {
        Slots.SetItem f = o.type().mp_ass_subscript;
        if (f == null) {
            PyType t = o.type();
            boolean sequence = t.isHeapType() || t.lookup("__len__") != null || t.lookup("__contains__") != null
                    || t.lookup("__getitem__") != null;
            boolean index = key instanceof PyInt || key.type().nb_index != null;
            throw Errors.typeError("'%s' object %s support item deletion", t.name(), sequence && index ? "doesn't" : "does not");
        }
        f.call(o, key, null);
    }

    /** {@code len(o)}. */
    public static long length(PyObject o) {
        // Exact builtin containers first: their length needs no slot call (two megamorphic calls).
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).length();
        }
        if (c == PyList.class) {
            return ((PyList) o).size();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).size();
        }
        if (c == PyDict.class) {
            return ((PyDict) o).size();
        }
        Slots.Length f = o.type().mp_length;
        if (f == null) {
            throw Errors.typeError("object of type '%s' has no len()", o.type().name());
        }
        return f.call(o);
    }

    /** {@code item in container} ({@code PySequence_Contains}). */
    public static boolean contains(PyObject container, PyObject item) {
        // Exact dict, set and str first: what their sq_contains does, without the slot calls.
        Class<?> c = container.getClass();
        if (c == PyDict.class) {
            return ((PyDict) container).containsKey(item);
        }
        if (c == PyStr.class && item.getClass() == PyStr.class) {
            return StrSlots.contains((PyStr) container, (PyStr) item);
        }
        if (c == PySet.class && !(item instanceof PySet)) {
            return ((PySet) container).contains(item);
        }
        Slots.Contains f = container.type().sq_contains;
        if (f != null) {
            return f.call(container, item);
        }
        if (container.type().tp_iter == null && container.type().mp_subscript == null) {
            throw Errors.typeError("argument of type '%s' is not iterable", container.type().name());
        }
        PyObject it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- iteration

    /** {@code iter(o)}: TypeError "'int' object is not iterable". */
    public static PyObject iter(PyObject o) {
        Slots.Unary f = o.type().tp_iter;
        if (f == null) {
            if (o.type().mp_subscript != null && !(o instanceof PyDict)) {
                return new SeqIterator(o);
            }
            throw Errors.typeError("'%s' object is not iterable", o.type().name());
        }
        PyObject it = f.call(o);
        if (it.type().tp_iternext == null) {
            throw Errors.typeError("iter() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    /**
     * The next item of iterator {@code it}, or null when exhausted ({@code PyIter_Next}, and what
     * FOR_ITER does): a StopIteration the iterator's {@code tp_iternext} raises (a map's function,
     * a class's {@code __next__}) is exhaustion too, as CPython's consumers clear it.
     */
    public static PyObject next(PyObject it) {
        Slots.IterNext f = it.type().tp_iternext;
        if (f == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().name());
        }
        try {
            return f.call(it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The next item of iterator {@code it}, or null when it ended without an exception: its
     * {@code tp_iternext} called as CPython calls it directly, a StopIteration it raises passed on
     * with its args and value. For what passes the end on to its own consumer: {@code next()},
     * {@code yield from}, the iterators {@code map}, {@code zip}, {@code enumerate} and the like.
     */
    public static PyObject iterNext(PyObject it) {
        Slots.IterNext f = it.type().tp_iternext;
        if (f == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().name());
        }
        return f.call(it);
    }

    /**
     * CPython's {@code PyObject_LengthHint}: {@code len(o)} when its type has a length (a
     * TypeError from it ignored), else {@code o.__length_hint__()} (a TypeError or
     * NotImplemented gives {@code dflt}), else {@code dflt}. User code runs for both, as in
     * CPython's {@code list(x)}, {@code tuple(x)} and {@code f(*x)}.
     *
     * @return a hint, 0 or more
     * @throws PyException TypeError "__length_hint__ must be an integer, not T", ValueError
     *     "__length_hint__() should return >= 0", OverflowError for a hint past a C
     *     {@code Py_ssize_t}, and what {@code __len__} or {@code __length_hint__} raised otherwise
     */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().mp_length != null) {
            try {
                return length(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Callables.callMethod(hint, o, Callables.NO_ARGS, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        PyInt i = PyInt.asInt(r);
        if (i == null) {
            throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type().name());
        }
        if (!i.fitsLong()) {
            throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
        }
        long n = i.longValue();
        if (n < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    /**
     * CPython's {@code PySequence_Tuple}: the items of an exact tuple, else those
     * {@code list(iterable)} collects (its {@link #lengthHint} asked, as CPython asks it to size
     * the tuple, so a {@code __length_hint__} that raises makes the call raise). What
     * {@code tuple(x)} and {@code f(*x)} collect.
     *
     * @return a new array
     * @throws PyException TypeError for a non-iterable, what iterating or the hint raises
     */
    public static PyObject[] sequenceTuple(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).array().clone();
        }
        if (iterable.getClass() == PyList.class) {
            // f(*a_list): one copy, not two
            return ((PyList) iterable).toArray();
        }
        return PyList.fromIterable(iterable).toArray();
    }

    /** All items of an iterable (a copy for list and tuple). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).array().clone();
        }
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        PyList l = new PyList();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) {
            l.append(x);
        }
        return l.toArray();
    }

    /**
     * {@code isinstance(o, cls)}; a class whose metaclass is exactly {@code type} is answered here
     * without a call, everything else as {@link ClassChecks#isInstance}.
     */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            if (o.type().isSubtypeOf(t)) {
                return true;
            }
            return !plainClass(o) && ObjectSlots.overriddenClass(o) instanceof PyType c && c.isSubtypeOf(t);
        }
        return ClassChecks.isInstance(o, cls);
    }

    /**
     * Whether {@code o} is an exact instance of a core type whose {@code __class__} is object's
     * descriptor and whose attribute lookup is object's (builtin types never change): a failed
     * {@code isinstance(o, SomeClass)} then needs no {@code __class__} lookup.
     */
    private static boolean plainClass(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyStr.class || c == PyInt.class || c == PyFloat.class || c == PyList.class || c == PyDict.class
                || c == PyTuple.class || c == PyBool.class || c == PyNone.class;
    }

    /** {@code issubclass(c, cls)}, as {@link ClassChecks#isSubclass}. */
    public static boolean isSubclass(PyObject c, PyObject cls) {
        return ClassChecks.isSubclass(c, cls);
    }
}
