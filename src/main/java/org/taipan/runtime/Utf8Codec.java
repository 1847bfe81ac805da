package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 as CPython's {@code unicode_decode_utf8} and UTF-8 encoder: surrogates are not
 * encodable, and malformed input is reported as "invalid start byte", "invalid continuation
 * byte" or "unexpected end of data" with CPython's error ranges.
 */
final class Utf8Codec {
    private Utf8Codec() {}

    static final CharEncoder ENCODER = new CharEncoder() {
        @Override
        public boolean canEncode(int c) {
            return c < 0xD800 || c > 0xDFFF;
        }

        @Override
        public boolean canReplaceWith(int c) {
            return c < 0x80;
        }

        @Override
        public void put(int c, ByteArrayOutputStream out) {
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
    };

    static void encode(PyStr s, String errors, ByteArrayOutputStream out) {
        if (s.isSimple()) {
            String v = s.toString();
            if (isAscii(v)) {
                out.writeBytes(v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                return;
            }
        }
        CharEncoder.encode(ENCODER, s, "utf-8", "surrogates not allowed", true, errors, out);
    }

    /** Decodes all of {@code data}. */
    static PyStr decode(byte[] data, String errors) {
        return decode(data, errors, true).text();
    }

    /**
     * Decodes {@code data}; unless {@code last}, an incomplete sequence at the end is left
     * unconsumed rather than reported ({@code codecs.utf_8_decode(data, errors, final)}).
     */
    static Codecs.Decoded decode(byte[] data, String errors, boolean last) {
        if (isAscii(data)) {
            return new Codecs.Decoded(PyStr.of(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)),
                    data.length);
        }
        CodePointBuffer out = new CodePointBuffer(data.length);
        int n = data.length;
        int i = 0;
        while (i < n) {
            try {
                int b0 = data[i] & 0xff;
                if (b0 < 0x80) {
                    out.add(b0);
                    i++;
                    continue;
                }
                int need = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3
                        : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
                if (need == 0) {
                    i = CodecErrors.decode(errors, "utf-8", data, i, i + 1, "invalid start byte", out);
                    continue;
                }
                int c = b0 & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
                int k = 1;
                for (; k < need && i + k < n; k++) {
                    int b = data[i + k] & 0xff;
                    if (!continuationOk(b0, k, b)) {
                        break;
                    }
                    c = c << 6 | b & 0x3F;
                }
                if (k == need) {
                    out.add(c);
                    i += need;
                } else if (i + k >= n) {
                    if (!last) {
                        break;
                    }
                    i = CodecErrors.decode(errors, "utf-8", data, i, n, "unexpected end of data", out);
                } else if (!last && b0 == 0xED && k == 1 && i + 2 == n && (data[i + 1] & 0xff) >= 0xA0
                        && (data[i + 1] & 0xC0) == 0x80) {
                    // The start of an encoded surrogate: CPython waits for its last byte, which
                    // surrogatepass could accept, rather than failing on it already.
                    break;
                } else {
                    i = CodecErrors.decode(errors, "utf-8", data, i, i + k,
                            "invalid continuation byte", out);
                }
            } catch (CodecErrors.InputReplaced r) {
                // the error handler gave the error new bytes to go on with
                data = r.data;
                n = data.length;
                i = r.position;
            }
        }
        return new Codecs.Decoded(out.toStr(), Math.min(i, n));
    }

    /** Whether every byte is below 0x80 (the common case, decoded without the general loop). */
    static boolean isAscii(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every char is below 0x80. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b} may be byte {@code k} (1-based after the lead) of a sequence led by {@code lead}. */
    private static boolean continuationOk(int lead, int k, int b) {
        if ((b & 0xC0) != 0x80) {
            return false;
        }
        if (k > 1) {
            return true;
        }
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b < 0xA0;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b < 0x90;
            default -> true;
        };
    }
}
