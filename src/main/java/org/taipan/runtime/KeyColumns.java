package org.taipan.runtime;

/**
 * The sort keys of a {@code list.sort} whose {@code <} needs no Python code, held as one or two
 * columns of longs: keys that are all exact ints fitting a long, all simple exact strs, or all
 * exact 2-tuples of such items (the {@code (-count, word)} of {@code sorted(d, key=...)}), one
 * class per tuple position. An int column holds the value; a str column holds the first sixteen
 * Latin-1 (or eight UTF-16) chars of the text packed into two longs, zero-padded and compared
 * unsigned, and goes to the text only when both longs are equal. For a simple str, UTF-16 order is code
 * point order, and a tuple's {@code <} over such items is the column order, as
 * {@code tuplerichcompare} would find it.
 *
 * <p>The merge sort moves the columns along with the key indexes, so a merge reads each column in
 * sequence: in a sort of 185,000 bigram keys each comparison used to follow a tuple, its item
 * array and two strings scattered over the heap, several cache misses apiece. Stable, like
 * CPython's {@code list.sort}, and adaptive as its timsort is ({@link ListSort}): natural runs,
 * strictly descending ones reversed, short ones extended to the minimum run by binary insertion,
 * merged in powersort's order, so sorted, reversed and partly sorted keys cost about a
 * comparison per key and a presorted {@code reverse=True} sort is linear too.
 */
final class KeyColumns {
    /**
     * The column values by position: {@code a0} is column 0's value or its text's first prefix
     * long, {@code b0} the second prefix long (str column only), {@code a1}/{@code b1} the same for
     * column 1 (absent for one column); {@code order} the key index. Unused lanes are null.
     */
    private static final class Lanes {
        final long[] a0, b0, a1, b1;
        final int[] order;

        Lanes(int n, boolean str0, boolean two, boolean str1) {
            a0 = new long[n];
            b0 = str0 ? new long[n] : null;
            a1 = two ? new long[n] : null;
            b1 = two && str1 ? new long[n] : null;
            order = new int[n];
        }

        /** Copies position {@code i} of {@code from} to position {@code j} of this. */
        void take(Lanes from, int i, int j) {
            a0[j] = from.a0[i];
            if (b0 != null) {
                b0[j] = from.b0[i];
            }
            if (a1 != null) {
                a1[j] = from.a1[i];
                if (b1 != null) {
                    b1[j] = from.b1[i];
                }
            }
            order[j] = from.order[i];
        }

        /** Copies positions {@code [from, from + n)} of {@code src} to {@code [to, to + n)} of this (they may overlap when {@code src} is this). */
        void copy(Lanes src, int from, int to, int n) {
            System.arraycopy(src.a0, from, a0, to, n);
            if (b0 != null) {
                System.arraycopy(src.b0, from, b0, to, n);
            }
            if (a1 != null) {
                System.arraycopy(src.a1, from, a1, to, n);
                if (b1 != null) {
                    System.arraycopy(src.b1, from, b1, to, n);
                }
            }
            System.arraycopy(src.order, from, order, to, n);
        }

        /** Reverses positions {@code [lo, hi)}, using position {@code lo} of {@code spare}. */
        void reverse(Lanes spare, int lo, int hi) {
            for (int i = lo, j = hi - 1; i < j; i++, j--) {
                spare.take(this, i, lo);
                take(this, j, i);
                take(spare, lo, j);
            }
        }
    }

    private final Lanes keys;
    private Lanes scratch;
    /** By key index: a str column's texts (null for an int column), read when both prefix longs tie. */
    private final String[] s0, s1;

    private KeyColumns(Lanes keys, String[] s0, String[] s1) {
        this.keys = keys;
        this.s0 = s0;
        this.s1 = s1;
        for (int i = 0; i < keys.order.length; i++) {
            keys.order[i] = i;
        }
    }

    /** The columns of {@code keys[0..n)}, or null when some key is not of the first key's form. */
    static KeyColumns of(PyObject[] keys, int n) {
        if (n < 2) {
            return null;
        }
        PyObject k = keys[0];
        if (k.getClass() == PyTuple.class) {
            PyObject[] t = ((PyTuple) k).array();
            if (t.length != 2) {
                return null;
            }
            boolean str0 = t[0].getClass() == PyStr.class, str1 = t[1].getClass() == PyStr.class;
            Lanes lanes = new Lanes(n, str0, true, str1);
            String[] s0 = str0 ? new String[n] : null, s1 = str1 ? new String[n] : null;
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != PyTuple.class) {
                    return null;
                }
                t = ((PyTuple) keys[i]).array();
                if (t.length != 2 || !item(t[0], i, lanes.a0, s0) || !item(t[1], i, lanes.a1, s1)) {
                    return null;
                }
            }
            prefixes(s0, lanes.a0, lanes.b0);
            prefixes(s1, lanes.a1, lanes.b1);
            return new KeyColumns(lanes, s0, s1);
        }
        boolean str = k.getClass() == PyStr.class;
        Lanes lanes = new Lanes(n, str, false, false);
        String[] s0 = str ? new String[n] : null;
        for (int i = 0; i < n; i++) {
            if (!item(keys[i], i, lanes.a0, s0)) {
                return null;
            }
        }
        prefixes(s0, lanes.a0, lanes.b0);
        return new KeyColumns(lanes, s0, null);
    }

    /** Puts item {@code x} of key {@code i} in its column (a str's text in {@code s}); false when it does not fit. */
    private static boolean item(PyObject x, int i, long[] c, String[] s) {
        if (s == null) {
            if (x.getClass() != PyInt.class || !((PyInt) x).fitsLong()) {
                return false;
            }
            c[i] = ((PyInt) x).longValue();
            return true;
        }
        if (x.getClass() != PyStr.class || !((PyStr) x).isSimple()) {
            return false;
        }
        s[i] = x.toString();
        return true;
    }

    /**
     * Fills a str column's two prefix longs: its first sixteen chars when all of those are
     * Latin-1 (words and short phrases: most ties end within them), else eight.
     */
    private static void prefixes(String[] s, long[] a, long[] b) {
        if (s == null) {
            return;
        }
        boolean latin1 = true;
        for (String t : s) {
            for (int j = 0, m = Math.min(t.length(), 16); j < m && latin1; j++) {
                latin1 = t.charAt(j) <= 0xFF;
            }
        }
        int chars = latin1 ? 8 : 4, bits = latin1 ? 8 : 16;
        for (int i = 0; i < s.length; i++) {
            String t = s[i];
            a[i] = pack(t, 0, chars, bits);
            b[i] = pack(t, chars, chars, bits);
        }
    }

    /** {@code count} chars of {@code t} from {@code from}, zero past its end, big-endian in a long. */
    private static long pack(String t, int from, int count, int bits) {
        long p = 0;
        for (int j = from; j < from + count; j++) {
            p = (p << bits) | (j < t.length() ? t.charAt(j) : 0);
        }
        return p;
    }

    /** Sorts and returns the key indexes in key order (equal keys in their original order). */
    int[] sort() {
        int n = keys.order.length;
        scratch = new Lanes(n, keys.b0 != null, keys.a1 != null, keys.b1 != null);
        int minRun = PendingRuns.minRun(n);
        PendingRuns runs = new PendingRuns(n, this::merge);
        for (int lo = 0; lo < n;) {
            int run = countRun(lo, n);
            if (run < minRun) {
                int force = Math.min(n - lo, minRun);
                binaryInsertion(lo, lo + force, lo + run);
                run = force;
            }
            runs.push(lo, run);
            lo += run;
        }
        runs.collapse();
        return keys.order;
    }

    /**
     * The length of the run at {@code lo}: keys in order, or strictly descending ones, which it
     * reverses (strictly, so no equal keys change places).
     */
    private int countRun(int lo, int hi) {
        int i = lo + 1;
        if (i == hi) {
            return 1;
        }
        if (compare(keys, i, lo) < 0) {
            while (i + 1 < hi && compare(keys, i + 1, i) < 0) {
                i++;
            }
            keys.reverse(scratch, lo, i + 1);
        } else {
            while (i + 1 < hi && compare(keys, i + 1, i) >= 0) {
                i++;
            }
        }
        return i + 1 - lo;
    }

    /** Sorts {@code [lo, hi)} whose {@code [lo, start)} is sorted, each key placed after the equal ones before it. */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            int l = lo, r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (compare(keys, i, m) < 0) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            if (l < i) {
                scratch.take(keys, i, i);
                keys.copy(keys, l, l + 1, i - l);
                keys.take(scratch, i, l);
            }
        }
    }

    /** Merges the adjacent runs {@code [a, a + na)} and {@code [b, b + nb)} ({@link PendingRuns.Merge}). */
    private void merge(int a, int na, int b, int nb) {
        int end = b + nb;
        if (compare(keys, b, b - 1) >= 0) {
            return;
        }
        // The left run's keys not above the right run's first, and the right run's keys not below
        // the left run's last, are in place already.
        int l = a, r = b - 1;
        while (l < r) {
            int m = (l + r) >>> 1;
            if (compare(keys, b, m) < 0) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        a = l;
        l = b;
        r = end;
        while (l < r) {
            int m = (l + r) >>> 1;
            if (compare(keys, m, b - 1) < 0) {
                l = m + 1;
            } else {
                r = m;
            }
        }
        end = l;
        scratch.copy(keys, a, a, end - a);
        int x = a, y = b, o = a;
        while (x < b && y < end) {
            // The right run's key goes first only when strictly smaller: stability.
            keys.take(scratch, compare(scratch, y, x) < 0 ? y++ : x++, o++);
        }
        if (x < b) {
            keys.copy(scratch, x, o, b - x);
        } else if (y < end) {
            keys.copy(scratch, y, o, end - y);
        }
    }

    /** The order of positions {@code i} and {@code j} of {@code l}: negative, zero or positive. */
    private int compare(Lanes l, int i, int j) {
        long x = l.a0[i], y = l.a0[j];
        if (x != y) {
            return s0 != null ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        }
        if (s0 != null) {
            x = l.b0[i];
            y = l.b0[j];
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
            // A zero-padded prefix cannot tell "a" from "a\0", nor see past its chars.
            int c = s0[l.order[i]].compareTo(s0[l.order[j]]);
            if (c != 0) {
                return c;
            }
        }
        if (l.a1 == null) {
            return 0;
        }
        x = l.a1[i];
        y = l.a1[j];
        if (x != y) {
            return s1 != null ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        }
        if (s1 == null) {
            return 0;
        }
        x = l.b1[i];
        y = l.b1[j];
        if (x != y) {
            return Long.compareUnsigned(x, y);
        }
        return s1[l.order[i]].compareTo(s1[l.order[j]]);
    }
}
