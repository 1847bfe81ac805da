package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded sin and cos in BigDecimal arithmetic: slow, the fallback of
 * {@link CorrectlyRounded} for the rare arguments whose double-double value is too close to a
 * rounding boundary.
 */
final class SlowTrig {
    private SlowTrig() {}

    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal PI_OVER_2 = new BigDecimal(
            "1.57079632679489661923132169163975144209858469968755291048747229615390820314310449931401741267105853399107404326");

    /**
     * sin or cos of x correctly rounded: x less its nearest multiple of pi/2 to 110 digits, then
     * the Taylor series to 40. Above 2**40 the reduction would need more digits of pi, and the
     * JDK's result is used.
     */
    static double sinCos(double x, boolean cosine) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax > 0x1p40) {
            return cosine ? Math.cos(x) : Math.sin(x);
        }
        if (ax < 0x1p-27) {
            // sin x = x - x^3/6 and cos x = 1 - x^2/2, both below half an ulp from x and 1.
            return cosine ? 1.0 : x;
        }
        BigDecimal bx = new BigDecimal(x);
        BigInteger k = bx.divide(PI_OVER_2, MC).setScale(0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        BigDecimal r = bx.subtract(PI_OVER_2.multiply(new BigDecimal(k)));
        int quadrant = k.mod(BigInteger.valueOf(4)).intValue() + (cosine ? 1 : 0);
        BigDecimal v = (quadrant & 1) == 0 ? taylor(r, false) : taylor(r, true);
        return ((quadrant & 2) == 0 ? v : v.negate()).doubleValue();
    }

    /** sin r (or cos r) for |r| <= pi/4, summed until the terms fall below 1e-45 of the result. */
    private static BigDecimal taylor(BigDecimal r, boolean cosine) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = cosine ? BigDecimal.ONE : r.round(MC);
        BigDecimal sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(45).multiply(r.abs().max(new BigDecimal("1e-300")));
        for (int n = cosine ? 1 : 2; term.abs().compareTo(eps) > 0; n += 2) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((long) n * (n + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }
}
