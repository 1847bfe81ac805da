package org.taipan.runtime;

/** Iterators over a dict's keys, values or items ({@code dict_keyiterator}, ...). */
public final class DictIterator extends PyObject {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    static final PyType[] TYPES = {named("dict_keyiterator"), named("dict_valueiterator"), named("dict_itemiterator")};
    static final PyType[] REVERSE_TYPES = {named("dict_reversekeyiterator"), named("dict_reversevalueiterator"),
        named("dict_reverseitemiterator")};

    private static PyType named(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((DictIterator) o).next();
        t.addMethodNoArgs("__reduce__", self -> IteratorPickling.iterOver(IteratorPickling.remaining(((DictIterator) self).copy())));
        t.addMethodNoArgs("__length_hint__", self -> PyInt.of(((DictIterator) self).lengthHint()));
        return t.ready();
    }

    /** Null once exhausted: as CPython's {@code di_dict}, a spent iterator no longer keeps its dict alive. */
    private PyDict dict;
    private final int kind;
    /**
     * The dict's size when the iteration began ({@code di_used}), or -1 once a change of size was
     * seen: every later step raises the RuntimeError again, as CPython makes that state sticky.
     */
    private int initialSize;
    private int pos = -1;
    /** Entries still to yield, CPython's {@code di_len}: a same-size mutation shows when it runs out early. */
    private int remaining;

    /** Whether this walks the entries from the newest to the oldest ({@code reversed(d)}). */
    private final boolean reverse;

    DictIterator(PyDict dict, int kind) {
        this(dict, kind, false);
    }

    DictIterator(PyDict dict, int kind, boolean reverse) {
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.pos = reverse ? dict.endPosition() : -1;
        this.initialSize = dict.size();
        this.remaining = initialSize;
    }

    /** A second iterator at the same place, for {@code __reduce__} to walk ({@code dictiter_reduce}). */
    private DictIterator copy() {
        DictIterator c = new DictIterator(dict, kind, reverse, initialSize);
        c.pos = pos;
        c.remaining = remaining;
        return c;
    }

    private DictIterator(PyDict dict, int kind, boolean reverse, int initialSize) {
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.initialSize = initialSize;
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE_TYPES[kind] : TYPES[kind];
    }

    /** {@code dictiter_len}: the entries left, 0 once exhausted or while the dict's size differs. */
    private int lengthHint() {
        return dict != null && dict.size() == initialSize ? remaining : 0;
    }

    /**
     * The next key, value or {@code (key, value)} tuple, or null once exhausted
     * ({@code dictiter_iternextkey} and its siblings).
     *
     * @throws PyException RuntimeError when the dict changed size, or its keys changed, during the iteration
     */
    public PyObject next() {
        int p = advance();
        if (p < 0) {
            return null;
        }
        return switch (kind) {
            case KEYS -> dict.rawKey(p);
            case VALUES -> dict.rawValue(p);
            default -> PyTuple.of(dict.rawKey(p), dict.rawValue(p));
        };
    }

    /** Whether this yields {@code (key, value)} pairs ({@code dict.items()}'s iterator or its reverse). */
    public boolean yieldsItems() {
        return kind == ITEMS;
    }

    /**
     * Moves to the next entry as {@link #next} does, checks included, and returns its dense
     * position in the dict (for {@link #keyAt} and {@link #valueAt}), or -1 once exhausted: tier
     * 1's FOR_ITER_DICT takes an item's two halves without making the tuple.
     *
     * @throws PyException RuntimeError as {@link #next}
     */
    public int advance() {
        if (pos == -2) {
            return -1;
        }
        if (dict.size() != initialSize) {
            initialSize = -1;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        pos = reverse ? dict.previousPosition(pos) : dict.nextPosition(pos);
        if (pos < 0) {
            exhaust();
            return -1;
        }
        if (remaining-- <= 0) {
            exhaust();
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        return pos;
    }

    private void exhaust() {
        pos = -2;
        dict = null;
    }

    /** The key at position {@code p}, which {@link #advance} returned. */
    public PyObject keyAt(int p) {
        return dict.rawKey(p);
    }

    /** The value at position {@code p}, which {@link #advance} returned. */
    public PyObject valueAt(int p) {
        return dict.rawValue(p);
    }
}
