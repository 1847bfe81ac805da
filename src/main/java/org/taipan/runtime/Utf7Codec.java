package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * UTF-7 (RFC 2152) as CPython's {@code PyUnicode_DecodeUTF7Stateful} and
 * {@code _PyUnicode_EncodeUTF7} do it: the encoder writes the RFC's direct and optional-direct
 * characters and white space as themselves and everything else in {@code +...-} base64 shift
 * sequences of UTF-16 units; the decoder accepts any ASCII character but {@code +} as itself,
 * reports CPython's errors ("unexpected special character", "ill-formed sequence", "partial
 * character in shift sequence", "non-zero padding bits in shift sequence", "unterminated shift
 * sequence") through the error handlers, and without {@code final} leaves an open shift sequence
 * for the next call.
 */
public final class Utf7Codec {
    private Utf7Codec() {}

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** RFC 2152's classes of the ASCII characters: 0 direct, 1 optional direct, 2 white space, 3 special. */
    private static final byte[] CATEGORY = new byte[128];

    static {
        java.util.Arrays.fill(CATEGORY, (byte) 3);
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?".toCharArray()) {
            CATEGORY[c] = 0;
        }
        for (char c : "!\"#$%&*;<=>@[]^_`{|}".toCharArray()) {
            CATEGORY[c] = 1;
        }
        for (char c : " \t\r\n".toCharArray()) {
            CATEGORY[c] = 2;
        }
    }

    private static boolean isBase64(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/');
    }

    private static int fromBase64(int c) {
        return BASE64.indexOf(c);
    }

    /** Written as itself by the encoder (CPython encodes set O and white space directly). */
    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && CATEGORY[c] != 3;
    }

    /** {@code codecs.utf_7_encode(s)}: never fails (lone surrogates are UTF-16 units like any other). */
    public static byte[] encode(PyStr s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = s.codePointAt(i);
            if (inShift && encodeDirect(c)) {
                if (bits > 0) {
                    out.write(BASE64.charAt((int) (buffer << (6 - bits)) & 0x3f));
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                // a base64 character or '-' after the sequence would be read as part of it
                if (isBase64(c) || c == '-') {
                    out.write('-');
                }
                out.write(c);
                continue;
            }
            if (!inShift) {
                if (c == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                }
                if (encodeDirect(c)) {
                    out.write(c);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            int[] units = c >= 0x10000 ? new int[] {Character.highSurrogate(c), Character.lowSurrogate(c)}
                    : new int[] {c};
            for (int u : units) {
                bits += 16;
                buffer = (buffer << 16) | u;
                while (bits >= 6) {
                    out.write(BASE64.charAt((int) (buffer >> (bits - 6)) & 0x3f));
                    bits -= 6;
                }
                buffer &= (1L << bits) - 1;
            }
        }
        if (bits > 0) {
            out.write(BASE64.charAt((int) (buffer << (6 - bits)) & 0x3f));
        }
        if (inShift) {
            out.write('-');
        }
        return out.toByteArray();
    }

    /**
     * {@code codecs.utf_7_decode(data, errors, final)}: the text and the bytes consumed (without
     * {@code last}, an open shift sequence is not consumed and its text not returned).
     *
     * @throws PyException UnicodeDecodeError under the strict handler
     */
    public static Codecs.Decoded decode(byte[] data, String errors, boolean last) {
        CodePointBuffer out = new CodePointBuffer(data.length);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startinpos = 0;
        int shiftOutStart = 0;
        int s = 0;
        int e = data.length;
        while (s < e) {
            int ch = data[s] & 0xff;
            String reason = null;
            if (inShift) {
                if (isBase64(ch)) {
                    buffer = (buffer << 6) | fromBase64(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16) {
                        int unit = (int) (buffer >> (bits - 16)) & 0xffff;
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (Character.isLowSurrogate((char) unit)) {
                                out.add(Character.toCodePoint((char) surrogate, (char) unit));
                                surrogate = 0;
                                continue;
                            }
                            out.add(surrogate);
                            surrogate = 0;
                        }
                        if (Character.isHighSurrogate((char) unit)) {
                            surrogate = unit;
                        } else {
                            out.add(unit);
                        }
                    }
                } else {
                    inShift = false;
                    if (bits >= 6) {
                        s++;
                        reason = "partial character in shift sequence";
                    } else if (bits > 0 && buffer != 0) {
                        s++;
                        reason = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && ch <= 127 && ch != '+') {
                            out.add(surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            s++;
                        }
                    }
                }
            } else if (ch == '+') {
                startinpos = s;
                s++;
                if (s < e && data[s] == '-') {
                    s++;
                    out.add('+');
                } else if (s < e && !isBase64(data[s] & 0xff)) {
                    s++;
                    reason = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = out.size();
                    bits = 0;
                    buffer = 0;
                }
            } else if (ch <= 127) {
                s++;
                out.add(ch);
            } else {
                startinpos = s;
                s++;
                reason = "unexpected special character";
            }
            if (reason != null) {
                try {
                    s = CodecErrors.decode(errors, "utf7", data, startinpos, s, reason, out);
                } catch (CodecErrors.InputReplaced r) {
                    // the error handler gave the error new bytes to go on with
                    data = r.data;
                    e = data.length;
                    s = r.position;
                }
            }
        }
        if (inShift && last) {
            inShift = false;
            if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                int resume;
                try {
                    resume = CodecErrors.decode(errors, "utf7", data, startinpos, e,
                            "unterminated shift sequence", out);
                } catch (CodecErrors.InputReplaced r) {
                    data = r.data;
                    e = data.length;
                    resume = r.position;
                }
                if (resume < e) {
                    Codecs.Decoded rest = decode(java.util.Arrays.copyOfRange(data, resume, e), errors, true);
                    out.addAll(rest.text().codePoints());
                }
            }
        }
        if (inShift) {
            out.truncate(shiftOutStart);
            return new Codecs.Decoded(out.toStr(), startinpos);
        }
        return new Codecs.Decoded(out.toStr(), e);
    }
}
