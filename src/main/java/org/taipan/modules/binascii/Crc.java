package org.taipan.modules.binascii;

/**
 * The checksums of {@code binascii} and {@code zlib}: CRC-32 (the zlib polynomial, reflected,
 * continuing from any previous value, which {@link java.util.zip.CRC32} cannot do), Adler-32
 * from any previous value, and CRC-CCITT ({@code crc_hqx}).
 */
public final class Crc {
    private Crc() {}

    private static final int[] CRC32 = new int[256];
    private static final int[] HQX = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX[n] = h & 0xffff;
        }
    }

    /** CRC-32 of {@code b[off:off+len]} continuing from {@code crc} (unsigned 32-bit in a long). */
    public static long crc32(byte[] b, int off, int len, long crc) {
        int c = ~(int) crc;
        for (int i = off; i < off + len; i++) {
            c = CRC32[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** Adler-32 of {@code b[off:off+len]} continuing from {@code adler}. */
    public static long adler32(byte[] b, int off, int len, long adler) {
        long s1 = adler & 0xffff;
        long s2 = (adler >>> 16) & 0xffff;
        int i = off;
        int end = off + len;
        while (i < end) {
            int n = Math.min(end - i, 5552);
            for (int k = 0; k < n; k++) {
                s1 += b[i++] & 0xff;
                s2 += s1;
            }
            s1 %= 65521;
            s2 %= 65521;
        }
        return (s2 << 16) | s1;
    }

    /** CRC-CCITT (polynomial 0x1021, not reflected) continuing from {@code crc} (16 bits). */
    public static int crcHqx(byte[] b, int crc) {
        int c = crc & 0xffff;
        for (byte x : b) {
            c = ((c << 8) & 0xff00) ^ HQX[((c >> 8) ^ x) & 0xff];
        }
        return c;
    }
}
