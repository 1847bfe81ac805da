package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * {@code str.encode}: UTF-8, UTF-16, ASCII and Latin-1 by code point, with the error handlers
 * {@code strict}, {@code ignore}, {@code replace}, {@code xmlcharrefreplace},
 * {@code backslashreplace} and {@code surrogatepass}, and CPython's UnicodeEncodeError messages.
 */
final class Codecs {
    private Codecs() {}

    static String normalize(PyObject encoding) {
        String e = encoding == null || encoding == PyNone.NONE ? "utf-8"
                : encoding.toString().toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> "utf-8";
            case "ascii", "us-ascii" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            default -> throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
        };
    }

    private static boolean encodable(String enc, int c) {
        boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
        return switch (enc) {
            case "ascii" -> c < 0x80;
            case "latin-1" -> c < 0x100;
            default -> !surrogate;
        };
    }

    private static void put(String enc, int c, ByteArrayOutputStream out) {
        switch (enc) {
            case "ascii", "latin-1" -> out.write(c);
            case "utf-8" -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xC0 | c >> 6);
                    out.write(0x80 | c & 0x3F);
                } else if (c < 0x10000) {
                    out.write(0xE0 | c >> 12);
                    out.write(0x80 | c >> 6 & 0x3F);
                    out.write(0x80 | c & 0x3F);
                } else {
                    out.write(0xF0 | c >> 18);
                    out.write(0x80 | c >> 12 & 0x3F);
                    out.write(0x80 | c >> 6 & 0x3F);
                    out.write(0x80 | c & 0x3F);
                }
            }
            default -> {
                boolean le = !enc.equals("utf-16-be");
                if (c >= 0x10000) {
                    int v = c - 0x10000;
                    unit(0xD800 | v >> 10, le, out);
                    unit(0xDC00 | v & 0x3FF, le, out);
                } else {
                    unit(c, le, out);
                }
            }
        }
    }

    private static void unit(int u, boolean le, ByteArrayOutputStream out) {
        if (le) {
            out.write(u & 0xFF);
            out.write(u >> 8);
        } else {
            out.write(u >> 8);
            out.write(u & 0xFF);
        }
    }

    private static String charRepr(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    static PyBytes encode(PyStr s, PyObject encoding, PyObject errorsObj) {
        String enc = normalize(encoding);
        String errors = errorsObj == null || errorsObj == PyNone.NONE ? "strict" : errorsObj.toString();
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (enc.equals("utf-16")) {
            out.write(0xFF);
            out.write(0xFE);
            enc = "utf-16-le";
        }
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (encodable(enc, c)) {
                put(enc, c, out);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> put(enc, '?', out);
                case "xmlcharrefreplace" -> {
                    for (char ch : ("&#" + c + ";").toCharArray()) {
                        put(enc, ch, out);
                    }
                }
                case "backslashreplace" -> {
                    for (char ch : charRepr(c).toCharArray()) {
                        put(enc, ch, out);
                    }
                }
                case "surrogatepass" -> {
                    if (c >= 0xD800 && c <= 0xDFFF && (enc.startsWith("utf"))) {
                        if (enc.equals("utf-8")) {
                            out.write(0xE0 | c >> 12);
                            out.write(0x80 | c >> 6 & 0x3F);
                            out.write(0x80 | c & 0x3F);
                        } else {
                            put(enc, c, out);
                        }
                    }
                    throw encodeError(enc, cps, i, 1);
                }
                default -> {
                    int j = i;
                    while (j < cps.length && !encodable(enc, cps[j])) {
                        j++;
                    }
                    throw encodeError(enc, cps, i, j - i);
                }
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static PyException encodeError(String enc, int[] cps, int start, int n) {
        String reason = enc.equals("ascii") ? "ordinal not in range(128)" : enc.equals("latin-1")
                ? "ordinal not in range(256)" : "surrogates not allowed";
        String msg = n == 1 ? "'" + enc + "' codec can't encode character '" + charRepr(cps[start]) + "' in position "
                + start + ": " + reason
                : "'" + enc + "' codec can't encode characters in position " + start + "-" + (start + n - 1) + ": "
                + reason;
        return Errors.of(ExceptionTypes.UnicodeEncodeError, msg);
    }
}
