package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language for {@code int}, {@code float} and {@code complex}
 * ({@code Python/formatter_unicode.c}: {@code parse_internal_render_format_spec},
 * {@code format_long_internal}, {@code format_float_internal}, {@code format_complex_internal})
 * and the float-to-text conversion behind it ({@code PyOS_double_to_string} with
 * {@code format_float_short}). Digits are always correctly rounded (half-even on the exact
 * binary value, through {@link BigDecimal}), never through Java's {@code String.format}.
 */
public final class NumberFormat {
    private NumberFormat() {}

    /**
     * A parsed spec {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
     * {@code fill} is a code point; {@code width} and {@code precision} are -1 when absent, and
     * {@code precision} is {@link #PRECISION_TOO_BIG} beyond a C int; {@code grouping} is 0, ','
     * or '_'; {@code type} is 0 when absent (a code point otherwise).
     */
    public record Spec(int fill, char align, char sign, boolean noNegZero, boolean alt, int width, char grouping,
                       int precision, int type) {}

    private static final int MAX_FIELD = 1 << 28;

    /**
     * A spec's precision above INT_MAX, which only the float and complex formats refuse ("precision
     * too big"); a str's precision that large truncates nothing, as an absent one.
     */
    static final int PRECISION_TOO_BIG = Integer.MIN_VALUE;

    /** The longest string the JVM can make (its arrays stop a few elements short of 2**31). */
    private static final long MAX_STRING = Integer.MAX_VALUE - 8;

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses a spec as {@code parse_internal_render_format_spec}.
     *
     * @param typeName the object's type name for error messages
     * @param defaultType the presentation type when none is given (0 for none)
     * @throws PyException ValueError with CPython's messages for malformed specs
     */
    public static Spec parse(String text, String typeName, int defaultType) {
        return parse(text, typeName, defaultType, '>');
    }

    /**
     * {@link #parse(String, String, int)} with CPython's {@code default_align} ('<' for str):
     * the '0' flag makes the alignment '=' only when the default is '>'.
     */
    public static Spec parse(String text, String typeName, int defaultType, char defaultAlign) {
        int[] s = text.codePoints().toArray();
        int end = s.length, pos = 0;
        int fill = ' ';
        char align = defaultAlign, sign = 0, grouping = 0;
        boolean fillGiven = false, alignGiven = false, noNegZero = false, alt = false;
        if (end - pos >= 2 && isAlign(s[pos + 1])) {
            fill = s[pos];
            align = (char) s[pos + 1];
            fillGiven = alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(s[pos])) {
            align = (char) s[pos];
            alignGiven = true;
            pos++;
        }
        if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            sign = (char) s[pos++];
        }
        if (pos < end && s[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < end && s[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillGiven && pos < end && s[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] num = new long[1];
        int next = integer(s, pos, num);
        int width = next == pos ? -1 : (int) Math.min(num[0], Integer.MAX_VALUE);
        pos = next;
        if (pos < end && s[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && s[pos] == '_') {
            if (grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && s[pos] == ',' && grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < end && s[pos] == '.') {
            pos++;
            next = integer(s, pos, num);
            if (next == pos) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = num[0] > Integer.MAX_VALUE ? PRECISION_TOO_BIG : (int) num[0];
            pos = next;
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", text, typeName);
        }
        int type = end - pos == 1 ? s[pos] : defaultType;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw badGrouping(grouping, type);
                    }
                }
                default -> throw badGrouping(grouping, type);
            }
        }
        return new Spec(fill, align, sign, noNegZero, alt, width, grouping, precision, type);
    }

    /** Reads decimal digits from {@code pos}; returns the index after them (the value in {@code out[0]}). */
    private static int integer(int[] s, int pos, long[] out) {
        long acc = 0;
        int i = pos;
        for (; i < s.length; i++) {
            int c = s[i];
            if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            int d = Character.digit(c, 10);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        out[0] = acc;
        return i;
    }

    private static String typeChar(int type) {
        return type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
    }

    private static PyException badGrouping(char grouping, int type) {
        return Errors.valueError("Cannot specify '%c' with '%s'.", grouping, typeChar(type));
    }

    private static PyException unknown(int type, String typeName) {
        return Errors.valueError("Unknown format code '%s' for object of type '%s'", typeChar(type), typeName);
    }

    // ---------------------------------------------------------------- int

    /**
     * {@code format(i, spec)} for an int (CPython's {@code _PyLong_FormatAdvancedWriter}); the
     * caller handles the empty spec (which is {@code str(i)}).
     *
     * @throws PyException ValueError for a bad spec, OverflowError for {@code 'c'} out of range
     *     or a float presentation of an int too large for a float
     */
    public static String formatInt(PyInt v, String text, String typeName) {
        Spec sp = parse(text, typeName, 'd');
        switch (sp.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatLong(v, sp);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatDouble(v.doubleValue(), sp);
            }
            default -> throw unknown(sp.type, typeName);
        }
    }

    private static String formatLong(PyInt v, Spec sp) {
        if (sp.precision != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (sp.type == 'c') {
            if (sp.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alt) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!v.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            long c = v.longValue();
            if (c < 0 || c > 0x10FFFF) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            return render("", "", "", new String(Character.toChars((int) c)), sp, 3);
        }
        boolean neg = v.signum() < 0;
        String digits;
        String prefix = "";
        int every = 3;
        switch (sp.type) {
            case 'b', 'o', 'x', 'X' -> {
                int radix = sp.type == 'b' ? 2 : sp.type == 'o' ? 8 : 16;
                BigInteger a = v.bigValue().abs();
                digits = v.fitsLong() && v.longValue() != Long.MIN_VALUE
                        ? Long.toString(Math.abs(v.longValue()), radix) : a.toString(radix);
                if (sp.type == 'X') {
                    digits = digits.toUpperCase();
                }
                if (sp.alt) {
                    prefix = "0" + (char) sp.type;
                }
                every = 4;
            }
            default -> {
                String d = v.toDecimalString();
                digits = neg ? d.substring(1) : d;
            }
        }
        char grouping = sp.type == 'n' ? 0 : sp.grouping;
        Spec eff = grouping == sp.grouping ? sp : new Spec(sp.fill, sp.align, sp.sign, false, sp.alt, sp.width, grouping,
                -1, sp.type);
        return render(signOf(neg, sp.sign), prefix, digits, "", eff, every);
    }

    private static String signOf(boolean negative, char sign) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /**
     * Lays out {@code sign prefix digits remainder} as {@code calc_number_widths} and
     * {@code fill_number}: the digits grouped (and zero-padded inside the grouping for the
     * {@code 0}/{@code =} fill), then padded to the width.
     */
    private static String render(String sign, String prefix, String digits, String remainder, Spec sp, int every) {
        String grouped = digits;
        int minWidth = 0;
        if (sp.fill == '0' && sp.align == '=' && !digits.isEmpty()) {
            minWidth = sp.width - sign.length() - prefix.length() - remainder.length();
        }
        if (!digits.isEmpty()) {
            grouped = group(digits, sp.grouping, every, minWidth);
        }
        String body = sign + prefix + grouped + remainder;
        return pad(body, sign.length() + prefix.length(), sp.fill, sp.align, sp.width);
    }

    /** Inserts {@code sep} every {@code every} digits from the right, padding with zeros to {@code minWidth}. */
    static String group(String digits, char sep, int every, int minWidth) {
        int n = digits.length();
        if (sep == 0) {
            return n >= minWidth ? digits : "0".repeat(minWidth - n) + digits;
        }
        int d = n;
        while (d + (d - 1) / every < minWidth) {
            d++;
        }
        if (d > n) {
            digits = "0".repeat(d - n) + digits;
        }
        StringBuilder sb = new StringBuilder(d + d / every);
        for (int i = 0; i < d; i++) {
            if (i > 0 && (d - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Pads {@code body} (whose first {@code signLen} chars are sign and prefix, for '=') to {@code width} code points. */
    static String pad(String body, int signLen, int fill, char align, int width) {
        int len = body.codePointCount(0, body.length());
        int padn = width - len;
        if (padn <= 0) {
            return body;
        }
        if (width > MAX_FIELD) {
            // Java strings cannot grow to what CPython would try to allocate.
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        String f = Character.toString(fill);
        return switch (align) {
            case '<' -> body + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + body + f.repeat(padn - padn / 2);
            case '=' -> body.substring(0, signLen) + f.repeat(padn) + body.substring(signLen);
            default -> f.repeat(padn) + body;
        };
    }

    // ---------------------------------------------------------------- float

    /**
     * {@code format(x, spec)} for a float (CPython's {@code _PyFloat_FormatAdvancedWriter}); the
     * caller handles the empty spec (which is {@code str(x)}).
     *
     * @throws PyException ValueError for a bad spec
     */
    public static String formatFloat(double v, String text, String typeName) {
        Spec sp = parse(text, typeName, 0);
        switch (sp.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
                return formatDouble(v, sp);
            }
            default -> throw unknown(sp.type, typeName);
        }
    }

    private static String formatDouble(double val, Spec sp) {
        int type = sp.type;
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean pct = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            pct = true;
        }
        int precision = checkPrecision(sp.precision);
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = doubleToString(val, (char) type, precision, sp.alt, addDot0, sp.noNegZero, false);
        if (pct) {
            s += "%";
        }
        return renderFloat(s, sp, sp.sign);
    }

    private static int checkPrecision(int precision) {
        if (precision == PRECISION_TOO_BIG) {
            throw Errors.valueError("precision too big");
        }
        return precision;
    }

    /** Splits a formatted float into sign, leading digits and the rest, then renders it. */
    private static String renderFloat(String s, Spec sp, char signMode) {
        boolean neg = s.startsWith("-");
        String unsigned = neg ? s.substring(1) : s;
        int nd = 0;
        while (nd < unsigned.length() && Character.isDigit(unsigned.charAt(nd))) {
            nd++;
        }
        return render(signOf(neg, signMode), "", unsigned.substring(0, nd), unsigned.substring(nd), sp, 3);
    }

    /**
     * CPython's {@code PyOS_double_to_string}: {@code type} is one of {@code e E f F g G r},
     * {@code precision} the digits after the point ({@code e f}) or significant digits
     * ({@code g}, 0 meaning 1); {@code r} is the shortest repr. The result starts with '-'
     * for a negative value ('+' too with {@code alwaysSign}); infinities are {@code inf}
     * and NaN is {@code nan} without a sign of its own (upper case for {@code E F G}).
     */
    public static String doubleToString(double val, char type, int precision, boolean alt, boolean addDot0,
                                        boolean noNegZero, boolean alwaysSign) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char code = Character.toLowerCase(type);
        boolean negative = Double.doubleToRawLongBits(val) < 0;
        if (Double.isNaN(val)) {
            return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
        }
        if (Double.isInfinite(val)) {
            return (negative ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
        }
        if ((code == 'f' || code == 'e' || code == 'g' && alt) && precision > MAX_STRING - 1024) {
            // the zeros alone would not fit in a Java string (nor, below, the lengths in an int)
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        double a = Math.abs(val);
        String digits;
        int decpt;
        long q;
        switch (code) {
            case 'r' -> {
                if (a == 0) {
                    digits = "0";
                    decpt = 1;
                } else {
                    FloatRepr.Digits d = FloatRepr.shortest(a);
                    digits = d.digits();
                    decpt = d.decpt();
                }
            }
            case 'f' -> {
                if (a == 0) {
                    digits = "0";
                    decpt = 1;
                } else if (precision <= 18 && (q = scaledRound(a, POW10[precision], true)) >= 0) {
                    if (q == 0) {
                        digits = "";
                        decpt = -precision;
                    } else {
                        String us = Long.toString(q);
                        decpt = us.length() - precision;
                        digits = stripTrailingZeros(us);
                    }
                } else {
                    BigDecimal r = roundedToScale(a, precision);
                    BigInteger u = r.unscaledValue();
                    if (u.signum() == 0) {
                        digits = "";
                        decpt = -precision;
                    } else {
                        String us = u.toString();
                        decpt = us.length() - r.scale();
                        digits = stripTrailingZeros(us);
                    }
                }
            }
            default -> {
                // 'e' takes precision + 1 significant digits, 'g' precision (at least one).
                int sig = code == 'e' ? precision + 1 : Math.max(precision, 1);
                if (code == 'g' && precision == 0) {
                    precision = 1;
                }
                if (a == 0) {
                    digits = "0";
                    decpt = 1;
                } else if (sig <= 17 && (q = significantRound(a, sig)) >= 0) {
                    // q carries the decimal exponent above its digits (see significantRound).
                    String us = Long.toString(q % POW10[sig]);
                    decpt = (int) (q / POW10[sig]) - 20 + 1;
                    digits = stripTrailingZeros(us);
                } else {
                    BigDecimal r = new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN));
                    String us = r.unscaledValue().toString();
                    decpt = us.length() - r.scale();
                    digits = stripTrailingZeros(us);
                }
            }
        }
        int digitsLen = digits.length();
        int vEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vEnd = precision + 1;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if (noNegZero && negative && (digitsLen == 0 || digits.equals("0"))) {
            negative = false;
        }
        long length = 8L + Math.max(vEnd, 0) - Math.min(vStart, 0) + digitsLen;
        if (length > MAX_STRING) {
            // CPython would build it; a Java string cannot be that long
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        StringBuilder sb = new StringBuilder((int) length);
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * {@code a * p} for a finite {@code a >= 0} and {@code 1 <= p < 2**63}, truncated or rounded
     * half to even to an integer, computed exactly from the double's bits (the product of its
     * 53-bit mantissa and {@code p} in 128 bits, shifted by its binary exponent); -1 when the
     * result does not fit in a long. This is what {@code new BigDecimal(a).multiply(p)} then
     * rounding would give, without the BigDecimal.
     */
    private static long scaledRound(double a, long p, boolean round) {
        long m = PyFloat.significand(a);
        int e = PyFloat.binaryExponent(a);
        long hi = Math.multiplyHigh(m, p), lo = m * p;
        if (e >= 0) {
            if (hi != 0 || lo < 0 || Long.numberOfLeadingZeros(lo) <= e) {
                return -1;
            }
            return lo << e;
        }
        int s = -e;
        if (s >= 128) {
            // m * p < 2**116: below half of one unit.
            return 0;
        }
        long q;
        boolean half, below;
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = hi << (64 - s) | lo >>> s;
            half = (lo >>> (s - 1) & 1) != 0;
            below = (lo & ((1L << (s - 1)) - 1)) != 0;
        } else if (s == 64) {
            q = hi;
            half = lo < 0;
            below = (lo << 1) != 0;
        } else {
            q = hi >>> (s - 64);
            half = (hi >>> (s - 65) & 1) != 0;
            below = lo != 0 || (hi & ((1L << (s - 65)) - 1)) != 0;
        }
        if (q < 0 || q == Long.MAX_VALUE) {
            return -1;
        }
        if (round && half && (below || (q & 1) != 0)) {
            q++;
        }
        return q;
    }

    /**
     * {@code a > 0} (finite) rounded half to even to {@code sig} significant digits, 1 to 17:
     * the digits as an integer of exactly {@code sig} digits plus {@code (k + 20) * 10**sig},
     * where {@code 10**k <= rounded value < 10**(k+1)}; -1 when the scaling by a power of ten
     * cannot be done in a long (values far from 1), for the BigDecimal path.
     */
    private static long significantRound(double a, int sig) {
        int k = (int) Math.floor(Math.log10(a));
        // log10 may be off by one next to a power of ten: the truncated digits tell.
        for (int attempt = 0; attempt < 3; attempt++) {
            int t = sig - 1 - k;
            if (t < 0 || t > 18) {
                return -1;
            }
            long q0 = scaledRound(a, POW10[t], false);
            if (q0 < 0) {
                return -1;
            }
            if (q0 >= POW10[sig]) {
                k++;
                continue;
            }
            if (q0 < POW10[sig - 1]) {
                k--;
                continue;
            }
            long q = scaledRound(a, POW10[t], true);
            if (q == POW10[sig]) {
                q = POW10[sig - 1];
                k++;
            }
            return (k + 20) * POW10[sig] + q;
        }
        return -1;
    }

    private static void zeros(StringBuilder sb, int n) {
        if (n > 0) {
            sb.repeat('0', n);
        }
    }

    /**
     * {@code a >= 0} rounded half to even to {@code scale} digits after the point. A double's
     * exact expansion ends within 1074 digits of the point, so a longer scale rounds nothing: the
     * exact value is kept rather than scaled up, which for a precision in the millions cost
     * seconds and beyond BigInteger's range failed.
     */
    private static BigDecimal roundedToScale(double a, int scale) {
        BigDecimal exact = new BigDecimal(a);
        return exact.scale() <= scale ? exact : exact.setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static String stripTrailingZeros(String s) {
        int e = s.length();
        while (e > 1 && s.charAt(e - 1) == '0') {
            e--;
        }
        return s.substring(0, e);
    }

    /** {@code repr(float)}: the shortest round-tripping digits, {@code .0} added to integers. */
    public static String repr(double v) {
        return doubleToString(v, 'r', 0, false, true, false, false);
    }

    // ---------------------------------------------------------------- complex

    /**
     * {@code format(z, spec)} for a complex ({@code format_complex_internal}), the empty spec
     * included (it gives {@code str(z)}).
     *
     * @throws PyException ValueError for a bad spec, zero padding or '=' alignment
     */
    public static String formatComplex(double re, double im, String text, String typeName) {
        Spec sp = parse(text, typeName, 0);
        switch (sp.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw unknown(sp.type, typeName);
        }
        if (sp.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (sp.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int type = sp.type;
        int defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        int precision = checkPrecision(sp.precision);
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        Spec inner = new Spec(' ', '<', sp.sign, sp.noNegZero, sp.alt, -1, sp.grouping, precision, type);
        String reS = doubleToString(re, (char) type, precision, sp.alt, false, sp.noNegZero, false);
        String imS = doubleToString(im, (char) type, precision, sp.alt, false, sp.noNegZero, false);
        String reOut = skipRe ? "" : renderFloat(reS, inner, sp.sign);
        String imOut = renderFloat(imS, inner, skipRe ? sp.sign : '+');
        String body = (parens ? "(" : "") + reOut + imOut + "j" + (parens ? ")" : "");
        char align = sp.align == '=' ? '<' : sp.align;
        return pad(body, 0, sp.fill, align, sp.width);
    }

    /** {@code repr(complex)} ({@code complex_repr}): parentheses unless the real part is +0. */
    public static String complexRepr(double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return doubleToString(im, 'r', 0, false, false, false, false) + "j";
        }
        return "(" + doubleToString(re, 'r', 0, false, false, false, false)
                + doubleToString(im, 'r', 0, false, false, false, true) + "j)";
    }
}
