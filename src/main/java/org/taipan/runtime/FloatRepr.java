package org.taipan.runtime;

/**
 * {@code repr(float)}: the shortest string that reads back as the same double (the digits
 * Java 19+'s {@link Double#toString} chooses), laid out as CPython's {@code float_repr}:
 * positional when the decimal exponent is in [-4, 16), else {@code 1e+16} style, always
 * with a {@code .0} or an exponent so it reads as a float; {@code inf}, {@code nan}, {@code -0.0}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        String sign = v < 0 ? "-" : "";
        Digits d = shortest(Math.abs(v));
        return sign + layout(d.digits, d.decpt);
    }

    /** Shortest digits (no leading or trailing zeros) and decimal point position: value = 0.DIGITS * 10**decpt. */
    record Digits(String digits, int decpt) {}

    /**
     * Java prints at least two significant digits ({@code 4.9E-324}) where one suffices
     * ({@code 5e-324}): try the one-digit rounding and keep it if it reads back exactly. Only a
     * subnormal can need it: a normal double's rounding interval is 2**-53 of it wide, far too
     * narrow to hold a one-digit and a different two-digit decimal, so {@code repr(2.5)} does not
     * parse a trial string.
     */
    static Digits shortest(double av) {
        Digits d = digits(av);
        if (d.digits.length() == 2 && av < Double.MIN_NORMAL) {
            int two = Integer.parseInt(d.digits);
            int one = (two + 5) / 10;
            int decpt = d.decpt;
            if (one == 10) {
                one = 1;
                decpt++;
            }
            if (Double.parseDouble("0." + one + "e" + decpt) == av) {
                return new Digits(String.valueOf(one), decpt);
            }
        }
        return d;
    }

    static Digits digits(double av) {
        String s = Double.toString(av);
        int exp = 0;
        int ei = s.indexOf('E');
        if (ei >= 0) {
            exp = Integer.parseInt(s.substring(ei + 1));
            s = s.substring(0, ei);
        }
        int dot = s.indexOf('.');
        String intPart = s.substring(0, dot);
        String frac = s.substring(dot + 1);
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        decpt -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(all.substring(0, end), decpt);
    }

    static String layout(String digits, int decpt) {
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= digits.length()) {
                return digits + "0".repeat(decpt - digits.length()) + ".0";
            }
            return digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int e = decpt - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String es = Integer.toString(Math.abs(e));
        return mant + "e" + (e < 0 ? "-" : "+") + (es.length() < 2 ? "0" + es : es);
    }
}
