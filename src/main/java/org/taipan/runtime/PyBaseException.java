package org.taipan.runtime;

/**
 * An instance of {@code BaseException} or any subclass, builtin or user-defined. It carries
 * {@code args}, the traceback, {@code __context__}, {@code __cause__}, the fields its builtin
 * class adds ({@link ExceptionLayout}: OSError's errno, StopIteration's value, ...; CPython's
 * struct members, which it exposes by descriptors and never puts in {@code __dict__}) and an
 * instance dict, made on first use, for further attributes.
 */
public final class PyBaseException extends PyObject implements HasDict, ClassAssignable, HasSlotValues {
    private PyType type;
    private PyTuple args;
    private PyDict dict;
    /** Values of a user subclass's {@code __slots__} members, by name (made by the first store). */
    private PyDict slotValues;
    /** The traceback entries, innermost last (CPython's {@code __traceback__} linked list). */
    public PyTraceback traceback;
    public PyBaseException context;
    public PyBaseException cause;
    public boolean suppressContext;
    /** Which fields {@link #fields} holds: fixed at creation, as a class change keeps the layout. */
    final ExceptionLayout layout;
    /** The layout's fields by index, null for NULL; no array for BaseException's own layout. */
    final PyObject[] fields;

    PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
        this.layout = ExceptionLayout.of(type);
        this.fields = layout.newFields();
    }

    /**
     * A new exception of a builtin exception type with these arguments, initialized as
     * {@code type(*args)} would for the builtin types ({@code StopIteration.value}, ...).
     */
    public static PyBaseException create(PyType type, PyObject[] args) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        ExceptionFields.init(e, args);
        return e;
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

    public PyTuple args() {
        return args;
    }

    void setArgs(PyTuple args) {
        this.args = args;
    }

    /**
     * A field of this exception's builtin class ({@code value}, {@code code}, {@code errno}, ...)
     * if it has one by that name, else an entry of the instance dict ({@code __notes__}); null
     * when unset (a field's NULL, which Python reads as None).
     */
    public PyObject attribute(String name) {
        int i = layout.indexOf(name);
        if (i >= 0) {
            return fields[i];
        }
        return dict == null ? null : dict.getItem(PyStr.of(name));
    }

    /**
     * Sets the field {@code name} of this exception's builtin class directly, as CPython's C code
     * writes struct members ({@code ImportError}'s name and path, {@code NameError}'s name).
     *
     * @throws IllegalArgumentException when the class has no such field
     */
    public void setField(String name, PyObject value) {
        int i = layout.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(type.name() + " has no field " + name);
        }
        fields[i] = value;
    }

    PyObject field(int i) {
        return fields[i];
    }

    void setField(int i, PyObject value) {
        fields[i] = value;
    }

    /** A short description for Java-side diagnostics; Python's str() is through the slots. */
    String javaMessage() {
        try {
            return Abstract.str(this).toString();
        } catch (RuntimeException e) {
            return "<exception str() failed>";
        }
    }
}
