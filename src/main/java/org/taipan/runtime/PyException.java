package org.taipan.runtime;

/**
 * The one Java exception that carries a raised Python exception through Java frames. It fills
 * in no Java stack trace: the Python traceback lives on {@link PyBaseException#traceback}.
 */
public final class PyException extends RuntimeException {
    /** The Python exception object being raised. */
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Whether the carried exception is an instance of {@code type} (CPython's {@code PyErr_ExceptionMatches}). */
    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.javaMessage();
    }
}
