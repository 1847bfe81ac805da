package org.taipan.runtime;

/** {@code float}: a Java double. Its repr is CPython's shortest round-trip form ({@link FloatRepr}). */
public sealed class PyFloat extends PyObject permits PyFloat.Sub {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT);

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
    public static final class Sub extends PyFloat implements HasDict {
        private final PyType type;
        private PyDict dict;

        Sub(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
