package org.taipan.modules.sqlite;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * PEP 246 style adaptation (CPython's {@code microprotocols.c}): {@code sqlite3.PrepareProtocol},
 * the registry that {@code register_adapter} fills and {@code adapt}, which tries a registered
 * adapter, then the protocol's {@code __adapt__}, then the object's {@code __conform__}.
 */
final class Adapters {
    private Adapters() {}

    /** {@code sqlite3.PrepareProtocol}: only a key; its instances carry nothing. */
    static final PyType PREPARE_PROTOCOL = PyType.builtin("sqlite3.PrepareProtocol", PyType.OBJECT).markOwnLayout();

    static {
        PyType t = PREPARE_PROTOCOL;
        t.addAttr("__module__", PyStr.of("sqlite3"));
        t.addAttr("__doc__", PyStr.of("PEP 246 style object adaption protocol type."));
        t.tp_new = (type, a, k) -> type == PREPARE_PROTOCOL ? new Instance(type) : new Sub(type);
        t.tp_init = (self, a, k) -> {
            if (org.taipan.runtime.Args.positional(a, k) > 0 || (k != null && k.length > 0)) {
                throw org.taipan.runtime.Errors.typeError("PrepareProtocol() takes no arguments");
            }
        };
        t.ready();
    }

    private static class Instance extends PyObject {
        private final PyType type;

        Instance(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    private static final class Sub extends Instance implements HasDict {
        private PyDict dict;

        Sub(PyType type) {
            super(type);
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
    }

    /** {@code register_adapter(type, adapter)}: adapts instances of exactly {@code type}. */
    static void register(SqliteState state, PyObject type, PyObject adapter) {
        if (type == PyInt.TYPE || type == PyFloat.TYPE || type == PyStr.TYPE || type == PyByteArray.TYPE) {
            state.baseTypeAdapted = true;
        }
        state.adapters.setItem(PyTuple.of(type, PREPARE_PROTOCOL), adapter);
    }

    /**
     * {@code pysqlite_microprotocols_adapt}: {@code obj} adapted to {@code proto}, or
     * {@code alt} when nothing adapts it.
     *
     * @throws PyException ProgrammingError "can't adapt" when nothing adapts and {@code alt} is null
     */
    static PyObject adapt(SqliteState state, PyObject obj, PyObject proto, PyObject alt) {
        PyObject adapter = state.adapters.getItem(PyTuple.of(obj.type(), proto));
        if (adapter != null) {
            return Callables.call(adapter, obj);
        }
        PyObject adaptMethod = Abstract.lookupAttr(proto, PyStr.of("__adapt__"));
        if (adaptMethod != null) {
            PyObject r = callIgnoringTypeError(adaptMethod, obj);
            if (r != null && r != PyNone.NONE) {
                return r;
            }
        }
        PyObject conform = Abstract.lookupAttr(obj, PyStr.of("__conform__"));
        if (conform != null) {
            PyObject r = callIgnoringTypeError(conform, proto);
            if (r != null && r != PyNone.NONE) {
                return r;
            }
        }
        if (alt != null) {
            return alt;
        }
        throw SqliteErrors.programming("can't adapt");
    }

    private static PyObject callIgnoringTypeError(PyObject f, PyObject arg) {
        try {
            return Callables.call(f, arg);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                return null;
            }
            throw e;
        }
    }
}
