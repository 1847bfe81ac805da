package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

import org.taipan.runtime.Unicode14;

/**
 * The character predicates and case mappings of the engine, as CPython's {@code sre.c} defines
 * them: the ASCII ones ({@code SRE_IS_DIGIT}, ...), the locale ones (for the C and UTF-8 locales a
 * program runs under, where {@code isalnum}/{@code tolower} of a byte act on ASCII only) and the
 * Unicode ones over the Unicode 14.0 database of CPython 3.11 ({@code Py_UNICODE_ISALNUM},
 * {@code _PyUnicode_ToLowercase}, ...). Case mappings are CPython's simple mappings, except that a
 * character with a special (multi-character) mapping maps to the first character of it, which is
 * what {@code _PyUnicode_ToUppercase} returns for such characters ({@code 'ß'} upper is {@code 'S'}).
 */
final class SreChars {
    private SreChars() {}

    private static final int DIGIT = 1, SPACE = 2, WORD = 4, ALPHA = 8;
    /** Flags of the ASCII characters. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT | WORD;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            ASCII[c] = WORD | ALPHA;
            ASCII[c - 32] = WORD | ALPHA;
        }
        ASCII['_'] = WORD;
        for (int c : new int[] {' ', '\t', '\n', 0x0b, '\f', '\r'}) {
            ASCII[c] = SPACE;
        }
    }

    /**
     * Characters whose {@code _PyUnicode_ToUppercase} is the first character of a special
     * (SpecialCasing.txt) mapping rather than the JDK's simple mapping: pairs of code point and
     * CPython's value, sorted.
     */
    private static final int[] UPPER_SPECIAL = {
            0xDF, 0x53, 0x149, 0x2BC, 0x1F0, 0x4A, 0x390, 0x399, 0x3B0, 0x3A5, 0x587, 0x535, 0x1E96, 0x48, 0x1E97, 0x54,
            0x1E98, 0x57, 0x1E99, 0x59, 0x1E9A, 0x41, 0x1F50, 0x3A5, 0x1F52, 0x3A5, 0x1F54, 0x3A5, 0x1F56, 0x3A5, 0x1F80,
            0x1F08, 0x1F81, 0x1F09, 0x1F82, 0x1F0A, 0x1F83, 0x1F0B, 0x1F84, 0x1F0C, 0x1F85, 0x1F0D, 0x1F86, 0x1F0E,
            0x1F87, 0x1F0F, 0x1F88, 0x1F08, 0x1F89, 0x1F09, 0x1F8A, 0x1F0A, 0x1F8B, 0x1F0B, 0x1F8C, 0x1F0C, 0x1F8D,
            0x1F0D, 0x1F8E, 0x1F0E, 0x1F8F, 0x1F0F, 0x1F90, 0x1F28, 0x1F91, 0x1F29, 0x1F92, 0x1F2A, 0x1F93, 0x1F2B,
            0x1F94, 0x1F2C, 0x1F95, 0x1F2D, 0x1F96, 0x1F2E, 0x1F97, 0x1F2F, 0x1F98, 0x1F28, 0x1F99, 0x1F29, 0x1F9A,
            0x1F2A, 0x1F9B, 0x1F2B, 0x1F9C, 0x1F2C, 0x1F9D, 0x1F2D, 0x1F9E, 0x1F2E, 0x1F9F, 0x1F2F, 0x1FA0, 0x1F68,
            0x1FA1, 0x1F69, 0x1FA2, 0x1F6A, 0x1FA3, 0x1F6B, 0x1FA4, 0x1F6C, 0x1FA5, 0x1F6D, 0x1FA6, 0x1F6E, 0x1FA7,
            0x1F6F, 0x1FA8, 0x1F68, 0x1FA9, 0x1F69, 0x1FAA, 0x1F6A, 0x1FAB, 0x1F6B, 0x1FAC, 0x1F6C, 0x1FAD, 0x1F6D,
            0x1FAE, 0x1F6E, 0x1FAF, 0x1F6F, 0x1FB2, 0x1FBA, 0x1FB3, 0x391, 0x1FB4, 0x386, 0x1FB6, 0x391, 0x1FB7, 0x391,
            0x1FBC, 0x391, 0x1FC2, 0x1FCA, 0x1FC3, 0x397, 0x1FC4, 0x389, 0x1FC6, 0x397, 0x1FC7, 0x397, 0x1FCC, 0x397,
            0x1FD2, 0x399, 0x1FD3, 0x399, 0x1FD6, 0x399, 0x1FD7, 0x399, 0x1FE2, 0x3A5, 0x1FE3, 0x3A5, 0x1FE4, 0x3A1,
            0x1FE6, 0x3A5, 0x1FE7, 0x3A5, 0x1FF2, 0x1FFA, 0x1FF3, 0x3A9, 0x1FF4, 0x38F, 0x1FF6, 0x3A9, 0x1FF7, 0x3A9,
            0x1FFC, 0x3A9, 0xFB00, 0x46, 0xFB01, 0x46, 0xFB02, 0x46, 0xFB03, 0x46, 0xFB04, 0x46, 0xFB05, 0x53, 0xFB06,
            0x53, 0xFB13, 0x544, 0xFB14, 0x544, 0xFB15, 0x544, 0xFB16, 0x54E, 0xFB17, 0x544
    };

    // ---- ASCII (and locale, which acts as ASCII under the C and UTF-8 locales) ----

    static boolean isDigit(int c) {
        return c < 128 && c >= 0 && (ASCII[c] & DIGIT) != 0;
    }

    static boolean isSpace(int c) {
        return c < 128 && c >= 0 && (ASCII[c] & SPACE) != 0;
    }

    static boolean isWord(int c) {
        return c < 128 && c >= 0 && (ASCII[c] & WORD) != 0;
    }

    static boolean isLinebreak(int c) {
        return c == '\n';
    }

    /** {@code sre_lower_ascii}. */
    static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upperAscii(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /** {@code ascii_iscased}: an ASCII letter. */
    static boolean asciiIsCased(int c) {
        return c >= 0 && c < 128 && (ASCII[c] & ALPHA) != 0;
    }

    /** {@code SRE_LOC_IS_WORD}. */
    static boolean isLocWord(int c) {
        return isWord(c);
    }

    /** {@code sre_lower_locale}. */
    static int lowerLocale(int c) {
        return lowerAscii(c);
    }

    /** {@code sre_upper_locale}. */
    static int upperLocale(int c) {
        return upperAscii(c);
    }

    /** {@code char_loc_ignore}: {@code c} equals the pattern character directly or through its case. */
    static boolean charLocIgnore(int pattern, int c) {
        return c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern;
    }

    // ---- Unicode ----

    /** {@code Py_UNICODE_ISDECIMAL}. */
    static boolean uniIsDigit(int c) {
        if (c < 128) {
            return isDigit(c);
        }
        return Unicode14.isDecimal(c);
    }

    /** {@code Py_UNICODE_ISSPACE}: bidirectional types WS, B, S or category Zs. */
    static boolean uniIsSpace(int c) {
        if (c < 128) {
            return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** {@code Py_UNICODE_ISLINEBREAK}. */
    static boolean uniIsLinebreak(int c) {
        return c >= 0x0a && c <= 0x0d || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code Py_UNICODE_ISALNUM} or {@code '_'}. */
    static boolean uniIsWord(int c) {
        if (c < 128) {
            return isWord(c);
        }
        return Unicode14.isAlpha(c) || Unicode14.isNumeric(c);
    }

    /** {@code sre_lower_unicode} ({@code _PyUnicode_ToLowercase}). */
    static int lowerUnicode(int c) {
        if (c < 128) {
            return lowerAscii(c);
        }
        if (Unicode14.isNewer(c)) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    /** {@code sre_upper_unicode} ({@code _PyUnicode_ToUppercase}). */
    static int upperUnicode(int c) {
        if (c < 128) {
            return upperAscii(c);
        }
        if (Unicode14.isNewer(c) || Unicode14.upperMappingSince15(c)) {
            return c;
        }
        int lo = 0, hi = UPPER_SPECIAL.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = UPPER_SPECIAL[2 * mid];
            if (c < k) {
                hi = mid - 1;
            } else if (c > k) {
                lo = mid + 1;
            } else {
                return UPPER_SPECIAL[2 * mid + 1];
            }
        }
        return Character.toUpperCase(c);
    }

    /** {@code unicode_iscased}: the character changes under lower or upper case mapping. */
    static boolean unicodeIsCased(int c) {
        return c != lowerUnicode(c) || c != upperUnicode(c);
    }

    // ---- categories ----

    /** {@code sre_category}: whether {@code c} is in category {@code category}; false for an unknown category. */
    static boolean category(int category, int c) {
        return switch (category) {
            case CATEGORY_DIGIT -> isDigit(c);
            case CATEGORY_NOT_DIGIT -> !isDigit(c);
            case CATEGORY_SPACE -> isSpace(c);
            case CATEGORY_NOT_SPACE -> !isSpace(c);
            case CATEGORY_WORD -> isWord(c);
            case CATEGORY_NOT_WORD -> !isWord(c);
            case CATEGORY_LINEBREAK -> isLinebreak(c);
            case CATEGORY_NOT_LINEBREAK -> !isLinebreak(c);
            case CATEGORY_LOC_WORD -> isLocWord(c);
            case CATEGORY_LOC_NOT_WORD -> !isLocWord(c);
            case CATEGORY_UNI_DIGIT -> uniIsDigit(c);
            case CATEGORY_UNI_NOT_DIGIT -> !uniIsDigit(c);
            case CATEGORY_UNI_SPACE -> uniIsSpace(c);
            case CATEGORY_UNI_NOT_SPACE -> !uniIsSpace(c);
            case CATEGORY_UNI_WORD -> uniIsWord(c);
            case CATEGORY_UNI_NOT_WORD -> !uniIsWord(c);
            case CATEGORY_UNI_LINEBREAK -> uniIsLinebreak(c);
            case CATEGORY_UNI_NOT_LINEBREAK -> !uniIsLinebreak(c);
            default -> false;
        };
    }
}
