package org.taipan.modules.pickle;

import java.util.Arrays;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * The unpickler's memo: index to object. An array for the dense indices picklers write, a map for
 * the odd huge index a hand-written PUT may give.
 */
final class UnpicklerMemo {
    private static final int DENSE_LIMIT = 1 << 20;
    private PyObject[] items = new PyObject[32];
    private java.util.TreeMap<Long, PyObject> sparse;
    /** One past the highest dense index written: where MEMOIZE stores. */
    private int length;
    /** Entries held (CPython's memo_len). */
    private int count;

    /** The object at {@code idx}, or null. */
    PyObject get(long idx) {
        if (idx >= 0 && idx < items.length) {
            return items[(int) idx];
        }
        return sparse == null ? null : sparse.get(idx);
    }

    void put(long idx, PyObject value) {
        if (idx < DENSE_LIMIT) {
            int i = (int) idx;
            if (i >= items.length) {
                items = Arrays.copyOf(items, Math.max(i + 1, items.length * 2));
            }
            if (items[i] == null) {
                count++;
            }
            items[i] = value;
            if (i >= length) {
                length = i + 1;
            }
        } else {
            if (sparse == null) {
                sparse = new java.util.TreeMap<>();
            }
            if (sparse.put(idx, value) == null) {
                count++;
            }
        }
    }

    /** MEMOIZE's index: the number of entries CPython's memo_len would count. */
    int nextIndex() {
        return count;
    }

    void clear() {
        items = new PyObject[32];
        sparse = null;
        length = 0;
        count = 0;
    }

    PyDict toDict() {
        PyDict d = new PyDict();
        for (int i = 0; i < length; i++) {
            if (items[i] != null) {
                d.setItem(PyInt.of(i), items[i]);
            }
        }
        if (sparse != null) {
            sparse.forEach((k, v) -> d.setItem(PyInt.of(k), v));
        }
        return d;
    }
}
