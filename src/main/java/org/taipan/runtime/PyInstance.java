package org.taipan.runtime;

/**
 * An instance of a user class whose builtin ancestor is {@code object}. Its attributes live in
 * a {@code __dict__} for now; shapes (hidden classes) are the planned faster layout.
 */
public final class PyInstance extends PyObject implements HasDict {
    private PyType type;
    private PyDict dict;
    /** Values of {@code __slots__} members, by name (created on first store). */
    PyDict slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    void setDict(PyDict d) {
        dict = d;
    }

    /** Retypes the instance ({@code obj.__class__ = C}); the caller checked layout compatibility. */
    void setType(PyType t) {
        type = t;
    }
}
