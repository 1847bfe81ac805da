package org.taipan.runtime;

/**
 * An object whose Python type {@code __class__} assignment may replace in place (CPython's
 * {@code Py_SET_TYPE} in {@code object_set_class}): instances of user classes, of user
 * subclasses of the builtin types whose instances can change class, and modules. The JIT treats
 * the Python type of an object of such a Java class as able to change whenever Python code runs.
 */
public interface ClassAssignable {
    /**
     * Makes {@code t} this object's type. The caller ({@link ClassAssignment}) has checked that
     * {@code t} lays out instances as the current type does.
     */
    void assignClass(PyType t);
}
