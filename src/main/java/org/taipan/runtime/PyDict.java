package org.taipan.runtime;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered open-addressing hash table, laid out as CPython's
 * compact dict: a sparse index table of positions into dense entry arrays (key, value, hash).
 * Keys are compared with Python {@code ==} after a hash match; deleted entries leave holes in
 * the dense arrays that a resize squeezes out.
 */
public sealed class PyDict extends PyObject permits PyDict.Sub {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT).markCollection(PyType.MAPPING).instancesOf(PyDict.class);

    static {
        DictSlots.install(TYPE);
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    private static final int EMPTY = -1, DUMMY = -2;

    /**
     * The sparse table, a power of two long: each slot is -1 (empty), -2 (deleted) or a dense
     * position in the low {@code log2(length)} bits under as many of the entry hash's top bits
     * as fit in the rest of a non-negative int ({@link #tag}), so a probe rejects most other keys
     * without reading the dense arrays (in a big dict each array read is a cache miss). Four
     * bytes a slot, as CPython's index for a dict under 2**31 entries: with the growth rule of
     * {@link #resize} a 185,000-key dict's index is 2 MB, where a long per slot (position and 32
     * hash bits) in a table grown to 4.5 times the entries took 8.
     */
    private int[] index;
    /** Dense entries: key at {@code 2p}, its value at {@code 2p + 1} (one cache line for both). */
    private PyObject[] entries;
    private long[] hashes;
    /** Dense entries in use, holes included. */
    private int used;
    /** Live entries. */
    private int size;
    /**
     * Whether a key other than an exact str was added since the dict was made or cleared: CPython
     * 3.11's keys table then holds general entries (24 bytes, with the hash) rather than str
     * entries (16), which only {@link #sizeOf} reports.
     */
    private boolean generalKeys;
    /** Bumped by every insertion of a new key and every deletion, to detect change during iteration. */
    int version;
    /**
     * Bumped whenever a key is added or removed or the entries move (resize, compaction), never
     * when an existing key's value is replaced: while it is unchanged, a key found at a dense
     * position stays there, so an inline cache may keep the position and read the current value
     * ({@link #valueAtPosition}). CPython 3.11 caches globals by dict-keys version and index alike.
     */
    private int keysVersion;
    /** Invalidations of one watched key after which {@link #watchKey} answers null for it. */
    public static final int MAX_WATCH_INVALIDATIONS = KeyWatches.MAX_INVALIDATIONS;
    /** The keys compiled traces depend on, or null (almost always): see {@link #watchKey}. */
    private KeyWatches watches;

    public PyDict() {
        index = newIndex(8);
        entries = new PyObject[10];
        hashes = new long[5];
    }

    private static int[] newIndex(int n) {
        int[] ix = new int[n];
        Arrays.fill(ix, EMPTY);
        return ix;
    }

    /**
     * The tag of hash {@code h} in an index of {@code 1 << posBits} slots: its top
     * {@code 31 - posBits} bits (at least one, as a Java array has under 2**31 slots). The slot
     * number comes from the low bits, so the tag tells apart keys that share a probe sequence.
     */
    private static int tag(long h, int posBits) {
        return (int) (h >>> (33 + posBits));
    }

    /** The slot value for dense position {@code pos} of an entry with hash {@code h}. */
    private static int slot(int pos, long h, int posBits) {
        return (tag(h, posBits) << posBits) | pos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Number of items ({@code len(d)}). */
    public int size() {
        return size;
    }

    /** Python {@code ==} of a stored key and a probe key whose full hashes are equal. */
    private static boolean same(PyObject a, PyObject b) {
        if (a.getClass() == b.getClass() && (a.getClass() == PyStr.class || a.getClass() == PyInt.class)) {
            return a.equals(b);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** Dense position of {@code key} or -1. */
    private int find(PyObject key, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int posBits = Integer.numberOfTrailingZeros(idx.length);
        int tag = tag(h, posBits);
        boolean str = key.getClass() == PyStr.class;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = idx[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && (e >>> posBits) == tag) {
                int ix = e & mask;
                PyObject k = entries[2 * ix];
                if (k == key) {
                    return ix;
                }
                if (str && k.getClass() == PyStr.class) {
                    // A stored str is hashed: its equals compares the cached full hashes first.
                    if (k.equals(key)) {
                        return ix;
                    }
                } else if (hashes[ix] == h) {
                    boolean eq = same(k, key);
                    if (index != idx || entries[2 * ix] != k) {
                        // __eq__ changed the dict: look again, as CPython's lookup restarts.
                        return find(key, h);
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for {@code key}, or null when absent. Raises TypeError for an unhashable key. */
    public PyObject getItem(PyObject key) {
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : entries[2 * ix + 1];
    }

    /** Whether {@code key} is present. */
    public boolean containsKey(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    /** Whether {@code key}, whose hash {@code h} the caller has, is present ({@code _PyDict_Contains_KnownHash}). */
    public boolean containsKnownHash(PyObject key, long h) {
        return find(key, h) >= 0;
    }

    /** The stored hash of the {@code i}-th key in insertion order ({@code 0 <= i < size()}). */
    long hashAt(int i) {
        compact();
        return hashes[i];
    }

    public void setItem(PyObject key, PyObject value) {
        setItemKnownHash(key, Abstract.hash(key), value);
    }

    /**
     * {@code d[key] = value} for a key whose hash {@code h} the caller computed (CPython's
     * {@code _PyDict_SetItem_KnownHash}).
     *
     * @return the key's dense position after the store (see {@link #positionOf(PyObject, long)})
     * @throws PyException what a colliding key's {@code __eq__} raises
     */
    public int setItemKnownHash(PyObject key, long h, PyObject value) {
        int ix = find(key, h);
        if (ix >= 0) {
            PyObject old = entries[2 * ix + 1];
            entries[2 * ix + 1] = value;
            if (watches != null && old != value) {
                watches.changed(entries[2 * ix]);
            }
            return ix;
        }
        append(key, h, value);
        return used - 1;
    }

    /**
     * {@code dict.setdefault}: the value for {@code key}, inserting {@code dflt} when absent,
     * hashing the key once as CPython's {@code PyDict_SetDefault} does (a visible {@code __hash__}).
     */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        long h = Abstract.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            return entries[2 * ix + 1];
        }
        append(key, h, dflt);
        return dflt;
    }

    private void append(PyObject key, long h, PyObject value) {
        if (used == hashes.length) {
            resize();
        }
        if (key.getClass() != PyStr.class) {
            generalKeys = true;
        }
        entries[2 * used] = key;
        entries[2 * used + 1] = value;
        hashes[used] = h;
        insertIndex(h, used);
        used++;
        size++;
        version++;
        keysVersion++;
        if (watches != null) {
            watches.changed(key);
        }
    }

    private void insertIndex(long h, int pos) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = slot(pos, h, Integer.numberOfTrailingZeros(idx.length));
    }

    /**
     * Rebuilds the tables without holes, the index at least three times the live entries as
     * CPython 3.11's {@code GROWTH_RATE} (rounded up to a power of two; the dense arrays take
     * two thirds of it): the index is between a sixth and a third full after a resize and at
     * most two thirds full before the next, as CPython's.
     */
    private void resize() {
        int n = Math.max(size * 3, 8);
        int cap = 8;
        while (cap < n) {
            cap <<= 1;
        }
        int capacity = cap * 2 / 3;
        PyObject[] ne = new PyObject[2 * capacity];
        long[] nh = new long[capacity];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (entries[2 * i] != null) {
                ne[2 * j] = entries[2 * i];
                ne[2 * j + 1] = entries[2 * i + 1];
                nh[j] = hashes[i];
                j++;
            }
        }
        entries = ne;
        hashes = nh;
        used = j;
        keysVersion++;
        index = newIndex(cap);
        for (int i = 0; i < used; i++) {
            insertIndex(hashes[i], i);
        }
    }

    /**
     * Removes {@code key}; returns its value or null when absent.
     */
    public PyObject pop(PyObject key) {
        return popKnownHash(key, Abstract.hash(key));
    }

    /** {@link #pop(PyObject)} for a key whose hash {@code h} the caller computed. */
    public PyObject popKnownHash(PyObject key, long h) {
        int ix = find(key, h);
        if (ix < 0) {
            return null;
        }
        return removeAt(ix, h);
    }

    /** Removes the entry at dense position {@code ix}, whose stored hash is {@code h}; returns its value. */
    private PyObject removeAt(int ix, long h) {
        // The slot holding ix: probe again by position (no key comparisons).
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (idx[i] < 0 || (idx[i] & mask) != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        PyObject v = entries[2 * ix + 1];
        PyObject k = entries[2 * ix];
        idx[i] = DUMMY;
        entries[2 * ix] = null;
        entries[2 * ix + 1] = null;
        size--;
        version++;
        keysVersion++;
        if (watches != null) {
            watches.changed(k);
        }
        return v;
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

    /**
     * {@code dict.__sizeof__} ({@code _PyDict_SizeOf}): the object, and unless the dict is new or
     * cleared (CPython's shared empty keys) its keys table: a 32-byte header, the index (1, 2 or 4
     * bytes a slot) and two thirds of a slot count of entries.
     */
    public long sizeOf() {
        long s = ObjectSizes.basicSize(type());
        if (used == 0) {
            return s;
        }
        int slots = index.length;
        int indexBytes = slots <= 128 ? 1 : slots <= 0x8000 ? 2 : 4;
        return s + 32 + (long) slots * indexBytes + (long) hashes.length * (generalKeys ? 24 : 16);
    }

    public void clear() {
        generalKeys = false;
        index = newIndex(8);
        entries = new PyObject[10];
        hashes = new long[5];
        used = 0;
        size = 0;
        version++;
        keysVersion++;
        if (watches != null) {
            watches.changedAll();
        }
    }

    private void compact() {
        if (used != size) {
            resize();
        }
    }

    /**
     * A {@link java.lang.invoke.SwitchPoint} that is invalidated as soon as {@code key}'s binding
     * in this dict changes in any way (its value replaced, the key deleted or, when absent, added;
     * the dict cleared), for compiled code that uses the binding (or its absence) as a constant;
     * or null when the key has changed too often to be worth it ({@link KeyWatches}). Only the
     * JIT calls this: a dict never asked pays nothing but a null test per store.
     *
     * @param key an exact str (a global, builtin or module attribute name)
     */
    public java.lang.invoke.SwitchPoint watchKey(PyStr key) {
        if (watches == null) {
            watches = new KeyWatches();
        }
        return watches.switchPointFor(key);
    }

    /**
     * Makes every reader that cached a position or a key's binding in this dict look again, though
     * no key changed: the keys version moves and every watched key's switch point is invalidated.
     * For a module whose class was assigned: attribute access to it may no longer be a dict read.
     */
    public void forgetPositions() {
        keysVersion++;
        if (watches != null) {
            watches.changedAll();
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

    /** {@link #positionOf(PyObject)} for a key whose hash {@code h} the caller computed. */
    public int positionOf(PyObject key, long h) {
        return find(key, h);
    }

    /**
     * A token for the layout of the dense entries: while two calls return the same object, every
     * key keeps its dense position (deletions leave holes; only a resize, {@code clear} or a
     * wholesale copy into an empty dict moves entries, and each replaces the arrays). Positions
     * are below {@link #positionCapacity()}. For a table that mirrors the positions, as
     * OrderedDict's nodes do (CPython's {@code od_resize_sentinel}).
     */
    public Object layout() {
        return hashes;
    }

    /** One past the highest dense position possible under the current {@link #layout()}. */
    public int positionCapacity() {
        return hashes.length;
    }

    /** The current value at a dense position from {@link #positionOf}, valid while {@link #keysVersion} is unchanged. */
    public PyObject valueAtPosition(int pos) {
        return entries[2 * pos + 1];
    }

    /**
     * Replaces the value at a dense position from {@link #positionOf} (valid while
     * {@link #keysVersion} is unchanged), the key version unchanged. For the JIT's module-level
     * STORE_NAME. Goes through {@link #setItem} with the stored key (a cached-hash lookup) so that
     * whatever a store of a present key does besides writing the value happens here too.
     */
    public void setValueAtPosition(int pos, PyObject value) {
        setItem(entries[2 * pos], value);
    }

    /** The {@code i}-th key in insertion order ({@code 0 <= i < size()}). */
    public PyObject keyAt(int i) {
        compact();
        return entries[2 * i];
    }

    /** The {@code i}-th value in insertion order. */
    public PyObject valueAt(int i) {
        compact();
        return entries[2 * i + 1];
    }

    /** Calls {@code f} on each key, then its value, in insertion order (as {@code dict_dealloc} releases them), changing nothing. */
    void forEachEntry(java.util.function.Consumer<PyObject> f) {
        for (int p = nextPosition(-1); p >= 0; p = nextPosition(p)) {
            f.accept(entries[2 * p]);
            f.accept(entries[2 * p + 1]);
        }
    }

    /** The dense position after {@code pos} that holds an entry, or -1: for iterators that tolerate holes. */
    int nextPosition(int pos) {
        for (int i = pos + 1; i < used; i++) {
            if (entries[2 * i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The dense position before {@code pos} that holds an entry, or -1 (reverse iteration; start at {@link #endPosition}). */
    int previousPosition(int pos) {
        for (int i = Math.min(pos, used) - 1; i >= 0; i--) {
            if (entries[2 * i] != null) {
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
        return entries[2 * pos];
    }

    PyObject rawValue(int pos) {
        return entries[2 * pos + 1];
    }

    /** Removes and returns the last-inserted entry as {@code [key, value]}, or null if empty. */
    PyObject[] popLast() {
        for (int i = used - 1; i >= 0; i--) {
            if (entries[2 * i] != null) {
                PyObject k = entries[2 * i];
                PyObject v = removeAt(i, hashes[i]);
                // As dict_popitem_impl, the entries after it are all gone: the next popitem's
                // search starts here, so emptying a dict by popitem is linear.
                used = i;
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    /**
     * Whether {@code o} is a dict that an update or {@code **} unpacking may copy entry by entry:
     * a dict whose class keeps dict's {@code __iter__} ({@code dict_merge}'s test). Any other
     * mapping, an OrderedDict or a dict subclass iterating its own way included, is read through
     * {@code keys()} and {@code __getitem__}.
     */
    public static boolean mergesDirectly(PyObject o) {
        return o instanceof PyDict && o.type().tp_iter == TYPE.tp_iter;
    }

    /**
     * Inserts every entry of {@code o} with its stored hash, as CPython's {@code dict_merge} does
     * for a dict: no key's {@code __hash__} runs again. An empty dict takes copies of the tables.
     */
    void mergeFrom(PyDict o) {
        if (used == 0 && o.used == o.size && o != this) {
            index = o.index.clone();
            entries = o.entries.clone();
            hashes = o.hashes.clone();
            used = o.used;
            size = o.size;
            version++;
            keysVersion++;
            if (watches != null) {
                watches.changedAll();
            }
            return;
        }
        // Bounds read on every step: a key's __eq__ may change either dict; a change to the
        // source's entries stops the merge as dict_merge does
        int n = o.used;
        for (int i = 0; i < o.used; i++) {
            PyObject k = o.entries[2 * i];
            if (k != null) {
                PyObject v = o.entries[2 * i + 1];
                long h = o.hashes[i];
                int ix = find(k, h);
                if (ix >= 0) {
                    entries[2 * ix + 1] = v;
                    if (watches != null) {
                        watches.changed(entries[2 * ix]);
                    }
                } else {
                    append(k, h, v);
                }
                if (o.used != n) {
                    throw Errors.runtimeError("dict mutated during update");
                }
            }
        }
    }

    /** A shallow copy (the tables themselves when there are no holes: no key is hashed or compared again). */
    public PyDict copy() {
        PyDict d = new PyDict();
        if (used == size) {
            d.index = index.clone();
            d.entries = entries.clone();
            d.hashes = hashes.clone();
            d.used = used;
            d.size = size;
            d.generalKeys = generalKeys;
            return d;
        }
        for (int i = 0; i < used; i++) {
            if (entries[2 * i] != null) {
                d.append(entries[2 * i], hashes[i], entries[2 * i + 1]);
            }
        }
        return d;
    }

    /**
     * An instance of a user subclass of {@code dict}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyDict.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static non-sealed class Sub extends PyDict implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        /** An instance of {@code type}; public so that a Java module's dict subclass (defaultdict) can extend it. */
        public Sub(PyType type) {
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public final Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public final PyType type() {
            return type;
        }

        @Override
        public final void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public PyDict dictIfMade() {
            return dict;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
