package org.taipan.runtime;

/**
 * {@code complex}: a pair of doubles. Arithmetic follows CPython's {@code Objects/complexobject.c}
 * ({@code _Py_c_quot} for division, {@code c_powi} for small integral exponents); the slots,
 * constructor and methods are in {@link ComplexSlots}.
 */
public sealed class PyComplex extends PyObject permits PyComplex.Sub {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT);

    static {
        ComplexSlots.install(TYPE);
        TYPE.ready();
    }

    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyComplex add(PyComplex a, PyComplex b) {
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    static PyComplex sub(PyComplex a, PyComplex b) {
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** {@code a / b} by Smith's method ({@code _Py_c_quot}); null when {@code b} is zero. */
    static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real), absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /**
     * {@code a ** b} as {@code complex_pow}: exact repeated squaring for integral exponents up to
     * 100 in magnitude, else the polar form.
     *
     * @throws PyException ZeroDivisionError "0.0 to a negative or complex power",
     *     OverflowError "complex exponentiation"
     */
    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex p;
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new PyComplex(1, 0), powu(a, -n));
            }
        } else if (b.real == 0 && b.imag == 0) {
            p = new PyComplex(1, 0);
        } else if (a.real == 0 && a.imag == 0) {
            p = b.imag != 0 || b.real < 0 ? null : new PyComplex(0, 0);
        } else {
            double vabs = Libm.hypot(a.real, a.imag);
            double len = Libm.pow(vabs, b.real);
            double at = Libm.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0) {
                len /= Libm.exp(at * b.imag);
                phase += b.imag * Libm.log(vabs);
            }
            // cos and sin of an infinite phase are C domain errors (EDOM), which complex_pow
            // reports as the zero-power error whatever the operands
            p = Double.isInfinite(phase) ? null : new PyComplex(len * Libm.cos(phase), len * Libm.sin(phase));
        }
        if (p == null) {
            throw Errors.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw Errors.overflow("complex exponentiation");
        }
        return p;
    }

    /**
     * sqrt(x*x + y*y) as glibc 2.35+ computes it (CPython's {@code _Py_c_abs} and cmath call the
     * C library's hypot, which is not always correctly rounded): the larger and smaller magnitude
     * are scaled away from overflow and underflow, then sqrt of the sum of squares is refined by
     * one correction step from the rounding errors of the squares (Borges, "An Improved Algorithm
     * for hypot(a, b)", the variant without fused multiply-add). An infinity wins over NaN.
     * {@link Libm#hypot}'s stand-in where the C library cannot be called.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double big = Math.max(Math.abs(x), Math.abs(y)), small = Math.min(Math.abs(x), Math.abs(y));
        if (big > 0x1p511) {
            return small <= big * 0x1p-54 ? big + small : refinedNorm(big * 0x1p-600, small * 0x1p-600) * 0x1p600;
        }
        if (small < 0x1p-511) {
            return big >= small * 0x1p54 ? big + small : refinedNorm(big * 0x1p600, small * 0x1p600) * 0x1p-600;
        }
        return small <= big * 0x1p-54 ? big + small : refinedNorm(big, small);
    }

    /** The norm of (a, b), a >= b >= 0 both of moderate exponent: one correction of sqrt(a*a + b*b). */
    private static double refinedNorm(double a, double b) {
        double h = Math.sqrt(a * a + b * b), e1, e2;
        if (h <= 2.0 * b) {
            double d = h - b;
            e1 = a * (2.0 * d - a);
            e2 = (d - 2.0 * (a - b)) * d;
        } else {
            double d = h - a;
            e1 = 2.0 * d * (a - 2.0 * b);
            e2 = (4.0 * d - b) * b + d * d;
        }
        return h - (e1 + e2) / (2.0 * h);
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    /** {@code repr(z)}. */
    String repr() {
        return NumberFormat.complexRepr(real, imag);
    }

    /**
     * An instance of a user subclass of {@code complex}: the same data, plus its class and a
     * {@code __dict__}.
     */
    public static final class Sub extends PyComplex implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, double real, double imag) {
            super(real, imag);
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
}
