package org.taipan.modules.csv;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The state of one {@code _csv} module instance (CPython's {@code _csvstate}): the dialect
 * registry, the field size limit and the module's {@code Dialect} type. Each interpreter that
 * imports {@code _csv} gets its own, so registrations never leak between interpreters.
 */
final class CsvState {
    /** {@code _csv.Error}, an Exception subclass whose {@code __module__} is {@code _csv}. */
    static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_csv"));
        ERROR = PyType.newHeapType(PyType.TYPE, "Error", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    /** The default {@code field_size_limit}: 128 KiB characters. */
    static final long DEFAULT_FIELD_LIMIT = 128 * 1024;

    /** Name (str) to {@link CsvDialect}; the module's {@code _dialects}. */
    final PyDict dialects = new PyDict();

    /** The largest field the reader accepts, in characters. */
    volatile long fieldLimit = DEFAULT_FIELD_LIMIT;

    /** This module's {@code _csv.Dialect} type. */
    final PyType dialectType;

    CsvState() {
        dialectType = CsvDialect.newType(this);
    }

    /** A {@code _csv.Error(message)} to throw. */
    static PyException error(String message) {
        return Errors.of(ERROR, message);
    }
}
