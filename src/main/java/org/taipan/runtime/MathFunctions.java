package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The numeric algorithms of the {@code math} module that Java's {@link Math} lacks or computes
 * differently from CPython 3.11 on glibc: Lanczos gamma and lgamma (CPython's {@code m_tgamma},
 * {@code m_lgamma}, over {@link Libm}), Shewchuk's exact {@code fsum}, CPython's compensated
 * Euclidean norm for {@code hypot}/{@code dist}, {@code frexp}; and {@link Libm}'s Java
 * stand-ins for when the C library cannot be called (erf/erfc, cbrt, the inverse and hyperbolic
 * functions, log2, log10), written to round as glibc's do. Each returns NaN or an infinity where C sets
 * {@code EDOM}/{@code ERANGE}; {@link Errno} says which.
 */
public final class MathFunctions {
    private MathFunctions() {}

    /** What the C function would have left in {@code errno}. */
    public enum Errno { NONE, EDOM, ERANGE }

    /** The errno of the last {@link #gamma}/{@link #lgamma} call on this thread. */
    public static final ThreadLocal<Errno> ERRNO = ThreadLocal.withInitial(() -> Errno.NONE);

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    // The Lanczos approximation with N = 13 and g = 6.024680040776729583740234375, the values
    // CPython uses, so that gamma and lgamma agree with it to the last bit.
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x*(x+1)*...*(x+11) as coefficients of x**0 .. x**12. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0};

    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            // Horner from the highest coefficient.
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            // As a rational function of 1/x, which cannot overflow for large x.
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) for finite x, exact at the multiples of 1/2. */
    public static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        // C's round(): halves away from zero; y is non-negative here.
        int n = (int) Math.floor(2.0 * y + 0.5);
        double r = switch (n) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y));
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** Gamma(x) as CPython's {@code m_tgamma}, over the C library's exp, pow and sin/cos. */
    public static double gamma(double x) {
        ERRNO.set(Errno.NONE);
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            ERRNO.set(Errno.EDOM);
            return Double.NaN;
        }
        if (x == 0) {
            ERRNO.set(Errno.EDOM);
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                ERRNO.set(Errno.EDOM);
                return Double.NaN;
            }
            if (x <= 23) {
                double f = 1;
                for (int i = 2; i < (int) x; i++) {
                    f *= i;
                }
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                ERRNO.set(Errno.ERANGE);
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0) {
                return 0.0 / sinpi(x);
            }
            ERRNO.set(Errno.ERANGE);
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error of that sum, used for a first-order correction below.
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            ERRNO.set(Errno.ERANGE);
        }
        return r;
    }

    /** log|Gamma(x)| as CPython's {@code m_lgamma}, over the C library's log and sin/cos. */
    public static double lgamma(double x) {
        ERRNO.set(Errno.NONE);
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0) {
                ERRNO.set(Errno.EDOM);
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0) {
            r = LOG_PI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            ERRNO.set(Errno.ERANGE);
        }
        return r;
    }

    /** erf(x) by its power series, for |x| < 1.5. */
    private static double erfSeries(double x) {
        double x2 = x * x, acc = 0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) by its continued fraction, for x >= 1.5. */
    private static double erfcContfrac(double x) {
        if (x >= 30.0) {
            return 0.0;
        }
        double x2 = x * x, a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < 1.5) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < 1.5) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0 ? cf : 2.0 - cf;
    }

    private static final double[] CBRT_FACTOR = {
        1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748};

    /** Cube root as glibc computes it (a polynomial guess and one rational refinement; not always correctly rounded). */
    public static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double[] fr = frexp(Math.abs(x));
        double xm = fr[0];
        int xe = (int) fr[1];
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0 ? ym : -ym, xe / 3);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    public static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x), w;
        if (ax < 0x1p-28) {
            return x;
        }
        if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    public static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) || Double.isNaN(x) ? x + x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double xa = Math.abs(x), t;
        if (xa < 0.5) {
            if (xa < 0x1p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * Math.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * Math.log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        } else {
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    /** {m, e} with x = m * 2**e and 0.5 <= |m| < 1 ({@code frexp}); zeros, infinities and NaN give {x, 0}. */
    public static double[] frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return new double[] {x, 0};
        }
        int shift = 0;
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x) + 1;
        return new double[] {Math.scalb(x, -e), e - shift};
    }


    /**
     * The correctly rounded sum of the values (Shewchuk's algorithm with CPython's final
     * half-even fix-up, {@code math_fsum}), or null after an intermediate overflow of finite
     * values; infinities and NaN give their IEEE sum, -inf + inf a NaN that the caller reports.
     */
    public static Double fsum(double[] values) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0, infSum = 0;
        for (double v : values) {
            double x = v;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(v)) {
                        return null;
                    }
                    if (Double.isInfinite(v)) {
                        infSum += v;
                    }
                    specialSum += v;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            return Double.isNaN(infSum) ? Double.NaN : specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi, y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half to even across the remaining partials.
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /**
     * sqrt(sum of squares) of the elements of {@code v} (finite or not) as CPython 3.11's
     * {@code vector_norm}: any infinity gives inf, else any NaN gives NaN, else one element gives its
     * absolute value. Otherwise the result is CPython's to the last bit, which takes repeating its
     * arithmetic step by step: that algorithm is faithfully and almost always correctly rounded,
     * and an exactly rounded root would differ from it in the rare cases where it is not.
     *
     * @param v the coordinates; replaced in place by their absolute values
     */
    public static double norm(double[] v) {
        boolean nan = false;
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            double d = Math.abs(v[i]);
            v[i] = d;
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            if (d != d) {
                nan = true;
            } else if (d > max) {
                max = d;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length <= 1) {
            return max;
        }
        return scaledNorm(v, max);
    }

    /** {@code hypot(x, y)} without an array: {@link #norm} of two elements. */
    public static double norm2(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        double max = Math.max(x, y);
        if (max == 0) {
            return max;
        }
        if (max < TINY_NORM) {
            return scaledNorm(new double[] {x, y}, max);
        }
        double scale = normScale(max);
        NormSum s = new NormSum();
        s.add(x * scale);
        s.add(y * scale);
        return s.root() / scale;
    }

    // Below 2**-1024 the power of two that would bring the largest element into [0.5, 1) is not
    // a double; CPython then divides by the largest element instead (inexactly) and keeps only
    // the first compensation register.
    private static final double TINY_NORM = 0x1p-1024;

    /** {@code ldexp(1.0, -e)} where {@code e} is frexp's exponent of {@code max} (positive, >= 2**-1024). */
    private static double normScale(double max) {
        int e = max >= Double.MIN_NORMAL ? Math.getExponent(max) + 1 : (max >= 0x1p-1023 ? -1022 : -1023);
        return Math.scalb(1.0, -e);
    }

    private static double scaledNorm(double[] v, double max) {
        if (max < TINY_NORM) {
            double sum = 1.0, c1 = 0.0;
            for (double d : v) {
                double x = d / max;
                x = x * x;
                double before = sum;
                sum += x;
                c1 += (before - sum) + x;
            }
            return max * Math.sqrt(sum - 1.0 + c1);
        }
        double scale = normScale(max);
        NormSum s = new NormSum();
        for (double d : v) {
            s.add(d * scale);
        }
        return s.root() / scale;
    }

    /**
     * The compensated sum of squares of {@code vector_norm}: squares split exactly by Veltkamp
     * and Dekker into three parts, added to a running sum that starts at 1.0 (so it always
     * dominates the addends and the cheap form of Neumaier's compensation is exact), with one
     * compensation register per part. Every operation and its order is CPython's, because the
     * result must match it bit for bit.
     */
    private static final class NormSum {
        private static final double SPLITTER = 0x1p27 + 1;
        private double sum = 1.0, c1, c2, c3;

        /** Adds x*x for |x| < 1. */
        void add(double x) {
            double t = x * SPLITTER;
            double hi = t - (t - x);
            double lo = x - hi;
            double sq = hi * hi;
            double before = sum;
            sum += sq;
            c1 += (before - sum) + sq;
            double cross = 2.0 * hi * lo;
            before = sum;
            sum += cross;
            c2 += (before - sum) + cross;
            c3 += lo * lo;
        }

        /** The square root, refined by one Newton step against the compensated sum minus h*h. */
        double root() {
            double h = Math.sqrt(sum - 1.0 + (c1 + c2 + c3));
            double t = h * SPLITTER;
            double hi = t - (t - h);
            double lo = h - hi;
            double d = -hi * hi;
            double before = sum;
            sum += d;
            c1 += (before - sum) + d;
            d = -2.0 * hi * lo;
            before = sum;
            sum += d;
            c2 += (before - sum) + d;
            d = -lo * lo;
            before = sum;
            sum += d;
            c3 += (before - sum) + d;
            double residue = sum - 1.0 + (c1 + c2 + c3);
            return h + residue / (2.0 * h);
        }
    }

    /** n! by a product tree ({@code math.factorial} for n >= 0). */
    public static BigInteger factorial(long n) {
        return n < 2 ? BigInteger.ONE : product(2, n);
    }

    /** lo * (lo+1) * ... * hi by splitting, so the big multiplications stay balanced. */
    public static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    // ---- correctly rounded inverse trigonometric functions and logarithms (glibc's are, in practice)

    private static final MathContext MC = new MathContext(45, RoundingMode.HALF_EVEN);
    private static final BigDecimal BIG_PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494");
    private static final BigDecimal BIG_HALF_PI = BIG_PI.divide(BigDecimal.valueOf(2), MC);
    private static final BigDecimal BIG_LN2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680");

    /** atan of a BigDecimal to 45 digits: reduced below 0.1 by angle halving, then the Taylor series. */
    private static BigDecimal bigAtan(BigDecimal x) {
        if (x.signum() < 0) {
            return bigAtan(x.negate()).negate();
        }
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return BIG_HALF_PI.subtract(bigAtan(BigDecimal.ONE.divide(x, MC)), MC);
        }
        int halvings = 0;
        BigDecimal tenth = new BigDecimal("0.1");
        while (x.compareTo(tenth) > 0) {
            x = x.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(x.multiply(x, MC)).sqrt(MC)), MC);
            halvings++;
        }
        BigDecimal x2 = x.multiply(x, MC), term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(50);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(x2, MC).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * n + 1), MC), MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings), MC);
    }

    public static double atan(double x) {
        if (!Double.isFinite(x) || x == 0 || Math.abs(x) < 0x1p-27) {
            return Math.atan(x);
        }
        return bigAtan(new BigDecimal(x)).doubleValue();
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 0 || Math.abs(x) < 0x1p-27) {
            return x;
        }
        if (Math.abs(x) == 1) {
            return Math.copySign(BIG_HALF_PI.doubleValue(), x);
        }
        BigDecimal b = new BigDecimal(x);
        BigDecimal c = BigDecimal.ONE.subtract(b).multiply(BigDecimal.ONE.add(b)).sqrt(MC);
        return bigAtan(b.divide(c, MC)).doubleValue();
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return BIG_PI.doubleValue();
        }
        BigDecimal b = new BigDecimal(x);
        BigDecimal c = BigDecimal.ONE.subtract(b).multiply(BigDecimal.ONE.add(b)).sqrt(MC);
        BigDecimal asin = b.signum() == 0 ? BigDecimal.ZERO : bigAtan(b.divide(c, MC));
        return BIG_HALF_PI.subtract(asin, MC).doubleValue();
    }

    /** atan2 correctly rounded: the double-double fast path, this class's BigDecimal one when unsure. */
    public static double atan2(double y, double x) {
        return CorrectlyRounded.atan2(y, x);
    }

    /** atan2 correctly rounded in BigDecimal arithmetic (slow). */
    static double atan2Slow(double y, double x) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x);
        }
        BigDecimal base = bigAtan(new BigDecimal(Math.abs(y)).divide(new BigDecimal(Math.abs(x)), MC));
        if (x < 0) {
            base = BIG_PI.subtract(base, MC);
        }
        double r = base.doubleValue();
        return y < 0 ? -r : r;
    }

    /** ln of a positive finite double to 45 digits: x = m * 2**e, ln m = 2 atanh((m-1)/(m+1)). */
    private static BigDecimal bigLog(double x) {
        double[] fr = frexp(x);
        BigDecimal m = new BigDecimal(fr[0] * 2);
        long e = (long) fr[1] - 1;
        BigDecimal t = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal t2 = t.multiply(t, MC), term = t, sum = t;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(50);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(t2, MC);
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * n + 1), MC), MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC).add(BIG_LN2.multiply(BigDecimal.valueOf(e), MC), MC);
    }

    /** log2 correctly rounded, exact at the powers of two ({@code m_log2} for a finite positive x). */
    public static double log2(double x) {
        double[] fr = frexp(x);
        if (fr[0] == 0.5) {
            return fr[1] - 1;
        }
        return bigLog(x).divide(BIG_LN2, MC).doubleValue();
    }

    /** log10 as fdlibm's e_log10 (which glibc keeps): the binary exponent split off, then ivln10 * log. */
    public static double log10(double x) {
        double[] fr = frexp(x);
        int k = (int) fr[1] - 1;
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(fr[0], 1 - i);
        double y = k + i;
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Math.log(m);
        return z + y * 3.01029995663611771306e-01;
    }

    /**
     * sinh as fdlibm's e_sinh (glibc's): expm1 below 22, then exp(|x|)/2, then exp(|x|/2)**2/2 near
     * overflow, over the correctly rounded exp. {@link Libm#sinh}'s stand-in.
     */
    public static double sinh(double x) {
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
        if (ax < 709.782712893384) {
            return h * CorrectlyRounded.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = CorrectlyRounded.exp(0.5 * ax);
            return h * w * w;
        }
        return x * Double.MAX_VALUE;
    }

    /** cosh as fdlibm's e_cosh (glibc's), on top of the platform exp and expm1. */
    public static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    // ---- correctly rounded exp, erf and erfc (glibc's are accurate to about half an ulp)

    private static final BigDecimal BIG_SQRT_PI = BIG_PI.sqrt(MC);

    /** exp(x) to {@code mc}: x = k ln2 + r with |r| <= ln2/2, the Taylor series of r, times 2**k exactly. */
    private static BigDecimal bigExp(BigDecimal x, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        long k = x.divide(BIG_LN2, wide).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BigDecimal r = x.subtract(BIG_LN2.multiply(BigDecimal.valueOf(k)), wide);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(n), wide);
            sum = sum.add(term, wide);
        }
        BigDecimal scale = k >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft((int) k))
                : new BigDecimal(BigInteger.valueOf(5).pow((int) -k), (int) -k);
        return sum.multiply(scale, wide);
    }

    /** exp correctly rounded: the double-double fast path, this class's BigDecimal one when unsure. */
    public static double exp(double x) {
        return CorrectlyRounded.exp(x);
    }

    /** exp correctly rounded in BigDecimal arithmetic (slow). */
    static double expSlow(double x) {
        if (!Double.isFinite(x) || Math.abs(x) < 0x1p-54 || x > 709.79 || x < -745.2) {
            return Math.exp(x);
        }
        return bigExp(new BigDecimal(x), MC).doubleValue();
    }

    /** erf(x) for |x| < 3 by its Taylor series, to 45 significant digits. */
    private static BigDecimal bigErfSeries(BigDecimal x) {
        MathContext wide = new MathContext(60, RoundingMode.HALF_EVEN);
        BigDecimal x2 = x.multiply(x, wide), power = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(62);
        for (int n = 1; ; n++) {
            power = power.multiply(x2, wide).divide(BigDecimal.valueOf(n), wide).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), wide);
            sum = sum.add(term, wide);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2), wide).divide(BIG_SQRT_PI, wide);
    }

    /** erfc(x) for x >= 3 by its continued fraction exp(-x*x)/sqrt(pi) / (x + (1/2)/(x + 1/(x + ...))). */
    private static BigDecimal bigErfcFraction(BigDecimal x) {
        MathContext wide = new MathContext(50, RoundingMode.HALF_EVEN);
        // Evaluated bottom-up from a depth at which the tail no longer matters.
        int depth = (int) (4000 / (x.doubleValue() * x.doubleValue())) + 60;
        BigDecimal f = x;
        for (int n = depth; n >= 1; n--) {
            f = x.add(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2), wide).divide(f, wide), wide);
        }
        return bigExp(x.multiply(x, wide).negate(), wide).divide(BIG_SQRT_PI, wide).divide(f, wide);
    }

    public static double erfCorrect(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax == 0 || ax < 0x1p-60) {
            return x * (2 / 1.772453850905516027298167483341145182798) + 0.0 * x;
        }
        if (ax >= 6) {
            return Math.copySign(1.0, x);
        }
        BigDecimal b = new BigDecimal(ax);
        BigDecimal r = ax < 3 ? bigErfSeries(b) : BigDecimal.ONE.subtract(bigErfcFraction(b));
        double d = r.doubleValue();
        return x < 0 ? -d : d;
    }

    public static double erfcCorrect(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (x == Double.NEGATIVE_INFINITY || x <= -6) {
            return 2.0;
        }
        if (x >= 27.3) {
            return 0.0;
        }
        BigDecimal b = new BigDecimal(Math.abs(x));
        BigDecimal r;
        if (x >= 3) {
            r = bigErfcFraction(b);
        } else {
            BigDecimal erf = Math.abs(x) < 3 ? bigErfSeries(b) : BigDecimal.ONE.subtract(bigErfcFraction(b));
            r = x < 0 ? BigDecimal.ONE.add(erf) : BigDecimal.ONE.subtract(erf);
        }
        return r.doubleValue();
    }

    /**
     * The arguments of {@code math.isclose} and {@code cmath.isclose}: {@code a} and {@code b}
     * (positional or by name), then {@code rel_tol} and {@code abs_tol} (keyword-only; null when
     * absent), unconverted, so each module converts {@code a} and {@code b} before the tolerances.
     *
     * @throws PyException TypeError for extra, unknown or missing arguments, with CPython's messages
     */
    public static PyObject[] iscloseArguments(PyObject[] a, String[] k) {
        Args.onlyKeywords("isclose", k, "a", "b", "rel_tol", "abs_tol");
        int npos = Args.positional(a, k);
        if (npos > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
        }
        PyObject ao = npos > 0 ? a[0] : Args.keyword(a, k, "a");
        PyObject bo = npos > 1 ? a[1] : Args.keyword(a, k, "b");
        if (ao == null || bo == null) {
            throw Errors.typeError("isclose() missing required argument '%s' (pos %d)", ao == null ? "a" : "b",
                    ao == null ? 1 : 2);
        }
        return new PyObject[] {ao, bo, Args.keyword(a, k, "rel_tol"), Args.keyword(a, k, "abs_tol")};
    }

    /**
     * {@code isclose}'s {rel_tol, abs_tol} as floats, 1e-09 and 0.0 when absent (null).
     *
     * @throws PyException ValueError "tolerances must be non-negative"
     */
    public static double[] iscloseTolerances(PyObject rt, PyObject at) {
        double rel = rt == null ? 1e-9 : Abstract.toDouble(rt), abs = at == null ? 0 : Abstract.toDouble(at);
        if (rel < 0 || abs < 0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        return new double[] {rel, abs};
    }
}
