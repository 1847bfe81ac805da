package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * UTF-16 and UTF-32 in either byte order, as CPython's {@code PyUnicode_DecodeUTF16Stateful},
 * {@code PyUnicode_DecodeUTF32Stateful} and their encoders. The plain {@code utf-16} and
 * {@code utf-32} codecs write a BOM and little-endian (CPython's native order on x86) and,
 * when decoding, honour and strip a leading BOM; their errors then name the byte order in use.
 */
final class WideUnicodeCodec {
    private WideUnicodeCodec() {}

    /**
     * Encodes with unit {@code width} (2 or 4); {@code order} is 0 for BOM plus little-endian,
     * -1 little-endian, 1 big-endian.
     */
    static void encode(PyStr s, int width, int order, String errors, ByteArrayOutputStream out) {
        boolean be = order > 0;
        String enc = "utf-" + width * 8 + (order == 0 ? "" : be ? "-be" : "-le");
        if (order == 0) {
            unit(out, 0xFEFF, width, false);
        }
        CharEncoder ce = new CharEncoder() {
            @Override
            public boolean canEncode(int c) {
                return c < 0xD800 || c > 0xDFFF;
            }

            @Override
            public boolean canReplaceWith(int c) {
                return c < 0x80;
            }

            @Override
            public void put(int c, ByteArrayOutputStream o) {
                if (width == 2 && c >= 0x10000) {
                    int v = c - 0x10000;
                    unit(o, 0xD800 | v >> 10, 2, be);
                    unit(o, 0xDC00 | v & 0x3FF, 2, be);
                } else {
                    unit(o, c, width, be);
                }
            }
        };
        CharEncoder.encode(ce, s, enc, "surrogates not allowed", false, width, errors, out);
    }

    /**
     * The encoding of {@code s} with unit {@code width} (2 or 4) and byte {@code order} (as for
     * {@link #encode}) when it holds no lone surrogate, else null: then every character has an
     * encoding and no error handler runs. A UTF-16 encoding is the Java string's own chars.
     */
    static byte[] encodeWellFormed(PyStr s, int width, int order) {
        if (s.hasLoneSurrogate()) {
            return null;
        }
        boolean be = order > 0;
        String v = s.toString();
        int units = width == 2 ? v.length() : v.codePointCount(0, v.length());
        int bom = order == 0 ? 1 : 0;
        byte[] r = new byte[(units + bom) * width];
        int at = 0;
        if (bom == 1) {
            at = put(r, at, 0xFEFF, width, false);
        }
        if (width == 2) {
            for (int i = 0; i < v.length(); i++) {
                at = put(r, at, v.charAt(i), 2, be);
            }
        } else {
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                at = put(r, at, c, 4, be);
                i += Character.charCount(c);
            }
        }
        return r;
    }

    /** Writes code unit {@code u} at {@code r[at]}; the index after it. */
    private static int put(byte[] r, int at, int u, int width, boolean be) {
        for (int k = 0; k < width; k++) {
            r[at + k] = (byte) (u >> (be ? 8 * (width - 1 - k) : 8 * k));
        }
        return at + width;
    }

    /**
     * The text of {@code d[from, d.length)} in unit {@code width} and the given byte order when
     * it is whole units and well-formed (UTF-16: every surrogate in a high-low pair; UTF-32:
     * every unit a code point outside the surrogates), else null for the general loop, which
     * finds the first error and hands it to the error handler.
     */
    private static PyStr decodeWellFormed(byte[] d, int from, int width, boolean be) {
        int n = d.length;
        if ((n - from) % width != 0) {
            return null;
        }
        char[] out = new char[(n - from) / width * (width == 4 ? 2 : 1)];
        int j = 0;
        boolean pairs = false;
        for (int i = from; i < n; i += width) {
            int u = read(d, i, width, be);
            if (width == 4) {
                if (u < 0 || u > 0x10FFFF || u >= 0xD800 && u <= 0xDFFF) {
                    return null;
                }
                if (u >= 0x10000) {
                    out[j++] = Character.highSurrogate(u);
                    out[j++] = Character.lowSurrogate(u);
                    pairs = true;
                } else {
                    out[j++] = (char) u;
                }
            } else if (u >= 0xD800 && u <= 0xDFFF) {
                if (u >= 0xDC00 || i + 4 > n) {
                    return null;
                }
                int lo = read(d, i + 2, 2, be);
                if (lo < 0xDC00 || lo > 0xDFFF) {
                    return null;
                }
                out[j++] = (char) u;
                out[j++] = (char) lo;
                pairs = true;
                i += 2;
            } else {
                out[j++] = (char) u;
            }
        }
        String text = new String(out, 0, j);
        // only whole surrogate pairs were written: simple unless there is an astral character
        return pairs ? PyStr.of(text) : PyStr.simple(text);
    }

    private static void unit(ByteArrayOutputStream out, int u, int width, boolean be) {
        for (int k = 0; k < width; k++) {
            out.write(u >> (be ? 8 * (width - 1 - k) : 8 * k) & 0xFF);
        }
    }

    private static int read(byte[] d, int at, int width, boolean be) {
        int v = 0;
        for (int k = 0; k < width; k++) {
            v |= (d[at + k] & 0xff) << (be ? 8 * (width - 1 - k) : 8 * k);
        }
        return v;
    }

    /** Decodes all of {@code d} with unit {@code width}; {@code order} as for {@link #encode}, 0 detecting a BOM. */
    static PyStr decode(byte[] d, int width, int order, String errors) {
        return decode(d, width, order, errors, true).text();
    }

    /**
     * Decodes {@code d}; unless {@code last}, a truncated unit or surrogate pair at the end (and
     * a BOM not yet complete) is left unconsumed ({@code codecs.utf_16_decode(data, errors, final)}).
     */
    static Codecs.Decoded decode(byte[] d, int width, int order, String errors, boolean last) {
        int i = 0;
        if (order == 0 && d.length < width && !last) {
            return new Codecs.Decoded(PyStr.of(""), 0);
        }
        boolean be = order > 0;
        if (order == 0 && d.length >= width) {
            int bomLe = read(d, 0, width, false);
            if (bomLe == 0xFEFF) {
                i = width;
            } else if (read(d, 0, width, true) == 0xFEFF) {
                i = width;
                be = true;
            }
        }
        PyStr wellFormed = decodeWellFormed(d, i, width, be);
        if (wellFormed != null) {
            return new Codecs.Decoded(wellFormed, d.length);
        }
        String enc = "utf-" + width * 8 + (be ? "-be" : "-le");
        CodePointBuffer out = new CodePointBuffer(d.length / width);
        int n = d.length;
        while (i < n) {
            try {
                if (i + width > n) {
                    if (!last) {
                        break;
                    }
                    i = CodecErrors.decode(errors, enc, d, i, n, "truncated data", out);
                    continue;
                }
                int u = read(d, i, width, be);
                if (width == 4) {
                    if (u < 0 || u > 0x10FFFF) {
                        i = CodecErrors.decode(errors, enc, d, i, i + 4,
                                "code point not in range(0x110000)", out);
                    } else if (u >= 0xD800 && u <= 0xDFFF) {
                        i = CodecErrors.decode(errors, enc, d, i, i + 4,
                                "code point in surrogate code point range(0xd800, 0xe000)", out);
                    } else {
                        out.add(u);
                        i += 4;
                    }
                    continue;
                }
                if (u < 0xD800 || u > 0xDFFF) {
                    out.add(u);
                    i += 2;
                } else if (u >= 0xDC00) {
                    i = CodecErrors.decode(errors, enc, d, i, i + 2, "illegal encoding", out);
                } else if (i + 4 > n) {
                    if (!last) {
                        break;
                    }
                    i = CodecErrors.decode(errors, enc, d, i, n, "unexpected end of data", out);
                } else {
                    int lo = read(d, i + 2, 2, be);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        out.add(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                        i += 4;
                    } else {
                        i = CodecErrors.decode(errors, enc, d, i, i + 2, "illegal UTF-16 surrogate", out);
                    }
                }
            } catch (CodecErrors.InputReplaced r) {
                // the error handler gave the error new bytes to go on with
                d = r.data;
                n = d.length;
                i = r.position;
            }
        }
        return new Codecs.Decoded(out.toStr(), Math.min(i, n));
    }
}
