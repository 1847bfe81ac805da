package org.taipan.runtime;

/**
 * Text to float and complex as CPython's {@code float()} and {@code complex()} read it:
 * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}, {@code _Py_string_to_number_with_underscores},
 * {@code PyOS_string_to_double} (a longest-prefix scan, overflow to infinity) and
 * {@code complex_from_string_inner}.
 */
public final class NumberParser {
    private NumberParser() {}

    /**
     * Any Unicode decimal digit becomes its ASCII digit and any Unicode white space a space;
     * another non-ASCII character becomes '?' so that it can never be part of a number.
     */
    static String toAscii(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            // The usual float("1.5"): nothing to transform, so no copy.
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (StrMethods.isSpace(c)) {
                sb.append(' ');
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** The text without its underscores, or null if one is not between two digits. */
    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return null;
                }
            } else {
                sb.append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    return null;
                }
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /**
     * The text of a bytes-like number ({@code int(b'12')}, {@code float(b'1.5')}): bytes know only
     * ASCII, so a byte past it (b'\xa0', a space in Latin-1) becomes '?', which no number has.
     */
    static String bytesText(byte[] b) {
        char[] cs = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            cs[i] = b[i] >= 0 ? (char) b[i] : '?';
        }
        return new String(cs);
    }

    /** What {@code "-nan"} parses to: a quiet NaN with the sign bit set, as CPython's {@code -Py_NAN}. */
    public static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /**
     * Scans the longest float at {@code pos}: {@code [sign] (digits [. digits] | . digits) [e [sign] digits]}
     * or {@code [sign] (inf | infinity | nan)}, case-insensitively. Returns the end index
     * ({@code pos} when there is none) and stores the value in {@code out[0]}.
     */
    static int scanDouble(String s, int pos, double[] out) {
        int n = s.length(), i = pos;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        // Only a letter can start the spelled-out values: digits skip the three case-blind matches.
        char lead = i < n ? (char) (s.charAt(i) | 0x20) : 0;
        if (lead != 'i' && lead != 'n') {
            return scanDigits(s, pos, i, neg, out);
        }
        if (s.regionMatches(true, i, "infinity", 0, 8)) {
            out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i + 8;
        }
        if (s.regionMatches(true, i, "inf", 0, 3)) {
            out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i + 3;
        }
        if (s.regionMatches(true, i, "nan", 0, 3)) {
            out[0] = neg ? NEGATIVE_NAN : Double.NaN;
            return i + 3;
        }
        return scanDigits(s, pos, i, neg, out);
    }

    /** {@link #scanDouble} past the sign at {@code i}, for the digit forms only. */
    private static int scanDigits(String s, int pos, int i, boolean neg, double[] out) {
        int n = s.length();
        int start = i;
        int intDigits = 0, fracDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                fracDigits++;
            }
            if (intDigits > 0 || fracDigits > 0) {
                i = j;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return pos;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int ds = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > ds) {
                i = j;
            }
        }
        double v = parseDecimal(s.substring(start, i));
        out[0] = neg ? -v : v;
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A decimal literal (no sign) correctly rounded; a huge exponent is clamped so Java never sees it. */
    private static double parseDecimal(String t) {
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e >= 0 && exponentDigits(t, e + 1) > 9) {
            // The mantissa has far fewer digits than that, so the result is 0 or infinity.
            boolean negExp = t.charAt(e + 1) == '-';
            boolean zeroMant = true;
            for (int i = 0; i < e; i++) {
                char c = t.charAt(i);
                if (c >= '1' && c <= '9') {
                    zeroMant = false;
                    break;
                }
            }
            return zeroMant || negExp ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /**
     * The digits of the exponent starting at {@code from} (after the 'e'), past its sign and its
     * leading zeros (at least one digit when there are any): what decides whether the value can
     * only be 0 or infinity. Counted by hand: this runs on every {@code float()} with an exponent.
     */
    private static int exponentDigits(String t, int from) {
        int i = from, n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        while (i < n - 1 && t.charAt(i) == '0') {
            i++;
        }
        return n - i;
    }

    /**
     * {@code float(text)}.
     *
     * @param shown the object named in the error message (the str or bytes given)
     * @throws PyException ValueError "could not convert string to float: 'x'"
     */
    public static double parseFloat(String text, PyObject shown) {
        String s = removeUnderscores(toAscii(text));
        if (s != null) {
            int b = 0, e = s.length();
            while (b < e && isSpace(s.charAt(b))) {
                b++;
            }
            while (e > b && isSpace(s.charAt(e - 1))) {
                e--;
            }
            double[] out = new double[1];
            if (b < e && scanDouble(s, b, out) == e) {
                return out[0];
            }
        }
        throw Errors.valueError("could not convert string to float: %s", Abstract.repr(shown));
    }

    /**
     * {@code complex(text)}: {@code <float>}, {@code <float>j}, {@code <float><signed-float>j},
     * {@code <float><sign>j}, {@code <sign>j}, {@code j}, optionally in parentheses, with spaces
     * around.
     *
     * @return {real, imag}
     * @throws PyException ValueError "complex() arg is a malformed string" (or the underscore
     *     error "could not convert string to complex: '...'")
     */
    public static double[] parseComplex(String text, PyObject shown) {
        String s = removeUnderscores(toAscii(text));
        if (s == null) {
            throw Errors.valueError("could not convert string to complex: %s", Abstract.repr(shown));
        }
        int n = s.length(), i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0, y = 0;
        double[] out = new double[1];
        int end = scanDouble(s, i, out);
        if (end != i) {
            double z = out[0];
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = scanDouble(s, i, out);
                if (end != i) {
                    y = out[0];
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                    throw malformed();
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                throw malformed();
            }
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (!(i < n && s.charAt(i) == ')')) {
                throw malformed();
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[] {x, y};
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }
}
