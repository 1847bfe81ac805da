package org.taipan.modules.cmath;


import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The {@code cmath} module (CPython 3.11's {@code Modules/cmathmodule.c}): the complex
 * elementary functions of {@link ComplexMath}, {@code phase}, {@code polar}, {@code rect},
 * {@code isfinite}/{@code isinf}/{@code isnan}, {@code isclose} and the constants {@code pi},
 * {@code e}, {@code tau}, {@code inf}, {@code infj}, {@code nan}, {@code nanj}. Arguments are
 * converted as {@code PyComplex_AsCComplex} does ({@code complex}, then {@code __complex__},
 * then {@code __float__}/{@code __index__}); an {@code EDOM} result raises
 * {@code ValueError("math domain error")}, an {@code ERANGE} one
 * {@code OverflowError("math range error")}.
 */
public final class CmathModule {
    private CmathModule() {}

    /** The function of one complex argument behind a {@code cmath} name. */
    private interface Unary {
        ComplexMath.Z apply(double re, double im);
    }

    /**
     * {@code o} as {re, im} ({@code PyComplex_AsCComplex}): a complex (or subclass) as it is,
     * else the result of {@code __complex__}, else a real number with imaginary part 0.
     *
     * @throws PyException TypeError "__complex__ returned non-complex (type T)",
     *     "must be real number, not T"
     */
    static double[] asComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Callables.callMethod(m, o, Callables.NO_ARGS, null);
            if (r instanceof PyComplex c) {
                return new double[] {c.real, c.imag};
            }
            throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().name());
        }
        return new double[] {Abstract.toDouble(o), 0.0};
    }

    /** The Python value of a result, or the exception its errno stands for. */
    private static PyObject result(ComplexMath.Z z) {
        raiseFor(z.err());
        return new PyComplex(z.re(), z.im());
    }

    private static void raiseFor(int err) {
        if (err == ComplexMath.EDOM) {
            throw Errors.valueError("math domain error");
        }
        if (err == ComplexMath.ERANGE) {
            throw Errors.overflow("math range error");
        }
    }

    private static void unary(PyModule m, String name, Unary f) {
        m.def(name, (a, k) -> {
            double[] z = asComplex(Args.oneArg("cmath." + name, a, k));
            return result(f.apply(z[0], z[1]));
        });
    }

    private static double[] one(String name, PyObject[] a, String[] k) {
        return asComplex(Args.oneArg("cmath." + name, a, k));
    }

    /** {@code cmath.log(z[, base])}: log z, divided by log base when a base is given. */
    private static PyObject log(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("cmath.log() takes no keyword arguments");
        }
        Args.check("log", a, k, 1, 2);
        double[] x = asComplex(a[0]);
        ComplexMath.Z r = ComplexMath.log(x[0], x[1]);
        int err = r.err();
        if (a.length == 2) {
            double[] y = asComplex(a[1]);
            ComplexMath.Z ly = ComplexMath.log(y[0], y[1]);
            // CPython keeps one errno for the three C calls: the logarithm of the base resets it
            // (log(0, 2) is -inf+nanj, no error), the division sets it only on a zero divisor.
            err = ly.err();
            r = ComplexMath.quot(r, ly);
            if (r.err() != ComplexMath.OK) {
                err = r.err();
            }
        }
        raiseFor(err);
        return new PyComplex(r.re(), r.im());
    }

    /** {@code cmath.rect(r, phi)}. */
    private static PyObject rect(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("cmath.rect() takes no keyword arguments");
        }
        Args.check("rect", a, k, 2, 2);
        double r = Abstract.toDouble(a[0]);
        double phi = Abstract.toDouble(a[1]);
        return result(ComplexMath.rect(r, phi));
    }

    /**
     * {@code cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)}: equal, or both finite and
     * |a-b| within rel_tol of |a| or of |b|, or within abs_tol.
     *
     * @throws PyException ValueError "tolerances must be non-negative"
     */
    private static PyObject isclose(PyObject[] a, String[] k) {
        PyObject[] v = org.taipan.runtime.MathFunctions.iscloseArguments(a, k);
        double[] x = asComplex(v[0]), y = asComplex(v[1]);
        double[] tol = org.taipan.runtime.MathFunctions.iscloseTolerances(v[2], v[3]);
        double rel = tol[0], abs = tol[1];
        if (x[0] == y[0] && x[1] == y[1]) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x[0]) || Double.isInfinite(x[1]) || Double.isInfinite(y[0])
                || Double.isInfinite(y[1])) {
            return PyBool.FALSE;
        }
        double diff = ComplexMath.abs(x[0] - y[0], x[1] - y[1]).re();
        return PyBool.of(diff <= rel * ComplexMath.abs(y[0], y[1]).re()
                || diff <= rel * ComplexMath.abs(x[0], x[1]).re() || diff <= abs);
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("cmath", true);
        m.set("__doc__", PyStr.of("This module provides access to mathematical functions for complex\nnumbers."));
        unary(m, "acos", ComplexMath::acos);
        unary(m, "acosh", ComplexMath::acosh);
        unary(m, "asin", ComplexMath::asin);
        unary(m, "asinh", ComplexMath::asinh);
        unary(m, "atan", ComplexMath::atan);
        unary(m, "atanh", ComplexMath::atanh);
        unary(m, "cos", ComplexMath::cos);
        unary(m, "cosh", ComplexMath::cosh);
        unary(m, "exp", ComplexMath::exp);
        m.def("isclose", CmathModule::isclose);
        m.def("isfinite", (a, k) -> {
            double[] z = one("isfinite", a, k);
            return PyBool.of(Double.isFinite(z[0]) && Double.isFinite(z[1]));
        });
        m.def("isinf", (a, k) -> {
            double[] z = one("isinf", a, k);
            return PyBool.of(Double.isInfinite(z[0]) || Double.isInfinite(z[1]));
        });
        m.def("isnan", (a, k) -> {
            double[] z = one("isnan", a, k);
            return PyBool.of(Double.isNaN(z[0]) || Double.isNaN(z[1]));
        });
        m.def("log", CmathModule::log);
        unary(m, "log10", ComplexMath::log10);
        m.def("phase", (a, k) -> {
            double[] z = one("phase", a, k);
            ComplexMath.Z phi = ComplexMath.phaseWithErrno(z[0], z[1]);
            raiseFor(phi.err());
            return PyFloat.of(phi.re());
        });
        m.def("polar", (a, k) -> {
            double[] z = one("polar", a, k);
            double phi = ComplexMath.phase(z[0], z[1]);
            ComplexMath.Z r = ComplexMath.abs(z[0], z[1]);
            raiseFor(r.err());
            return PyTuple.of(PyFloat.of(r.re()), PyFloat.of(phi));
        });
        m.def("rect", CmathModule::rect);
        unary(m, "sin", ComplexMath::sin);
        unary(m, "sinh", ComplexMath::sinh);
        unary(m, "sqrt", ComplexMath::sqrt);
        unary(m, "tan", ComplexMath::tan);
        unary(m, "tanh", ComplexMath::tanh);
        m.set("pi", PyFloat.of(Math.PI));
        m.set("e", PyFloat.of(Math.E));
        m.set("tau", PyFloat.of(2 * Math.PI));
        m.set("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.set("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.set("nan", PyFloat.of(Double.NaN));
        m.set("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }
}
