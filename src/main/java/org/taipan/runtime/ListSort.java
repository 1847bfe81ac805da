package org.taipan.runtime;

/**
 * CPython 3.11's {@code list.sort} algorithm (Objects/listobject.c, {@code list_sort_impl} and
 * Objects/listsort.txt): natural runs found left to right, short ones extended to the minimum run
 * length by binary insertion, runs merged by the powersort policy with galloping merges. Taipan
 * follows it step by step, not just its result, because the comparisons are observable: a key's
 * {@code __lt__} may count or print its calls, and when one raises (an {@code int} compared with
 * {@code None}) the message names the operands in the order this algorithm compared them, and the
 * list is left in the partly sorted order the algorithm had reached.
 *
 * <p>Sorts {@code keys[0, n)} and, when {@code values} is not null, moves {@code values} (the
 * list's items when a key function made the keys) in step. Only {@code <} is used
 * ({@link ListSlots#lt}). Whatever a comparison raises, both arrays hold a permutation of what
 * they held (nothing lost or repeated), as in CPython.
 */
final class ListSort {
    /** Merges gallop once one run wins this many times in a row (CPython's {@code MIN_GALLOP}). */
    private static final int MIN_GALLOP = 7;
    private final PyObject[] keys;
    private final PyObject[] values;
    private final int length;
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues;
    private int minGallop = MIN_GALLOP;
    private final PendingRuns runs;

    private ListSort(PyObject[] keys, PyObject[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
        this.runs = new PendingRuns(length, this::merge);
    }

    /**
     * Sorts {@code keys[0, n)} stably by {@code <}, moving {@code values[0, n)} (may be null) alike.
     *
     * @throws PyException whatever a comparison raises; both arrays then hold a permutation of
     *     their items in the order the sort had reached
     */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        if (PendingRuns.minRun(n) == n) {
            // One run makes the whole list: nothing to merge, so none of the merge state is made
            // (a sorted() of a few items spent as long allocating it as comparing).
            int run = countRun(keys, 0, n);
            if (run < 0) {
                run = -run;
                reverse(keys, values, 0, run);
            }
            binarySort(keys, values, 0, n, run);
            return;
        }
        new ListSort(keys, values, n).run();
    }

    private void run() {
        int minRun = PendingRuns.minRun(length);
        int lo = 0;
        int remaining = length;
        do {
            int n = countRun(keys, lo, lo + remaining);
            if (n < 0) {
                n = -n;
                reverse(keys, values, lo, lo + n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(keys, values, lo, lo + force, lo + n);
                n = force;
            }
            runs.push(lo, n);
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        runs.collapse();
    }

    private static boolean lt(PyObject a, PyObject b) {
        return ListSlots.lt(a, b);
    }

    private static void reverse(PyObject[] keys, PyObject[] values, int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * The length of the run of {@code keys} starting at {@code lo} (before {@code hi}): the
     * longest non-descending one, or minus the length of the longest strictly descending one,
     * which may be reversed without breaking stability.
     */
    private static int countRun(PyObject[] keys, int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        int i = lo + 1;
        if (lt(keys[i], keys[i - 1])) {
            for (i++; i < hi && lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
            return -n;
        } else {
            for (i++; i < hi && !lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    /** Binary insertion of {@code [start, hi)} into the sorted {@code [lo, start)}; stable (an equal key goes after its equals). */
    private static void binarySort(PyObject[] keys, PyObject[] values, int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base, base + n)}, searched from {@code hint}:
     * the k in [0, n] with {@code a[base+k-1] < key <= a[base+k]} (before any equal item).
     */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** As {@link #gallopLeft}, but after any item equal to {@code key}: {@code a[base+k-1] <= key < a[base+k]}. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /** Merges the adjacent runs {@code [baseA, baseA + na)} and {@code [baseB, baseB + nb)} ({@link PendingRuns.Merge}). */
    private void merge(int baseA, int na, int baseB, int nb) {
        // A's items before B's first are in place already, and so are B's items after A's last
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    private void ensureTemp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (values != null) {
                tmpValues = new PyObject[need];
            }
        }
    }

    /** One item (key and value) from {@code src} to {@code dest} of the list's arrays. */
    private void copy(int dest, int src) {
        keys[dest] = keys[src];
        if (values != null) {
            values[dest] = values[src];
        }
    }

    /** One item from {@code src} of the temporary arrays to {@code dest} of the list's. */
    private void copyFromTemp(int dest, int src) {
        keys[dest] = tmpKeys[src];
        if (values != null) {
            values[dest] = tmpValues[src];
        }
    }

    /** Copies {@code n} items (keys and values) from {@code src[from]} to {@code dst[to]}; overlapping ranges are fine. */
    private void move(boolean fromTemp, int from, boolean toTemp, int to, int n) {
        System.arraycopy(fromTemp ? tmpKeys : keys, from, toTemp ? tmpKeys : keys, to, n);
        if (values != null) {
            System.arraycopy(fromTemp ? tmpValues : values, from, toTemp ? tmpValues : values, to, n);
        }
    }

    /**
     * Merges the adjacent runs {@code A = [baseA, baseA+na)} and {@code B = [baseB, baseB+nb)}
     * ({@code na <= nb}; A's last item belongs at the end, B's first at the start) left to right,
     * with A in the temporary array (CPython's {@code merge_lo}).
     */
    private void mergeLo(int baseA, int na, int baseB, int nb) {
        ensureTemp(na);
        move(false, baseA, true, 0, na);
        int dest = baseA, pa = 0, pb = baseB;
        int mg = minGallop;
        try {
            copy(dest++, pb++);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyBThenLastA(dest, pb, nb, pa);
                na = 0;
                return;
            }
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(keys[pb], tmpKeys[pa])) {
                        copy(dest++, pb++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        copyFromTemp(dest++, pa++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[pb], tmpKeys, pa, na, 0);
                    acount = k;
                    if (k != 0) {
                        move(true, pa, false, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            break outer;
                        }
                        if (na == 0) {
                            return;
                        }
                    }
                    copy(dest++, pb++);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tmpKeys[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(false, pb, false, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    copyFromTemp(dest++, pa++);
                    if (--na == 1) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
            // A is down to its last item, which belongs after what is left of B
            copyBThenLastA(dest, pb, nb, pa);
            na = 0;
        } finally {
            // on success as after a comparison raised: what is left of A goes back into the list
            if (na > 0) {
                move(true, pa, false, dest, na);
            }
        }
    }

    private void copyBThenLastA(int dest, int pb, int nb, int pa) {
        move(false, pb, false, dest, nb);
        copyFromTemp(dest + nb, pa);
    }

    /**
     * {@link #mergeLo}'s mirror for {@code na > nb}: merges right to left with B in the temporary
     * array (CPython's {@code merge_hi}).
     */
    private void mergeHi(int baseA, int na, int baseB, int nb) {
        ensureTemp(nb);
        move(false, baseB, true, 0, nb);
        int dest = baseB + nb - 1, pa = baseA + na - 1, pb = nb - 1;
        int mg = minGallop;
        try {
            copy(dest--, pa--);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyAThenFirstB(dest, pa, na, pb);
                nb = 0;
                return;
            }
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tmpKeys[pb], keys[pa])) {
                        copy(dest--, pa--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        copyFromTemp(dest--, pb--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = na - gallopRight(tmpKeys[pb], keys, baseA, na, na - 1);
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        pa -= k;
                        move(false, pa + 1, false, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    copyFromTemp(dest--, pb--);
                    if (--nb == 1) {
                        break outer;
                    }
                    k = nb - gallopLeft(keys[pa], tmpKeys, 0, nb, nb - 1);
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        pb -= k;
                        move(true, pb + 1, false, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            break outer;
                        }
                        if (nb == 0) {
                            return;
                        }
                    }
                    copy(dest--, pa--);
                    if (--na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
            // B is down to its first item, which belongs before what is left of A
            copyAThenFirstB(dest, pa, na, pb);
            nb = 0;
        } finally {
            if (nb > 0) {
                move(true, 0, false, dest - (nb - 1), nb);
            }
        }
    }

    private void copyAThenFirstB(int dest, int pa, int na, int pb) {
        move(false, pa - na + 1, false, dest - na + 1, na);
        copyFromTemp(dest - na, pb);
    }
}
