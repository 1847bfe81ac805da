package org.taipan.runtime;

/**
 * The sort keys of a {@code list.sort} whose {@code <} needs no Python code, held as one or two
 * columns of longs: keys that are all exact ints fitting a long, all simple exact strs, or all
 * exact 2-tuples of such items (the {@code (-count, word)} of {@code sorted(d, key=...)}), one
 * class per tuple position. An int column holds the value; a str column holds a prefix of the
 * text packed into a long (eight Latin-1 or four UTF-16 chars, zero-padded, compared unsigned)
 * and goes to the text only when two prefixes are equal. For a simple str, UTF-16 order is code
 * point order, and a tuple's {@code <} over such items is the column order, as
 * {@code tuplerichcompare} would find it.
 *
 * <p>The merge sort moves the columns along with the key indexes, so a merge reads each column in
 * sequence: in a sort of 185,000 bigram keys each comparison used to follow a tuple, its item
 * array and two strings scattered over the heap, several cache misses apiece. Stable, like
 * CPython's {@code list.sort}.
 */
final class KeyColumns {
    /** Runs this short are sorted by insertion. */
    private static final int INSERTION_MAX = 16;

    /** Per position: column 0's value or prefix, column 1's (null for one column), the key index. */
    private final long[] c0, c1;
    private final int[] order;
    /** By key index: a str column's texts (null for an int column). */
    private final String[] s0, s1;
    private long[] t0, t1;
    private int[] tOrder;

    private KeyColumns(long[] c0, long[] c1, String[] s0, String[] s1, int n) {
        this.c0 = c0;
        this.c1 = c1;
        this.s0 = s0;
        this.s1 = s1;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
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
            long[] c0 = new long[n], c1 = new long[n];
            String[] s0 = str0 ? new String[n] : null, s1 = str1 ? new String[n] : null;
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != PyTuple.class) {
                    return null;
                }
                t = ((PyTuple) keys[i]).array();
                if (t.length != 2 || !item(t[0], i, c0, s0) || !item(t[1], i, c1, s1)) {
                    return null;
                }
            }
            prefixes(s0, c0);
            prefixes(s1, c1);
            return new KeyColumns(c0, c1, s0, s1, n);
        }
        boolean str = k.getClass() == PyStr.class;
        long[] c0 = new long[n];
        String[] s0 = str ? new String[n] : null;
        for (int i = 0; i < n; i++) {
            if (!item(keys[i], i, c0, s0)) {
                return null;
            }
        }
        prefixes(s0, c0);
        return new KeyColumns(c0, null, s0, null, n);
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

    /** Fills a str column's prefixes: eight chars a long when all are Latin-1, else four. */
    private static void prefixes(String[] s, long[] c) {
        if (s == null) {
            return;
        }
        boolean latin1 = true;
        for (String t : s) {
            for (int j = 0, m = Math.min(t.length(), 8); j < m; j++) {
                if (t.charAt(j) > 0xFF) {
                    latin1 = false;
                    break;
                }
            }
        }
        int chars = latin1 ? 8 : 4, bits = latin1 ? 8 : 16;
        for (int i = 0; i < s.length; i++) {
            String t = s[i];
            long p = 0;
            for (int j = 0; j < chars; j++) {
                p = (p << bits) | (j < t.length() ? t.charAt(j) : 0);
            }
            c[i] = p;
        }
    }

    /** Sorts and returns the key indexes in key order (equal keys in their original order). */
    int[] sort() {
        int n = order.length;
        t0 = new long[n];
        t1 = c1 == null ? null : new long[n];
        tOrder = new int[n];
        sort(0, n);
        return order;
    }

    /** Key at position {@code a} against key at position {@code b}, given their column values. */
    private int compare(long a0, long a1, int ka, long b0, long b1, int kb) {
        if (a0 != b0) {
            return s0 != null ? Long.compareUnsigned(a0, b0) : Long.compare(a0, b0);
        }
        if (s0 != null) {
            int c = s0[ka].compareTo(s0[kb]);
            if (c != 0) {
                return c;
            }
        }
        if (c1 == null) {
            return 0;
        }
        if (a1 != b1) {
            return s1 != null ? Long.compareUnsigned(a1, b1) : Long.compare(a1, b1);
        }
        return s1 != null ? s1[ka].compareTo(s1[kb]) : 0;
    }

    private long col1(long[] c, int i) {
        return c == null ? 0 : c[i];
    }

    private void sort(int lo, int hi) {
        if (hi - lo <= INSERTION_MAX) {
            insertionSort(lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(lo, mid);
        sort(mid, hi);
        if (compare(c0[mid], col1(c1, mid), order[mid], c0[mid - 1], col1(c1, mid - 1), order[mid - 1]) >= 0) {
            return;
        }
        System.arraycopy(c0, lo, t0, lo, hi - lo);
        if (c1 != null) {
            System.arraycopy(c1, lo, t1, lo, hi - lo);
        }
        System.arraycopy(order, lo, tOrder, lo, hi - lo);
        int i = lo, j = mid, o = lo;
        while (i < mid && j < hi) {
            // The right run's key goes first only when strictly smaller: stability.
            int from = compare(t0[j], col1(t1, j), tOrder[j], t0[i], col1(t1, i), tOrder[i]) < 0 ? j++ : i++;
            move(from, o++);
        }
        while (i < mid) {
            move(i++, o++);
        }
        while (j < hi) {
            move(j++, o++);
        }
    }

    /** Copies the scratch copy's position {@code from} to position {@code to}. */
    private void move(int from, int to) {
        c0[to] = t0[from];
        if (c1 != null) {
            c1[to] = t1[from];
        }
        order[to] = tOrder[from];
    }

    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long v0 = c0[i], v1 = col1(c1, i);
            int k = order[i];
            int j = i;
            while (j > lo && compare(v0, v1, k, c0[j - 1], col1(c1, j - 1), order[j - 1]) < 0) {
                c0[j] = c0[j - 1];
                if (c1 != null) {
                    c1[j] = c1[j - 1];
                }
                order[j] = order[j - 1];
                j--;
            }
            c0[j] = v0;
            if (c1 != null) {
                c1[j] = v1;
            }
            order[j] = k;
        }
    }
}
