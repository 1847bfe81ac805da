package org.taipan.runtime;

/** {@code float}: a Java double. Its repr is CPython's shortest round-trip form ({@link FloatRepr}). */
public sealed class PyFloat extends PyObject permits PyFloat.Sub {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT).instancesOf(PyFloat.class);

    static {
        FloatSlots.install(TYPE);
        TYPE.ready();
    }

    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    /**
     * {@code v ** w}, {@code v // w} or {@code v % w} ({@code op} one of {@link Abstract#NB_POWER},
     * {@link Abstract#NB_FLOOR_DIVIDE}, {@link Abstract#NB_REMAINDER}) on two float values, as
     * CPython's {@code float_pow}/{@code float_floor_div}/{@code float_rem}: a complex result for
     * a negative base and a fractional exponent, ZeroDivisionError, OverflowError. For the
     * interpreter's specialized float operations, which convert int operands first.
     */
    public static PyObject arithmetic(int op, double v, double w) {
        return switch (op) {
            case Abstract.NB_POWER -> FloatSlots.pow(v, w);
            case Abstract.NB_FLOOR_DIVIDE -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                yield new PyFloat(FloatSlots.divmod(v, w)[0]);
            }
            case Abstract.NB_REMAINDER -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                yield new PyFloat(FloatSlots.divmod(v, w)[1]);
            }
            default -> throw new IllegalArgumentException("not a float arithmetic operator: " + op);
        };
    }

    /** Python's float {@code v // w} for {@code w != 0} (CPython's {@code float_floor_div}), as {@link #arithmetic}. */
    public static double floorDivValue(double v, double w) {
        return FloatSlots.divmod(v, w)[0];
    }

    /** Python's float {@code v % w} for {@code w != 0} (CPython's {@code float_rem}), as {@link #arithmetic}. */
    public static double modValue(double v, double w) {
        return FloatSlots.divmod(v, w)[1];
    }

    /**
     * {@code v ** w} as a double when CPython's {@code float_pow} gives a float for these operands
     * without raising ({@link #powIsFloat}); otherwise an unspecified double. The same branches as
     * {@link #arithmetic}'s NB_POWER, for the JIT's unboxed FLOAT_POW.
     */
    public static double powValue(double v, double w) {
        if (w == 0 || v == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0) == (av > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0) {
                return odd ? v : Double.POSITIVE_INFINITY;
            }
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0) {
            return isOddInteger(w) ? v : 0.0;
        }
        return Libm.pow(v, w);
    }

    /**
     * Whether {@code v ** w} is the float {@code r} (= {@link #powValue}) in CPython: false where
     * {@code float_pow} raises (zero to a negative power, a finite result out of range) or gives a
     * complex (a negative base to a non-integral power).
     */
    public static boolean powIsFloat(double v, double w, double r) {
        if (w == 0 || v == 1.0 || Double.isNaN(v) || Double.isNaN(w) || Double.isInfinite(w) || Double.isInfinite(v)) {
            return true;
        }
        if (v == 0) {
            return w >= 0;
        }
        return !(v < 0 && w != Math.floor(w)) && !Double.isInfinite(r);
    }

    private static boolean isOddInteger(double w) {
        return w == Math.floor(w) && Math.abs(w) < 0x1p53 && Math.abs(w % 2.0) == 1.0;
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * CPython's {@code _Py_HashDouble}: equal to the hash of an equal int, the value reduced
     * modulo 2**61 - 1 through its binary expansion; infinities hash to +-314159 and NaN by identity.
     */
    public static long hash(double v, Object identity) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        long modulus = PyInt.HASH_MODULUS;
        int e = Math.getExponent(v);
        double m;
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1.
        if (e == Double.MIN_EXPONENT - 1) {
            e = Math.getExponent(v * 0x1p54) - 54;
        }
        e += 1;
        m = Math.scalb(v, -e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /**
     * An instance of a user subclass of {@code float}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyFloat.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyFloat implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, double v) {
            super(v);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }

    /**
     * {@code float.as_integer_ratio()} of {@code v} ({@code float_as_integer_ratio_impl}): the
     * numerator and the positive denominator in lowest terms.
     *
     * @throws PyException OverflowError for an infinity, ValueError for a NaN
     */
    public static java.math.BigInteger[] integerRatio(double v) {
        PyTuple t = integerRatioTuple(v);
        return new java.math.BigInteger[] {((PyInt) t.get(0)).bigValue(), ((PyInt) t.get(1)).bigValue()};
    }

    /**
     * {@link #integerRatio} as the tuple of ints the method returns. A double is an integer
     * mantissa times a power of two, so the ratio comes from its bits: with the mantissa's
     * trailing zero bits moved into the exponent, the power of two goes to the numerator or the
     * denominator and the fraction is already in lowest terms.
     *
     * @throws PyException OverflowError for an infinity, ValueError for a NaN
     */
    public static PyTuple integerRatioTuple(double v) {
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (v == 0) {
            return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        }
        long mant = significand(v);
        int exp = binaryExponent(v);
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        exp += tz;
        long signed = v < 0 ? -mant : mant;
        if (exp < 0) {
            PyInt den = -exp <= 62 ? PyInt.of(1L << -exp) : PyInt.of(java.math.BigInteger.ONE.shiftLeft(-exp));
            return PyTuple.of(PyInt.of(signed), den);
        }
        // The numerator is an integer below 2**1024: a long while mantissa and shift fit in 63 bits.
        PyInt num = exp + 64 - Long.numberOfLeadingZeros(mant) <= 63 ? PyInt.of(signed << exp)
                : PyInt.of(java.math.BigInteger.valueOf(signed).shiftLeft(exp));
        return PyTuple.of(num, PyInt.ONE);
    }

    /**
     * The significand of finite {@code v}'s magnitude as an integer: its 52 stored bits plus the
     * implicit leading 1 of a normal double (below 2**53), the stored bits alone for a subnormal
     * or zero. {@code |v| == significand(v) * 2**binaryExponent(v)} exactly.
     */
    static long significand(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long m = bits & 0xf_ffff_ffff_ffffL;
        return (bits >>> 52 & 0x7ff) == 0 ? m : m | 1L << 52;
    }

    /** The power of two {@link #significand} is scaled by for finite {@code v}: -1074 to 971. */
    static int binaryExponent(double v) {
        int biased = (int) (Double.doubleToRawLongBits(v) >>> 52) & 0x7ff;
        return biased == 0 ? -1074 : biased - 1075;
    }
}
