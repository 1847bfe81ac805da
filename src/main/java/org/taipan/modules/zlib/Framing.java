package org.taipan.modules.zlib;

/**
 * What a {@code wbits} value selects, as zlib reads it: 9..15 a zlib stream, -9..-15 raw
 * deflate, 25..31 gzip, 40..47 (decompression only) zlib or gzip detected from the header.
 * The JDK's deflater always uses a 32 KiB window; 0 (decompression) means "from the header".
 */
enum Framing {
    ZLIB, RAW, GZIP, AUTO;

    /** The framing for {@code wbits}, or null when zlib would reject it. */
    static Framing of(long wbits, boolean compress) {
        if (wbits >= 8 && wbits <= 15 || (!compress && wbits == 0)) {
            return ZLIB;
        }
        // zlib 1.2.9+ deflateInit2 refuses an 8-bit window without the zlib wrapper (-8, 24)
        if (wbits >= -15 && wbits <= (compress ? -9 : -8)) {
            return RAW;
        }
        if (wbits >= (compress ? 25 : 24) && wbits <= 31 || (!compress && wbits == 16)) {
            return GZIP;
        }
        if (!compress && (wbits >= 40 && wbits <= 47 || wbits == 32)) {
            return AUTO;
        }
        return null;
    }
}
