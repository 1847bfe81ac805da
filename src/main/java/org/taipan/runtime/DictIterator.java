package org.taipan.runtime;

/** Iterators over a dict's keys, values or items ({@code dict_keyiterator}, ...). */
public final class DictIterator extends PyObject {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    static final PyType[] TYPES = {named("dict_keyiterator"), named("dict_valueiterator"), named("dict_itemiterator")};

    private static PyType named(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((DictIterator) o).next();
        return t.ready();
    }

    private final PyDict dict;
    private final int kind;
    private final int initialSize;
    private int pos = -1;
    /** Entries still to yield, CPython's {@code di_len}: a same-size mutation shows when it runs out early. */
    private int remaining;

    DictIterator(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.initialSize = dict.size();
        this.remaining = initialSize;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    private PyObject next() {
        if (pos == -2) {
            return null;
        }
        if (dict.size() != initialSize) {
            pos = -2;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        pos = dict.nextPosition(pos);
        if (pos < 0) {
            pos = -2;
            return null;
        }
        if (remaining-- <= 0) {
            pos = -2;
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        return switch (kind) {
            case KEYS -> dict.rawKey(pos);
            case VALUES -> dict.rawValue(pos);
            default -> PyTuple.of(dict.rawKey(pos), dict.rawValue(pos));
        };
    }
}
