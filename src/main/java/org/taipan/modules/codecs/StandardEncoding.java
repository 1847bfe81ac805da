package org.taipan.modules.codecs;

import java.io.ByteArrayOutputStream;

/**
 * The UTF encodings the {@code surrogatepass} handler knows, recognised by name as CPython's
 * {@code get_standard_encoding} does ({@code Python/codecs.c}): "utf" in any case, an optional
 * '-' or '_', then "8", or "16"/"32" with an optional byte order ("be"/"le", after an optional
 * separator; none means the machine's, little-endian here); also "CP_UTF8".
 */
enum StandardEncoding {
    UTF8(3, false), UTF16BE(2, true), UTF16LE(2, false), UTF32BE(4, true), UTF32LE(4, false);

    /** Bytes per encoded surrogate. */
    final int width;
    private final boolean bigEndian;

    StandardEncoding(int width, boolean bigEndian) {
        this.width = width;
        this.bigEndian = bigEndian;
    }

    /** The encoding called {@code name}, or null when {@code surrogatepass} does not support it. */
    static StandardEncoding of(String name) {
        if (name.equals("CP_UTF8")) {
            return UTF8;
        }
        if (name.length() < 3 || !name.substring(0, 3).equalsIgnoreCase("utf")) {
            return null;
        }
        String rest = skipSeparator(name.substring(3));
        if (rest.equals("8")) {
            return UTF8;
        }
        boolean sixteen = rest.startsWith("16");
        if (!sixteen && !rest.startsWith("32")) {
            return null;
        }
        String order = rest.substring(2);
        if (order.isEmpty()) {
            return sixteen ? UTF16LE : UTF32LE;
        }
        order = skipSeparator(order);
        if (order.length() != 2 || Character.toLowerCase(order.charAt(1)) != 'e') {
            return null;
        }
        return switch (Character.toLowerCase(order.charAt(0))) {
            case 'b' -> sixteen ? UTF16BE : UTF32BE;
            case 'l' -> sixteen ? UTF16LE : UTF32LE;
            default -> null;
        };
    }

    private static String skipSeparator(String s) {
        return s.startsWith("-") || s.startsWith("_") ? s.substring(1) : s;
    }

    /** Appends the surrogate {@code c} in this encoding (UTF-8's three-byte form for UTF-8). */
    void write(ByteArrayOutputStream out, int c) {
        if (this == UTF8) {
            out.write(0xE0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
            return;
        }
        for (int k = 0; k < width; k++) {
            out.write(c >> (bigEndian ? 8 * (width - 1 - k) : 8 * k) & 0xFF);
        }
    }

    /**
     * The code unit encoded at {@code data[start]}, or 0 when fewer than {@link #width} bytes
     * remain or (UTF-8) they are not a three-byte sequence: the caller then fails as CPython does.
     */
    int read(byte[] data, long start) {
        if (start < 0 || data.length - start < width) {
            return 0;
        }
        int p = (int) start;
        if (this == UTF8) {
            if ((data[p] & 0xF0) != 0xE0 || (data[p + 1] & 0xC0) != 0x80 || (data[p + 2] & 0xC0) != 0x80) {
                return 0;
            }
            return (data[p] & 0x0F) << 12 | (data[p + 1] & 0x3F) << 6 | data[p + 2] & 0x3F;
        }
        int c = 0;
        for (int k = 0; k < width; k++) {
            c |= (data[p + k] & 0xFF) << (bigEndian ? 8 * (width - 1 - k) : 8 * k);
        }
        return c;
    }
}
