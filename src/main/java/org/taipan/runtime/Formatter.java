package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Text formatting: the format-spec mini-language of {@code format()} and f-strings for int,
 * float and str ({@code Python/formatter_unicode.c}), {@code str.format}, and printf-style
 * {@code %} formatting ({@code PyUnicode_Format}). Float digits come from the exact binary
 * value rounded half-even, as CPython's {@code PyOS_double_to_string}.
 */
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    public record Spec(char fill, char align, char sign, boolean alt, boolean zero, int width, char grouping,
                       int precision, char type) {}

    /** Parses the spec string given to {@code __format__}. */
    public static Spec spec(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("format expects arg 2 to be string or None, not %s", o.type().name());
        }
        return parse(s.toString());
    }

    static Spec parse(String s) {
        int i = 0, n = s.length();
        char fill = ' ', align = 0, sign = 0, grouping = 0, type = 0;
        boolean fillGiven = false;
        boolean alt = false, zero = false;
        int width = -1, precision = -1;
        if (n >= 2 && isAlign(s.charAt(1))) {
            fill = s.charAt(0);
            align = s.charAt(1);
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(s.charAt(0))) {
            align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int ws = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > ws) {
            width = Integer.parseInt(s.substring(ws, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int ps = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == ps) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(s.substring(ps, i));
        }
        if (i < n) {
            type = s.charAt(i++);
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier '%s' for object of type '%%s'", s);
        }
        if (zero && !fillGiven) {
            fill = '0';
            if (align == 0) {
                align = '=';
            }
        }
        return new Spec(fill, align, sign, alt, zero, width, grouping, precision, type);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static String pad(String body, String signPrefix, Spec sp, char defaultAlign) {
        char align = sp.align() == 0 ? defaultAlign : sp.align();
        int len = signPrefix.codePointCount(0, signPrefix.length()) + body.codePointCount(0, body.length());
        int padn = sp.width() - len;
        if (padn <= 0) {
            return signPrefix + body;
        }
        String f = String.valueOf(sp.fill());
        return switch (align) {
            case '<' -> signPrefix + body + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + signPrefix + body + f.repeat(padn - padn / 2);
            case '=' -> signPrefix + f.repeat(padn) + body;
            default -> f.repeat(padn) + signPrefix + body;
        };
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Groups the integer part of a zero-padded number so that the padding is grouped too (CPython does). */
    private static String groupPadded(String intDigits, String rest, String signPrefix, Spec sp, int every) {
        if (sp.align() == '=' && sp.fill() == '0' && sp.width() > 0 && sp.grouping() != 0) {
            int target = sp.width() - signPrefix.length() - rest.length();
            String g = group(intDigits, sp.grouping(), every);
            while (g.length() < target) {
                intDigits = "0" + intDigits;
                g = group(intDigits, sp.grouping(), every);
            }
            return g;
        }
        return group(intDigits, sp.grouping(), every);
    }

    private static String signOf(boolean negative, Spec sp) {
        if (negative) {
            return "-";
        }
        return sp.sign() == '+' ? "+" : sp.sign() == ' ' ? " " : "";
    }

    /** {@code format(int, spec)}. */
    public static String formatInt(PyInt v, Spec sp) {
        char t = sp.type();
        if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
            return formatFloat(v.doubleValue(), sp);
        }
        if (sp.precision() >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.grouping() == ',' && t != 0 && t != 'd') {
            throw Errors.valueError("Cannot specify ',' with '%c'.", t);
        }
        BigInteger b = v.bigValue();
        boolean neg = b.signum() < 0;
        BigInteger a = b.abs();
        String digits;
        String prefix = "";
        int every = 3;
        switch (t) {
            case 0, 'd', 'n' -> digits = a.toString();
            case 'b' -> {
                digits = a.toString(2);
                prefix = sp.alt() ? "0b" : "";
                every = 4;
            }
            case 'o' -> {
                digits = a.toString(8);
                prefix = sp.alt() ? "0o" : "";
                every = 4;
            }
            case 'x' -> {
                digits = a.toString(16);
                prefix = sp.alt() ? "0x" : "";
                every = 4;
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                prefix = sp.alt() ? "0X" : "";
                every = 4;
            }
            case 'c' -> {
                if (sp.sign() != 0) {
                    throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                }
                return pad(new String(Character.toChars(v.intValue())), "", sp, '<');
            }
            default -> throw Errors.valueError("Unknown format code '%c' for object of type 'int'", t);
        }
        String sign = signOf(neg, sp) + prefix;
        return pad(groupPadded(digits, "", sign, sp, every), sign, sp, '>');
    }

    /** {@code format(float, spec)}. */
    public static String formatFloat(double v, Spec sp) {
        char t = sp.type();
        boolean neg = v < 0 || (v == 0 && Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        String body;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (t == 'F' || t == 'E' || t == 'G') {
                body = body.toUpperCase();
            }
            if (Double.isNaN(v)) {
                neg = false;
            }
            if (t == '%') {
                body += "%";
            }
            String sign = signOf(neg, sp);
            Spec noZero = sp.fill() == '0' && sp.align() == '=' ? new Spec(' ', '>', sp.sign(), sp.alt(), false,
                    sp.width(), sp.grouping(), sp.precision(), t) : sp;
            return pad(body, sign, noZero, '>');
        }
        int p = sp.precision();
        switch (t) {
            case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, sp.alt());
            case 'e', 'E' -> body = sci(a, p < 0 ? 6 : p, sp.alt(), t == 'E');
            case 'g', 'G' -> body = general(a, p < 0 ? 6 : p == 0 ? 1 : p, sp.alt(), t == 'G', false);
            case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, sp.alt()) + "%";
            case 0, 'n' -> body = p < 0 ? FloatRepr.repr(a) : general(a, p == 0 ? 1 : p, sp.alt(), false, true);
            default -> throw Errors.valueError("Unknown format code '%c' for object of type 'float'", t);
        }
        String sign = signOf(neg, sp);
        if (sp.grouping() != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : indexOfAny(body, "e%");
            if (end < 0) {
                end = body.length();
            }
            body = groupPadded(body.substring(0, end), body.substring(end), sign, sp, 3) + body.substring(end);
        }
        return pad(body, sign, sp, '>');
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (prec == 0 && alt) {
            s += ".";
        }
        return s;
    }

    static String sci(double a, int prec, boolean alt, boolean upper) {
        String mant;
        int exp;
        if (a == 0) {
            mant = prec > 0 ? "0." + "0".repeat(prec) : "0";
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String digits = d.unscaledValue().toString();
            exp = digits.length() - 1 - d.scale();
            digits = (digits + "0".repeat(prec + 1)).substring(0, prec + 1);
            mant = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        }
        if (prec == 0 && alt) {
            mant += ".";
        }
        String es = String.valueOf(Math.abs(exp));
        return mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (es.length() < 2 ? "0" + es : es);
    }

    /** The {@code g} presentation (and the default one with a precision when {@code noneType}). */
    static String general(double a, int prec, boolean alt, boolean upper, boolean noneType) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exp = d.precision() - 1 - d.scale();
        }
        String r;
        if (exp >= -4 && exp < prec) {
            r = fixed(a, Math.max(prec - 1 - exp, 0), alt);
            if (!alt) {
                r = stripZeros(r);
            }
            if (noneType && r.indexOf('.') < 0) {
                r += ".0";
            }
        } else {
            r = sci(a, prec - 1, alt, upper);
            if (!alt) {
                int e = r.indexOf(upper ? 'E' : 'e');
                r = stripZeros(r.substring(0, e)) + r.substring(e);
            }
        }
        return r;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int e = s.length();
        while (s.charAt(e - 1) == '0') {
            e--;
        }
        if (s.charAt(e - 1) == '.') {
            e--;
        }
        return s.substring(0, e);
    }

    /** {@code ascii()}: non-ASCII characters of a repr escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    // ---------------------------------------------------------------- printf-style

    /** {@code fmt % args} for str, as Java text (see {@link PercentFormat}; used by bytes formatting). */
    public static String percent(PyStr fmtStr, PyObject argsObj) {
        return PercentFormat.format(fmtStr, argsObj).toString();
    }
}
