package org.taipan.runtime;

/**
 * An instance of a user class whose builtin ancestor is {@code object}. Its attributes live in a
 * value array described by a shared {@link Shape} until something needs a real {@code __dict__}
 * (asking for {@code __dict__}, deleting an attribute, a name that is not an exact str, more than
 * {@link Shape#MAX_ATTRIBUTES} attributes, assigning {@code __dict__}); from then on they live in
 * that dict for good, so the dict a program holds always shows later writes (CPython 3.11 gets the
 * same effect by materializing the dict from its split values).
 *
 * <p>Unboxed floats: a trace may store a float attribute as a raw double
 * ({@link #setDoubleAt}, {@link #addDouble}) so the store allocates nothing; the value array then
 * holds null at that index and {@link #doubles} the number. The first read as an object
 * ({@link #valueAt}) boxes it and keeps the box in the value array, so every later read gives
 * that same object, as CPython's attribute does. Any value has this form only between a raw store
 * and the next read as an object or store of an object; no index past the shape's size is null.
 */
public class PyInstance extends PyObject implements HasDict, ClassAssignable, HeldReferences {
    private static final PyObject[] NO_VALUES = {};

    private PyType type;
    /** The attribute layout while in shape mode; null once the attributes live in {@link #dict}. */
    private Shape shape;
    /**
     * Attribute values in shape mode, indexed as {@link #shape} says; may be longer or shorter than
     * the shape: an index past its end, or holding null, is a float kept raw in {@link #doubles}.
     * Made on the first attribute stored as an object, so an instance whose attributes are all raw
     * floats has none.
     */
    private PyObject[] values = NO_VALUES;
    /** Raw doubles of the indexes {@link #values} has no object for (made by the first raw store); stale at the others. */
    private double[] doubles;
    private PyDict dict;
    /**
     * Values of {@code __slots__} members at their descriptors' {@link PyMemberDescr#memberIndex()}
     * (null: unset), as long as the type's {@link PyType#memberCount()}.
     */
    private PyObject[] members;

    public PyInstance(PyType type) {
        this.type = type;
        Shape root = type.rootShape();
        this.shape = root;
        int n = type.memberCount();
        this.members = n == 0 ? NO_VALUES : new PyObject[n];
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance dict, materialized from the shape on first request (the instance then stays in dict mode). */
    @Override
    public PyDict dict() {
        if (dict == null) {
            PyDict d = new PyDict();
            Shape s = shape;
            for (int i = 0; i < s.size(); i++) {
                d.setItem(s.nameAt(i), valueAt(i));
            }
            dict = d;
            shape = null;
            values = NO_VALUES;
            doubles = null;
        }
        return dict;
    }

    void setDict(PyDict d) {
        dict = d;
        shape = null;
        values = NO_VALUES;
        doubles = null;
    }

    /** The shape while attributes live in the value array, else null (inline caches test it by identity). */
    public Shape shape() {
        return shape;
    }

    /**
     * The value at {@code index} of the current shape (the caller checked {@link #shape()}). A raw
     * double is boxed here once and the box kept, so two reads give one object.
     */
    public PyObject valueAt(int index) {
        PyObject[] vs = values;
        if (index < vs.length) {
            PyObject v = vs[index];
            if (v != null) {
                return v;
            }
        }
        return boxDouble(index);
    }

    private PyObject boxDouble(int index) {
        PyObject v = PyFloat.of(doubles[index]);
        setValueAt(index, v);
        return v;
    }

    /**
     * Whether the value at {@code index} of the current shape is an exact float (raw or boxed):
     * what a trace's GUARD_SLOT_FLOAT checks before {@link #floatAt} reads it.
     */
    public boolean isFloatAt(int index) {
        PyObject[] vs = values;
        return index >= vs.length || vs[index] == null || vs[index].getClass() == PyFloat.class;
    }

    /** The number of the float at {@code index} of the current shape ({@link #isFloatAt} holds); allocates nothing. */
    public double floatAt(int index) {
        PyObject[] vs = values;
        PyObject v = index < vs.length ? vs[index] : null;
        return v == null ? doubles[index] : ((PyFloat) v).value();
    }

    /**
     * Replaces the value at an existing {@code index} of the current shape by the float {@code d},
     * stored raw: no object is made until something reads the attribute as one.
     */
    public void setDoubleAt(int index, double d) {
        double[] ds = doubles;
        if (ds == null || index >= ds.length) {
            ds = new double[capacity(ds == null ? 0 : ds.length, index)];
            if (doubles != null) {
                System.arraycopy(doubles, 0, ds, 0, doubles.length);
            }
            doubles = ds;
        }
        ds[index] = d;
        PyObject[] vs = values;
        if (index < vs.length) {
            vs[index] = null;
        }
    }

    /** {@link #addValue} of the float {@code d}, stored raw as {@link #setDoubleAt} does. */
    public void addDouble(Shape next, double d) {
        setDoubleAt(next.size() - 1, d);
        shape = next;
    }

    /** Replaces the value at an existing {@code index} of the current shape. */
    public void setValueAt(int index, PyObject v) {
        PyObject[] vs = values;
        if (index >= vs.length) {
            vs = grownValues(index);
        }
        vs[index] = v;
    }

    // out of line so that setValueAt stays within C1's 35-byte inlining limit (a trace's SETSLOT)
    private PyObject[] grownValues(int index) {
        PyObject[] vs = new PyObject[capacity(values.length, index)];
        System.arraycopy(values, 0, vs, 0, values.length);
        values = vs;
        return vs;
    }

    /**
     * Moves from the current shape to {@code next} (its one-attribute extension, as given by
     * {@link Shape#withAttribute}) storing {@code v} as the new attribute.
     */
    public void addValue(Shape next, PyObject v) {
        setValueAt(next.size() - 1, v);
        shape = next;
    }

    /**
     * The length of a value or double array that had {@code length} and must now hold
     * {@code index}: a first array as long as the type's hint (the most attributes an instance of
     * it has had, which learns {@code index}), so instances built alike allocate once; a longer
     * one twice as long.
     */
    private int capacity(int length, int index) {
        Shape root = type.rootShape();
        int hint = root.valuesHint;
        if (hint < index + 1) {
            root.valuesHint = hint = Math.min(index + 1, Shape.MAX_ATTRIBUTES);
        }
        return Math.max(index + 1, length == 0 ? hint : Math.max(4, length * 2));
    }

    /**
     * Calls {@code f} on what this instance holds, in the order CPython's {@code subtype_dealloc}
     * releases it: {@code __slots__} members, then the attributes in their order (a raw float
     * attribute is not an object yet, and is skipped). Changes nothing (no dict is made).
     */
    @Override
    public void forEachHeld(java.util.function.Consumer<PyObject> f) {
        for (PyObject m : members) {
            if (m != null) {
                f.accept(m);
            }
        }
        if (dict != null) {
            dict.forEachEntry(f);
        } else if (shape != null) {
            PyObject[] vs = values;
            for (int i = 0; i < shape.size() && i < vs.length; i++) {
                if (vs[i] != null) {
                    f.accept(vs[i]);
                }
            }
        }
    }

    /** The {@code __slots__} member at {@code index}, or null while unset. */
    public PyObject memberAt(int index) {
        PyObject[] ms = members;
        return index < ms.length ? ms[index] : null;
    }

    /**
     * Sets (null: clears) the {@code __slots__} member at {@code index}; an index past the array
     * (a class whose layout grew by {@code __bases__} assignment) grows it.
     */
    public void setMemberAt(int index, PyObject v) {
        PyObject[] ms = members;
        if (index >= ms.length) {
            ms = members = java.util.Arrays.copyOf(ms, index + 1);
        }
        ms[index] = v;
    }

    /** The instance attribute {@code name} (no descriptors, no class), or null. */
    public PyObject getAttribute(PyStr name) {
        Shape s = shape;
        if (s != null) {
            if (name.getClass() == PyStr.class) {
                int i = s.indexOf(name);
                return i < 0 ? null : valueAt(i);
            }
            return dict().getItem(name);
        }
        return dict.getItem(name);
    }

    /** Sets instance attribute {@code name} (no descriptors). */
    public void setAttribute(PyStr name, PyObject v) {
        Shape s = shape;
        if (s != null && name.getClass() == PyStr.class) {
            int i = s.indexOf(name);
            if (i >= 0) {
                setValueAt(i, v);
                return;
            }
            Shape next = s.withAttribute(name);
            if (next != null) {
                addValue(next, v);
                return;
            }
        }
        dict().setItem(name, v);
    }

    /** Deletes instance attribute {@code name}; false when there is none. */
    public boolean deleteAttribute(PyStr name) {
        if (shape != null && name.getClass() == PyStr.class && shape.indexOf(name) < 0) {
            return false;
        }
        PyDict d = dict();
        if (d.getItem(name) == null) {
            return false;
        }
        d.delItem(name);
        return true;
    }

    /** Retypes the instance ({@code obj.__class__ = C}); the caller checked layout compatibility. */
    @Override
    public void assignClass(PyType t) {
        type = t;
    }

    /**
     * An instance of a class with {@code __del__}: the JVM's finalization only hands it to its
     * interpreter's {@link Finalization} queue (resurrecting it); {@code __del__} itself runs on
     * the interpreter's thread. Classes without {@code __del__} never pay for this.
     */
    public static final class Finalizable extends PyInstance implements Finalization.Target, ObjectIds.Resurrectable {
        private final Finalization.Registration registration;
        private long objectId;

        @Override
        public long objectId() {
            return objectId;
        }

        @Override
        public void setObjectId(long id) {
            objectId = id;
        }

        Finalizable(PyType type, Finalization owner) {
            super(type);
            this.registration = owner.register(this);
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected void finalize() {
            registration.handOver(this);
        }

        @Override
        public Finalization.Registration registration() {
            return registration;
        }

        @Override
        public PyObject ignoredIn() {
            PyObject del = type().lookup("__del__");
            return del == null ? this : del;
        }

        @Override
        public void runFinalizer() {
            Slots.Unary f = type().tp_finalize;
            if (f != null) {
                f.call(this);
            }
        }
    }
}
