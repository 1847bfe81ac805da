package org.taipan.runtime;

/**
 * The hashing of {@code str} and {@code bytes} as CPython 3.11 does it ({@code Python/pyhash.c},
 * {@code Py_HASH_ALGORITHM} = SipHash-1-3, {@code Py_HASH_CUTOFF} = 0): SipHash-1-3 with a
 * 128-bit key over the bytes, the empty input hashing to 0 and -1 replaced by -2.
 *
 * <p>The key is the process's, as in CPython ({@code Python/bootstrap_hash.c}): it comes from
 * the {@code PYTHONHASHSEED} environment variable (or the system property
 * {@code taipan.hashseed}, which wins) when the first hash is taken. Unset or {@code random}:
 * random bytes. {@code 0}: an all-zero key (randomisation disabled). A decimal {@code N} in
 * [1, 4294967295]: the bytes of CPython's linear congruential generator seeded with N. So with
 * the same seed Taipan's string hashes, and the orders of sets and dicts of strings, are
 * CPython's. The key is process-wide rather than per {@link Interpreter} because strings (and
 * their cached hashes) are shared between interpreters in one JVM.
 */
public final class PyHash {
    private PyHash() {}

    /** The key words: CPython's {@code _Py_HashSecret.siphash.k0/k1} (bytes 0-7 and 8-15, little-endian). */
    private static final class Key {
        static final long K0;
        static final long K1;

        static {
            byte[] secret = secret(seedSetting());
            K0 = littleEndianLong(secret, 0);
            K1 = littleEndianLong(secret, 8);
        }
    }

    private static String seedSetting() {
        String s = System.getProperty("taipan.hashseed");
        return s != null ? s : System.getenv("PYTHONHASHSEED");
    }

    /** {@link #parseSeed}'s answer for {@code random} or no setting. */
    public static final long RANDOM_SEED = -1;

    /** {@link #parseSeed}'s answer for a value CPython refuses to start with. */
    public static final long INVALID_SEED = -2;

    /**
     * A {@code PYTHONHASHSEED} value as CPython's {@code config_init_hash_seed} reads it (an empty
     * variable counts as unset): {@link #RANDOM_SEED} for null, empty or {@code random}; a
     * decimal number in [0, 4294967295], with {@code strtoul}'s leading blanks and sign allowed,
     * as that number; {@link #INVALID_SEED} for anything else ({@code -1} too: strtoul wraps it).
     */
    public static long parseSeed(String seed) {
        if (seed == null || seed.isEmpty() || seed.equals("random")) {
            return RANDOM_SEED;
        }
        int i = 0;
        while (i < seed.length() && " \t\n\u000b\f\r".indexOf(seed.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < seed.length() && (seed.charAt(i) == '+' || seed.charAt(i) == '-')) {
            negative = seed.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long n = 0;
        while (i < seed.length() && seed.charAt(i) >= '0' && seed.charAt(i) <= '9') {
            n = n * 10 + (seed.charAt(i) - '0');
            if (n > 4294967295L) {
                return INVALID_SEED;
            }
            i++;
        }
        if (i == digits || i != seed.length() || negative && n != 0) {
            return INVALID_SEED;
        }
        return n;
    }

    /**
     * Whether string hashes are randomised: false only for the seed 0 ({@code sys.flags.hash_randomization}).
     * Reading it fixes the process's key if no hash was taken yet.
     */
    public static boolean randomized() {
        return Key.K0 != 0 || Key.K1 != 0;
    }

    /**
     * The 24 bytes of CPython's {@code _Py_HashSecret} for a {@code PYTHONHASHSEED} value
     * ({@code null} for unset). An unparsable value counts as unset here: the command line
     * refuses it with CPython's fatal error before any hash is taken.
     */
    static byte[] secret(String seed) {
        byte[] secret = new byte[24];
        long n = parseSeed(seed);
        if (n < 0) {
            Entropy.fill(secret);
        } else if (n > 0) {
            // lcg_urandom: an unsigned 32-bit LCG, each byte bits 16-23 of the next state.
            int x = (int) n;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        }
        return secret;
    }

    private static long littleEndianLong(byte[] b, int off) {
        long r = 0;
        for (int i = 7; i >= 0; i--) {
            r = (r << 8) | (b[off + i] & 0xff);
        }
        return r;
    }

    /**
     * SipHash-1-3 of {@code data} under the key ({@code k0}, 0), as CPython's {@code _Py_KeyedHash}
     * ({@code _imp.source_hash}, the hash of a hash-based {@code .pyc}): independent of the process's
     * hash secret, and never adjusted away from -1.
     */
    public static long keyed(long k0, byte[] data) {
        Sip s = new Sip(k0, 0);
        for (byte b : data) {
            s.add(b & 0xff);
        }
        return s.finish(data.length);
    }

    /** {@code hash(bytes)}: {@code _Py_HashBytes} over {@code b[off, off + len)}. */
    public static long bytes(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        Sip s = new Sip();
        for (int i = 0; i < len; i++) {
            s.add(b[off + i] & 0xff);
        }
        return fix(s.finish(len));
    }

    /**
     * {@code hash(str)}: the hash of the PEP 393 representation, each code point as 1, 2 or 4
     * little-endian bytes according to the widest code point of the string.
     */
    public static long str(PyStr s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        if (s.isSimple()) {
            return simpleStr(s.toString());
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        Sip sip = new Sip();
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            sip.add(c & 0xff);
            if (kind > 1) {
                sip.add((c >>> 8) & 0xff);
                if (kind > 2) {
                    sip.add((c >>> 16) & 0xff);
                    sip.add(c >>> 24);
                }
            }
        }
        return fix(sip.finish((long) n * kind));
    }

    /**
     * {@link #str} of a non-empty string whose chars are its code points (no surrogates): the
     * same bytes (1 per char when every char is below 256, else 2, little-endian) packed into the
     * 64-bit message words directly, 8 or 4 chars per SipHash compression, rather than fed one
     * byte at a time. Dict and set lookups of fresh strings (split words, concatenated keys) hash
     * on every lookup.
     */
    private static long simpleStr(String v) {
        int n = v.length();
        boolean latin1 = true;
        for (int i = 0; i < n; i++) {
            if (v.charAt(i) > 0xff) {
                latin1 = false;
                break;
            }
        }
        Sip sip = new Sip();
        int i = 0;
        long last = 0;
        long total;
        if (latin1) {
            for (int full = n & ~7; i < full; i += 8) {
                sip.compress(v.charAt(i) | (long) v.charAt(i + 1) << 8 | (long) v.charAt(i + 2) << 16
                        | (long) v.charAt(i + 3) << 24 | (long) v.charAt(i + 4) << 32 | (long) v.charAt(i + 5) << 40
                        | (long) v.charAt(i + 6) << 48 | (long) v.charAt(i + 7) << 56);
            }
            for (int shift = 0; i < n; i++, shift += 8) {
                last |= (long) v.charAt(i) << shift;
            }
            total = n;
        } else {
            for (int full = n & ~3; i < full; i += 4) {
                sip.compress(v.charAt(i) | (long) v.charAt(i + 1) << 16 | (long) v.charAt(i + 2) << 32
                        | (long) v.charAt(i + 3) << 48);
            }
            for (int shift = 0; i < n; i++, shift += 16) {
                last |= (long) v.charAt(i) << shift;
            }
            total = 2L * n;
        }
        return fix(sip.finishWord(last | (total << 56)));
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** SipHash-1-3 fed one byte at a time: one compression round per 8-byte word, three to finish. */
    private static final class Sip {
        long v0, v1, v2, v3;
        long word;
        int filled;

        /** Keyed by the process's hash secret. */
        Sip() {
            this(Key.K0, Key.K1);
        }

        Sip(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void add(int b) {
            word |= (long) b << (8 * filled);
            if (++filled == 8) {
                compress(word);
                word = 0;
                filled = 0;
            }
        }

        void compress(long m) {
            v3 ^= m;
            round();
            v0 ^= m;
        }

        long finish(long totalLength) {
            return finishWord(word | (totalLength << 56));
        }

        /** The last block (the remaining bytes with the total length in the top byte), then finalization. */
        long finishWord(long last) {
            compress(last);
            v2 ^= 0xff;
            round();
            round();
            round();
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void round() {
            v0 += v1;
            v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1;
            v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
