package org.taipan.runtime;

/**
 * The root of every Python object. Each core Python type is a final Java subclass; the
 * Python-level type (which may be a user subclass) is {@link #type()}.
 */
public abstract class PyObject {
    /** This object's Python type (CPython's {@code Py_TYPE}). */
    public abstract PyType type();

    /** Guards against Java's {@code toString} leaking into Python output: this is for debugging only. */
    @Override
    public String toString() {
        return "<" + type().name() + " " + getClass().getSimpleName() + ">";
    }
}
