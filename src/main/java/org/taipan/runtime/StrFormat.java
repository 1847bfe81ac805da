package org.taipan.runtime;

/**
 * {@code str.format}, {@code str.format_map} ({@code Objects/stringlib/unicode_format.h}:
 * {@code MarkupIterator_next}, {@code parse_field}, {@code get_field_object}, auto-numbering,
 * two levels of nested replacement fields in specs) and {@code str.__format__}
 * ({@code format_string_internal} in {@code Python/formatter_unicode.c}), with CPython's
 * errors. Positions are code points; output keeps lone surrogates apart.
 */
final class StrFormat {
    private final PyObject[] args;
    private final PyObject kwargs;
    private int autoState;
    private long autoNext;

    private static final int INIT = 0, AUTO = 1, MANUAL = 2;

    private StrFormat(PyObject[] args, PyObject kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    /** {@code fmt.format(*args, **kwargs)}; {@code kwargs} may be null. */
    static PyStr format(PyStr fmt, PyObject[] args, PyObject kwargs) {
        return new StrFormat(args, kwargs).build(fmt, 0, fmt.length(), 2);
    }

    /** {@code fmt.format_map(mapping)}: fields are looked up in {@code mapping}; positional fields are an error. */
    static PyStr formatMap(PyStr fmt, PyObject mapping) {
        return new StrFormat(null, mapping).build(fmt, 0, fmt.length(), 2);
    }

    /** {@code build_string}/{@code do_markup} over {@code s[start, end)}. */
    private PyStr build(PyStr s, int start, int end, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        PyStrBuilder out = new PyStrBuilder();
        int p = start;
        while (p < end) {
            // Literal text up to a brace (MarkupIterator_next).
            int litStart = p;
            int c = 0;
            boolean markup = false;
            while (p < end) {
                c = s.codePointAt(p++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = p >= end;
            int len = p - litStart;
            if (c == '}' && markup && (atEnd || s.codePointAt(p) != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (s.codePointAt(p) == c) {
                    p++;
                    markup = false;
                } else {
                    len--;
                }
            }
            if (len > 0) {
                out.append(s.substring(litStart, litStart + len));
            }
            if (!markup) {
                continue;
            }
            p = field(s, p, end, depth, out);
        }
        return out.build();
    }

    /** {@code parse_field} then {@code output_markup}; {@code p} is just after the '{'. Returns the position after the field. */
    private int field(PyStr s, int p, int end, int depth, PyStrBuilder out) {
        int nameStart = p;
        int c = 0;
        while (p < end) {
            c = s.codePointAt(p++);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (p < end && s.codePointAt(p) != ']') {
                    p++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = p - 1;
        int conversion = 0;
        int specStart = -1, specEnd = -1;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (p >= end) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(p++);
                if (p < end) {
                    int c2 = s.codePointAt(p++);
                    if (c2 == '}') {
                        specFollows = false;
                    } else if (c2 != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                specStart = p;
                int count = 1;
                while (true) {
                    if (p >= end) {
                        throw Errors.valueError("unmatched '{' in format spec");
                    }
                    int k = s.codePointAt(p++);
                    if (k == '{') {
                        expand = true;
                        count++;
                    } else if (k == '}' && --count == 0) {
                        specEnd = p - 1;
                        break;
                    }
                }
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        PyObject v = fieldObject(s, nameStart, nameEnd);
        if (conversion != 0) {
            v = switch (conversion) {
                case 'r' -> Abstract.reprObject(v);
                case 's' -> Abstract.str(v);
                case 'a' -> PyStr.of(Formatter.ascii(Abstract.repr(v)));
                default -> throw conversion > 32 && conversion < 127
                        ? Errors.valueError("Unknown conversion specifier %c", (char) conversion)
                        : Errors.valueError("Unknown conversion specifier \\x%x", conversion);
            };
        }
        PyStr spec = specStart < 0 ? PyStr.of("")
                : expand ? build(s, specStart, specEnd, depth - 1) : s.substring(specStart, specEnd);
        PyObject r = Abstract.format(v, spec);
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type().name());
        }
        out.append(rs);
        return p;
    }

    /** {@code get_field_integer}: the decimal value of {@code s[a, b)}, or -1 when it is not all digits. */
    private static long integer(PyStr s, int a, int b) {
        if (a >= b) {
            return -1;
        }
        long acc = 0;
        for (int i = a; i < b; i++) {
            int c = s.codePointAt(i);
            if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            int d = Character.digit(c, 10);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** {@code get_field_object}: the first name (an index, or a key), then {@code .attr} and {@code [key]} parts. */
    private PyObject fieldObject(PyStr s, int start, int end) {
        int i = start;
        while (i < end && s.codePointAt(i) != '.' && s.codePointAt(i) != '[') {
            i++;
        }
        long index = integer(s, start, i);
        boolean empty = i == start;
        boolean numeric = empty || index != -1;
        if (autoState == INIT && numeric) {
            autoState = empty ? AUTO : MANUAL;
        }
        if (numeric) {
            if (autoState == MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) {
            index = autoNext++;
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = s.substring(start, i);
            if (kwargs == null) {
                throw Errors.keyError(key);
            }
            obj = Abstract.getItem(kwargs, key);
        } else {
            if (args == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            obj = args[(int) index];
        }
        while (i < end) {
            int c = s.codePointAt(i++);
            int nameStart = i;
            int nameEnd;
            boolean attribute;
            if (c == '.') {
                attribute = true;
                while (i < end && s.codePointAt(i) != '.' && s.codePointAt(i) != '[') {
                    i++;
                }
                nameEnd = i;
            } else if (c == '[') {
                attribute = false;
                while (i < end && s.codePointAt(i) != ']') {
                    i++;
                }
                if (i >= end) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                nameEnd = i++;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            long idx = attribute ? -1 : integer(s, nameStart, nameEnd);
            if (nameStart == nameEnd) {
                throw Errors.valueError("Empty attribute in format string");
            }
            PyStr name = s.substring(nameStart, nameEnd);
            if (attribute) {
                obj = Abstract.getAttr(obj, name);
            } else {
                obj = Abstract.getItem(obj, idx == -1 ? name : PyInt.of(idx));
            }
        }
        return obj;
    }

    /**
     * {@code format(s, spec)} for a str ({@code format_string_internal}): fill, alignment
     * (default left), width and precision; no sign, {@code z}, {@code #} or {@code =}.
     */
    static PyStr formatStr(PyStr s, PyObject specObj) {
        if (!(specObj instanceof PyStr specStr)) {
            throw Errors.typeError("__format__() argument must be str, not %s",
                    specObj == PyNone.NONE ? "None" : specObj.type().name());
        }
        if (specStr.length() == 0) {
            // An empty spec is str(self): a subclass's own __str__ decides.
            return s.getClass() == PyStr.class ? s : Abstract.str(s);
        }
        NumberFormat.Spec sp = NumberFormat.parse(specStr.toString(), "str", 's', '<');
        if (sp.type() != 's') {
            throw sp.type() > 32 && sp.type() < 128
                    ? Errors.valueError("Unknown format code '%c' for object of type 'str'", (char) sp.type())
                    : Errors.valueError("Unknown format code '\\x%x' for object of type 'str'", sp.type());
        }
        if (sp.sign() != 0) {
            throw Errors.valueError(sp.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (sp.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (sp.alt()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.length();
        if ((sp.width() == -1 || sp.width() <= len) && (sp.precision() == -1 || sp.precision() >= len)) {
            return s.exact();
        }
        PyStr body = sp.precision() >= 0 && len >= sp.precision() ? s.substring(0, sp.precision()) : s;
        int n = body.length();
        long total = Math.max(n, sp.width());
        if (total > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        long lpad = switch (sp.align()) {
            case '>' -> total - n;
            case '^' -> (total - n) / 2;
            default -> 0;
        };
        PyStrBuilder out = new PyStrBuilder();
        out.repeat(sp.fill(), (int) lpad).append(body).repeat(sp.fill(), (int) (total - n - lpad));
        return out.build();
    }
}
