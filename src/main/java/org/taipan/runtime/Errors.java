package org.taipan.runtime;

/**
 * Factories for raising the built-in exceptions from Java: {@code throw Errors.typeError(...)}.
 * Messages are CPython 3.11's, formatted with {@link String#format}.
 */
public final class Errors {
    private Errors() {}

    /** A new exception of {@code type} with one string argument. */
    public static PyException of(PyType type, String message) {
        return new PyException(PyBaseException.create(type, new PyObject[] {PyStr.of(message)}));
    }

    /** A new exception of {@code type} with the given arguments. */
    public static PyException of(PyType type, PyObject... args) {
        return new PyException(PyBaseException.create(type, args));
    }

    public static PyException typeError(String fmt, Object... args) {
        return of(ExceptionTypes.TypeError, format(fmt, args));
    }

    public static PyException valueError(String fmt, Object... args) {
        return of(ExceptionTypes.ValueError, format(fmt, args));
    }

    public static PyException indexError(String fmt, Object... args) {
        return of(ExceptionTypes.IndexError, format(fmt, args));
    }

    public static PyException zeroDivision(String message) {
        return of(ExceptionTypes.ZeroDivisionError, message);
    }

    public static PyException overflow(String fmt, Object... args) {
        return of(ExceptionTypes.OverflowError, format(fmt, args));
    }

    public static PyException attributeError(String fmt, Object... args) {
        return of(ExceptionTypes.AttributeError, format(fmt, args));
    }

    public static PyException nameError(String fmt, Object... args) {
        return of(ExceptionTypes.NameError, format(fmt, args));
    }

    public static PyException keyError(PyObject key) {
        return of(ExceptionTypes.KeyError, key);
    }

    public static PyException runtimeError(String fmt, Object... args) {
        return of(ExceptionTypes.RuntimeError, format(fmt, args));
    }

    public static PyException notImplemented(String what) {
        return of(ExceptionTypes.NotImplementedError, what);
    }

    public static PyException stopIteration() {
        return of(ExceptionTypes.StopIteration);
    }

    /** {@code "'%s' object ..."} messages name the type: this is {@code type(o).__name__}. */
    public static String typeName(PyObject o) {
        return o.type().name();
    }

    /**
     * The type named by CPython's argument parsers ("f() argument 1 must be str, not int"):
     * None by its own name, as {@code _PyArg_BadArgument} and {@code converterr} show it.
     */
    public static String argTypeName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name();
    }

    private static String format(String fmt, Object[] args) {
        return args.length == 0 ? fmt : String.format(fmt, args);
    }
}
