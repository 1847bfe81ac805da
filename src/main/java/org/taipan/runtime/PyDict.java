package org.taipan.runtime;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered open-addressing hash table, laid out as CPython's
 * compact dict: a sparse index table of positions into dense entry arrays (key, value, hash).
 * Keys are compared with Python {@code ==} after a hash match; deleted entries leave holes in
 * the dense arrays that a resize squeezes out.
 */
public sealed class PyDict extends PyObject permits PyDict.Sub {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT);

    static {
        DictSlots.install(TYPE);
        TYPE.ready();
    }

    private static final int EMPTY = -1, DUMMY = -2;

    private int[] index;
    private PyObject[] keys;
    private PyObject[] values;
    private long[] hashes;
    /** Dense entries in use, holes included. */
    private int used;
    /** Live entries. */
    private int size;
    /** Bumped by every insertion of a new key and every deletion, to detect change during iteration. */
    int version;
    /**
     * Bumped whenever a key is added or removed or the entries move (resize, compaction), never
     * when an existing key's value is replaced: while it is unchanged, a key found at a dense
     * position stays there, so an inline cache may keep the position and read the current value
     * ({@link #valueAtPosition}). CPython 3.11 caches globals by dict-keys version and index alike.
     */
    private int keysVersion;

    public PyDict() {
        index = new int[8];
        Arrays.fill(index, EMPTY);
        keys = new PyObject[5];
        values = new PyObject[5];
        hashes = new long[5];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Number of items ({@code len(d)}). */
    public int size() {
        return size;
    }

    private static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == b.getClass() && (a.getClass() == PyStr.class || a.getClass() == PyInt.class)) {
            return a.equals(b);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** Dense position of {@code key} or -1. */
    private int find(PyObject key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h && same(keys[ix], key)) {
                return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for {@code key}, or null when absent. Raises TypeError for an unhashable key. */
    public PyObject getItem(PyObject key) {
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** Whether {@code key} is present. */
    public boolean containsKey(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    public void setItem(PyObject key, PyObject value) {
        long h = Abstract.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        append(key, h, value);
    }

    /**
     * {@code dict.setdefault}: the value for {@code key}, inserting {@code dflt} when absent,
     * hashing the key once as CPython's {@code PyDict_SetDefault} does (a visible {@code __hash__}).
     */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        long h = Abstract.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            return values[ix];
        }
        append(key, h, dflt);
        return dflt;
    }

    private void append(PyObject key, long h, PyObject value) {
        if (used == keys.length) {
            resize();
        }
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        insertIndex(h, used);
        used++;
        size++;
        version++;
        keysVersion++;
    }

    private void insertIndex(long h, int pos) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = pos;
    }

    private void resize() {
        int n = Math.max(size * 3, 8);
        int cap = 8;
        while (cap * 2 / 3 < n) {
            cap <<= 1;
        }
        int entries = cap * 2 / 3;
        PyObject[] nk = new PyObject[entries];
        PyObject[] nv = new PyObject[entries];
        long[] nh = new long[entries];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        used = j;
        keysVersion++;
        index = new int[cap];
        Arrays.fill(index, EMPTY);
        for (int i = 0; i < used; i++) {
            insertIndex(hashes[i], i);
        }
    }

    /**
     * Removes {@code key}; returns its value or null when absent.
     */
    public PyObject pop(PyObject key) {
        long h = Abstract.hash(key);
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == h && same(keys[ix], key)) {
                PyObject v = values[ix];
                index[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                size--;
                version++;
                keysVersion++;
                return v;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * {@code del d[key]}.
     *
     * @throws PyException KeyError when absent
     */
    public void delItem(PyObject key) {
        if (pop(key) == null) {
            throw Errors.keyError(key);
        }
    }

    public void clear() {
        index = new int[8];
        Arrays.fill(index, EMPTY);
        keys = new PyObject[5];
        values = new PyObject[5];
        hashes = new long[5];
        used = 0;
        size = 0;
        version++;
        keysVersion++;
    }

    private void compact() {
        if (used != size) {
            resize();
        }
    }

    /** The keys version (see the field): equal versions of one dict mean the same keys at the same positions. */
    public int keysVersion() {
        return keysVersion;
    }

    /**
     * The dense position of {@code key} (for {@link #valueAtPosition}), or -1 when absent.
     *
     * @throws PyException TypeError for an unhashable key (or what a key's {@code __eq__} raises)
     */
    public int positionOf(PyObject key) {
        return find(key, Abstract.hash(key));
    }

    /** The current value at a dense position from {@link #positionOf}, valid while {@link #keysVersion} is unchanged. */
    public PyObject valueAtPosition(int pos) {
        return values[pos];
    }

    /** The {@code i}-th key in insertion order ({@code 0 <= i < size()}). */
    public PyObject keyAt(int i) {
        compact();
        return keys[i];
    }

    /** The {@code i}-th value in insertion order. */
    public PyObject valueAt(int i) {
        compact();
        return values[i];
    }

    /** The dense position after {@code pos} that holds an entry, or -1: for iterators that tolerate holes. */
    int nextPosition(int pos) {
        for (int i = pos + 1; i < used; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The dense position before {@code pos} that holds an entry, or -1 (reverse iteration; start at {@link #endPosition}). */
    int previousPosition(int pos) {
        for (int i = Math.min(pos, used) - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** One past the last dense position. */
    int endPosition() {
        return used;
    }

    PyObject rawKey(int pos) {
        return keys[pos];
    }

    PyObject rawValue(int pos) {
        return values[pos];
    }

    /** Removes and returns the last-inserted entry as {@code [key, value]}, or null if empty. */
    PyObject[] popLast() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject k = keys[i], v = values[i];
                pop(k);
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    /** A shallow copy. */
    public PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                d.setItem(keys[i], values[i]);
            }
        }
        return d;
    }

    /**
     * An instance of a user subclass of {@code dict}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyDict.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static non-sealed class Sub extends PyDict implements HasDict {
        private final PyType type;
        private PyDict dict;

        /** An instance of {@code type}; public so that a Java module's dict subclass (defaultdict) can extend it. */
        public Sub(PyType type) {
            this.type = type;
        }

        @Override
        public final PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
