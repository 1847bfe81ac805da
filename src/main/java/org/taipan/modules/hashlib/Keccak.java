package org.taipan.modules.hashlib;

/**
 * The Keccak-f[1600] sponge (FIPS 202) with the SHAKE domain suffix: {@code shake_128}
 * (rate 168 bytes) and {@code shake_256} (rate 136), whose output length is chosen at each
 * {@code digest(length)}. The JDK has SHA-3 but no SHAKE.
 */
final class Keccak extends HashEngine {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of lane x + 5y. */
    private static final int[] ROT = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    private final String name;
    private final int rate;
    private final long[] state;
    private final byte[] buf;
    private int pos;

    Keccak(String name, int rate) {
        this(name, rate, new long[25], new byte[rate], 0);
    }

    private Keccak(String name, int rate, long[] state, byte[] buf, int pos) {
        this.name = name;
        this.rate = rate;
        this.state = state;
        this.buf = buf;
        this.pos = pos;
    }

    @Override
    String name() {
        return name;
    }

    @Override
    int digestSize() {
        return 0;
    }

    @Override
    int blockSize() {
        return rate;
    }

    @Override
    void update(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            buf[pos++] = b[off + i];
            if (pos == rate) {
                absorb(state, buf);
                pos = 0;
            }
        }
    }

    private void absorb(long[] s, byte[] block) {
        for (int i = 0; i < rate / 8; i++) {
            long lane = 0;
            for (int k = 7; k >= 0; k--) {
                lane = (lane << 8) | (block[8 * i + k] & 0xff);
            }
            s[i] ^= lane;
        }
        permute(s);
    }

    @Override
    byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = java.util.Arrays.copyOf(buf, rate);
        java.util.Arrays.fill(last, pos, rate, (byte) 0);
        last[pos] ^= 0x1f;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        int n = 0;
        while (true) {
            for (int i = 0; i < rate && n < length; i++, n++) {
                out[n] = (byte) (s[i / 8] >>> (8 * (i % 8)));
            }
            if (n >= length) {
                return out;
            }
            permute(s);
        }
    }

    @Override
    HashEngine copy() {
        return new Keccak(name, rate, state.clone(), buf.clone(), pos);
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    // rho and pi: lane (x, y) goes to (y, 2x + 3y).
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= RC[round];
        }
    }
}
