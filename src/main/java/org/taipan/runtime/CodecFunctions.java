package org.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-codec functions of CPython's {@code _codecs} module ({@code Modules/_codecsmodule.c})
 * over the Java codecs: each encoder returns {@code (bytes, length consumed)}, each decoder
 * {@code (str, bytes consumed)}, decoders that stream honour {@code final}. Also the charmap
 * codec over a decoding table, a dict or an {@link EncodingMap}, and the bytes escapes of
 * {@code escape_encode}/{@code escape_decode}.
 */
public final class CodecFunctions {
    private CodecFunctions() {}

    private static PyTuple pair(PyObject a, long n) {
        return PyTuple.of(a, PyInt.of(n));
    }

    /** {@code <name>_encode(str, errors)} for the Java codec {@code encoding}. */
    public static PyTuple encode(String encoding, PyStr s, String errors) {
        return pair(Codecs.encodeUnwrapped(s, encoding, errors), s.length());
    }

    /** {@code utf_16_encode}/{@code utf_32_encode} with {@code byteorder} (0: BOM and native order, -1 LE, 1 BE). */
    public static PyTuple encodeWide(int width, PyStr s, String errors, int byteorder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WideUnicodeCodec.encode(s, width, byteorder, errors, out);
        return pair(PyBytes.of(out.toByteArray()), s.length());
    }

    /** {@code <name>_decode(data, errors, final)} for the Java codec {@code encoding}. */
    public static PyTuple decode(String encoding, byte[] data, String errors, boolean last) {
        Codecs.Decoded d = Codecs.decodeIncremental(data, encoding, errors, last);
        return pair(d.text(), d.consumed());
    }

    /**
     * {@code unicode_escape_decode}/{@code raw_unicode_escape_decode}: unless {@code last}, an
     * escape cut short at the end is left unconsumed, as CPython's stateful decoders do.
     */
    public static PyTuple decodeEscape(byte[] data, String errors, boolean raw, boolean last) {
        Codecs.Decoded d = raw ? EscapeCodec.decodeRaw(data, errors, last) : EscapeCodec.decode(data, errors, last);
        return pair(d.text(), d.consumed());
    }

    /**
     * {@code utf_16_ex_decode}/{@code utf_32_ex_decode}: with {@code byteorder} 0 a BOM picks the
     * order (and is consumed); returns (str, consumed, byteorder).
     */
    public static PyTuple decodeEx(int width, byte[] data, String errors, int byteorder, boolean last) {
        int order = byteorder;
        int skip = 0;
        if (order == 0 && data.length >= width) {
            if (width == 2 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE
                    || width == 4 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE && data[2] == 0 && data[3] == 0) {
                order = -1;
                skip = width;
            } else if (width == 2 && (data[0] & 0xff) == 0xFE && (data[1] & 0xff) == 0xFF
                    || width == 4 && data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xFE && (data[3] & 0xff) == 0xFF) {
                order = 1;
                skip = width;
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(data, skip, data.length);
        Codecs.Decoded d = WideUnicodeCodec.decode(rest, width, order == 1 ? 1 : -1, errors, last);
        return PyTuple.of(d.text(), PyInt.of(d.consumed() + skip), PyInt.of(order));
    }

    /** {@code charmap_build(decoding_table)}. */
    public static PyObject charmapBuild(PyStr table) {
        Map<Integer, Integer> m = new HashMap<>();
        int[] cps = table.toString().codePoints().toArray();
        if (cps.length != 256) {
            // CPython builds an EncodingMap only for a full 256-entry table, else a dict.
            PyDict d = new PyDict();
            for (int i = 0; i < cps.length; i++) {
                d.setItem(PyInt.of(cps[i]), PyInt.of(i));
            }
            return d;
        }
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] != 0xFFFE) {
                m.putIfAbsent(cps[i], i);
            }
        }
        return new EncodingMap(m, cps.length);
    }

    /** {@code charmap_decode(data, errors, mapping)}: mapping None is latin-1. */
    public static PyTuple charmapDecode(byte[] data, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return pair(Latin1Codec.decode(data, 256, errors), data.length);
        }
        CodePointBuffer out = new CodePointBuffer(data.length);
        int[] table = mapping instanceof PyStr s ? s.toString().codePoints().toArray() : null;
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xff;
            int c = -1;
            if (table != null) {
                c = b < table.length && table[b] != 0xFFFE ? table[b] : -1;
            } else {
                PyObject v;
                try {
                    v = Abstract.getItem(mapping, PyInt.of(b));
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.LookupError)) {
                        throw e;
                    }
                    v = PyNone.NONE;
                }
                PyInt iv = PyInt.asInt(v);
                if (iv != null) {
                    if (iv.signum() < 0 || !iv.fitsLong() || iv.longValue() > 0x10FFFF) {
                        throw Errors.typeError("character mapping must be in range(0x110000)");
                    }
                    // U+FFFE is the "undefined" mark for an integer mapping as for a str one.
                    c = iv.longValue() == 0xFFFE ? -1 : (int) iv.longValue();
                } else if (v instanceof PyStr sv) {
                    int[] more = sv.toString().codePoints().toArray();
                    if (more.length == 1 && more[0] == 0xFFFE) {
                        c = -1;
                    } else {
                        out.addAll(more);
                        i++;
                        continue;
                    }
                } else if (v != PyNone.NONE) {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            if (c < 0) {
                try {
                    i = CodecErrors.decode(errors, "charmap", data, i, i + 1, "character maps to <undefined>", out);
                } catch (CodecErrors.InputReplaced r) {
                    data = r.data;
                    i = r.position;
                }
            } else {
                out.add(c);
                i++;
            }
        }
        return pair(out.toStr(), data.length);
    }

    /** {@code charmap_encode(str, errors, mapping)}: mapping None is latin-1. */
    public static PyTuple charmapEncode(PyStr s, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return encode("latin-1", s, errors);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!encodeOne(s.codePointAt(i), mapping, out)) {
                int end = unmappedRunEnd(s, i + 1, mapping);
                CodecErrors.EncodeFix fix = CodecErrors.encode(errors, "charmap", s, i, end,
                        "character maps to <undefined>");
                if (fix.raw() != null) {
                    out.writeBytes(fix.raw());
                } else {
                    for (int c : fix.text()) {
                        if (!encodeOne(c, mapping, out)) {
                            throw UnicodeErrors.encodeError("charmap", s, i, end, "character maps to <undefined>");
                        }
                    }
                }
                i = fix.resume();
            } else {
                i++;
            }
        }
        return pair(PyBytes.ofCopy(out.toByteArray()), n);
    }

    /**
     * Where the run of characters the mapping has no bytes for, which goes to the error handler
     * as one error, ends (CPython's {@code charmap_encoding_error} looks each one up, with the
     * lookup's own errors, before calling the handler).
     */
    private static int unmappedRunEnd(PyStr s, int from, PyObject mapping) {
        ByteArrayOutputStream unused = new ByteArrayOutputStream();
        int end = from;
        while (end < s.length() && !encodeOne(s.codePointAt(end), mapping, unused)) {
            end++;
        }
        return end;
    }

    private static boolean encodeOne(int c, PyObject mapping, ByteArrayOutputStream out) {
        if (mapping instanceof EncodingMap em) {
            Integer b = em.map.get(c);
            if (b == null) {
                return false;
            }
            out.write(b);
            return true;
        }
        PyObject v;
        try {
            v = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.LookupError)) {
                throw e;
            }
            return false;
        }
        if (v == PyNone.NONE) {
            return false;
        }
        PyInt iv = PyInt.asInt(v);
        if (iv != null) {
            if (iv.signum() < 0 || !iv.fitsLong() || iv.longValue() > 255) {
                throw Errors.typeError("character mapping must be in range(256)");
            }
            out.write((int) iv.longValue());
            return true;
        }
        if (v instanceof PyBytes b) {
            out.writeBytes(b.bytes());
            return true;
        }
        throw Errors.typeError("character mapping must return integer, bytes or None, not %s", v.type().name());
    }

    /** {@code escape_encode(bytes)}: the body of the bytes' repr with {@code '} escaped. */
    public static PyTuple escapeEncode(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 32 || c >= 127) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return pair(PyBytes.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), b.length);
    }

    /** {@code escape_decode(data)}: the escapes of a bytes literal. */
    public static PyTuple escapeDecode(byte[] d, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int firstInvalid = -1;
        while (i < d.length) {
            int c = d[i++] & 0xff;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= d.length) {
                throw Errors.valueError("Trailing \\ in string");
            }
            int e = d[i++] & 0xff;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case 'x' -> {
                    int hi = i < d.length ? Character.digit(d[i], 16) : -1;
                    int lo = i + 1 < d.length ? Character.digit(d[i + 1], 16) : -1;
                    if (hi < 0 || lo < 0) {
                        if (errors == null || errors.equals("strict")) {
                            throw Errors.valueError("invalid \\x escape at position %d", i - 2);
                        } else if (errors.equals("replace")) {
                            out.write('?');
                        } else if (!errors.equals("ignore")) {
                            throw Errors.valueError("decoding error; unknown error handling code: %s", errors);
                        }
                        while (i < d.length && Character.digit(d[i], 16) >= 0 && i < d.length) {
                            i++;
                            break;
                        }
                    } else {
                        out.write(hi << 4 | lo);
                        i += 2;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < d.length && d[i] >= '0' && d[i] <= '7'; k++) {
                            v = v * 8 + (d[i++] - '0');
                        }
                        if (v > 0377 && firstInvalid < 0) {
                            firstInvalid = i - 3;
                        }
                        out.write(v & 0xff);
                    } else {
                        if (firstInvalid < 0) {
                            firstInvalid = i - 1;
                        }
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        EscapeCodec.warnInvalidEscape(d, firstInvalid);
        return pair(PyBytes.ofCopy(out.toByteArray()), d.length);
    }

    /** {@code EncodingMap}, what {@code charmap_build} returns: code point to byte. */
    public static final class EncodingMap extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("EncodingMap", PyType.OBJECT);

        static {
            TYPE.addMethodNoArgs("size", self -> {
                return PyInt.of(((EncodingMap) self).size);
            });
            TYPE.ready();
        }

        final Map<Integer, Integer> map;
        private final int size;

        EncodingMap(Map<Integer, Integer> map, int size) {
            this.map = map;
            this.size = size;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
