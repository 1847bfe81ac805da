package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Fast correctly rounded exp, sin, cos, tan and atan2 (glibc's round the same way except very near a
 * tie; the JDK's often do not). Each is first evaluated in double-double arithmetic, about 100
 * bits; when that value is far enough from a rounding boundary its high part is the correctly
 * rounded result (Ziv's strategy), otherwise (for about one argument in 2**35) the slow
 * BigDecimal evaluation decides. A double-double is an array {hi, lo} with |lo| <= ulp(hi)/2.
 * {@link Libm}'s stand-ins for these functions where the C library cannot be called.
 */
public final class CorrectlyRounded {
    private CorrectlyRounded() {}

    private static final MathContext WIDE = new MathContext(120);
    private static final BigDecimal BIG_LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");
    private static final BigDecimal BIG_HALF_PI = new BigDecimal(
            "1.570796326794896619231321691639751442098584699687552910487472296153908203143104499314017412671058533991074");
    private static final double[] LN2 = split3(BIG_LN2);
    private static final double[] HALF_PI = split3(BIG_HALF_PI);
    private static final double TWO_OVER_PI = BigDecimal.ONE.divide(BIG_HALF_PI, WIDE).doubleValue();

    /** {@code v} as hi + mid + lo, each the double nearest to what the previous parts leave. */
    private static double[] split3(BigDecimal v) {
        double hi = v.doubleValue();
        BigDecimal rest = v.subtract(new BigDecimal(hi));
        double mid = rest.doubleValue();
        double lo = rest.subtract(new BigDecimal(mid)).doubleValue();
        return new double[] {hi, mid, lo};
    }

    // ---- double-double arithmetic (Dekker's products through fma, Knuth's two-sum)

    private static double[] norm(double hi, double lo) {
        double s = hi + lo;
        return new double[] {s, lo - (s - hi)};
    }

    private static double[] add(double[] a, double[] b) {
        double s = a[0] + b[0];
        double bb = s - a[0];
        double e = (a[0] - (s - bb)) + (b[0] - bb);
        return norm(s, e + a[1] + b[1]);
    }

    private static double[] mul(double[] a, double[] b) {
        double p = a[0] * b[0];
        return norm(p, Math.fma(a[0], b[0], -p) + (a[0] * b[1] + a[1] * b[0]));
    }

    private static double[] mul(double[] a, double b) {
        double p = a[0] * b;
        return norm(p, Math.fma(a[0], b, -p) + a[1] * b);
    }

    /** a / b for a double b: the quotient of the high part, corrected by the exact remainder. */
    private static double[] div(double[] a, double b) {
        double q = a[0] / b;
        double p = q * b;
        double rem = (a[0] - p - Math.fma(q, b, -p)) + a[1];
        return norm(q, rem / b);
    }

    /** The exact product a*b as a double-double. */
    private static double[] prod(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    private static double[] neg(double[] a) {
        return new double[] {-a[0], -a[1]};
    }

    private static double[] of(double x) {
        return new double[] {x, 0.0};
    }

    /**
     * The correctly rounded value of the double-double {@code v} if an error of up to
     * {@code err} cannot change it, else NaN (the caller then takes the slow path).
     */
    private static double round(double[] v, double err) {
        double hi = v[0], lo = v[1];
        if (!Double.isFinite(hi) || Math.abs(hi) < 0x1p-1000 || Math.abs(hi) > 0x1p1000) {
            return Double.NaN;
        }
        double half = Math.ulp(hi) / 2;
        if (Math.abs(hi) == Math.scalb(1.0, Math.getExponent(hi)) && (lo < 0) == (hi > 0)) {
            // Towards zero from a power of two the spacing halves.
            half /= 2;
        }
        return Math.abs(Math.abs(lo) - half) > err ? hi : Double.NaN;
    }

    /** x - k*c for the constant c in three parts, as a double-double (exact products for the first two). */
    private static double[] reduce(double x, double k, double[] c) {
        double[] r = add(of(x), neg(prod(k, c[0])));
        r = add(r, neg(prod(k, c[1])));
        return add(r, of(-k * c[2]));
    }

    /** e**r for |r| <= 0.75 as a double-double: its Taylor series to 30 terms. */
    private static double[] expSmall(double[] r) {
        double[] sum = of(1.0), term = of(1.0);
        for (int n = 1; n <= 30; n++) {
            term = div(mul(term, r), n);
            sum = add(sum, term);
        }
        return sum;
    }

    /** e**x correctly rounded; outside |x| <= 700 the project's BigDecimal exp. */
    public static double exp(double x) {
        if (!Double.isFinite(x) || Math.abs(x) > 700 || Math.abs(x) < 0x1p-54) {
            return MathFunctions.expSlow(x);
        }
        double k = Math.rint(x / LN2[0]);
        double[] e = expSmall(reduce(x, k, LN2));
        double res = round(e, e[0] * 0x1p-92);
        return Double.isNaN(res) ? MathFunctions.expSlow(x) : Math.scalb(res, (int) k);
    }

    /** sin x correctly rounded. */
    public static double sin(double x) {
        return sinCos(x, false);
    }

    /** cos x correctly rounded. */
    public static double cos(double x) {
        return sinCos(x, true);
    }

    private static double sinCos(double x, boolean cosine) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax > 0x1p25 || ax < 0x1p-27) {
            return SlowTrig.sinCos(x, cosine);
        }
        double[][] sc = sinCosDD(x);
        double[] v = sc[cosine ? 1 : 0];
        double res = round(v, Math.abs(v[0]) * 0x1p-90 + 0x1p-125);
        return Double.isNaN(res) ? SlowTrig.sinCos(x, cosine) : res;
    }

    /** tan x correctly rounded, as sin x / cos x in double-double; the JDK's tan where that is unsure. */
    public static double tan(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax > 0x1p25 || ax < 0x1p-27) {
            return Math.tan(x);
        }
        double[][] sc = sinCosDD(x);
        double[] c = sc[1];
        double q = sc[0][0] / c[0];
        double[] rem = add(sc[0], neg(mul(c, q)));
        double[] v = norm(q, rem[0] / c[0]);
        double res = round(v, Math.abs(v[0]) * 0x1p-88 + 0x1p-120);
        return Double.isNaN(res) ? Math.tan(x) : res;
    }

    /** {sin x, cos x} as double-doubles for |x| <= 2**25: x less k pi/2, then the Taylor series. */
    private static double[][] sinCosDD(double x) {
        double k = Math.rint(x * TWO_OVER_PI);
        double[] r = reduce(x, k, HALF_PI);
        double[] r2 = mul(r, r);
        double[] s = r, c = of(1.0), ts = r, tc = of(1.0);
        for (int n = 1; n <= 29; n += 2) {
            tc = div(mul(tc, r2), -(double) n * (n + 1));
            c = add(c, tc);
            ts = div(mul(ts, r2), -(double) (n + 1) * (n + 2));
            s = add(s, ts);
        }
        switch ((int) (((long) k % 4 + 4) % 4)) {
            case 0: return new double[][] {s, c};
            case 1: return new double[][] {c, neg(s)};
            case 2: return new double[][] {neg(s), neg(c)};
            default: return new double[][] {neg(c), s};
        }
    }

    /**
     * atan2(y, x) correctly rounded: the JDK's angle a refined by one Newton step,
     * a + (y cos a - x sin a) / (x cos a + y sin a), in double-double; zeros, infinities,
     * NaNs and extreme magnitudes go to the project's BigDecimal atan2.
     */
    public static double atan2(double y, double x) {
        double big = Math.max(Math.abs(x), Math.abs(y)), small = Math.min(Math.abs(x), Math.abs(y));
        if (!(small > 0) || !Double.isFinite(big) || big > 0x1p500 || small < 0x1p-500) {
            return MathFunctions.atan2Slow(y, x);
        }
        double a = Math.atan2(y, x);
        double[][] sc = sinCosDD(a);
        double[] num = add(mul(sc[1], y), neg(mul(sc[0], x)));
        double den = x * sc[1][0] + y * sc[0][0];
        double[] v = add(of(a), div(num, den));
        double res = round(v, Math.abs(v[0]) * 0x1p-90 + 0x1p-100);
        return Double.isNaN(res) ? MathFunctions.atan2Slow(y, x) : res;
    }
}
