package org.taipan.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.taipan.modules.binascii.Crc;

/**
 * A deflate stream over {@link Deflater} in one of zlib's framings: zlib (the JDK's own
 * header and Adler-32 trailer), raw, or gzip (the header zlib writes, with mtime 0, the
 * compression-level hint and OS 3, then the CRC-32 and length trailer). The deflater's
 * bytes are zlib's own, so compressed output equals CPython's.
 */
final class ZCompressor {
    static final int NO_FLUSH = 0, PARTIAL_FLUSH = 1, SYNC_FLUSH = 2, FULL_FLUSH = 3, FINISH = 4, BLOCK = 5;

    private final Deflater deflater;
    private final Framing framing;
    private final int level;
    private boolean headerDone;
    private long crc;
    private long size;
    boolean finished;

    ZCompressor(int level, Framing framing, int strategy, byte[] zdict) {
        this.level = level;
        this.framing = framing;
        this.deflater = new Deflater(level, framing != Framing.ZLIB);
        if (strategy == 1 || strategy == 2) {
            deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : Deflater.HUFFMAN_ONLY);
        }
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    private ZCompressor(ZCompressor o, Deflater copy) {
        this.level = o.level;
        this.framing = o.framing;
        this.deflater = copy;
    }

    private void header(ByteArrayOutputStream out) {
        if (!headerDone && framing == Framing.GZIP) {
            int xfl = level == 9 ? 2 : level == 1 || level == 0 ? 4 : 0;
            out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
        }
        headerDone = true;
    }

    /** Compresses {@code data}; returns what the deflater released so far. */
    byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        if (framing == Framing.GZIP) {
            crc = Crc.crc32(data, 0, data.length, crc);
            size += data.length;
        }
        deflater.setInput(data);
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code flush(mode)}: NO_FLUSH returns nothing; FINISH ends the stream (trailer included). */
    byte[] flush(int mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (mode == NO_FLUSH) {
            return new byte[0];
        }
        header(out);
        byte[] buf = new byte[16384];
        if (mode == FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            if (framing == Framing.GZIP) {
                for (long v : new long[] {crc, size}) {
                    for (int k = 0; k < 4; k++) {
                        out.write((int) (v >>> (8 * k)));
                    }
                }
            }
            deflater.end();
            finished = true;
        } else {
            int jmode = mode == FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, jmode);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    /** One-shot {@code zlib.compress}. */
    static byte[] compressAll(byte[] data, int level, Framing framing) {
        ZCompressor c = new ZCompressor(level, framing, 0, null);
        byte[] a = c.compress(data);
        byte[] b = c.flush(FINISH);
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
