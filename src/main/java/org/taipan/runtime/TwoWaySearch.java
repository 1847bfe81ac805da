package org.taipan.runtime;

/**
 * Crochemore and Perrin's two-way string matching ("Two-way string-matching", J. ACM 38(3),
 * 1991): finds the first occurrence of a needle in a text with at most about {@code 2n}
 * comparisons and constant extra space, whatever the needle and text. {@link StringSearch} falls
 * back on it when its ordinary search starts doing too much work (as CPython's
 * {@code stringlib/fastsearch.h} does), so no search is quadratic.
 *
 * <p>The needle is split at a critical factorization {@code u·v} (the start of the larger of its
 * two maximal suffixes, one for each order of the alphabet). Each attempt compares {@code v} left
 * to right, then {@code u} right to left; a mismatch in {@code v} shifts by how far it got, a
 * mismatch in {@code u} shifts by the needle's period. When the needle is truly periodic the
 * part already known to match after a period shift is remembered, which keeps the scan linear.
 *
 * <p>The text is read through a {@link Text} view, so the same code serves {@code str} (UTF-16
 * units or code points) and {@code bytes}, forwards and, on reversed views, backwards.
 */
final class TwoWaySearch {
    /** A read-only view of the text: {@code at(k)} for {@code 0 <= k < length}. */
    abstract static class Text {
        final int length;

        Text(int length) {
            this.length = length;
        }

        abstract int at(int k);
    }

    private final int[] needle;
    /** The last index of the left part {@code u} (-1 when it is empty). */
    private final int ell;
    /** The shift after a mismatch in {@code u}: the period, or a safe lower bound of it. */
    private final int period;
    /** Whether {@link #period} is the needle's exact period, so matched prefixes can be remembered. */
    private final boolean periodic;

    /** Prepares a needle (non-empty; not modified, and not to be modified while this is used). */
    TwoWaySearch(int[] needle) {
        this.needle = needle;
        int m = needle.length;
        long less = maximalSuffix(needle, false), greater = maximalSuffix(needle, true);
        long chosen = (int) (less >> 32) >= (int) (greater >> 32) ? less : greater;
        int l = (int) (chosen >> 32), p = (int) chosen;
        // The factorization is periodic when u is a suffix of v's first period: then the whole
        // needle has period p and a full shift of p keeps a known-matching overlap.
        boolean exact = l + 1 + p <= m;
        for (int i = 0; exact && i <= l; i++) {
            exact = needle[i] == needle[i + p];
        }
        this.ell = l;
        this.periodic = exact;
        this.period = exact ? p : Math.max(l + 1, m - l - 1) + 1;
    }

    /**
     * The maximal suffix of {@code x} for the order of the code units ({@code reverse}: the
     * opposite order), packed as {@code (start - 1) << 32 | period}: the suffix starts after
     * the high half (so -1 means the whole needle), and the low half is the period of that
     * suffix. Linear in the needle's length.
     */
    private static long maximalSuffix(int[] x, boolean reverse) {
        int best = -1; // the candidate maximal suffix starts at best + 1
        int j = 0; // the competing suffix starts at j + 1
        int k = 1; // how far the two are compared
        int p = 1; // the period of the candidate so far
        while (j + k < x.length) {
            int a = x[j + k], b = x[best + k];
            if (a == b) {
                if (k == p) {
                    j += p;
                    k = 1;
                } else {
                    k++;
                }
            } else if (reverse ? a > b : a < b) {
                // the competitor is smaller: skip past it; the candidate's period grows
                j += k;
                k = 1;
                p = j - best;
            } else {
                // the competitor is larger: it becomes the candidate
                best = j;
                j = best + 1;
                k = 1;
                p = 1;
            }
        }
        return (long) best << 32 | (p & 0xffffffffL);
    }

    /** The first {@code k >= from} where the needle occurs in {@code text}, or -1. */
    int indexIn(Text text, int from) {
        int[] x = needle;
        int m = x.length, last = text.length - m;
        int j = from;
        if (periodic) {
            int memory = -1; // x[0..memory] is known to match at j
            while (j <= last) {
                int i = Math.max(ell, memory) + 1;
                while (i < m && x[i] == text.at(i + j)) {
                    i++;
                }
                if (i < m) {
                    j += i - ell;
                    memory = -1;
                    continue;
                }
                i = ell;
                while (i > memory && x[i] == text.at(i + j)) {
                    i--;
                }
                if (i <= memory) {
                    return j;
                }
                j += period;
                memory = m - period - 1;
            }
            return -1;
        }
        while (j <= last) {
            int i = ell + 1;
            while (i < m && x[i] == text.at(i + j)) {
                i++;
            }
            if (i < m) {
                j += i - ell;
                continue;
            }
            i = ell;
            while (i >= 0 && x[i] == text.at(i + j)) {
                i--;
            }
            if (i < 0) {
                return j;
            }
            j += period;
        }
        return -1;
    }
}
