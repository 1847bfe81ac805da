package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

/**
 * Set membership for the {@code IN} family of opcodes (CPython's {@code SRE(charset)}): a set is
 * a sequence of items ({@code LITERAL c}, {@code RANGE lo hi}, {@code CATEGORY k},
 * {@code CHARSET} 256-bit map, {@code BIGCHARSET} two-level map, {@code NEGATE},
 * {@code RANGE_UNI_IGNORE lo hi}) ending with {@code FAILURE}. The layout is checked by
 * {@link CodeValidator} before any matching, so reads stay inside the code array.
 */
final class SreCharset {
    private SreCharset() {}

    /**
     * {@link #contains}, answered for characters below 256 from a bitmap of the set built on first
     * use and kept in {@code cache[p]} (membership is a pure function of the character, so the
     * bitmap is exact; most subjects are mostly such characters).
     */
    static boolean in(long[][] cache, int[] code, int p, int ch) {
        if (ch < 256) {
            long[] bits = cache[p];
            if (bits == null) {
                bits = new long[4];
                for (int c = 0; c < 256; c++) {
                    if (contains(code, p, c)) {
                        bits[c >> 6] |= 1L << c;
                    }
                }
                cache[p] = bits;
            }
            return (bits[ch >> 6] & (1L << ch)) != 0;
        }
        return contains(code, p, ch);
    }

    /** Whether {@code ch} (a code point or byte, never negative) is in the set starting at {@code p}. */
    static boolean contains(int[] code, int p, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[p++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[p]) {
                        return ok;
                    }
                    p++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[p], ch)) {
                        return ok;
                    }
                    p++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[p + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    p += 8;
                    break;
                case RANGE:
                    if (inRange(code[p], code[p + 1], ch)) {
                        return ok;
                    }
                    p += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    // The character was lowered by the caller; its upper case may be in the range too.
                    if (inRange(code[p], code[p + 1], ch) || inRange(code[p], code[p + 1], SreChars.upperUnicode(ch))) {
                        return ok;
                    }
                    p += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int blocks = code[p++];
                    // 256 block numbers, one byte each, packed four to a code word in native
                    // (little-endian) order by re._compiler's memoryview cast.
                    int block = ch < 0x10000 ? (code[p + (ch >> 10)] >>> (((ch >> 8) & 3) * 8)) & 0xff : -1;
                    p += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[p + (bit >> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    p += blocks * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    /** {@code lo <= ch <= hi} with the bounds as unsigned code words. */
    private static boolean inRange(int lo, int hi, int ch) {
        return (lo & 0xFFFFFFFFL) <= ch && ch <= (hi & 0xFFFFFFFFL);
    }

    /** {@code SRE(charset_loc_ignore)}: the set holds the character's locale lower or upper case. */
    static boolean containsLocIgnore(long[][] cache, int[] code, int p, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (in(cache, code, p, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && in(cache, code, p, up);
    }
}
