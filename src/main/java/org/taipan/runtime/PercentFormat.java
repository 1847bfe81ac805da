package org.taipan.runtime;

import java.math.BigInteger;

/**
 * printf-style formatting of str, {@code fmt % args}, as CPython 3.11's {@code PyUnicode_Format}
 * ({@code Objects/unicodeobject.c}): the same argument bookkeeping (a tuple gives the arguments
 * one by one, any other object is the single argument, a mapping also serves {@code %(key)}
 * lookups, after which the looked-up value is the argument list), the same parsing of
 * {@code %[(key)][flags][width|*][.precision|*][hlL]type} and the same errors.
 */
final class PercentFormat {
    private final PyStr fmt;
    private final PyStrBuilder out = new PyStrBuilder();
    private final PyObject dict;
    private PyObject args;
    private long arglen;
    private long argidx;
    private int pos;

    private PercentFormat(PyStr fmt, PyObject args) {
        this.fmt = fmt;
        this.args = args;
        boolean tuple = args instanceof PyTuple;
        arglen = tuple ? ((PyTuple) args).size() : -1;
        argidx = tuple ? 0 : -2;
        dict = !tuple && !(args instanceof PyStr) && args.type().mp_subscript != null ? args : null;
    }

    /**
     * {@code fmt % args}.
     *
     * @throws PyException TypeError ("not enough arguments for format string", "not all arguments
     *         converted during string formatting", "format requires a mapping", "* wants int",
     *         "%c requires int or char", ...), ValueError ("incomplete format", "unsupported format
     *         character 'y' (0x79) at index 1", ...), OverflowError, or what a conversion raises
     */
    static PyStr format(PyStr fmt, PyObject args) {
        PercentFormat f = new PercentFormat(fmt, args);
        f.run();
        if (f.argidx < f.arglen && f.dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return f.out.build();
    }

    private int ch(int i) {
        return i < fmt.length() ? fmt.codePointAt(i) : 0;
    }

    private void run() {
        int n = fmt.length();
        while (pos < n) {
            int start = pos;
            while (pos < n && fmt.codePointAt(pos) != '%') {
                pos++;
            }
            if (pos > start) {
                out.append(fmt.substring(start, pos));
            }
            if (pos < n) {
                pos++;
                if (ch(pos) == '%' && pos < n) {
                    pos++;
                    out.appendCodePoint('%');
                } else {
                    oneArg();
                }
            }
        }
    }

    /** {@code unicode_format_getnextarg}. */
    private PyObject nextArg() {
        if (argidx < arglen) {
            long i = argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get((int) i);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    /** One conversion, {@code pos} just after its '%' ({@code unicode_format_arg}). */
    private void oneArg() {
        int n = fmt.length();
        int flags = 0;
        long width = -1;
        int prec = -1;
        if (pos < n && fmt.codePointAt(pos) == '(') {
            if (dict == null) {
                throw Errors.typeError("format requires a mapping");
            }
            int keyStart = pos + 1;
            int depth = 1;
            int j = keyStart;
            while (depth > 0 && j < n) {
                int k = fmt.codePointAt(j);
                if (k == ')') {
                    depth--;
                } else if (k == '(') {
                    depth++;
                }
                j++;
            }
            if (depth > 0) {
                throw Errors.valueError("incomplete format key");
            }
            args = Abstract.getItem(dict, fmt.substring(keyStart, j - 1));
            arglen = -1;
            argidx = -2;
            pos = j;
        }
        if (pos >= n) {
            throw Errors.valueError("incomplete format");
        }
        // c is the character being parsed; pos is just past it (CPython's arg->ch and fmtpos).
        int c = fmt.codePointAt(pos++);
        while (true) {
            int flag = switch (c) {
                case '-' -> LJUST;
                case '+' -> SIGN;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
            if (pos >= n) {
                throw Errors.valueError("incomplete format");
            }
            c = fmt.codePointAt(pos++);
        }
        boolean exhausted = false;
        if (c == '*') {
            PyObject v = nextArg();
            PyInt w = PyInt.asInt(v);
            if (w == null) {
                throw Errors.typeError("* wants int");
            }
            if (!w.fitsLong()) {
                throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
            }
            width = w.longValue();
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            if (pos < n) {
                c = fmt.codePointAt(pos++);
            } else {
                exhausted = true;
            }
        } else if (c >= '0' && c <= '9') {
            width = c - '0';
            while (true) {
                if (pos >= n) {
                    exhausted = true;
                    break;
                }
                c = fmt.codePointAt(pos++);
                if (c < '0' || c > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (c - '0')) / 10) {
                    throw Errors.valueError("width too big");
                }
                width = width * 10 + (c - '0');
            }
        }
        if (c == '.' && !exhausted) {
            prec = 0;
            if (pos < n) {
                c = fmt.codePointAt(pos++);
            } else {
                exhausted = true;
            }
            if (c == '*' && !exhausted) {
                PyObject v = nextArg();
                PyInt p = PyInt.asInt(v);
                if (p == null) {
                    throw Errors.typeError("* wants int");
                }
                if (!p.fitsLong() || p.longValue() > Integer.MAX_VALUE || p.longValue() < Integer.MIN_VALUE) {
                    throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
                }
                prec = (int) Math.max(0, p.longValue());
                if (pos < n) {
                    c = fmt.codePointAt(pos++);
                } else {
                    exhausted = true;
                }
            } else if (c >= '0' && c <= '9' && !exhausted) {
                prec = c - '0';
                while (true) {
                    if (pos >= n) {
                        exhausted = true;
                        break;
                    }
                    c = fmt.codePointAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (c - '0')) / 10) {
                        throw Errors.valueError("precision too big");
                    }
                    prec = prec * 10 + (c - '0');
                }
            }
        }
        if (!exhausted && (c == 'h' || c == 'l' || c == 'L')) {
            if (pos < n) {
                c = fmt.codePointAt(pos++);
            } else {
                exhausted = true;
            }
        }
        if (exhausted) {
            throw Errors.valueError("incomplete format");
        }
        convert(c, flags, width, prec);
    }

    /** {@code unicode_format_arg_format} and {@code unicode_format_arg_output}. */
    private void convert(int conv, int flags, long width, int prec) {
        PyObject value = nextArg();
        PyStr body;
        String sign = "";
        boolean numeric = false;
        boolean alt = (flags & ALT) != 0;
        switch (conv) {
            case 's' -> body = Abstract.str(value);
            case 'r' -> body = Abstract.reprObject(value);
            case 'a' -> body = PyStr.of(Formatter.ascii(Abstract.repr(value)));
            case 'c' -> body = PyStr.ofCodePoint(formatChar(value));
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                numeric = true;
                PyInt iv = integerArg(value, conv);
                if (prec > Integer.MAX_VALUE - 3) {
                    // _PyUnicode_FormatLong's limit, checked after the argument's conversion
                    throw Errors.overflow("precision too large");
                }
                BigInteger b = iv.bigValue();
                sign = b.signum() < 0 ? "-" : (flags & SIGN) != 0 ? "+" : (flags & BLANK) != 0 ? " " : "";
                BigInteger a = b.abs();
                String digits = switch (conv) {
                    case 'x', 'X' -> a.toString(16);
                    case 'o' -> a.toString(8);
                    // Decimal text obeys sys.set_int_max_str_digits (ValueError beyond the limit).
                    default -> iv.toDecimalString().replace("-", "");
                };
                if (conv == 'X') {
                    digits = digits.toUpperCase(java.util.Locale.ROOT);
                }
                if (prec >= 0 && digits.length() < prec) {
                    digits = "0".repeat(prec - digits.length()) + digits;
                }
                String prefix = !alt ? "" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
                body = PyStr.of(prefix + digits);
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                numeric = true;
                double d = floatArg(value);
                boolean neg = d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0);
                sign = neg ? "-" : (flags & SIGN) != 0 ? "+" : (flags & BLANK) != 0 ? " " : "";
                double a = Math.abs(d);
                int p = prec < 0 ? 6 : prec;
                String text;
                if (Double.isNaN(d)) {
                    sign = (flags & SIGN) != 0 ? "+" : (flags & BLANK) != 0 ? " " : "";
                }
                text = NumberFormat.doubleToString(a, (char) conv, p, alt, false, false, false);
                body = PyStr.of(text);
            }
            default -> throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d",
                    conv >= 32 && conv <= 126 ? (char) conv : '?', conv, pos - 1);
        }
        if (prec >= 0 && (conv == 's' || conv == 'r' || conv == 'a') && body.length() > prec) {
            body = body.substring(0, prec);
        }
        long len = sign.length() + body.length();
        if (width > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        if (width <= len) {
            out.append(sign).append(body);
        } else if ((flags & LJUST) != 0) {
            out.append(sign).append(body).repeat(' ', (int) (width - len));
        } else if ((flags & ZERO) != 0 && numeric) {
            String b = body.toString();
            String pre = "";
            if (alt && b.length() > 1 && b.charAt(0) == '0' && Character.isLetter(b.charAt(1))) {
                pre = b.substring(0, 2);
                b = b.substring(2);
            }
            out.append(sign).append(pre).repeat('0', (int) (width - len)).append(b);
        } else {
            out.repeat(' ', (int) (width - len)).append(sign).append(body);
        }
    }

    /** {@code formatchar}: a one-character str or an int in range(0x110000). */
    private static int formatChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i;
        try {
            i = Abstract.index(v, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("%c requires int or char");
            }
            throw e;
        }
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
            throw Errors.of(ExceptionTypes.OverflowError, "%c arg not in range(0x110000)");
        }
        return (int) i.longValue();
    }

    /**
     * {@code mainformatlong}'s conversion: an int as it is; for o/x/X through {@code __index__},
     * for d/i/u as {@code int()} converts ({@code PyNumber_Long}: {@code __int__} first). A
     * TypeError on the way (a complex, an object that is no number) becomes the format's own.
     */
    private static PyInt integerArg(PyObject value, int conv) {
        boolean decimal = conv == 'd' || conv == 'i' || conv == 'u';
        if (PyInt.asInt(value) != null) {
            return PyInt.asInt(value);
        }
        PyType t = value.type();
        if (t.nb_index != null || t.nb_int != null || t.nb_float != null || value instanceof PyComplex) {
            try {
                return decimal ? Abstract.toInt(value) : Abstract.index(value, null);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) {
                    throw e;
                }
            }
        }
        throw Errors.typeError(decimal ? "%%%c format: a real number is required, not %s"
                : "%%%c format: an integer is required, not %s", (char) conv, t.name());
    }

    /** {@code PyFloat_AsDouble} with its error. */
    private static double floatArg(PyObject value) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (PyInt.asInt(value) == null && value.type().nb_float == null && value.type().nb_index == null) {
            throw Errors.typeError("must be real number, not %s", value.type().name());
        }
        return Abstract.toDouble(value);
    }
}
