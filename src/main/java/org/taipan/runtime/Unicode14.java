package org.taipan.runtime;

/**
 * The character data of CPython 3.11, which is Unicode 14.0, where the JDK's
 * {@link Character} (Unicode 15 and later) or its lack of a property differs. The ranges were
 * derived by comparing the JDK's tables with CPython 3.11's {@code unicodedata} (14.0.0); they
 * are sorted, inclusive pairs of code points.
 */
public final class Unicode14 {
    private Unicode14() {}

    /** Characters the JDK assigns but Unicode 14.0 does not: CPython treats them as unassigned. */
    private static final int[] NEWER = {
            0x897, 0x897, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A,
            0x2427, 0x2429, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC,
            0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4,
            0x10EFC, 0x10EFF, 0x1123F, 0x11241, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E,
            0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA,
            0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09,
            0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F5A,
            0x1342F, 0x1342F, 0x13439, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79,
            0x18CFF, 0x18CFF, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3,
            0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E4D0, 0x1E4F9,
            0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F776, 0x1F77B, 0x1F77F,
            0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA89,
            0x1FA8F, 0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FACE, 0x1FACF,
            0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAE9, 0x1FAF7, 0x1FAF8, 0x1FBCB, 0x1FBEF,
            0x2B739, 0x2B739, 0x2EBF0, 0x2EE5D, 0x31350, 0x323AF
    };

    /** Numeric_Type=Digit characters that are not decimal digits (superscripts, circled digits, ...): {@code isdigit}. */
    private static final int[] DIGIT = {
            0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
            0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
            0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
            0x11052, 0x1105A, 0x1F100, 0x1F10A
    };

    /** Letters with a Numeric_Type=Numeric value (CJK numerals, ...): numeric for {@code isnumeric}. */
    private static final int[] NUMERIC_LETTER = {
            0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00, 0x4E03, 0x4E03,
            0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4E96, 0x4E96,
            0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8, 0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104, 0x5104,
            0x5146, 0x5146, 0x5169, 0x5169, 0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345,
            0x534C, 0x534C, 0x53C1, 0x53C4, 0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A,
            0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10, 0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2, 0x67D2,
            0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x8086, 0x8086, 0x842C, 0x842C, 0x8CAE, 0x8CAE,
            0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964C, 0x964C, 0x9678, 0x9678,
            0x96F6, 0x96F6, 0xF96B, 0xF96B, 0xF973, 0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1,
            0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD, 0x20001, 0x20001, 0x20064, 0x20064, 0x200E2, 0x200E2,
            0x20121, 0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C, 0x2099C,
            0x20AEA, 0x20AEA, 0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390, 0x22998, 0x22998,
            0x23B1B, 0x23B1B, 0x2626D, 0x2626D, 0x2F890, 0x2F890
    };

    private static boolean in(int[] ranges, int c) {
        int lo = 0, hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The first code point assigned after Unicode 14.0 (every smaller one agrees). */
    private static final int FIRST_NEWER = NEWER[0];

    /** Whether {@code c} was assigned after Unicode 14.0 (CPython 3.11 sees it as unassigned, category Cn). */
    public static boolean isNewer(int c) {
        return c >= FIRST_NEWER && in(NEWER, c);
    }

    /** Whether any code point of {@code s} was assigned after Unicode 14.0. */
    public static boolean hasNewer(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            if (isNewer(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Modifier letters that only became Lowercase (Other_Lowercase) after Unicode 14.0. */
    public static boolean lowercaseSince15(int c) {
        return c == 0x10FC || c >= 0xA7F2 && c <= 0xA7F4 || c == 0xAB69;
    }

    /** Letters that only got an upper (and title) case mapping after Unicode 14.0 (to newer characters). */
    public static boolean upperMappingSince15(int c) {
        return c == 0x19B || c == 0x264;
    }

    /** {@link Character#getType} as of Unicode 14.0. */
    public static int type(int c) {
        return isNewer(c) ? Character.UNASSIGNED : Character.getType(c);
    }

    /** {@code Py_UNICODE_ISDECIMAL}: general category Nd. */
    public static boolean isDecimal(int c) {
        return type(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code Py_UNICODE_ISDIGIT}: Numeric_Type Decimal or Digit. */
    public static boolean isDigit(int c) {
        return isDecimal(c) || in(DIGIT, c);
    }

    /** {@code Py_UNICODE_ISNUMERIC}: any Numeric_Type (Nd, Nl, No, and the numeric letters). */
    public static boolean isNumeric(int c) {
        int t = type(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || in(NUMERIC_LETTER, c);
    }

    /** {@code Py_UNICODE_ISALPHA}: categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isAlpha(int c) {
        return switch (type(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }
}
