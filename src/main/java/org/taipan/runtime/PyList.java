package org.taipan.runtime;

import java.util.Arrays;

/** {@code list}: a growable array of objects. */
public sealed class PyList extends PyObject implements SeqSlots.Items permits PyList.Sub {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT).markCollection(PyType.SEQUENCE);

    static {
        ListSlots.install(TYPE);
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    PyObject[] items;
    int size;

    public PyList() {
        items = new PyObject[4];
    }

    /** A list holding a copy of {@code src}. */
    public PyList(PyObject[] src) {
        items = Arrays.copyOf(src, Math.max(4, src.length));
        size = src.length;
    }

    /** A list that takes ownership of the first {@code n} elements of {@code src}. */
    static PyList wrap(PyObject[] src, int n) {
        PyList l = new PyList();
        l.items = src.length == 0 ? new PyObject[4] : src;
        l.size = n;
        return l;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = v;
    }

    /** A copy of the elements. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Inserts {@code v} before index {@code i} (0 <= i <= size). */
    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    /** Removes and returns the item at {@code i} (0 <= i < size). */
    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    void replaceAll(PyObject[] src, int n) {
        items = n == 0 ? new PyObject[4] : src;
        size = n;
    }

    /**
     * An instance of a user subclass of {@code list}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyList.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyList implements HasDict, ClassAssignable, HasSlotValues {
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            this.type = type;
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
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
