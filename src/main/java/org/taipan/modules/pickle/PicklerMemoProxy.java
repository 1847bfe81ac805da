package org.taipan.modules.pickle;

import org.taipan.runtime.ObjectIds;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _pickle.PicklerMemoProxy}, what {@code Pickler.memo} returns: {@code copy()} gives the memo as
 * a dict {@code {id(obj): (index, obj)}}, {@code clear()} empties it, and it pickles as that dict.
 */
final class PicklerMemoProxy extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_pickle.PicklerMemoProxy", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_pickle"));
        TYPE.addMethodNoArgs("clear", self -> {
            ((PicklerMemoProxy) self).pickler.memo.clear();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("copy", self -> ((PicklerMemoProxy) self).copy());
        TYPE.addMethodNoArgs("__reduce__", self -> PyTuple.of(PyDict.TYPE, PyTuple.of(((PicklerMemoProxy) self).copy())));
        TYPE.ready();
    }

    final PyPickler pickler;

    PicklerMemoProxy(PyPickler pickler) {
        this.pickler = pickler;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyDict copy() {
        PyDict d = new PyDict();
        pickler.memo.forEach((obj, idx) -> d.setItem(
                PyInt.of(ObjectIds.idOf(obj)),
                PyTuple.of(PyInt.of(idx), (PyObject) obj)));
        return d;
    }
}
