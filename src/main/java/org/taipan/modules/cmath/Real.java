package org.taipan.modules.cmath;

import org.taipan.runtime.Libm;

/**
 * The real functions under {@link ComplexMath}: the C library's, as CPython's {@code cmathmodule.c}
 * calls them ({@link Libm}), so that every complex result rounds as CPython's does.
 */
final class Real {
    private Real() {}

    static double atan2(double y, double x) {
        return Libm.atan2(y, x);
    }

    static double log(double x) {
        return Libm.log(x);
    }

    static double hypot(double x, double y) {
        return Libm.hypot(x, y);
    }

    static double log1p(double x) {
        return Libm.log1p(x);
    }

    static double asinh(double x) {
        return Libm.asinh(x);
    }

    static double sin(double x) {
        return Libm.sin(x);
    }

    static double cos(double x) {
        return Libm.cos(x);
    }

    static double exp(double x) {
        return Libm.exp(x);
    }

    static double sinh(double x) {
        return Libm.sinh(x);
    }

    static double cosh(double x) {
        return Libm.cosh(x);
    }

    static double tanh(double x) {
        return Libm.tanh(x);
    }

    static double tan(double x) {
        return Libm.tan(x);
    }
}
