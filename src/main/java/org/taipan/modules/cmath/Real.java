package org.taipan.modules.cmath;

import org.taipan.runtime.CorrectlyRounded;
import org.taipan.runtime.MathFunctions;

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

    /**
     * sqrt(x*x + y*y) as glibc 2.35+ computes it (CPython's complex abs and cmath call the C
     * library's hypot, which is not correctly rounded): the larger and smaller magnitude are
     * scaled away from overflow and underflow, a first sqrt of the sum of squares is refined
     * by one correction step from the rounding errors of the squares (Borges, "An Improved
     * Algorithm for hypot(a, b)", the variant without fused multiply-add).
     */
    static double hypot(double x, double y) {
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

    /** The norm of (a, b), a >= b >= 0 both of moderate exponent: one Newton-like correction of sqrt(a*a + b*b). */
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
