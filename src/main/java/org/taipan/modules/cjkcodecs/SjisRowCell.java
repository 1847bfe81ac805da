package org.taipan.modules.cjkcodecs;

/**
 * The arithmetic of Shift_JIS-2004 (JIS X 0213 Annex 1) between a character's plane, row and
 * cell and its two Shift_JIS bytes, so the EUC form can borrow the JDK's Shift_JIS-2004 mapping.
 * Plane 1 takes lead bytes 0x81-0x9F and 0xE0-0xEF, two rows per lead byte; plane 2 has only
 * rows 1, 3-5, 8, 12-15 and 78-94, on lead bytes 0xF0-0xFC.
 */
final class SjisRowCell {
    private SjisRowCell() {}

    /** Plane 2's rows below 78 that have characters, in pairs sharing lead bytes 0xF0-0xF4 (78 closes the last). */
    private static final int[] PLANE2_LOW_ROWS = {1, 8, 3, 4, 5, 12, 13, 14, 15, 78};

    /** The Shift_JIS code (lead byte << 8 | trail byte) of the character, or -1 where plane 2 has no such row. */
    static int toSjis(int plane, int row, int cell) {
        int lead;
        boolean oddHalf;
        if (plane == 1) {
            lead = (row + 1) / 2 + (row <= 62 ? 0x80 : 0xC0);
            oddHalf = row % 2 == 1;
        } else {
            int k = indexOf(row);
            if (k >= 0) {
                lead = 0xF0 + k / 2;
                oddHalf = k % 2 == 0;
            } else if (row >= 79) {
                lead = 0xF5 + (row - 79) / 2;
                oddHalf = (row - 79) % 2 == 0;
            } else {
                return -1;
            }
        }
        int trail = oddHalf ? cell + (cell <= 63 ? 0x3F : 0x40) : cell + 0x9E;
        return lead << 8 | trail;
    }

    /** The plane, row and cell ({@code plane << 16 | row << 8 | cell}) of Shift_JIS bytes {@code lead}, {@code trail}. */
    static int fromSjis(int lead, int trail) {
        boolean oddHalf = trail < 0x9F;
        int cell = oddHalf ? trail - (trail >= 0x80 ? 0x40 : 0x3F) : trail - 0x9E;
        if (lead <= 0xEF) {
            int base = lead <= 0x9F ? (lead - 0x81) * 2 + 1 : (lead - 0xE0) * 2 + 63;
            return 1 << 16 | (oddHalf ? base : base + 1) << 8 | cell;
        }
        int row;
        if (lead <= 0xF4) {
            row = PLANE2_LOW_ROWS[(lead - 0xF0) * 2 + (oddHalf ? 0 : 1)];
        } else {
            row = 79 + (lead - 0xF5) * 2 + (oddHalf ? 0 : 1);
        }
        return 2 << 16 | row << 8 | cell;
    }

    private static int indexOf(int row) {
        for (int k = 0; k < PLANE2_LOW_ROWS.length; k++) {
            if (PLANE2_LOW_ROWS[k] == row) {
                return k;
            }
        }
        return -1;
    }
}
