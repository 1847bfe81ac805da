package org.taipan.builtins;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Libm;
import org.taipan.runtime.MathFunctions;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/**
 * The {@code math} module of CPython 3.11 ({@code Modules/mathmodule.c}): every function, with
 * its argument errors and its error policy ({@code math_1}, {@code math_2}, {@code is_error}):
 * a NaN from a non-NaN argument is ValueError "math domain error", an infinity from a finite
 * argument is OverflowError "math range error" (or a domain error at a singularity).
 * The numeric algorithms CPython brings itself are in {@link MathFunctions}.
 */
final class MathModule {
    private MathModule() {}

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    private static PyException domain() {
        return Errors.valueError("math domain error");
    }

    private static PyException range() {
        return Errors.overflow("math range error");
    }

    /** The single argument of a METH_O function: "math.f() takes exactly one argument (2 given)". */
    private static PyObject one(String name, PyObject[] a, String[] k) {
        if (a.length == 1 && (k == null || k.length == 0)) {
            return a[0];
        }
        // Only an error needs the qualified name (building it costs an allocation per call).
        return Args.oneArg("math." + name, a, k);
    }

    /** Argument Clinic's positional-only check: keywords name the function with its module, counts do not. */
    private static void check(String name, PyObject[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            Args.noKeywords("math." + name, k);
        }
        Args.check(name, a, k, min, max);
    }

    /** {@code math_1}: {@code canOverflow} tells an overflow from a singularity. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        def(m, name, (a, k) -> {
            double x = Abstract.toDouble(one(name, a, k));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? range() : domain();
            }
            return new PyFloat(r);
        });
    }

    /** {@code math_2}: a NaN from non-NaN arguments is a domain error, an infinity from finite ones a range error. */
    private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
        def(m, name, (a, k) -> {
            check(name, a, k, 2, 2);
            double x = Abstract.toDouble(a[0]), y = Abstract.toDouble(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw range();
            }
            return new PyFloat(r);
        });
    }

    /** {@code math_1a} with CPython's own gamma/lgamma, which report through errno. */
    private static void errnoUnary(PyModule m, String name, DoubleUnaryOperator f) {
        def(m, name, (a, k) -> {
            double x = Abstract.toDouble(one(name, a, k));
            double r = f.applyAsDouble(x);
            MathFunctions.Errno e = MathFunctions.ERRNO.get();
            if (e == MathFunctions.Errno.EDOM) {
                throw domain();
            }
            if (e == MathFunctions.Errno.ERANGE && Math.abs(r) >= 1.5) {
                throw range();
            }
            return new PyFloat(r);
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math", true);
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.set("nan", new PyFloat(Double.NaN));
        unary(m, "acos", Libm::acos, false);
        unary(m, "acosh", Libm::acosh, false);
        unary(m, "asin", Libm::asin, false);
        unary(m, "asinh", Libm::asinh, false);
        unary(m, "atan", Libm::atan, false);
        unary(m, "atanh", Libm::atanh, false);
        unary(m, "cbrt", Libm::cbrt, false);
        unary(m, "cos", Libm::cos, false);
        unary(m, "cosh", Libm::cosh, true);
        unary(m, "erf", Libm::erf, false);
        unary(m, "erfc", Libm::erfc, false);
        unary(m, "exp", Libm::exp, true);
        unary(m, "exp2", Libm::exp2, true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", Libm::sin, false);
        unary(m, "sinh", Libm::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", Libm::tan, false);
        unary(m, "tanh", Libm::tanh, false);
        unary(m, "log1p", Libm::log1p, false);
        errnoUnary(m, "gamma", MathFunctions::gamma);
        errnoUnary(m, "lgamma", MathFunctions::lgamma);
        def(m, "degrees", (a, k) -> new PyFloat(Math.toDegrees(Abstract.toDouble(one("degrees", a, k)))));
        def(m, "radians", (a, k) -> new PyFloat(Math.toRadians(Abstract.toDouble(one("radians", a, k)))));
        def(m, "log", (a, k) -> {
            Args.noKeywords("log", k);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("math.log requires 1 to 2 arguments");
            }
            double num = logHelper(a[0], Libm::log, Libm.log(2.0));
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = logHelper(a[1], Libm::log, Libm.log(2.0));
            if (den == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return new PyFloat(num / den);
        });
        def(m, "log2", (a, k) -> new PyFloat(logHelper(one("log2", a, k), Libm::log2, Libm.log2(2.0))));
        def(m, "log10", (a, k) -> new PyFloat(logHelper(one("log10", a, k), Libm::log10, Libm.log10(2.0))));
        def(m, "floor", (a, k) -> rounding(one("floor", a, k), "__floor__", Math::floor));
        def(m, "ceil", (a, k) -> rounding(one("ceil", a, k), "__ceil__", Math::ceil));
        def(m, "trunc", (a, k) -> {
            PyObject x = one("trunc", a, k);
            if (x.getClass() == PyFloat.class) {
                return Abstract.toInt(x);
            }
            PyObject meth = x.type().lookup("__trunc__");
            if (meth == null) {
                throw Errors.typeError("type %s doesn't define __trunc__ method", x.type().name());
            }
            return Callables.callMethod(meth, x, Callables.NO_ARGS, null);
        });
        def(m, "pow", (a, k) -> {
            check("pow", a, k, 2, 2);
            return new PyFloat(pow(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
        });
        binary(m, "atan2", Libm::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "remainder", Math::IEEEremainder);
        def(m, "fmod", (a, k) -> {
            check("fmod", a, k, 2, 2);
            double x = Abstract.toDouble(a[0]), y = Abstract.toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return new PyFloat(x);
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return new PyFloat(r);
        });
        def(m, "nextafter", (a, k) -> {
            check("nextafter", a, k, 2, 2);
            return new PyFloat(Math.nextAfter(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
        });
        def(m, "ulp", (a, k) -> {
            double x = Abstract.toDouble(one("ulp", a, k));
            return new PyFloat(Double.isNaN(x) ? x : Math.ulp(x));
        });
        def(m, "hypot", (a, k) -> {
            Args.noKeywords("math.hypot", k);
            if (a.length == 2) {
                return new PyFloat(MathFunctions.norm2(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
            }
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Abstract.toDouble(a[i]);
            }
            return new PyFloat(MathFunctions.norm(v));
        });
        def(m, "dist", (a, k) -> {
            check("dist", a, k, 2, 2);
            PyObject[] p = Abstract.toArray(a[0]), q = Abstract.toArray(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Math.abs(Abstract.toDouble(p[i]) - Abstract.toDouble(q[i]));
            }
            return new PyFloat(MathFunctions.norm(v));
        });
        def(m, "isnan", (a, k) -> PyBool.of(Double.isNaN(Abstract.toDouble(one("isnan", a, k)))));
        def(m, "isinf", (a, k) -> PyBool.of(Double.isInfinite(Abstract.toDouble(one("isinf", a, k)))));
        def(m, "isfinite", (a, k) -> PyBool.of(Double.isFinite(Abstract.toDouble(one("isfinite", a, k)))));
        def(m, "isclose", MathModule::isclose);
        def(m, "gcd", (a, k) -> {
            Args.noKeywords("math.gcd", k);
            long small = 0;
            int i = 0;
            for (; i < a.length; i++) {
                PyInt v = Abstract.index(a[i], null);
                if (!v.fitsLong() || v.longValue() == Long.MIN_VALUE) {
                    // |v| needs BigInteger: continue there from the gcd so far.
                    BigInteger g = BigInteger.valueOf(small).gcd(v.bigValue());
                    for (i++; i < a.length; i++) {
                        g = g.gcd(Abstract.index(a[i], null).bigValue());
                    }
                    return PyInt.of(g);
                }
                small = gcd(small, Math.abs(v.longValue()));
            }
            return PyInt.of(small);
        });
        def(m, "lcm", (a, k) -> {
            Args.noKeywords("math.lcm", k);
            BigInteger l = BigInteger.ONE;
            boolean zero = false;
            for (PyObject x : a) {
                BigInteger v = Abstract.index(x, null).bigValue().abs();
                if (v.signum() == 0 || zero) {
                    zero = true;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return zero ? PyInt.ZERO : PyInt.of(l);
        });
        def(m, "factorial", (a, k) -> factorial(one("factorial", a, k)));
        def(m, "isqrt", (a, k) -> {
            PyInt n = Abstract.index(one("isqrt", a, k), null);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.bigValue().sqrt());
        });
        def(m, "comb", (a, k) -> {
            check("comb", a, k, 2, 2);
            PyInt ni = Abstract.index(a[0], null), ri = Abstract.index(a[1], null);
            if (ni.fitsLong() && ri.fitsLong()) {
                long n = ni.longValue(), r = ri.longValue();
                if (n < 0) {
                    throw Errors.valueError("n must be a non-negative integer");
                }
                if (r < 0) {
                    throw Errors.valueError("k must be a non-negative integer");
                }
                if (r > n) {
                    return PyInt.ZERO;
                }
                return comb(ni, Math.min(r, n - r));
            }
            BigInteger n = ni.bigValue(), r = ri.bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            BigInteger kk = r.min(n.subtract(r));
            if (kk.bitLength() > 63) {
                throw Errors.overflow("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
            }
            return comb(PyInt.of(n), kk.longValue());
        });
        def(m, "perm", (a, k) -> {
            check("perm", a, k, 1, 2);
            if (a.length == 1 || a[1] == PyNone.NONE) {
                return factorial(a[0]);
            }
            BigInteger n = Abstract.index(a[0], null).bigValue(), r = Abstract.index(a[1], null).bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            if (r.bitLength() > 63) {
                throw Errors.overflow("k must not exceed %d", Long.MAX_VALUE);
            }
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < r.longValue(); i++) {
                res = res.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return PyInt.of(res);
        });
        def(m, "prod", (a, k) -> {
            Args.onlyKeywords("prod", k, "start");
            int npos = Args.positional(a, k);
            if (npos != 1) {
                throw Errors.typeError("prod() takes exactly 1 positional argument (%d given)", npos);
            }
            PyObject start = Args.keyword(a, k, "start");
            PyObject acc = start == null ? PyInt.ONE : start;
            PyObject it = Abstract.iter(a[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.multiply(acc, x);
            }
            return acc;
        });
        def(m, "fsum", (a, k) -> {
            PyObject[] items = Abstract.toArray(one("fsum", a, k));
            double[] v = new double[items.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Abstract.toDouble(items[i]);
            }
            Double r = MathFunctions.fsum(v);
            if (r == null) {
                throw Errors.overflow("intermediate overflow in fsum");
            }
            if (Double.isNaN(r) && !hasNaN(v)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return new PyFloat(r);
        });
        def(m, "modf", (a, k) -> {
            double x = Abstract.toDouble(one("modf", a, k));
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            if (Double.isNaN(x)) {
                return PyTuple.of(new PyFloat(x), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        def(m, "frexp", (a, k) -> {
            double[] r = MathFunctions.frexp(Abstract.toDouble(one("frexp", a, k)));
            return PyTuple.of(new PyFloat(r[0]), PyInt.of((long) r[1]));
        });
        def(m, "ldexp", (a, k) -> {
            check("ldexp", a, k, 2, 2);
            double x = Abstract.toDouble(a[0]);
            PyInt i = PyInt.asInt(a[1]);
            if (i == null) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            if (x == 0 || !Double.isFinite(x)) {
                return new PyFloat(x);
            }
            if (i.signum() > 0 && (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE)) {
                throw range();
            }
            if (i.signum() < 0 && (!i.fitsLong() || i.longValue() < Integer.MIN_VALUE)) {
                return new PyFloat(Math.copySign(0.0, x));
            }
            double r = Math.scalb(x, (int) i.longValue());
            if (Double.isInfinite(r)) {
                throw range();
            }
            return new PyFloat(r);
        });
        return m;
    }

    private static boolean hasNaN(double[] v) {
        for (double d : v) {
            if (Double.isNaN(d)) {
                return true;
            }
        }
        return false;
    }

    /** {@code math.floor}/{@code ceil}: the type's {@code __floor__}/{@code __ceil__} unless an exact float. */
    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x.getClass() != PyFloat.class) {
            PyObject meth = x.type().lookup(dunder);
            if (meth != null) {
                return Callables.callMethod(meth, x, Callables.NO_ARGS, null);
            }
        }
        return Abstract.toInt(new PyFloat(f.applyAsDouble(Abstract.toDouble(x))));
    }

    /**
     * {@code loghelper}: ints of any size (a huge one as its mantissa and binary exponent,
     * {@code log(m) + log(2) * e}), other numbers through {@code math_1}.
     */
    private static double logHelper(PyObject o, DoubleUnaryOperator f, double logOf2) {
        PyInt i = PyInt.asInt(o);
        if (i != null) {
            if (i.signum() <= 0) {
                throw domain();
            }
            BigInteger b = i.bigValue();
            double d = b.doubleValue();
            if (Double.isFinite(d)) {
                return f.applyAsDouble(d);
            }
            // The top 54 bits rounded half-even to 53 give the mantissa in [0.5, 1].
            int e = b.bitLength();
            double mant = new java.math.BigDecimal(b).divide(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(e)))
                    .doubleValue();
            if (mant == 1.0) {
                mant = 0.5;
                e++;
            }
            return f.applyAsDouble(mant) + logOf2 * e;
        }
        double x = Abstract.toDouble(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 || x == Double.NEGATIVE_INFINITY) {
            throw domain();
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        return f.applyAsDouble(x);
    }

    /** {@code math.pow}: IEEE special values first, then the platform pow with CPython's error mapping. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw domain();
        }
        if (Double.isInfinite(r)) {
            throw x == 0 ? domain() : range();
        }
        return r;
    }

    private static PyObject isclose(PyObject[] a, String[] k) {
        PyObject[] v = MathFunctions.iscloseArguments(a, k);
        PyObject ao = v[0], bo = v[1];
        double x = Abstract.toDouble(ao), y = Abstract.toDouble(bo);
        double[] tol = MathFunctions.iscloseTolerances(v[2], v[3]);
        double rel = tol[0], abs = tol[1];
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** Stein's binary gcd of two non-negative longs. */
    private static long gcd(long x, long y) {
        if (x == 0 || y == 0) {
            return x | y;
        }
        int shift = Long.numberOfTrailingZeros(x | y);
        x >>= Long.numberOfTrailingZeros(x);
        while (y != 0) {
            y >>= Long.numberOfTrailingZeros(y);
            if (x > y) {
                long t = x;
                x = y;
                y = t;
            }
            y -= x;
        }
        return x << shift;
    }

    /** The factorials that fit in a long: 0! to 20!. */
    private static final long[] SMALL_FACTORIALS = new long[21];

    static {
        SMALL_FACTORIALS[0] = 1;
        for (int i = 1; i < SMALL_FACTORIALS.length; i++) {
            SMALL_FACTORIALS[i] = SMALL_FACTORIALS[i - 1] * i;
        }
    }

    private static PyInt factorial(PyObject x) {
        if (x instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt n = Abstract.index(x, null);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (!n.fitsLong()) {
            throw Errors.overflow("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        long v = n.longValue();
        if (v < SMALL_FACTORIALS.length) {
            return PyInt.of(SMALL_FACTORIALS[(int) v]);
        }
        if (v > 5_000_000) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError);
        }
        return PyInt.of(MathFunctions.factorial(v));
    }

    /**
     * C(n, k) for 0 <= k <= n/2: the running product C(n, i+1) = C(n, i) * (n-i) / (i+1), exact at
     * each step, in a long while the product fits and in BigInteger after.
     */
    private static PyInt comb(PyInt n, long k) {
        if (k == 0) {
            return PyInt.ONE;
        }
        if (n.fitsLong() && n.longValue() < PascalRows.ROWS) {
            return PyInt.of(PascalRows.get((int) n.longValue(), (int) k));
        }
        long i = 0;
        long r = 1;
        if (n.fitsLong()) {
            long nn = n.longValue();
            for (; i < k; i++) {
                long f = nn - i;
                long lo = r * f;
                // r and f are positive: the product fits when its high half is zero and the sign bit clear.
                if (Math.multiplyHigh(r, f) != 0 || lo < 0) {
                    break;
                }
                r = lo / (i + 1);
            }
            if (i == k) {
                return PyInt.of(r);
            }
        }
        if (k > 1000) {
            return PyInt.of(bigComb(n.bigValue(), k));
        }
        BigInteger big = n.bigValue(), acc = BigInteger.valueOf(r);
        for (; i < k; i++) {
            acc = acc.multiply(big.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return PyInt.of(acc);
    }

    /**
     * Pascal's triangle down to the last row whose every entry fits in a long (C(66, 33) does,
     * C(67, 33) does not), left halves only: a lookup costs less than the divisions of the running
     * product. Built on first use.
     */
    private static final class PascalRows {
        static final int ROWS = 67;
        private static final long[] TABLE;
        private static final int[] START = new int[ROWS];

        static {
            int size = 0;
            for (int n = 0; n < ROWS; n++) {
                START[n] = size;
                size += n / 2 + 1;
            }
            TABLE = new long[size];
            for (int n = 0; n < ROWS; n++) {
                TABLE[START[n]] = 1;
                for (int k = 1; k <= n / 2; k++) {
                    // C(n-1, k) mirrors to C(n-1, n-1-k) when k is past the half of row n-1.
                    TABLE[START[n] + k] = get(n - 1, k - 1) + get(n - 1, Math.min(k, n - 1 - k));
                }
            }
        }

        /** C(n, k) for 0 <= n < ROWS and 0 <= k <= n/2. */
        static long get(int n, int k) {
            return TABLE[START[n] + k];
        }
    }

    /** C(n, k) for large k: the falling product n*(n-1)*...*(n-k+1) by a product tree, divided by k!. */
    private static BigInteger bigComb(BigInteger n, long k) {
        BigInteger num = BigInteger.ONE;
        if (n.bitLength() < 63) {
            long nn = n.longValue();
            num = MathFunctions.product(nn - k + 1, nn);
        } else {
            for (long i = 0; i < k; i++) {
                num = num.multiply(n.subtract(BigInteger.valueOf(i)));
            }
        }
        return num.divide(MathFunctions.factorial(k));
    }
}
