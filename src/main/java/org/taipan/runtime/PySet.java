package org.taipan.runtime;

/**
 * {@code set} and {@code frozenset}. The table follows CPython's {@code setobject.c} (linear
 * probing in runs of 9, then perturbed probing; resize at 3/5 full), so iteration order, and
 * hence what programs print, is the same as CPython's for keys with deterministic hashes.
 */
public sealed class PySet extends PyObject permits PySet.Sub {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT);
    public static final PyType FROZENSET = PyType.builtin("frozenset", PyType.OBJECT);

    static {
        SetOps.install(TYPE, false);
        SetOps.install(FROZENSET, true);
        TYPE.addMethod("__reduce__", Reductions::set);
        FROZENSET.addMethod("__reduce__", Reductions::set);
        PyGenericAlias.install(TYPE);
        PyGenericAlias.install(FROZENSET);
        TYPE.ready();
        FROZENSET.ready();
    }

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** The dummy left by a deletion; its hash is -1. */
    private static final PyObject DUMMY = PyNone.NONE;

    final boolean frozen;
    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    /** Where {@link #pop} starts looking (CPython's {@code finger}). */
    int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZENSET : TYPE;
    }

    public int size() {
        return used;
    }

    private static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == b.getClass() && (a.getClass() == PyStr.class || a.getClass() == PyInt.class)) {
            return a.equals(b);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    private boolean isDummy(int i) {
        return keys[i] == DUMMY && hashes[i] == -1;
    }

    /** Adds {@code key} ({@code set_add_entry}). */
    public void add(PyObject key) {
        addHashed(key, Abstract.hash(key));
    }

    private static final int FOUND = 1, OTHER = 0, MUTATED = -1;

    /**
     * Whether the live entry at {@code e} holds {@code key}: FOUND, OTHER, or MUTATED when the
     * comparison ({@code key}'s or the entry's {@code __eq__}) changed this set's table or that
     * entry, and the search must start again ({@code set_lookkey}'s restart).
     */
    private int probe(int e, PyObject key, long hash, PyObject[] table) {
        if (hashes[e] != hash) {
            return OTHER;
        }
        PyObject start = keys[e];
        if (start == DUMMY && hash == -1) {
            // a dummy's hash, -1, is no key's, so only this hash needs the second look
            return OTHER;
        }
        boolean same = eq(start, key);
        if (keys != table || keys[e] != start) {
            return MUTATED;
        }
        return same ? FOUND : OTHER;
    }

    void addHashed(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            long perturb = hash;
            int i = (int) (hash & mask);
            // The last dummy the probe passed: a new key goes there rather than in the empty slot
            // that ended the search, as set_add_entry's freeslot (the order of iteration after
            // deletions depends on it, and a set that churns at one size never grows).
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int e = i;
                while (true) {
                    if (keys[e] == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return;
                        }
                        keys[e] = key;
                        hashes[e] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (hashes[e] == -1 && keys[e] == DUMMY) {
                        freeslot = e;
                        if (probes-- == 0) {
                            break;
                        }
                        e++;
                        continue;
                    }
                    int match = probe(e, key, hash, table);
                    if (match == MUTATED) {
                        continue restart;
                    }
                    if (match == FOUND) {
                        return;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    e++;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /**
     * Position of {@code key} or -1 ({@code set_lookkey}). A key's {@code __eq__} may change this
     * set (clear it, resize it, replace the entry it was compared with): the search then starts
     * again on the table as it is now, as CPython's does.
     */
    private int find(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int e = i;
                while (true) {
                    if (keys[e] == null) {
                        return -1;
                    }
                    int match = probe(e, key, hash, table);
                    if (match == MUTATED) {
                        continue restart;
                    }
                    if (match == FOUND) {
                        return e;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    e++;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean contains(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    /** Whether {@code key}, whose hash the caller has (a table entry's), is present ({@code set_contains_entry}). */
    boolean containsHashed(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    /** Removes {@code key}, whose hash the caller has; whether it was present ({@code set_discard_entry}). */
    boolean discardHashed(PyObject key, long hash) {
        int e = find(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** The key of the live entry at table position {@code j} (from {@link #nextPosition}). */
    PyObject keyAt(int j) {
        return keys[j];
    }

    /** The stored hash of the live entry at table position {@code j}. */
    long hashAt(int j) {
        return hashes[j];
    }

    /**
     * Rebuilds the table when more than a quarter of it is dummies, as the end of
     * {@code set_difference_update_internal} does (the table's size, and so the order of
     * iteration, follow CPython's).
     */
    void dropDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Exchanges tables with {@code other} ({@code set_swap_bodies}): how in-place intersection keeps the new set's layout. */
    void swapBodies(PySet other) {
        PyObject[] k = keys;
        long[] h = hashes;
        int m = mask, f = fill, u = used, fi = finger;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = other.finger;
        other.keys = k;
        other.hashes = h;
        other.mask = m;
        other.fill = f;
        other.used = u;
        other.finger = fi;
    }

    /**
     * Removes and returns an element ({@code set_pop}): the search starts where the last pop
     * left off (the finger), so popping every element is linear. Null when the set is empty.
     */
    PyObject pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || isDummy(j)) {
            j = j == mask ? 0 : j + 1;
        }
        PyObject key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    /** Removes {@code key}; whether it was present. */
    public boolean discard(PyObject key) {
        return discardHashed(key, Abstract.hash(key));
    }

    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && !(oldKeys[j] == DUMMY && oldHashes[j] == -1)) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds all elements of another set ({@code set_merge}), preserving CPython's resulting layout. */
    void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                if (other.keys[j] != null && !other.isDummy(j)) {
                    insertClean(other.keys[j], other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            if (other.keys[j] != null && !other.isDummy(j)) {
                addHashed(other.keys[j], other.hashes[j]);
            }
        }
    }

    /** Adds every element of an iterable ({@code set_update_internal}). */
    public void update(PyObject iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
            return;
        }
        // an exact dict's keys straight from its table; a subclass may iterate otherwise (its own __iter__)
        if (iterable.getClass() == PyDict.class) {
            PyDict d = (PyDict) iterable;
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
            for (int i = 0; i < d.size(); i++) {
                addHashed(d.keyAt(i), d.hashAt(i));
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            add(x);
        }
    }

    /** The elements in table order (what iteration yields). */
    public PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int n = 0;
        for (int j = 0; j <= mask; j++) {
            if (keys[j] != null && !isDummy(j)) {
                r[n++] = keys[j];
            }
        }
        return r;
    }

    /** Table position of the first element after {@code pos}, or -1 (for iterators). */
    int nextPosition(int pos) {
        for (int j = pos + 1; j <= mask; j++) {
            if (keys[j] != null && !isDummy(j)) {
                return j;
            }
        }
        return -1;
    }

    void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** CPython's {@code frozenset_hash}: independent of order. */
    long frozenHash() {
        long hash = 0;
        for (int j = 0; j <= mask; j++) {
            hash ^= shuffle(keys[j] == null ? 0 : hashes[j]);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffle(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffle(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** A set (or frozenset) holding the elements of {@code iterable}. */
    public static PySet of(PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    PySet copyAs(boolean frozen) {
        PySet s = new PySet(frozen);
        s.merge(this);
        return s;
    }

    /**
     * An instance of a user subclass of {@code set} or {@code frozenset}: the same table, plus its
     * class and a {@code __dict__}. Operators on it still build plain sets, as CPython's
     * {@code make_new_set_basetype}.
     */
    public static final class Sub extends PySet implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
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
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
