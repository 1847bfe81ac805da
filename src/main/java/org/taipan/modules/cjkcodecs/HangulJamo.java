package org.taipan.modules.cjkcodecs;

import java.nio.charset.Charset;

/**
 * The jamo of KS X 1001's row 4 in the order Unicode composes Hangul syllables
 * (19 initial consonants, 21 vowels, 27 final consonants), for EUC-KR's make-up sequences.
 * Nothing is tabled by hand: the conjoining jamo U+1100..U+11C2 are matched by Unicode name
 * ("HANGUL CHOSEONG KIYEOK", "HANGUL LETTER KIYEOK") to the compatibility jamo U+3131..U+3163,
 * whose KS X 1001 bytes the JDK's EUC-KR gives.
 */
final class HangulJamo {
    private HangulJamo() {}

    private static final int SYLLABLE_BASE = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    /** KS X 1001 trail byte (after 0xA4) of each initial, vowel and final (index 0 of finals: the filler). */
    private static final int[] INITIAL = new int[19];
    private static final int[] VOWEL = new int[21];
    private static final int[] FINAL = new int[28];

    static {
        Charset euc = Charset.forName("EUC-KR");
        fill(INITIAL, 0x1100, "HANGUL CHOSEONG ", euc);
        fill(VOWEL, 0x1161, "HANGUL JUNGSEONG ", euc);
        fill(FINAL, 0x11A7, "HANGUL JONGSEONG ", euc);
        FINAL[0] = 0xD4;
    }

    private static void fill(int[] table, int first, String prefix, Charset euc) {
        for (int i = 0; i < table.length; i++) {
            String name = Character.getName(first + i);
            if (name == null || !name.startsWith(prefix)) {
                continue;
            }
            String letter = "HANGUL LETTER " + name.substring(prefix.length());
            for (int c = 0x3131; c <= 0x3163; c++) {
                if (letter.equals(Character.getName(c))) {
                    byte[] b = String.valueOf((char) c).getBytes(euc);
                    table[i] = b.length == 2 ? b[1] & 0xff : 0;
                }
            }
        }
    }

    /** The eight bytes that write syllable {@code c} in EUC-KR, or null when it is no Hangul syllable. */
    static byte[] makeUp(char c) {
        if (c < SYLLABLE_BASE || c > SYLLABLE_LAST) {
            return null;
        }
        int s = c - SYLLABLE_BASE;
        int initial = INITIAL[s / 588];
        int vowel = VOWEL[s / 28 % 21];
        int last = FINAL[s % 28];
        if (initial == 0 || vowel == 0 || last == 0) {
            return null;
        }
        return new byte[] {(byte) 0xA4, (byte) 0xD4, (byte) 0xA4, (byte) initial, (byte) 0xA4, (byte) vowel,
            (byte) 0xA4, (byte) last};
    }

    /**
     * The syllable the jamo after a make-up sequence's filler compose (each given as 0xA4 and its
     * trail byte), or -1 when they are not an initial, a vowel and a final (or the filler).
     */
    static int compose(int l1, int t1, int l2, int t2, int l3, int t3) {
        if (l1 != 0xA4 || l2 != 0xA4 || l3 != 0xA4) {
            return -1;
        }
        int i = indexOf(INITIAL, t1);
        int v = indexOf(VOWEL, t2);
        int f = t3 == 0xD4 ? 0 : indexOf(FINAL, t3);
        if (i < 0 || v < 0 || f <= 0 && t3 != 0xD4) {
            return -1;
        }
        return SYLLABLE_BASE + i * 588 + v * 28 + f;
    }

    private static int indexOf(int[] table, int trail) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == trail && trail != 0) {
                return i;
            }
        }
        return -1;
    }
}
