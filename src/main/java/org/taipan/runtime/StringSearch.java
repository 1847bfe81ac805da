package org.taipan.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Substring search for {@code str} (Java strings, searched by UTF-16 unit; or code point arrays)
 * and {@code bytes}, in worst-case linear time, as CPython's {@code stringlib/fastsearch.h}.
 *
 * <p>The ordinary search runs first: {@link String#indexOf(String, int, int)} (a vectorized JVM
 * intrinsic) or a first-unit scan with a check of the rest. For a needle of at least
 * {@link #LONG_NEEDLE} units the forward string search looks up only the needle's first
 * {@link #PREFIX} units with the intrinsic, so each of its attempts costs a bounded amount, and
 * checks the rest itself. Every search counts the units its checks compare; once that exceeds
 * {@link #exhausted a budget} proportional to the text already passed plus the needle, the
 * text is pathological for it (say {@code 'a'*1000+'b'} in {@code 'a'*10**6}) and the rest is
 * searched with {@link TwoWaySearch}, linear whatever the input. Short needles keep the
 * intrinsic whole: its cost per position is bounded by their length.
 *
 * <p>Every method searches {@code h[from, to)} for a match lying entirely inside it and returns
 * its index in {@code h}, or -1; an empty needle matches at {@code from} (forwards) or
 * {@code to} (backwards) when {@code from <= to}. Callers check the ranges
 * ({@code 0 <= from}, {@code to <= length}).
 */
public final class StringSearch {
    private StringSearch() {}

    /** From this needle length on, a forward string search looks up a prefix and checks the rest itself. */
    static final int LONG_NEEDLE = 32;
    /** The length of the prefix handed to the intrinsic for a long needle. */
    static final int PREFIX = 16;

    /**
     * Whether {@code work} units compared while checking candidates are too many for a search
     * that has passed {@code scanned} positions with a needle of {@code m} units: the ordinary
     * search may spend about twice the text plus a few needles before giving up on it.
     */
    private static boolean exhausted(long work, long scanned, int m) {
        return work > 2 * scanned + 4L * m;
    }

    // ---- str (UTF-16 units of a Java string) ----

    /** The first index of {@code n} in {@code h[from, to)}, or -1 ({@code str.find}). */
    static int indexOf(String h, String n, int from, int to) {
        int m = n.length();
        if (to - from < m || from > to) {
            return -1;
        }
        if (m < LONG_NEEDLE) {
            return m == 0 ? from : h.indexOf(n, from, to);
        }
        String prefix = n.substring(0, PREFIX);
        int last = to - m;
        long work = 0;
        for (int pos = from; pos <= last; ) {
            int i = h.indexOf(prefix, pos, last + PREFIX);
            if (i < 0) {
                return -1;
            }
            int k = PREFIX;
            while (k < m && h.charAt(i + k) == n.charAt(k)) {
                k++;
            }
            if (k == m) {
                return i;
            }
            work += k - PREFIX + 1;
            pos = i + 1;
            if (exhausted(work, i - from, m)) {
                int j = new TwoWaySearch(units(n, false)).indexIn(new CharsForward(h, from, to), pos - from);
                return j < 0 ? -1 : from + j;
            }
        }
        return -1;
    }

    /** The last index of {@code n} in {@code h[from, to)}, or -1 ({@code str.rfind}). */
    static int lastIndexOf(String h, String n, int from, int to) {
        int m = n.length();
        if (to - from < m || from > to) {
            return -1;
        }
        if (m == 0) {
            return to;
        }
        // String.lastIndexOf is a tight loop over the string's own array (no intrinsic) but has
        // no lower bound: used when its overrun below from costs at most the window's length,
        // whole for a short needle, on a prefix for a long one.
        boolean jdkScan = from <= to - from;
        if (jdkScan && m < LONG_NEEDLE) {
            int j = h.lastIndexOf(n, to - m);
            return j >= from ? j : -1;
        }
        int p = jdkScan ? PREFIX : 1;
        String prefix = n.substring(0, p);
        char first = n.charAt(0);
        long work = 0;
        for (int i = to - m; i >= from; i--) {
            if (jdkScan) {
                i = h.lastIndexOf(prefix, i);
                if (i < from) {
                    return -1;
                }
            } else if (h.charAt(i) != first) {
                continue;
            }
            int k = p;
            while (k < m && h.charAt(i + k) == n.charAt(k)) {
                k++;
            }
            if (k == m) {
                return i;
            }
            work += k - p + 1;
            if (exhausted(work, to - m - i, m)) {
                // the reversed needle in the reversed text; positions from i up are excluded
                int j = new TwoWaySearch(units(n, true)).indexIn(new CharsBackward(h, from, to), to - m - i + 1);
                return j < 0 ? -1 : to - j - m;
            }
        }
        return -1;
    }

    /** Non-overlapping occurrences of a non-empty {@code n} in {@code h[from, to)}, at most {@code max} ({@code str.count}). */
    static int count(String h, String n, int from, int to, long max) {
        int c = 0;
        for (int i = from; c < max && (i = indexOf(h, n, i, to)) >= 0; i += n.length()) {
            c++;
        }
        return c;
    }

    /** {@code h} with every non-overlapping {@code old} (non-empty) replaced, at most {@code max} times (negative: all). */
    static String replace(String h, String old, String rep, long max) {
        if (max < 0 && old.length() < LONG_NEEDLE) {
            return h.replace(old, rep); // searches with the intrinsic, each attempt bounded by old's length
        }
        StringBuilder sb = null;
        int i = 0;
        long done = 0;
        for (int j; (max < 0 || done < max) && (j = indexOf(h, old, i, h.length())) >= 0; i = j + old.length()) {
            if (sb == null) {
                sb = new StringBuilder(h.length());
            }
            sb.append(h, i, j).append(rep);
            done++;
        }
        return sb == null ? h : sb.append(h, i, h.length()).toString();
    }

    // ---- code point arrays (strings holding lone surrogates) ----

    /** The first index of {@code n} in {@code h[from, to)}, or -1, comparing code points. */
    static int indexOf(int[] h, int[] n, int from, int to) {
        int m = n.length;
        if (to - from < m || from > to) {
            return -1;
        }
        if (m == 0) {
            return from;
        }
        int first = n[0];
        long work = 0;
        for (int i = from, last = to - m; i <= last; i++) {
            if (h[i] != first) {
                continue;
            }
            int k = 1;
            while (k < m && h[i + k] == n[k]) {
                k++;
            }
            if (k == m) {
                return i;
            }
            work += k;
            if (exhausted(work, i - from, m)) {
                int j = new TwoWaySearch(n).indexIn(new IntsForward(h, from, to), i + 1 - from);
                return j < 0 ? -1 : from + j;
            }
        }
        return -1;
    }

    // ---- bytes ----

    /** The first index of {@code n} in {@code h[from, to)}, or -1 ({@code bytes.find}). */
    public static int indexOf(byte[] h, byte[] n, int from, int to) {
        int m = n.length;
        if (to - from < m || from > to) {
            return -1;
        }
        if (m == 0) {
            return from;
        }
        byte first = n[0], lastByte = n[m - 1];
        long work = 0;
        for (int i = from, last = to - m; i <= last; i++) {
            i = indexOfByte(h, first, i, last + 1);
            if (i < 0) {
                return -1;
            }
            if (h[i + m - 1] != lastByte) {
                continue; // a cheap filter before the comparison of the rest (a constant cost)
            }
            // Arrays.mismatch is vectorized; it answers -1 when the ranges are equal
            int k = m == 1 ? -1 : Arrays.mismatch(h, i + 1, i + m, n, 1, m);
            if (k < 0) {
                return i;
            }
            work += k + 2;
            if (exhausted(work, i - from, m)) {
                int j = new TwoWaySearch(units(n, false)).indexIn(new BytesForward(h, from, to), i + 1 - from);
                return j < 0 ? -1 : from + j;
            }
        }
        return -1;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first index of {@code b} in {@code h[from, to)}, or -1: eight bytes at a time, as
     * {@code memchr} does (there is no public JDK intrinsic for a byte array). A word XORed with
     * {@code b} in every byte has a zero byte where {@code b} is; the lowest flagged byte of
     * {@code (x - ONES) & ~x & HIGHS} is always a true zero (only bytes above one can be flagged
     * falsely), and little-endian order makes it the first in memory.
     */
    private static int indexOfByte(byte[] h, byte b, int from, int to) {
        int i = from;
        long pattern = (b & 0xffL) * ONES;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(h, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (h[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code n} in {@code h[from, to)}, or -1 ({@code bytes.rfind}). */
    public static int lastIndexOf(byte[] h, byte[] n, int from, int to) {
        int m = n.length;
        if (to - from < m || from > to) {
            return -1;
        }
        if (m == 0) {
            return to;
        }
        byte first = n[0], lastByte = n[m - 1];
        long work = 0;
        for (int i = to - m; i >= from; i--) {
            if (h[i] != first || h[i + m - 1] != lastByte) {
                continue;
            }
            int k = m == 1 ? -1 : Arrays.mismatch(h, i + 1, i + m, n, 1, m);
            if (k < 0) {
                return i;
            }
            work += k + 2;
            if (exhausted(work, to - m - i, m)) {
                int j = new TwoWaySearch(units(n, true)).indexIn(new BytesBackward(h, from, to), to - m - i + 1);
                return j < 0 ? -1 : to - j - m;
            }
        }
        return -1;
    }

    /** Non-overlapping occurrences of a non-empty {@code n} in {@code h[from, to)}, at most {@code max} ({@code bytes.count}). */
    static int count(byte[] h, byte[] n, int from, int to, long max) {
        int c = 0;
        for (int i = from; c < max && (i = indexOf(h, n, i, to)) >= 0; i += n.length) {
            c++;
        }
        return c;
    }

    // ---- the needle and text views for the two-way search ----

    private static int[] units(String n, boolean reversed) {
        int m = n.length();
        int[] r = new int[m];
        for (int i = 0; i < m; i++) {
            r[i] = n.charAt(reversed ? m - 1 - i : i);
        }
        return r;
    }

    private static int[] units(byte[] n, boolean reversed) {
        int m = n.length;
        int[] r = new int[m];
        for (int i = 0; i < m; i++) {
            r[i] = n[reversed ? m - 1 - i : i] & 0xff;
        }
        return r;
    }

    private static final class CharsForward extends TwoWaySearch.Text {
        private final String s;
        private final int base;

        CharsForward(String s, int from, int to) {
            super(to - from);
            this.s = s;
            this.base = from;
        }

        @Override
        int at(int k) {
            return s.charAt(base + k);
        }
    }

    /** {@code s[from, to)} read from its end: {@code at(0)} is {@code s[to - 1]}. */
    private static final class CharsBackward extends TwoWaySearch.Text {
        private final String s;
        private final int top;

        CharsBackward(String s, int from, int to) {
            super(to - from);
            this.s = s;
            this.top = to - 1;
        }

        @Override
        int at(int k) {
            return s.charAt(top - k);
        }
    }

    private static final class IntsForward extends TwoWaySearch.Text {
        private final int[] a;
        private final int base;

        IntsForward(int[] a, int from, int to) {
            super(to - from);
            this.a = a;
            this.base = from;
        }

        @Override
        int at(int k) {
            return a[base + k];
        }
    }

    private static final class BytesForward extends TwoWaySearch.Text {
        private final byte[] a;
        private final int base;

        BytesForward(byte[] a, int from, int to) {
            super(to - from);
            this.a = a;
            this.base = from;
        }

        @Override
        int at(int k) {
            return a[base + k] & 0xff;
        }
    }

    /** {@code a[from, to)} read from its end. */
    private static final class BytesBackward extends TwoWaySearch.Text {
        private final byte[] a;
        private final int top;

        BytesBackward(byte[] a, int from, int to) {
            super(to - from);
            this.a = a;
            this.top = to - 1;
        }

        @Override
        int at(int k) {
            return a[top - k] & 0xff;
        }
    }
}
