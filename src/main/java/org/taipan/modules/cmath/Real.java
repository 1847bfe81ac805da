package org.taipan.modules.cmath;

import org.taipan.runtime.CorrectlyRounded;
import org.taipan.runtime.MathFunctions;
import org.taipan.runtime.PyComplex;

/**
 * The real functions under {@link ComplexMath}, each chosen or written to round as glibc's
 * (which CPython calls) does: glibc's own hypot algorithm, sinh/cosh by fdlibm's method over a
 * correctly rounded exp, correctly rounded exp, sin, cos, tan and atan2
 * ({@link CorrectlyRounded}); log is the JDK's. glibc is not correctly rounded everywhere, so
 * about one argument in a thousand still differs in the last bit.
 */
final class Real {
    private Real() {}

    private static final double LN2 = 0.6931471805599453094;

    static double atan2(double y, double x) {
        if (x > 0 && Math.abs(y) < Math.abs(x) * 0x1p-30) {
            // atan(t) = t - t^3/3 + ...: below 2**-30 the cubic term is under half an ulp of t,
            // and y / x rounds as the true value does (also for subnormal quotients).
            return y / x;
        }
        return CorrectlyRounded.atan2(y, x);
    }

    static double log(double x) {
        return Math.log(x);
    }

    /** glibc's hypot ({@link PyComplex#hypot}). */
    static double hypot(double x, double y) {
        return PyComplex.hypot(x, y);
    }

    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    static double asinh(double x) {
        return MathFunctions.asinh(x);
    }

    static double sin(double x) {
        return CorrectlyRounded.sin(x);
    }

    static double cos(double x) {
        return CorrectlyRounded.cos(x);
    }

    static double exp(double x) {
        return CorrectlyRounded.exp(x);
    }

    /** ln(DBL_MAX) and the largest x whose sinh/cosh is finite. */
    private static final double LOG_MAX = 709.782712893384, HYPER_MAX = 710.4758600739439;

    /**
     * sinh as glibc computes it (the fdlibm method: expm1 below 22, then exp(|x|)/2, then
     * exp(|x|/2)**2/2 near overflow), on the exp that rounds as glibc's does.
     */
    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x), h = Math.copySign(0.5, x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ax < LOG_MAX) {
            return h * exp(ax);
        }
        if (ax <= HYPER_MAX) {
            double w = exp(0.5 * ax);
            return h * w * w;
        }
        return x * Double.MAX_VALUE;
    }

    /** cosh as glibc computes it (fdlibm's method), on the exp that rounds as glibc's does. */
    static double cosh(double x) {
        if (!Double.isFinite(x)) {
            return Math.abs(x);
        }
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax), w = 1.0 + t;
            return ax < 0x1p-55 ? w : 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_MAX) {
            return 0.5 * exp(ax);
        }
        if (ax <= HYPER_MAX) {
            double w = exp(0.5 * ax);
            return 0.5 * w * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    static double tan(double x) {
        return CorrectlyRounded.tan(x);
    }
}
