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

    /** {@code format(str, spec)}. */
    public static String formatStr(PyStr s, Spec sp) {
        if (sp.type() != 0 && sp.type() != 's') {
            throw Errors.valueError("Unknown format code '%c' for object of type 'str'", sp.type());
        }
        if (sp.sign() != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (sp.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = s.toString();
        if (sp.precision() >= 0 && sp.precision() < s.length()) {
            v = s.substring(0, sp.precision()).toString();
        }
        return pad(v, "", sp, '<');
    }

    // ---------------------------------------------------------------- str.format

    /** {@code fmt.format(*args, **kwargs)}. */
    public static String strFormat(PyStr fmt, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        PyDict kw = new PyDict();
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                kw.setItem(PyStr.of(k[i]), a[npos + i]);
            }
        }
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(a, 0, pos, 0, npos);
        return new FormatState(pos, kw).format(fmt.toString(), 2);
    }

    /** {@code fmt.format_map(mapping)}. */
    public static String strFormatMap(PyStr fmt, PyObject mapping) {
        return new FormatState(new PyObject[0], mapping).format(fmt.toString(), 2);
    }

    private static final class FormatState {
        final PyObject[] args;
        final PyObject kwargs;
        int auto = 0;
        boolean manual;

        FormatState(PyObject[] args, PyObject kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String format(String s, int depth) {
            if (depth < 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int i = 0, n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '{') {
                    if (i + 1 < n && s.charAt(i + 1) == '{') {
                        out.append('{');
                        i += 2;
                        continue;
                    }
                    if (i + 1 == n) {
                        throw Errors.valueError("Single '{' encountered in format string");
                    }
                    // As MarkupIterator_next: an unclosed field is reported differently once
                    // its conversion or spec began (a ':' or '!' outside an index's brackets).
                    int level = 1, j = i + 1;
                    boolean inBracket = false, hitSpec = false;
                    while (j < n && level > 0) {
                        char cj = s.charAt(j);
                        if (inBracket) {
                            inBracket = cj != ']';
                        } else if (cj == '{') {
                            level++;
                        } else if (cj == '}') {
                            level--;
                        } else if (level == 1 && !hitSpec && cj == '[') {
                            inBracket = true;
                        } else if (level == 1 && (cj == ':' || cj == '!')) {
                            hitSpec = true;
                        }
                        j++;
                    }
                    if (level > 0) {
                        throw Errors.valueError(hitSpec ? "unmatched '{' in format spec" : "expected '}' before end of string");
                    }
                    out.append(field(s.substring(i + 1, j - 1), depth));
                    i = j;
                } else if (c == '}') {
                    if (i + 1 < n && s.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw Errors.valueError("Single '}' encountered in format string");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private String field(String f, int depth) {
            int colon = -1, bang = -1, br = 0;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '[') {
                    br++;
                } else if (c == ']') {
                    br--;
                } else if (br == 0 && c == '!' && bang < 0 && colon < 0) {
                    bang = i;
                } else if (br == 0 && c == ':' && colon < 0) {
                    colon = i;
                    break;
                }
            }
            String spec = colon >= 0 ? f.substring(colon + 1) : "";
            String head = colon >= 0 ? f.substring(0, colon) : f;
            char conv = 0;
            if (bang >= 0) {
                if (bang + 2 != head.length()) {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
                conv = head.charAt(bang + 1);
                head = head.substring(0, bang);
            }
            PyObject v = resolve(head);
            v = switch (conv) {
                case 0 -> v;
                case 'r' -> Abstract.reprObject(v);
                case 's' -> Abstract.str(v);
                case 'a' -> PyStr.of(ascii(Abstract.repr(v)));
                default -> throw Errors.valueError("Unknown conversion specifier %c", conv);
            };
            if (spec.contains("{")) {
                spec = format(spec, depth - 1);
            }
            return Abstract.format(v, PyStr.of(spec)).toString();
        }

        private PyObject resolve(String head) {
            int i = 0;
            while (i < head.length() && head.charAt(i) != '.' && head.charAt(i) != '[') {
                i++;
            }
            String first = head.substring(0, i);
            PyObject v;
            if (first.isEmpty()) {
                if (manual) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                if (auto >= args.length) {
                    throw Errors.indexError("Replacement index %d out of range for positional args tuple", auto);
                }
                v = args[auto++];
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (auto > 0) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                int idx = Integer.parseInt(first);
                if (idx >= args.length) {
                    throw Errors.indexError("Replacement index %d out of range for positional args tuple", idx);
                }
                v = args[idx];
            } else {
                v = Abstract.getItem(kwargs, PyStr.of(first));
            }
            while (i < head.length()) {
                if (head.charAt(i) == '.') {
                    int j = i + 1;
                    while (j < head.length() && head.charAt(j) != '.' && head.charAt(j) != '[') {
                        j++;
                    }
                    v = Abstract.getAttr(v, PyStr.of(head.substring(i + 1, j)));
                    i = j;
                } else {
                    int j = head.indexOf(']', i);
                    if (j < 0) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    String key = head.substring(i + 1, j);
                    PyObject kobj = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                            ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                    v = Abstract.getItem(v, kobj);
                    i = j + 1;
                }
            }
            return v;
        }
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

    /** {@code fmt % args} for str. */
    public static String percent(PyStr fmtStr, PyObject argsObj) {
        String fmt = fmtStr.toString();
        PyObject[] args;
        boolean tupleArgs = argsObj instanceof PyTuple;
        args = tupleArgs ? ((PyTuple) argsObj).array() : new PyObject[] {argsObj};
        PyObject mapping = !tupleArgs && argsObj.type().mp_subscript != null && !(argsObj instanceof PyStr) ? argsObj
                : null;
        int ai = 0;
        StringBuilder out = new StringBuilder();
        int i = 0, n = fmt.length();
        boolean usedMapping = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1, j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                value = Abstract.getItem(mapping, PyStr.of(fmt.substring(i + 1, j - 1)));
                usedMapping = true;
                i = j;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                switch (fmt.charAt(i++)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    default -> zero = true;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                if (ai >= args.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                width = Abstract.index(args[ai++], "* wants int").intValue();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > ws) {
                    width = Integer.parseInt(fmt.substring(ws, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    if (ai >= args.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    prec = Abstract.index(args[ai++], "* wants int").intValue();
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (ai >= args.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = args[ai++];
            }
            String body;
            String sign = "";
            boolean numeric = false;
            switch (conv) {
                case 's' -> body = Abstract.str(value).toString();
                case 'r' -> body = Abstract.repr(value);
                case 'a' -> body = ascii(Abstract.repr(value));
                case 'c' -> {
                    if (value instanceof PyStr cs && cs.length() == 1) {
                        body = cs.toString();
                    } else if (PyInt.asInt(value) != null) {
                        PyInt cv = PyInt.asInt(value);
                        if (!cv.fitsLong() || cv.longValue() < 0 || cv.longValue() > 0x10FFFF) {
                            throw Errors.of(ExceptionTypes.OverflowError, "%c arg not in range(0x110000)");
                        }
                        body = new String(Character.toChars((int) cv.longValue()));
                    } else {
                        throw Errors.of(ExceptionTypes.TypeError, "%c requires int or char");
                    }
                }
                case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                    numeric = true;
                    PyInt iv;
                    if (value instanceof PyFloat f && (conv == 'd' || conv == 'i' || conv == 'u')) {
                        iv = FloatSlots.toInt(f.value());
                    } else if (PyInt.asInt(value) != null || value.type().nb_index != null
                            || (conv == 'd' || conv == 'i' || conv == 'u') && value.type().nb_int != null) {
                        iv = conv == 'd' || conv == 'i' || conv == 'u' ? Abstract.toInt(value) : Abstract.index(value, null);
                    } else {
                        throw Errors.of(ExceptionTypes.TypeError, conv == 'd' || conv == 'i' || conv == 'u'
                                ? "%" + conv + " format: a real number is required, not " + value.type().name()
                                : "%" + conv + " format: an integer is required, not " + value.type().name());
                    }
                    BigInteger b = iv.bigValue();
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    BigInteger a = b.abs();
                    body = switch (conv) {
                        case 'x' -> (alt ? "0x" : "") + a.toString(16);
                        case 'X' -> (alt ? "0X" : "") + a.toString(16).toUpperCase();
                        case 'o' -> (alt ? "0o" : "") + a.toString(8);
                        default -> a.toString();
                    };
                    if (prec >= 0 && body.length() < prec) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                }
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    numeric = true;
                    if (!(value instanceof PyFloat) && PyInt.asInt(value) == null && value.type().nb_float == null
                            && value.type().nb_index == null) {
                        throw Errors.typeError("must be real number, not %s", value.type().name());
                    }
                    double d = Abstract.toDouble(value);
                    boolean neg = d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    double a = Math.abs(d);
                    int p = prec < 0 ? 6 : prec;
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        body = Double.isNaN(d) ? "nan" : "inf";
                        if (Character.isUpperCase(conv)) {
                            body = body.toUpperCase();
                        }
                        zero = false;
                    } else {
                        body = switch (conv) {
                            case 'f', 'F' -> fixed(a, p, alt);
                            case 'e', 'E' -> sci(a, p, alt, conv == 'E');
                            default -> general(a, p == 0 ? 1 : p, alt, conv == 'G', false);
                        };
                    }
                }
                default -> throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d", conv,
                        (int) conv, i - 1);
            }
            if (prec >= 0 && (conv == 's' || conv == 'r' || conv == 'a') && body.length() > prec) {
                body = body.substring(0, prec);
            }
            int len = sign.length() + body.length();
            if (width > len) {
                if (left) {
                    body = sign + body + " ".repeat(width - len);
                } else if (zero && numeric) {
                    String pre = "";
                    if (alt && body.length() > 1 && body.charAt(0) == '0' && Character.isLetter(body.charAt(1))) {
                        pre = body.substring(0, 2);
                        body = body.substring(2);
                    }
                    body = sign + pre + "0".repeat(width - len) + body;
                } else {
                    body = " ".repeat(width - len) + sign + body;
                }
            } else {
                body = sign + body;
            }
            out.append(body);
        }
        if (ai < args.length && !usedMapping && !(mapping != null && !tupleArgs)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
