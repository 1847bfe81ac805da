package org.taipan.modules.pickle;

import java.util.Arrays;

/**
 * The pickler's memo (CPython's {@code PyMemoTable}): object identity to the memo index it was
 * written under, indices counting from 0 in order of insertion. An open-addressing table over
 * {@code System.identityHashCode}, as the memo is consulted for nearly every object pickled.
 */
final class PicklerMemo {
    private Object[] keys = new Object[64];
    private int[] values = new int[64];
    private int size;

    int size() {
        return size;
    }

    /** The index of {@code obj}, or -1. */
    int get(Object obj) {
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = hash(obj) & mask; ; i = (i + 1) & mask) {
            Object o = k[i];
            if (o == obj) {
                return values[i];
            }
            if (o == null) {
                return -1;
            }
        }
    }

    /** Memoizes {@code obj} under the next index and returns that index. */
    int put(Object obj) {
        int idx = size;
        set(obj, idx);
        return idx;
    }

    /** Memoizes {@code obj} under {@code idx} (a memo set from Python may have any indices). */
    void set(Object obj, int idx) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(obj) & mask;
        while (keys[i] != null && keys[i] != obj) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            size++;
        }
        keys[i] = obj;
        values[i] = idx;
    }

    private void grow() {
        Object[] ok = keys;
        int[] ov = values;
        keys = new Object[ok.length * 2];
        values = new int[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null) {
                set(ok[i], ov[i]);
            }
        }
    }

    void clear() {
        keys = new Object[64];
        values = new int[64];
        size = 0;
    }

    /** Calls {@code action} with each object and its index. */
    void forEach(java.util.function.ObjIntConsumer<Object> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    PicklerMemo copy() {
        PicklerMemo m = new PicklerMemo();
        m.keys = Arrays.copyOf(keys, keys.length);
        m.values = Arrays.copyOf(values, values.length);
        m.size = size;
        return m;
    }

    private static int hash(Object o) {
        int h = System.identityHashCode(o);
        return h ^ (h >>> 16);
    }
}
