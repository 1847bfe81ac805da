package org.taipan.modules.hashlib;

/**
 * BLAKE2b (64-bit words, 128-byte blocks, 12 rounds) and BLAKE2s (32-bit words, 64-byte
 * blocks, 10 rounds) per RFC 7693, with the full parameter block CPython's {@code _blake2}
 * exposes: digest size, key, salt, personalization, fanout, depth, leaf size, node offset,
 * node depth, inner size and the last-node flag (tree hashing). The JDK has no BLAKE2.
 */
abstract class Blake2 extends HashEngine {
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    final int digestSize;
    final boolean lastNode;
    byte[] buf;
    int pos;

    Blake2(int digestSize, boolean lastNode, int blockSize) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        this.buf = new byte[blockSize];
    }

    @Override
    int digestSize() {
        return digestSize;
    }

    @Override
    int blockSize() {
        return buf.length;
    }

    @Override
    void update(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (pos == buf.length) {
                // The block is compressed only once more input follows: the last block is final.
                compressBuffer(false);
                pos = 0;
            }
            buf[pos++] = b[off + i];
        }
    }

    /** Adds {@code pos} to the counter and compresses {@code buf} (zero padded) as the final block or not. */
    abstract void compressBuffer(boolean last);

    /** Feeds the key as a first block of its own (zero padded). */
    void keyBlock(byte[] key) {
        if (key.length > 0) {
            byte[] block = new byte[buf.length];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, block.length);
        }
    }

    static long le64(byte[] b, int at) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = (v << 8) | (b[at + k] & 0xff);
        }
        return v;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** A BLAKE2b engine for the parameters (sizes in bytes; ranges checked by the caller). */
    static Blake2 b(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        byte[] p = new byte[64];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int k = 0; k < 4; k++) {
            p[4 + k] = (byte) (leafSize >>> (8 * k));
        }
        for (int k = 0; k < 8; k++) {
            p[8 + k] = (byte) (nodeOffset >>> (8 * k));
        }
        p[16] = (byte) nodeDepth;
        p[17] = (byte) innerSize;
        System.arraycopy(salt, 0, p, 32, salt.length);
        System.arraycopy(person, 0, p, 48, person.length);
        B e = new B(digestSize, lastNode);
        for (int i = 0; i < 8; i++) {
            e.h[i] = B.IV[i] ^ le64(p, 8 * i);
        }
        e.keyBlock(key);
        return e;
    }

    /** A BLAKE2s engine for the parameters (sizes in bytes; ranges checked by the caller). */
    static Blake2 s(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        byte[] p = new byte[32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int k = 0; k < 4; k++) {
            p[4 + k] = (byte) (leafSize >>> (8 * k));
        }
        for (int k = 0; k < 6; k++) {
            p[8 + k] = (byte) (nodeOffset >>> (8 * k));
        }
        p[14] = (byte) nodeDepth;
        p[15] = (byte) innerSize;
        System.arraycopy(salt, 0, p, 16, salt.length);
        System.arraycopy(person, 0, p, 24, person.length);
        S e = new S(digestSize, lastNode);
        for (int i = 0; i < 8; i++) {
            e.h[i] = S.IV[i] ^ le32(p, 4 * i);
        }
        e.keyBlock(key);
        return e;
    }

    private static final class B extends Blake2 {
        static final long[] IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
        };
        long[] h = new long[8];
        long t0, t1;

        B(int digestSize, boolean lastNode) {
            super(digestSize, lastNode, 128);
        }

        @Override
        String name() {
            return "blake2b";
        }

        @Override
        void compressBuffer(boolean last) {
            t0 += pos;
            if (Long.compareUnsigned(t0, pos) < 0) {
                t1++;
            }
            java.util.Arrays.fill(buf, pos, buf.length, (byte) 0);
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le64(buf, 8 * i);
            }
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 12; r++) {
                int[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] += v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] += v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        @Override
        byte[] digest(int length) {
            B c = (B) copy();
            c.compressBuffer(true);
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (c.h[i / 8] >>> (8 * (i % 8)));
            }
            return out;
        }

        @Override
        HashEngine copy() {
            B c = new B(digestSize, lastNode);
            c.h = h.clone();
            c.t0 = t0;
            c.t1 = t1;
            c.buf = buf.clone();
            c.pos = pos;
            return c;
        }
    }

    private static final class S extends Blake2 {
        static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        };
        int[] h = new int[8];
        long t;

        S(int digestSize, boolean lastNode) {
            super(digestSize, lastNode, 64);
        }

        @Override
        String name() {
            return "blake2s";
        }

        @Override
        void compressBuffer(boolean last) {
            t += pos;
            java.util.Arrays.fill(buf, pos, buf.length, (byte) 0);
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le32(buf, 4 * i);
            }
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 10; r++) {
                int[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] += v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] += v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        byte[] digest(int length) {
            S c = (S) copy();
            c.compressBuffer(true);
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (c.h[i / 4] >>> (8 * (i % 4)));
            }
            return out;
        }

        @Override
        HashEngine copy() {
            S c = new S(digestSize, lastNode);
            c.h = h.clone();
            c.t = t;
            c.buf = buf.clone();
            c.pos = pos;
            return c;
        }
    }
}
