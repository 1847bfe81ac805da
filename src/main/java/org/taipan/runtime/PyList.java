package org.taipan.runtime;

import java.util.Arrays;

/** {@code list}: a growable array of objects. */
public sealed class PyList extends PyObject implements SeqSlots.Items permits PyList.Sub {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT).markCollection(PyType.SEQUENCE).instancesOf(PyList.class);

    static {
        ListSlots.install(TYPE);
        PyGenericAlias.install(TYPE);
        TYPE.ready();
    }

    PyObject[] items;
    int size;
    /**
     * The capacity CPython's list would have after the same operations ({@code allocated} of
     * {@code PyListObject}), for {@code __sizeof__}: Taipan's own array grows by its own rule,
     * and this number follows CPython's {@code list_resize} and exact preallocations instead.
     * 0 stands for CPython's {@code ob_item == NULL} too.
     */
    int allocated;

    public PyList() {
        items = new PyObject[4];
    }

    /** A list holding a copy of {@code src} (allocated exactly, as {@code PyList_New(n)}). */
    public PyList(PyObject[] src) {
        items = Arrays.copyOf(src, Math.max(4, src.length));
        size = src.length;
        allocated = size;
    }

    /** A list that takes ownership of the first {@code n} elements of {@code src}. */
    static PyList wrap(PyObject[] src, int n) {
        PyList l = new PyList();
        l.items = src.length == 0 ? new PyObject[4] : src;
        l.size = n;
        l.allocated = n;
        return l;
    }

    /**
     * Models CPython's {@code list_resize(self, newsize)} on {@link #allocated} (before
     * {@link #size} changes): nothing while the new size is between half the capacity and the
     * capacity, else about an eighth more than asked, or just enough rounded up to 4 when the
     * list grows by more than that margin.
     */
    void modelResize(int newsize) {
        if (allocated >= newsize && newsize >= (allocated >> 1)) {
            return;
        }
        long grown = ((long) newsize + (newsize >> 3) + 6) & ~3L;
        if (newsize - size > grown - newsize) {
            grown = ((long) newsize + 3) & ~3L;
        }
        allocated = newsize == 0 ? 0 : (int) Math.min(grown, Integer.MAX_VALUE);
    }

    /** Models CPython's {@code list_preallocate_exact(self, n)}: n rounded up to an even number. */
    void modelPreallocate(int n) {
        allocated = (int) Math.min(((long) n + 1) & ~1L, Integer.MAX_VALUE);
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
        if (size >= allocated) {
            modelResize(size + 1);
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = v;
    }

    /**
     * Appends {@code src[0, n)} in one copy ({@code src} may be this list's own array: list.extend
     * of itself), leaving {@link #allocated} to the caller's model of CPython's resize.
     *
     * @throws PyException MemoryError when the list would pass Java's largest array
     */
    void appendArray(PyObject[] src, int n) {
        int total = size + n;
        if (total < 0 || total > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        if (total > items.length) {
            items = Arrays.copyOf(items, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(total, size + (size >> 1) + 4L)));
        }
        System.arraycopy(src, 0, items, size, n);
        size = total;
    }

    /** A copy of the elements. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Inserts {@code v} before index {@code i} (0 <= i <= size). */
    public void insert(int i, PyObject v) {
        modelResize(size + 1);
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    /** Removes and returns the item at {@code i} (0 <= i < size). */
    public PyObject remove(int i) {
        modelResize(size - 1);
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    /** Empties the list as CPython's {@code _list_clear}: no item array left, nothing allocated. */
    void clearAll() {
        if (allocated == -1 && size == 0) {
            // a list being sorted has no item array to free: clearing it is no mutation (_list_clear)
            return;
        }
        replaceKeepingCapacity(new PyObject[4], 0);
        allocated = 0;
    }

    /**
     * Appends the items of {@code iterable} as {@code list.extend} (CPython's {@code list_extend},
     * also what {@code LIST_EXTEND} runs for a display's starred items).
     */
    public void extendFrom(PyObject iterable) {
        ListSlots.extend(this, iterable);
    }

    /**
     * {@code self.sort()} with no arguments (what {@code sorted(x)} runs on its new list):
     * stable, by {@code <} only, as {@code list.sort}.
     *
     * @throws PyException whatever a comparison raises; ValueError "list modified during sort"
     */
    public void sort() {
        ListSlots.sortList(this, null, false);
    }

    /** A new list of the items of {@code iterable}: CPython's {@code PySequence_List} (an empty list extended). */
    public static PyList fromIterable(PyObject iterable) {
        PyList l = new PyList();
        ListSlots.extend(l, iterable);
        return l;
    }

    /** Replaces the contents, the modelled capacity as {@code list_resize(self, n)} leaves it. */
    void replaceAll(PyObject[] src, int n) {
        modelResize(n);
        replaceKeepingCapacity(src, n);
    }

    /** Replaces the contents without a resize in CPython's terms (sorting, same-size slice assignment). */
    void replaceKeepingCapacity(PyObject[] src, int n) {
        items = n == 0 ? new PyObject[4] : src;
        size = n;
    }

    /**
     * An instance of a user subclass of {@code list}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyList.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyList implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public final Finalization.Target finalizerGuard() {
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
