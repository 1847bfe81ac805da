package org.taipan.runtime;

import java.util.Arrays;

/** A growable array of code points that becomes a {@link PyStr} exactly (lone surrogates kept). */
final class CodePointBuffer {
    private int[] cps;
    private int n;

    CodePointBuffer(int capacity) {
        cps = new int[Math.max(8, capacity)];
    }

    void add(int c) {
        if (n == cps.length) {
            cps = Arrays.copyOf(cps, n * 2);
        }
        cps[n++] = c;
    }

    void addAll(int[] more) {
        for (int c : more) {
            add(c);
        }
    }

    int size() {
        return n;
    }

    /** Drops the code points after the first {@code size}. */
    void truncate(int size) {
        n = Math.min(n, size);
    }

    PyStr toStr() {
        return PyStr.ofCodePoints(Arrays.copyOf(cps, n));
    }
}
