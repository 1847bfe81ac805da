package org.taipan.modules.collections;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _collections._tuplegetter(index, doc)}: the data descriptor that {@code namedtuple}
 * puts on its classes for each field (CPython's {@code tuplegetterobject}), reading item
 * {@code index} of the tuple; it refuses assignment and deletion.
 */
final class TupleGetter extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_collections._tuplegetter", PyType.OBJECT);

    final int index;
    PyObject doc;

    TupleGetter(int index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            Args.check("_tuplegetter", a, k, 2, 2);
            long i = Abstract.index(a[0], null).ssizeValue();
            return new TupleGetter((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i)), a[1]);
        };
        TYPE.tp_descr_get = (self, obj, type) -> {
            TupleGetter g = (TupleGetter) self;
            if (obj == null) {
                return self;
            }
            if (!(obj instanceof PyTuple t)) {
                throw Errors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                        g.index, obj.type().name());
            }
            if (g.index < 0 || g.index >= t.size()) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.get(g.index);
        };
        TYPE.tp_repr = self -> {
            TupleGetter g = (TupleGetter) self;
            return org.taipan.runtime.PyStr.of(TYPE.shortName() + "(" + g.index + ", " + Abstract.repr(g.doc) + ")");
        };
        TYPE.tp_descr_set = (self, obj, v) -> {
            throw Errors.attributeError(v == null ? "can't delete attribute" : "can't set attribute");
        };
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> ((TupleGetter) o).doc,
                (o, v) -> ((TupleGetter) o).doc = v == null ? PyNone.NONE : v));
        TYPE.addMethodNoArgs("__reduce__", self -> {
            TupleGetter g = (TupleGetter) self;
            return PyTuple.of(TYPE, PyTuple.of(PyInt.of(g.index), g.doc));
        });
        TYPE.ready();
    }
}
