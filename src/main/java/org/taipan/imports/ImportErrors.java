package org.taipan.imports;

import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/** ImportError and ModuleNotFoundError with their {@code name} and {@code path} attributes. */
public final class ImportErrors {
    private ImportErrors() {}

    /**
     * {@code type(message, name=name, path=path)}.
     *
     * @param name the module name, or null for None
     * @param path the file, or null for None
     */
    public static PyException of(PyType type, String message, PyObject name, PyObject path) {
        PyBaseException e = (PyBaseException) Callables.call(type, PyStr.of(message));
        e.setField("name", name == null ? PyNone.NONE : name);
        e.setField("path", path == null ? PyNone.NONE : path);
        return new PyException(e);
    }

    /**
     * {@code type(message, name=name)} as importlib raises it: no path given, so the field stays
     * unset and {@code __reduce__} leaves it out (C's {@code PyErr_SetImportError}, {@link #of},
     * sets both).
     */
    public static PyException raisedByImportlib(PyType type, String message, String name) {
        PyBaseException e = (PyBaseException) Callables.call(type, PyStr.of(message));
        e.setField("name", PyStr.of(name));
        return new PyException(e);
    }

    /** {@code ModuleNotFoundError(message, name=name)}. */
    public static PyException notFound(String message, String name) {
        return raisedByImportlib(ExceptionTypes.ModuleNotFoundError, message, name);
    }

    /** True when {@code e} is a ModuleNotFoundError whose {@code name} is {@code name}. */
    public static boolean isNotFound(PyException e, String name) {
        if (!e.value.type().isSubtypeOf(ExceptionTypes.ModuleNotFoundError)) {
            return false;
        }
        PyObject n = e.value.attribute("name");
        return n instanceof PyStr s && s.toString().equals(name);
    }
}
