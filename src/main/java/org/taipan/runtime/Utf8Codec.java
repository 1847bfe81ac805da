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

    /**
     * The UTF-8 encoding of {@code s} when it holds no lone surrogate (every character then has
     * an encoding and the error handler is never asked), else null. The Java string of such a
     * str is well-formed UTF-16, which the JDK's encoder maps exactly as CPython's does.
     */
    static byte[] encodeWellFormed(PyStr s) {
        if (s.hasLoneSurrogate()) {
            return null;
        }
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

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
        PyStr wellFormed = decodeWellFormed(data);
        if (wellFormed != null) {
            return new Codecs.Decoded(wellFormed, data.length);
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

    /**
     * The text of {@code data} when all of it is well-formed UTF-8 (the sequences
     * {@link #continuationOk} accepts, none cut short at the end), else null: the general loop
     * then finds the first error and hands it to the error handler. Decodes straight into UTF-16
     * chars, never more of them than there are bytes.
     */
    private static PyStr decodeWellFormed(byte[] data) {
        int n = data.length;
        char[] out = new char[n];
        int j = 0;
        boolean astral = false;
        int i = 0;
        while (i < n) {
            int b0 = data[i];
            if (b0 >= 0) {
                out[j++] = (char) b0;
                i++;
                continue;
            }
            b0 &= 0xff;
            if (b0 < 0xC2 || b0 > 0xF4) {
                return null;
            }
            if (b0 < 0xE0) {
                if (i + 1 >= n || (data[i + 1] & 0xC0) != 0x80) {
                    return null;
                }
                out[j++] = (char) ((b0 & 0x1F) << 6 | data[i + 1] & 0x3F);
                i += 2;
            } else if (b0 < 0xF0) {
                if (i + 2 >= n) {
                    return null;
                }
                int b1 = data[i + 1] & 0xff;
                int b2 = data[i + 2] & 0xff;
                if (!continuationOk(b0, 1, b1) || (b2 & 0xC0) != 0x80) {
                    return null;
                }
                out[j++] = (char) ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F);
                i += 3;
            } else {
                if (i + 3 >= n) {
                    return null;
                }
                int b1 = data[i + 1] & 0xff;
                int b2 = data[i + 2] & 0xff;
                int b3 = data[i + 3] & 0xff;
                if (!continuationOk(b0, 1, b1) || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
                    return null;
                }
                int c = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
                out[j++] = Character.highSurrogate(c);
                out[j++] = Character.lowSurrogate(c);
                astral = true;
                i += 4;
            }
        }
        String text = new String(out, 0, j);
        // Only pairs of surrogates were written: the string is simple unless it has an astral character.
        return astral ? PyStr.of(text) : PyStr.simple(text);
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
