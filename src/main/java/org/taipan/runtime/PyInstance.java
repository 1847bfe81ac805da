package org.taipan.runtime;

/**
 * An instance of a user class whose builtin ancestor is {@code object}. Its attributes live in a
 * value array described by a shared {@link Shape} until something needs a real {@code __dict__}
 * (asking for {@code __dict__}, deleting an attribute, a name that is not an exact str, more than
 * {@link Shape#MAX_ATTRIBUTES} attributes, assigning {@code __dict__}); from then on they live in
 * that dict for good, so the dict a program holds always shows later writes (CPython 3.11 gets the
 * same effect by materializing the dict from its split values).
 */
public class PyInstance extends PyObject implements HasDict {
    private static final PyObject[] NO_VALUES = {};

    private PyType type;
    /** The attribute layout while in shape mode; null once the attributes live in {@link #dict}. */
    private Shape shape;
    /** Attribute values in shape mode, indexed as {@link #shape} says; may be longer than the shape. */
    private PyObject[] values = NO_VALUES;
    private PyDict dict;
    /** Values of {@code __slots__} members, by name (created on first store). */
    PyDict slots;

    public PyInstance(PyType type) {
        this.type = type;
        Shape root = type.rootShape();
        this.shape = root;
        int n = root.valuesHint;
        if (n > 0) {
            values = new PyObject[n];
        }
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
                d.setItem(s.nameAt(i), values[i]);
            }
            dict = d;
            shape = null;
            values = NO_VALUES;
        }
        return dict;
    }

    void setDict(PyDict d) {
        dict = d;
        shape = null;
        values = NO_VALUES;
    }

    /** The shape while attributes live in the value array, else null (inline caches test it by identity). */
    public Shape shape() {
        return shape;
    }

    /** The value at {@code index} of the current shape (the caller checked {@link #shape()}). */
    public PyObject valueAt(int index) {
        return values[index];
    }

    /** Replaces the value at an existing {@code index} of the current shape. */
    public void setValueAt(int index, PyObject v) {
        values[index] = v;
    }

    /**
     * Moves from the current shape to {@code next} (its one-attribute extension, as given by
     * {@link Shape#withAttribute}) storing {@code v} as the new attribute.
     */
    public void addValue(Shape next, PyObject v) {
        int i = next.size() - 1;
        if (i >= values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, values.length * 2));
            Shape root = type.rootShape();
            if (root.valuesHint < i + 1) {
                root.valuesHint = Math.min(i + 1, Shape.MAX_ATTRIBUTES);
            }
        }
        values[i] = v;
        shape = next;
    }

    /** The instance attribute {@code name} (no descriptors, no class), or null. */
    public PyObject getAttribute(PyStr name) {
        Shape s = shape;
        if (s != null) {
            if (name.getClass() == PyStr.class) {
                int i = s.indexOf(name);
                return i < 0 ? null : values[i];
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
                values[i] = v;
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
    void setType(PyType t) {
        type = t;
    }

    /**
     * An instance of a class with {@code __del__}: the JVM's finalization only hands it to its
     * interpreter's {@link Finalization} queue (resurrecting it); {@code __del__} itself runs on
     * the interpreter's thread. Classes without {@code __del__} never pay for this.
     */
    public static final class Finalizable extends PyInstance implements Finalization.Target {
        private final Finalization.Registration registration;

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
