package org.taipan.runtime;

/**
 * The stack of sorted runs a timsort keeps while it scans its array left to right, and the
 * powersort policy that decides which neighbours to merge and when (CPython 3.11's
 * Objects/listobject.c: {@code merge_compute_minrun}, {@code powerloop}, {@code found_new_run},
 * {@code merge_force_collapse} and {@code merge_at}'s bookkeeping). What a merge does is the
 * sort's own ({@link Merge}): {@link ListSort} gallops over objects, {@link KeyColumns} merges
 * columns of longs; both merge the same runs in the same order.
 */
final class PendingRuns {
    /** Merges the adjacent sorted runs {@code [baseA, baseA + na)} and {@code [baseB, baseB + nb)} ({@code baseB == baseA + na}). */
    interface Merge {
        void merge(int baseA, int na, int baseB, int nb);
    }

    /** Pending runs at most: powersort keeps fewer than one per bit of the length. */
    private static final int MAX_PENDING = 85;

    private final int[] runBase = new int[MAX_PENDING], runLen = new int[MAX_PENDING], runPower = new int[MAX_PENDING];
    private int pending;
    /** The length of the array being sorted. */
    private final int length;
    private final Merge merge;

    PendingRuns(int length, Merge merge) {
        this.length = length;
        this.merge = merge;
    }

    /** CPython's {@code merge_compute_minrun}: {@code n} below 64, else a length in [32, 64] that splits {@code n} into about a power of 2 runs. */
    static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * CPython's {@code powerloop}: the depth, in the binary merge tree powersort imagines over
     * {@code [0, n)}, of the node between the run at {@code s1} of {@code n1} items and the
     * next run of {@code n2}: the first bit where the binary fractions of their midpoints differ.
     */
    private static int power(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /**
     * The sorted run {@code [lo, lo + n)} follows the pending ones: first merges those whose node
     * lies deeper than the new boundary's (CPython's {@code found_new_run}), then pushes it.
     */
    void push(int lo, int n) {
        if (pending > 0) {
            int p = power(runBase[pending - 1], runLen[pending - 1], n, length);
            while (pending > 1 && runPower[pending - 2] > p) {
                mergeAt(pending - 2);
            }
            runPower[pending - 1] = p;
        }
        runBase[pending] = lo;
        runLen[pending] = n;
        pending++;
    }

    /** Merges every pending run, the shorter neighbour of the last three first (CPython's {@code merge_force_collapse}). */
    void collapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** Merges pending runs {@code i} and {@code i + 1} ({@code i} the second or third last): the stack first, then the items. */
    private void mergeAt(int i) {
        int baseA = runBase[i], na = runLen[i];
        int baseB = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        merge.merge(baseA, na, baseB, nb);
    }
}
