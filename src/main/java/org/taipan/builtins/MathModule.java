package org.taipan.builtins;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/** The {@code math} module (CPython's {@code Modules/mathmodule.c}): domain errors as ValueError, overflow as OverflowError. */
final class MathModule {
    private MathModule() {}

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    private static org.taipan.runtime.PyException domain() {
        return Errors.valueError("math domain error");
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean checkDomain) {
        def(m, name, (a, k) -> {
            double x = Abstract.toDouble(Args.oneArg(name, a, k));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                if (checkDomain) {
                    throw domain();
                }
                throw Errors.overflow("math range error");
            }
            return new PyFloat(r);
        });
    }

    private static PyObject intOrMethod(PyObject x, String dunder, java.util.function.DoubleUnaryOperator f) {
        if (PyInt.asInt(x) != null) {
            return PyInt.asInt(x);
        }
        if (!(x instanceof PyFloat)) {
            PyObject meth = x.type().lookup(dunder);
            if (meth != null) {
                return Callables.callMethod(meth, x, Callables.NO_ARGS, null);
            }
        }
        double d = Abstract.toDouble(x);
        return Abstract.toInt(new PyFloat(f.applyAsDouble(d)));
    }

    static PyModule create() {
        PyModule m = new PyModule("math", true);
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.set("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", Math::sqrt, true);
        unary(m, "exp", Math::exp, false);
        unary(m, "sin", Math::sin, true);
        unary(m, "cos", Math::cos, true);
        unary(m, "tan", Math::tan, true);
        unary(m, "asin", Math::asin, true);
        unary(m, "acos", Math::acos, true);
        unary(m, "atan", Math::atan, true);
        unary(m, "sinh", Math::sinh, false);
        unary(m, "cosh", Math::cosh, false);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2), true);
        unary(m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x), true);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x), true);
        unary(m, "expm1", Math::expm1, false);
        unary(m, "degrees", Math::toDegrees, false);
        unary(m, "radians", Math::toRadians, false);
        def(m, "log", (a, k) -> {
            Args.check("log", a, k, 1, 2);
            double x = logOf(a[0]);
            if (a.length == 2) {
                double b = logOf(a[1]);
                if (b == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return new PyFloat(x / b);
            }
            return new PyFloat(x);
        });
        def(m, "floor", (a, k) -> intOrMethod(Args.oneArg("floor", a, k), "__floor__", Math::floor));
        def(m, "ceil", (a, k) -> intOrMethod(Args.oneArg("ceil", a, k), "__ceil__", Math::ceil));
        def(m, "trunc", (a, k) -> {
            PyObject x = Args.oneArg("trunc", a, k);
            PyObject meth = x.type().lookup("__trunc__");
            if (meth == null) {
                throw Errors.typeError("type %s doesn't define __trunc__ method", x.type().name());
            }
            return Callables.callMethod(meth, x, Callables.NO_ARGS, null);
        });
        def(m, "pow", (a, k) -> {
            Args.check("pow", a, k, 2, 2);
            double x = Abstract.toDouble(a[0]), y = Abstract.toDouble(a[1]);
            if (x == 0 && y < 0) {
                throw domain();
            }
            if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
                throw domain();
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw Errors.overflow("math range error");
            }
            return new PyFloat(r);
        });
        def(m, "atan2", (a, k) -> {
            Args.check("atan2", a, k, 2, 2);
            return new PyFloat(Math.atan2(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
        });
        def(m, "hypot", (a, k) -> {
            double r = 0;
            for (PyObject x : a) {
                r = Math.hypot(r, Abstract.toDouble(x));
            }
            return new PyFloat(r);
        });
        def(m, "copysign", (a, k) -> {
            Args.check("copysign", a, k, 2, 2);
            return new PyFloat(Math.copySign(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
        });
        def(m, "fmod", (a, k) -> {
            Args.check("fmod", a, k, 2, 2);
            double x = Abstract.toDouble(a[0]), y = Abstract.toDouble(a[1]);
            if (y == 0 || Double.isInfinite(x)) {
                throw domain();
            }
            return new PyFloat(x % y);
        });
        def(m, "isnan", (a, k) -> PyBool.of(Double.isNaN(Abstract.toDouble(Args.oneArg("isnan", a, k)))));
        def(m, "isinf", (a, k) -> PyBool.of(Double.isInfinite(Abstract.toDouble(Args.oneArg("isinf", a, k)))));
        def(m, "isfinite", (a, k) -> PyBool.of(Double.isFinite(Abstract.toDouble(Args.oneArg("isfinite", a, k)))));
        def(m, "isclose", (a, k) -> {
            Args.onlyKeywords("isclose", k, "rel_tol", "abs_tol");
            double x = Abstract.toDouble(a[0]), y = Abstract.toDouble(a[1]);
            PyObject rt = Args.keyword(a, k, "rel_tol"), at = Args.keyword(a, k, "abs_tol");
            double rel = rt == null ? 1e-9 : Abstract.toDouble(rt), abs = at == null ? 0 : Abstract.toDouble(at);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        def(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(Abstract.index(x, null).bigValue());
            }
            return PyInt.of(g);
        });
        def(m, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = Abstract.index(x, null).bigValue().abs();
                if (v.signum() == 0) {
                    return PyInt.ZERO;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        def(m, "factorial", (a, k) -> {
            PyObject x = Args.oneArg("factorial", a, k);
            if (x instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Abstract.index(x, null);
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValue(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        def(m, "isqrt", (a, k) -> {
            PyInt n = Abstract.index(Args.oneArg("isqrt", a, k), null);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.bigValue().sqrt());
        });
        def(m, "comb", (a, k) -> {
            Args.check("comb", a, k, 2, 2);
            BigInteger n = Abstract.index(a[0], null).bigValue(), r = Abstract.index(a[1], null).bigValue();
            if (n.signum() < 0 || r.signum() < 0) {
                throw Errors.valueError(n.signum() < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            long kk = Math.min(r.longValue(), n.subtract(r).longValue());
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < kk; i++) {
                res = res.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(res);
        });
        def(m, "perm", (a, k) -> {
            Args.check("perm", a, k, 1, 2);
            BigInteger n = Abstract.index(a[0], null).bigValue();
            BigInteger r = a.length > 1 && a[1] != org.taipan.runtime.PyNone.NONE ? Abstract.index(a[1], null).bigValue() : n;
            if (r.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < r.longValue(); i++) {
                res = res.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return PyInt.of(res);
        });
        def(m, "prod", (a, k) -> {
            Args.onlyKeywords("prod", k, "start");
            PyObject start = Args.keyword(a, k, "start");
            PyObject acc = start == null ? PyInt.ONE : start;
            for (PyObject x : Abstract.toArray(a[0])) {
                acc = Abstract.multiply(acc, x);
            }
            return acc;
        });
        def(m, "fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (PyObject x : Abstract.toArray(Args.oneArg("fsum", a, k))) {
                double d = Abstract.toDouble(x);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    double r = 0;
                    for (PyObject y : Abstract.toArray(a[0])) {
                        r += Abstract.toDouble(y);
                    }
                    return new PyFloat(r);
                }
                s = s.add(new java.math.BigDecimal(d));
            }
            return new PyFloat(s.doubleValue());
        });
        def(m, "modf", (a, k) -> {
            double x = Abstract.toDouble(Args.oneArg("modf", a, k));
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        def(m, "frexp", (a, k) -> {
            double x = Abstract.toDouble(Args.oneArg("frexp", a, k));
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(x), PyInt.ZERO);
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.scalb(1.0, e);
            if (Math.abs(mant) >= 1.0) {
                mant /= 2;
                e++;
            } else if (Math.abs(mant) < 0.5) {
                mant *= 2;
                e--;
            }
            return PyTuple.of(new PyFloat(mant), PyInt.of(e));
        });
        def(m, "ldexp", (a, k) -> {
            Args.check("ldexp", a, k, 2, 2);
            double r = Math.scalb(Abstract.toDouble(a[0]), Abstract.index(a[1], null).intValue());
            if (Double.isInfinite(r) && !Double.isInfinite(Abstract.toDouble(a[0]))) {
                throw Errors.overflow("math range error");
            }
            return new PyFloat(r);
        });
        return m;
    }

    private static double logOf(PyObject o) {
        PyInt i = PyInt.asInt(o);
        if (i != null && !i.fitsLong()) {
            if (i.signum() <= 0) {
                throw domain();
            }
            BigInteger b = i.bigValue();
            int shift = b.bitLength() - 60;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = Abstract.toDouble(o);
        if (x <= 0) {
            throw domain();
        }
        return Math.log(x);
    }

}
