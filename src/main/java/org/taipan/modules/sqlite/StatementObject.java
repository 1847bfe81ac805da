package org.taipan.modules.sqlite;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code sqlite3.Statement}, what calling a connection with SQL returns (CPython's
 * {@code pysqlite_connection_call}): the SQL has been compiled, which reports its errors; the
 * object itself offers nothing further, as in CPython, and cannot be made from Python.
 */
final class StatementObject extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("sqlite3.Statement", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("sqlite3"));
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create 'sqlite3.Statement' instances");
        };
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
