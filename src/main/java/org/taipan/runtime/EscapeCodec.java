package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The {@code unicode_escape} and {@code raw_unicode_escape} codecs
 * ({@code _PyUnicode_DecodeUnicodeEscapeInternal}, {@code PyUnicode_DecodeRawUnicodeEscape} and
 * their encoders): Python string-literal escapes over Latin-1 bytes, with CPython's error
 * reasons and ranges ("truncated \xXX escape", "malformed \N character escape", ...) and its
 * DeprecationWarning for the first invalid escape.
 */
final class EscapeCodec {
    private EscapeCodec() {}

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static void hexEscape(ByteArrayOutputStream out, int c) {
        ascii(out, c >= 0x10000 ? String.format("\\U%08x", c) : c >= 0x100 ? String.format("\\u%04x", c)
                : String.format("\\x%02x", c));
    }

    /** Encodes (never fails); {@code raw} keeps Latin-1 characters as bytes and escapes only beyond. */
    static byte[] encode(PyStr s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (raw) {
                if (c >= 0x100) {
                    hexEscape(out, c);
                } else {
                    out.write(c);
                }
                continue;
            }
            switch (c) {
                case '\\' -> ascii(out, "\\\\");
                case '\t' -> ascii(out, "\\t");
                case '\n' -> ascii(out, "\\n");
                case '\r' -> ascii(out, "\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        hexEscape(out, c);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return b < 0 ? -1 : Character.digit(b, 16);
    }

    /**
     * Decodes {@code unicode_escape} ({@code _PyUnicode_DecodeUnicodeEscapeStateful}). Unless
     * {@code last}, an escape cut short by the end of {@code d} is left unconsumed rather than an
     * error, so incremental decoders and stream readers can wait for the rest. The first invalid
     * escape gives a DeprecationWarning, as CPython's does.
     */
    static Codecs.Decoded decode(byte[] d, String errors, boolean last) {
        String enc = "unicodeescape";
        CodePointBuffer out = new CodePointBuffer(d.length);
        int n = d.length;
        int i = 0;
        int firstInvalid = -1;
        while (i < n) {
            try {
                int c = d[i] & 0xff;
                if (c != '\\') {
                    out.add(c);
                    i++;
                    continue;
                }
                int start = i;
                if (i + 1 >= n) {
                    if (!last) {
                        return new Codecs.Decoded(out.toStr(), start);
                    }
                    i = CodecErrors.decode(errors, enc, d, start, n, "\\ at end of string", out);
                    continue;
                }
                int e = d[i + 1] & 0xff;
                i += 2;
                switch (e) {
                    case '\n' -> { }
                    case '\\', '\'', '"' -> out.add(e);
                    case 'a' -> out.add(7);
                    case 'b' -> out.add(8);
                    case 'f' -> out.add(12);
                    case 'n' -> out.add(10);
                    case 'r' -> out.add(13);
                    case 't' -> out.add(9);
                    case 'v' -> out.add(11);
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                            v = v * 8 + d[i++] - '0';
                        }
                        if (v > 0377 && firstInvalid < 0) {
                            firstInvalid = start + 1;
                        }
                        out.add(v);
                    }
                    case 'x', 'u', 'U' -> {
                        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        int v = 0;
                        int k = 0;
                        for (; k < digits && i < n && hex(d[i]) >= 0; k++) {
                            v = v * 16 + hex(d[i++]);
                        }
                        if (k < digits && i >= n && !last) {
                            return new Codecs.Decoded(out.toStr(), start);
                        }
                        if (k < digits) {
                            String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            i = CodecErrors.decode(errors, enc, d, start, i,
                                    "truncated " + what + " escape", out);
                        } else if (v < 0 || v > 0x10FFFF) {
                            i = CodecErrors.decode(errors, enc, d, start, i,
                                    "illegal Unicode character", out);
                        } else {
                            out.add(v);
                        }
                    }
                    case 'N' -> {
                        int next = namedEscape(d, start, i, errors, out, last);
                        if (next < 0) {
                            return new Codecs.Decoded(out.toStr(), start);
                        }
                        i = next;
                    }
                    default -> {
                        if (firstInvalid < 0) {
                            firstInvalid = start + 1;
                        }
                        out.add('\\');
                        out.add(e);
                    }
                }
            } catch (CodecErrors.InputReplaced r) {
                // the error handler gave the error new bytes to go on with
                d = r.data;
                n = d.length;
                i = r.position;
            }
        }
        warnInvalidEscape(d, firstInvalid);
        return new Codecs.Decoded(out.toStr(), n);
    }

    /**
     * The DeprecationWarning of CPython's escape decoders for the first invalid escape, the byte
     * after its backslash at {@code at} (none if negative): an octal escape above 0o377 or an
     * unknown escape character.
     */
    static void warnInvalidEscape(byte[] d, int at) {
        if (at < 0) {
            return;
        }
        int c = d[at] & 0xff;
        String message;
        if (c >= '4' && c <= '7') {
            message = "invalid octal escape sequence '\\"
                    + new String(d, at, Math.min(3, d.length - at), java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
        } else {
            message = "invalid escape sequence '\\" + (char) c + "'";
        }
        org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.DeprecationWarning, message, 1);
    }

    /**
     * {@code \N{NAME}} starting at {@code start} (the backslash), {@code i} after the N: the index
     * after it, or -1 when, unless {@code last}, the input ends before the closing brace.
     */
    private static int namedEscape(byte[] d, int start, int i, String errors, CodePointBuffer out, boolean last) {
        String enc = "unicodeescape";
        if (i >= d.length && !last) {
            return -1;
        }
        if (i >= d.length || d[i] != '{') {
            return CodecErrors.decode(errors, enc, d, start, i, "malformed \\N character escape", out);
        }
        int close = i + 1;
        while (close < d.length && d[close] != '}') {
            close++;
        }
        if (close >= d.length && !last) {
            return -1;
        }
        if (close >= d.length || close == i + 1) {
            return CodecErrors.decode(errors, enc, d, start, close, "malformed \\N character escape", out);
        }
        String name = new String(d, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int c = org.taipan.parse.UnicodeNames.lookup(name);
        if (c < 0) {
            return CodecErrors.decode(errors, enc, d, start, close + 1,
                    "unknown Unicode character name", out);
        }
        out.add(c);
        return close + 1;
    }

    /**
     * Decodes {@code raw_unicode_escape} ({@code _PyUnicode_DecodeRawUnicodeEscapeStateful}): a
     * backslash escapes only a following u or U, and one before any other byte stands for itself
     * with that byte. Unless {@code last}, a backslash or escape cut short by the end of
     * {@code d} is left unconsumed.
     */
    static Codecs.Decoded decodeRaw(byte[] d, String errors, boolean last) {
        String enc = "rawunicodeescape";
        CodePointBuffer out = new CodePointBuffer(d.length);
        int n = d.length;
        int i = 0;
        while (i < n) {
            try {
                int c = d[i] & 0xff;
                if (c != '\\') {
                    out.add(c);
                    i++;
                    continue;
                }
                int start = i;
                if (i + 1 >= n) {
                    if (!last) {
                        return new Codecs.Decoded(out.toStr(), start);
                    }
                    out.add(c);
                    i++;
                    continue;
                }
                int e = d[i + 1] & 0xff;
                i += 2;
                if (e != 'u' && e != 'U') {
                    out.add(c);
                    out.add(e);
                    continue;
                }
                int digits = e == 'u' ? 4 : 8;
                int v = 0;
                int k = 0;
                for (; k < digits && i < n && hex(d[i]) >= 0; k++) {
                    v = v * 16 + hex(d[i++]);
                }
                if (k < digits && i >= n && !last) {
                    return new Codecs.Decoded(out.toStr(), start);
                }
                if (k < digits) {
                    i = CodecErrors.decode(errors, enc, d, start, i,
                            digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", out);
                } else if (v < 0 || v > 0x10FFFF) {
                    i = CodecErrors.decode(errors, enc, d, start, i, "\\Uxxxxxxxx out of range", out);
                } else {
                    out.add(v);
                }
            } catch (CodecErrors.InputReplaced r) {
                // the error handler gave the error new bytes to go on with
                d = r.data;
                n = d.length;
                i = r.position;
            }
        }
        return new Codecs.Decoded(out.toStr(), n);
    }
}
