package org.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args} (PEP 461, {@code _PyBytes_FormatEx}): {@code %s}/{@code %b} take
 * bytes-like objects or {@code __bytes__}, {@code %r}/{@code %a} the ASCII repr, {@code %c} an
 * int or one byte; the numeric conversions are formatted as str's {@code %} does
 * ({@link Formatter#percent}) and encoded as ASCII.
 */
final class BytesFormat {
    private BytesFormat() {}

    static byte[] format(byte[] fmt, PyObject argsObj) {
        PyObject[] args;
        boolean tuple = argsObj instanceof PyTuple;
        args = tuple ? ((PyTuple) argsObj).array() : new PyObject[] {argsObj};
        boolean mapping = !tuple && !(argsObj instanceof PyStr) && !Buffers.isBuffer(argsObj)
                && argsObj.type().mp_subscript != null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(fmt.length + 16);
        int argi = 0;
        boolean usedMapping = false;
        int i = 0;
        while (i < fmt.length) {
            byte c = fmt[i++];
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (i >= fmt.length) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt[i] == '(') {
                if (!mapping) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1, start = ++i;
                while (i < fmt.length && depth > 0) {
                    if (fmt[i] == '(') {
                        depth++;
                    } else if (fmt[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                byte[] key = java.util.Arrays.copyOfRange(fmt, start, i - 1);
                value = Abstract.getItem(argsObj, PyBytes.of(key));
                usedMapping = true;
            }
            StringBuilder spec = new StringBuilder("%");
            while (i < fmt.length && "-+ #0".indexOf(fmt[i]) >= 0) {
                spec.append((char) fmt[i++]);
            }
            // the width is a C ssize_t in CPython, the precision a C int
            long width = -1;
            int prec = -1;
            if (i < fmt.length && fmt[i] == '*') {
                i++;
                width = starWidth(nextArg(args, argi++, tuple || !mapping));
                if (width < 0) {
                    spec.append('-');
                    // CPython negates in a ssize_t: the most negative width stays negative, no padding
                    width = width == Long.MIN_VALUE ? -1 : -width;
                }
                if (width >= 0) {
                    spec.append(width);
                }
            } else if (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                width = 0;
                while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                    int d = fmt[i++] - '0';
                    if (width > (Long.MAX_VALUE - d) / 10) {
                        throw Errors.valueError("width too big");
                    }
                    width = width * 10 + d;
                }
                spec.append(width);
            }
            if (i < fmt.length && fmt[i] == '.') {
                i++;
                spec.append('.');
                if (i < fmt.length && fmt[i] == '*') {
                    i++;
                    prec = Math.max(0, starPrecision(nextArg(args, argi++, true)));
                } else {
                    prec = 0;
                    while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                        int d = fmt[i++] - '0';
                        if (prec > (Integer.MAX_VALUE - d) / 10) {
                            throw Errors.valueError("prec too big");
                        }
                        prec = prec * 10 + d;
                    }
                }
                spec.append(prec);
            }
            // one length modifier is skipped, as in C's printf forms; a second is the conversion
            if (i < fmt.length && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= fmt.length) {
                throw Errors.valueError("incomplete format");
            }
            char conv = (char) (fmt[i++] & 0xff);
            if (conv == '%' && spec.length() == 1 && value == null) {
                out.write('%');
                continue;
            }
            if (value == null) {
                value = nextArg(args, argi++, true);
            }
            if (conv == '%') {
                throw Errors.valueError("unsupported format character '%%' (0x25) at index %d", i - 1);
            }
            byte[] piece = switch (conv) {
                case 's', 'b' -> precision(bytesOf(value), prec);
                case 'r', 'a' -> precision(Formatter.ascii(Abstract.repr(value)).getBytes(StandardCharsets.US_ASCII),
                        prec);
                case 'c' -> new byte[] {charByte(value)};
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    if (!(value instanceof PyFloat) && value.type().nb_float == null && value.type().nb_index == null) {
                        throw Errors.typeError("float argument required, not %s", value.type().name());
                    }
                    yield Formatter.percent(PyStr.of(spec.toString() + conv), PyTuple.of(value))
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                case 'd', 'i', 'u', 'o', 'x', 'X' -> Formatter.percent(
                        PyStr.of(spec.toString() + (conv == 'i' ? 'd' : conv)), PyTuple.of(value))
                        .getBytes(StandardCharsets.ISO_8859_1);
                // CPython formats the message's %c from a signed char: a byte past 0x7f is negative
                default -> throw conv < 128
                        ? Errors.valueError("unsupported format character '%s' (0x%x) at index %d", conv, (int) conv, i - 1)
                        : Errors.overflow("character argument not in range(0x110000)");
            };
            if ("sbrac".indexOf(conv) >= 0) {
                boolean left = spec.indexOf("-") >= 0;
                long padding = Math.max(0, width - piece.length);
                if (padding > Integer.MAX_VALUE - 8 - piece.length - out.size()) {
                    // more than a Java array holds (CPython's allocation fails beyond its memory)
                    throw Errors.of(ExceptionTypes.MemoryError);
                }
                if (!left) {
                    out.writeBytes(spaces((int) padding));
                }
                out.writeBytes(piece);
                if (left) {
                    out.writeBytes(spaces((int) padding));
                }
            } else {
                out.writeBytes(piece);
            }
        }
        if (!usedMapping && !mapping && argi < args.length) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        if (tuple && argi < args.length) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    /** A {@code *} width: a C ssize_t, OverflowError beyond one. */
    private static long starWidth(PyObject v) {
        PyInt i = PyInt.asInt(v);
        if (i == null) {
            throw Errors.typeError("* wants int");
        }
        return i.ssizeValue();
    }

    /** A {@code *} precision: a C int, OverflowError beyond one. */
    private static int starPrecision(PyObject v) {
        PyInt i = PyInt.asInt(v);
        if (i == null) {
            throw Errors.typeError("* wants int");
        }
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static byte[] spaces(int n) {
        byte[] r = new byte[n];
        java.util.Arrays.fill(r, (byte) ' ');
        return r;
    }

    private static PyObject nextArg(PyObject[] args, int i, boolean positional) {
        if (i >= args.length) {
            throw Errors.typeError("not enough arguments for format string");
        }
        return args[i];
    }

    private static byte[] precision(byte[] b, int prec) {
        return prec >= 0 && prec < b.length ? java.util.Arrays.copyOf(b, prec) : b;
    }

    private static byte[] bytesOf(PyObject v) {
        byte[] b = Buffers.bytesOrNull(v);
        if (b != null) {
            return b;
        }
        PyObject m = v.type().lookup("__bytes__");
        if (m != null) {
            PyObject r = Callables.callMethod(m, v, new PyObject[0], null);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
            }
            return rb.bytes();
        }
        throw Errors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                v.type().name());
    }

    private static byte charByte(PyObject v) {
        byte[] b = v instanceof PyBytes || v instanceof PyByteArray ? Buffers.bytesOrNull(v) : null;
        if (b != null && b.length == 1) {
            return b[0];
        }
        if (PyInt.asInt(v) != null || v.type().nb_index != null && b == null) {
            PyInt n = Abstract.index(v, null);
            if (n.fitsLong() && n.longValue() >= 0 && n.longValue() < 256) {
                return (byte) n.longValue();
            }
            throw Errors.overflow("%c arg not in range(256)");
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }
}
