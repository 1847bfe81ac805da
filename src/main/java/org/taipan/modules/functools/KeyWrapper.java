package org.taipan.modules.functools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * What {@code cmp_to_key(mycmp)} returns and what calling that returns: both are a
 * {@code functools.KeyWrapper} (CPython's {@code keyobject}). Called with an object it wraps
 * it; wrapped objects compare by {@code mycmp(a, b)} against 0. Unhashable.
 */
final class KeyWrapper extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("functools.KeyWrapper", PyType.OBJECT).markFromSpec();

    final PyObject cmp;
    /** The wrapped object, or null for the key function itself. */
    final PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.tp_call = (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("K", a, k, 0, "obj");
            return new KeyWrapper(((KeyWrapper) self).cmp, MethodArgs.required("K", b, 0, "obj"));
        };
        TYPE.tp_hash = ObjectSlots.UNHASHABLE;
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof KeyWrapper kb) || b.type() != TYPE) {
                throw Errors.typeError("other argument must be K instance");
            }
            KeyWrapper ka = (KeyWrapper) a;
            if (ka.obj == null || kb.obj == null) {
                throw Errors.attributeError("object");
            }
            PyObject r = Callables.call(ka.cmp, ka.obj, kb.obj);
            return Abstract.richCompare(r, PyInt.ZERO, op);
        };
        TYPE.addAttr("obj", new PyGetSetDescr(TYPE, "obj", o -> {
            PyObject v = ((KeyWrapper) o).obj;
            if (v == null) {
                throw Errors.attributeError("obj");
            }
            return v;
        }, null));
        TYPE.ready();
    }

}
