package org.taipan.runtime;

/**
 * An instance of {@code BaseException} or any subclass, builtin or user-defined (they share
 * this layout, as in CPython). It carries {@code args}, the traceback, {@code __context__},
 * {@code __cause__} and an instance dict for further attributes.
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

    PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    /**
     * A new exception of a builtin exception type with these arguments, initialized as
     * {@code type(*args)} would for the builtin types ({@code StopIteration.value}, ...).
     */
    public static PyBaseException create(PyType type, PyObject[] args) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        ExceptionTypes.initAttributes(e, args);
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

    /** An attribute stored in the instance dict (e.g. {@code value}, {@code code}), or null. */
    public PyObject attribute(String name) {
        return dict == null ? null : dict.getItem(PyStr.of(name));
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
