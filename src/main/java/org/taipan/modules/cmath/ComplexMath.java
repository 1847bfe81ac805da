package org.taipan.modules.cmath;


/**
 * The complex elementary functions of CPython 3.11's {@code Modules/cmathmodule.c}, on pairs of
 * doubles: the same formulas, rescalings and special-value tables, so that results agree with
 * CPython on glibc wherever the underlying real functions do. Each function returns a {@link Z}
 * whose {@code err} is what the C function leaves in {@code errno}: {@link #EDOM} where C99
 * Annex G signals invalid or divide-by-zero (Python's {@code ValueError}), {@link #ERANGE} on
 * overflow ({@code OverflowError}).
 */
final class ComplexMath {
    private ComplexMath() {}

    static final int OK = 0, EDOM = 1, ERANGE = 2;

    /** A complex result and the errno that goes with it. */
    record Z(double re, double im, int err) {
        Z(double re, double im) {
            this(re, im, OK);
        }

        Z(double[] v, int err) {
            this(v[0], v[1], err);
        }

        Z negate() {
            return new Z(-re, -im, err);
        }
    }

    // Thresholds that keep intermediate results from overflowing or losing precision.
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    /** An odd power of two that makes any subnormal normal, and the square root scale that undoes it. */
    private static final int SCALE_UP = 53, SCALE_DOWN = -27;
    private static final double LN2 = 0.6931471805599453094, LN10 = 2.302585092994045684;
    private static final double E = 2.7182818284590452354;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static boolean finite(double re, double im) {
        return Double.isFinite(re) && Double.isFinite(im);
    }

    /** {@code cmath.acos} ({@code cmath_acos_impl}). */
    static Z acos(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.ACOS, x, y), OK);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = Real.atan2(Math.abs(y), x);
            double l = Real.log(Real.hypot(x / 2., y / 2.)) + LN2 * 2.;
            double im = x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y);
            return new Z(re, im);
        }
        Z s1 = sqrt(1. - x, -y);
        Z s2 = sqrt(1. + x, y);
        return new Z(2. * Real.atan2(s1.re, s2.re), Real.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    /** {@code cmath.acosh} ({@code cmath_acosh_impl}). */
    static Z acosh(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.ACOSH, x, y), OK);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new Z(Real.log(Real.hypot(x / 2., y / 2.)) + LN2 * 2., Real.atan2(y, x));
        }
        Z s1 = sqrt(x - 1., y);
        Z s2 = sqrt(x + 1., y);
        return new Z(Real.asinh(s1.re * s2.re + s1.im * s2.im), 2. * Real.atan2(s1.im, s2.re));
    }

    /** {@code cmath.asin}: -i asinh(iz). */
    static Z asin(double x, double y) {
        Z s = asinh(-y, x);
        return new Z(s.im, -s.re, s.err);
    }

    /** {@code cmath.asinh} ({@code cmath_asinh_impl}). */
    static Z asinh(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.ASINH, x, y), OK);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Real.log(Real.hypot(x / 2., y / 2.)) + LN2 * 2.;
            double re = y >= 0. ? Math.copySign(l, x) : -Math.copySign(l, -x);
            return new Z(re, Real.atan2(y, Math.abs(x)));
        }
        Z s1 = sqrt(1. + y, -x);
        Z s2 = sqrt(1. - y, x);
        return new Z(Real.asinh(s1.re * s2.im - s2.re * s1.im), Real.atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    /** {@code cmath.atan}: -i atanh(iz). */
    static Z atan(double x, double y) {
        Z s = atanh(-y, x);
        return new Z(s.im, -s.re, s.err);
    }

    /** {@code cmath.atanh} ({@code cmath_atanh_impl}). */
    static Z atanh(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.ATANH, x, y), OK);
        }
        if (x < 0.) {
            // atanh is odd: work on the right half-plane.
            return atanh(-x, -y).negate();
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            // Far from the origin atanh(z) is close to 1/z + (pi/2)i, with the sign of y.
            double h = Real.hypot(x / 2., y / 2.);
            return new Z(x / 4. / h / h, -Math.copySign(Math.PI / 2., -y));
        }
        if (x == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                return new Z(INF, y, EDOM);
            }
            return new Z(-Real.log(Math.sqrt(ay) / Math.sqrt(Real.hypot(ay, 2.))), Math.copySign(Real.atan2(2., -ay) / 2, y));
        }
        double re = Real.log1p(4. * x / ((1 - x) * (1 - x) + ay * ay)) / 4.;
        double im = -Real.atan2(-2. * y, (1 - x) * (1 + x) - ay * ay) / 2.;
        return new Z(re, im);
    }

    /** {@code cmath.cos}: cosh(iz). */
    static Z cos(double x, double y) {
        return cosh(-y, x);
    }

    /** {@code cmath.cosh} ({@code cmath_cosh_impl}). */
    static Z cosh(double x, double y) {
        if (!finite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.) {
                double ci = Math.copySign(INF, Real.cos(y)), si = Math.copySign(INF, Real.sin(y));
                r = new double[] {ci, x > 0 ? si : -si};
            } else {
                r = SpecialValues.lookup(SpecialValues.COSH, x, y);
            }
            return new Z(r, Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK);
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            // cosh(x) may overflow where cosh(x)*cos(y) does not: factor out e.
            double xm1 = x - Math.copySign(1., x);
            re = Real.cos(y) * Real.cosh(xm1) * E;
            im = Real.sin(y) * Real.sinh(xm1) * E;
        } else {
            re = Real.cos(y) * Real.cosh(x);
            im = Real.sin(y) * Real.sinh(x);
        }
        return new Z(re, im, Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : OK);
    }

    /** {@code cmath.exp} ({@code cmath_exp_impl}). */
    static Z exp(double x, double y) {
        if (!finite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.) {
                double mag = x > 0 ? INF : 0.;
                r = new double[] {Math.copySign(mag, Real.cos(y)), Math.copySign(mag, Real.sin(y))};
            } else {
                r = SpecialValues.lookup(SpecialValues.EXP, x, y);
            }
            boolean edom = Double.isInfinite(y) && (Double.isFinite(x) || x == INF);
            return new Z(r, edom ? EDOM : OK);
        }
        double re, im;
        if (x > LOG_LARGE) {
            double l = Real.exp(x - 1.);
            re = l * Real.cos(y) * E;
            im = l * Real.sin(y) * E;
        } else {
            double l = Real.exp(x);
            re = l * Real.cos(y);
            im = l * Real.sin(y);
        }
        return new Z(re, im, Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : OK);
    }

    /** The natural logarithm ({@code c_log}), with rescaling for huge, subnormal and near-unit moduli. */
    static Z log(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.LOG, x, y), OK);
        }
        double ax = Math.abs(x), ay = Math.abs(y), re;
        if (ax > LARGE || ay > LARGE) {
            re = Real.log(Real.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                re = Real.log(Real.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                return new Z(-INF, Real.atan2(y, x), EDOM);
            }
        } else {
            double h = Real.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // Near the unit circle log(h) loses digits; log1p of h*h - 1 keeps them.
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Real.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = Real.log(h);
            }
        }
        return new Z(re, Real.atan2(y, x));
    }

    /** {@code cmath.log10}: log(z) / ln 10, keeping log's errno. */
    static Z log10(double x, double y) {
        Z r = log(x, y);
        return new Z(r.re / LN10, r.im / LN10, r.err);
    }

    /** {@code a / b} ({@code _Py_c_quot}, Smith's method); b == 0 gives 0 with EDOM. */
    static Z quot(Z a, Z b) {
        double abr = Math.abs(b.re), abi = Math.abs(b.im);
        if (abr >= abi) {
            if (abr == 0.) {
                return new Z(0., 0., EDOM);
            }
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            return new Z((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = b.re / b.im, denom = b.re * ratio + b.im;
            return new Z((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new Z(Double.NaN, Double.NaN);
    }

    /** {@code cmath.sin}: -i sinh(iz). */
    static Z sin(double x, double y) {
        Z s = sinh(-y, x);
        return new Z(s.im, -s.re, s.err);
    }

    /** {@code cmath.sinh} ({@code cmath_sinh_impl}). */
    static Z sinh(double x, double y) {
        if (!finite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.) {
                double ci = Math.copySign(INF, Real.cos(y)), si = Math.copySign(INF, Real.sin(y));
                r = new double[] {x > 0 ? ci : -ci, si};
            } else {
                r = SpecialValues.lookup(SpecialValues.SINH, x, y);
            }
            return new Z(r, Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK);
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1., x);
            re = Real.cos(y) * Real.sinh(xm1) * E;
            im = Real.sin(y) * Real.cosh(xm1) * E;
        } else {
            re = Real.cos(y) * Real.sinh(x);
            im = Real.sin(y) * Real.cosh(x);
        }
        return new Z(re, im, Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : OK);
    }

    /**
     * {@code cmath.sqrt} ({@code cmath_sqrt_impl}): s = sqrt((|x| + |z|)/2) computed as
     * 2 sqrt(|x|/8 + |z/8|) so that nothing overflows, subnormal inputs scaled up first.
     */
    static Z sqrt(double x, double y) {
        if (!finite(x, y)) {
            return new Z(SpecialValues.lookup(SpecialValues.SQRT, x, y), OK);
        }
        if (x == 0. && y == 0.) {
            return new Z(0., y);
        }
        double ax = Math.abs(x), ay = Math.abs(y), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Real.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + Real.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        if (x >= 0.) {
            return new Z(s, Math.copySign(d, y));
        }
        return new Z(d, Math.copySign(s, y));
    }

    /** {@code cmath.tan}: -i tanh(iz). */
    static Z tan(double x, double y) {
        Z s = tanh(-y, x);
        return new Z(s.im, -s.re, s.err);
    }

    /**
     * {@code cmath.tanh} ({@code cmath_tanh_impl}): with t = tanh x, u = tan y,
     * tanh(x+iy) = (t(1+u^2) + i u sech^2 x) / (1 + t^2 u^2); for large |x| sech^2 x is
     * replaced by 4 exp(-2|x|).
     */
    static Z tanh(double x, double y) {
        if (!finite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.) {
                r = new double[] {x > 0 ? 1.0 : -1.0, Math.copySign(0., 2. * Real.sin(y) * Real.cos(y))};
            } else {
                r = SpecialValues.lookup(SpecialValues.TANH, x, y);
            }
            return new Z(r, Double.isInfinite(y) && Double.isFinite(x) ? EDOM : OK);
        }
        if (Math.abs(x) > LOG_LARGE) {
            return new Z(Math.copySign(1., x), 4. * Real.sin(y) * Real.cos(y) * Real.exp(-2. * Math.abs(x)));
        }
        double tx = Real.tanh(x), ty = Real.tan(y), cx = 1. / Real.cosh(x);
        double txty = tx * ty, denom = 1. + txty * txty;
        return new Z(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** {@code cmath.rect(r, phi)} ({@code cmath_rect_impl}): r e^{i phi}, as exp(log r + i phi) for the special values. */
    static Z rect(double r, double phi) {
        if (!finite(r, phi)) {
            double[] z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.) {
                double c = Math.copySign(INF, Real.cos(phi)), s = Math.copySign(INF, Real.sin(phi));
                z = r > 0 ? new double[] {c, s} : new double[] {-c, -s};
            } else {
                z = SpecialValues.lookup(SpecialValues.RECT, r, phi);
            }
            boolean edom = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi);
            return new Z(z, edom ? EDOM : OK);
        }
        if (phi == 0.0) {
            // r * cos(0) is r exactly; r * phi gives the zero its sign.
            return new Z(r, r * phi);
        }
        return new Z(r * Real.cos(phi), r * Real.sin(phi));
    }

    /** The phase of x + iy ({@code c_atan2}): C99's atan2 with its rules for infinities, NaN for any NaN. */
    static double phase(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.) {
            return Math.copySign(Math.copySign(1., x) == 1. ? 0. : Math.PI, y);
        }
        return Real.atan2(y, x);
    }

    /**
     * {@code cmath.phase}: {@link #phase} with the errno glibc's atan2 leaves, ERANGE when a
     * nonzero y over a finite x underflows to a zero angle (CPython turns it into
     * OverflowError "math range error").
     */
    static Z phaseWithErrno(double x, double y) {
        double phi = phase(x, y);
        boolean underflow = phi == 0 && y != 0 && Double.isFinite(x) && Double.isFinite(y);
        return new Z(phi, 0, underflow ? ERANGE : OK);
    }

    /** |x + iy| ({@code _Py_c_abs}): an infinite part wins over NaN; ERANGE when a finite z overflows. */
    static Z abs(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return new Z(INF, 0);
            }
            return new Z(Double.NaN, 0);
        }
        double r = Real.hypot(x, y);
        return new Z(r, 0, Double.isInfinite(r) ? ERANGE : OK);
    }
}
