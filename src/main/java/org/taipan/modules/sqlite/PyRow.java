package org.taipan.modules.sqlite;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code sqlite3.Row} (CPython's {@code row.c}): a row that is also indexed by column name,
 * compared without regard to ASCII case; {@code keys()} lists the names of the cursor's
 * description. Two rows are equal when their descriptions and values are.
 */
class PyRow extends PyObject {
    static final PyType TYPE = PyType.builtin("sqlite3.Row", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.addAttr("__module__", PyStr.of("sqlite3"));
        TYPE.tp_new = (type, a, k) -> {
            Args.noKeywordsForNew("Row", type, TYPE, k);
            if (a.length != 2) {
                throw Errors.typeError("Row expected 2 arguments, got %d", a.length);
            }
            if (!a[0].type().isSubtypeOf(PyCursor.TYPE)) {
                throw Errors.typeError("Row() argument 1 must be sqlite3.Cursor, not %s", a[0].type().name());
            }
            if (!(a[1] instanceof PyTuple data)) {
                throw Errors.typeError("Row() argument 2 must be tuple, not %s", a[1].type().name());
            }
            PyObject description = ((PyCursor) a[0]).description;
            return type == TYPE ? new PyRow(type, description, data) : new Sub(type, description, data);
        };
        TYPE.mp_length = o -> ((PyRow) o).data.size();
        TYPE.mp_subscript = (o, key) -> ((PyRow) o).item(key);
        TYPE.tp_iter = o -> Abstract.iter(((PyRow) o).data);
        TYPE.tp_hash = o -> Abstract.hash(((PyRow) o).description) ^ Abstract.hash(((PyRow) o).data);
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != CompareOp.EQ && op != CompareOp.NE) || !b.type().isSubtypeOf(TYPE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyRow x = (PyRow) a, y = (PyRow) b;
            boolean eq = Abstract.richCompareBool(x.description, y.description, CompareOp.EQ)
                    && Abstract.richCompareBool(x.data, y.data, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.addMethod("keys", (self, a, k) -> {
            Args.noArgs("keys", a, k);
            return ((PyRow) self).keys();
        });
        TYPE.ready();
    }

    private final PyType type;
    final PyObject description;
    final PyTuple data;

    PyRow(PyType type, PyObject description, PyTuple data) {
        this.type = type;
        this.description = description;
        this.data = data;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static final class Sub extends PyRow implements HasDict {
        private PyDict dict;

        Sub(PyType type, PyObject description, PyTuple data) {
            super(type, description, data);
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

    /** {@code keys()}: the column names, in order. */
    PyList keys() {
        PyList r = new PyList();
        if (description instanceof PyTuple d) {
            for (int i = 0; i < d.size(); i++) {
                r.append(Abstract.getItem(d.get(i), PyInt.ZERO));
            }
        }
        return r;
    }

    private PyObject item(PyObject key) {
        PyInt i = PyInt.asInt(key);
        if (i != null) {
            long at = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
            if (at < 0) {
                at += data.size();
            }
            if (at < 0 || at >= data.size()) {
                throw Errors.indexError("tuple index out of range");
            }
            return data.get((int) at);
        }
        if (key instanceof PyStr s) {
            if (description instanceof PyTuple d) {
                String want = s.toString();
                for (int n = 0; n < d.size(); n++) {
                    PyObject name = Abstract.getItem(d.get(n), PyInt.ZERO);
                    if (name instanceof PyStr ns && equalIgnoringAsciiCase(ns.toString(), want)) {
                        return data.get(n);
                    }
                }
            }
            throw Errors.indexError("No item with that key");
        }
        if (key instanceof PySlice) {
            return Abstract.getItem(data, key);
        }
        throw Errors.indexError("Index must be int or string");
    }

    private static boolean equalIgnoringAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y && lower(x) != lower(y)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
