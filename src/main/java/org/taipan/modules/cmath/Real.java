package org.taipan.modules.cmath;

import org.taipan.runtime.MathFunctions;

/**
 * The real functions under {@link ComplexMath}, each chosen or written to round as glibc's
 * (which CPython calls) does: glibc's own hypot algorithm, sinh/cosh by fdlibm's method over a
 * correctly rounded exp, the project's correctly rounded atan2 and exp; sin, cos, tan and log
 * are the JDK's, which differ from glibc's in the last bit for about one argument in a
 * thousand.
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
        return MathFunctions.atan2(y, x);
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
        return sinCos(x, false);
    }

    static double cos(double x) {
        return sinCos(x, true);
    }

    private static final java.math.MathContext MC = new java.math.MathContext(40);
    private static final java.math.BigDecimal PI_OVER_2 = new java.math.BigDecimal(
            "1.57079632679489661923132169163975144209858469968755291048747229615390820314310449931401741267105853399107404326");

    /**
     * sin or cos of x correctly rounded (glibc's are within 0.55 ulp, so they round the same way
     * except very near a tie; the JDK's intrinsics are not): x less its nearest multiple of pi/2
     * to 110 digits, then the Taylor series to 40. Above 2**40 the reduction would need more
     * digits of pi, and the JDK's result is used.
     */
    private static double sinCos(double x, boolean cosine) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax > 0x1p40) {
            return cosine ? Math.cos(x) : Math.sin(x);
        }
        if (ax < 0x1p-27) {
            // sin x = x - x^3/6 and cos x = 1 - x^2/2, both below half an ulp from x and 1.
            return cosine ? 1.0 : x;
        }
        java.math.BigDecimal bx = new java.math.BigDecimal(x);
        java.math.BigInteger k = bx.divide(PI_OVER_2, MC).setScale(0, java.math.RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        java.math.BigDecimal r = bx.subtract(PI_OVER_2.multiply(new java.math.BigDecimal(k)));
        int quadrant = k.mod(java.math.BigInteger.valueOf(4)).intValue() + (cosine ? 1 : 0);
        java.math.BigDecimal v = (quadrant & 1) == 0 ? taylor(r, false) : taylor(r, true);
        return ((quadrant & 2) == 0 ? v : v.negate()).doubleValue();
    }

    /** sin r (or cos r) for |r| <= pi/4, summed until the terms fall below 1e-45 of the result. */
    private static java.math.BigDecimal taylor(java.math.BigDecimal r, boolean cosine) {
        java.math.BigDecimal r2 = r.multiply(r, MC);
        java.math.BigDecimal term = cosine ? java.math.BigDecimal.ONE : r.round(MC);
        java.math.BigDecimal sum = term;
        java.math.BigDecimal eps = java.math.BigDecimal.ONE.movePointLeft(45).multiply(r.abs().max(new java.math.BigDecimal("1e-300")));
        for (int n = cosine ? 1 : 2; term.abs().compareTo(eps) > 0; n += 2) {
            term = term.multiply(r2, MC).divide(java.math.BigDecimal.valueOf((long) n * (n + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    static double exp(double x) {
        return MathFunctions.exp(x);
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
        return Math.tan(x);
    }
}
