package org.taipan.modules.pickle;

import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _pickle.UnpicklerMemoProxy}, what {@code Unpickler.memo} returns: {@code copy()} gives the
 * memo as a dict {@code {index: obj}}, {@code clear()} empties it, and it pickles as that dict.
 */
final class UnpicklerMemoProxy extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_pickle.UnpicklerMemoProxy", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_pickle"));
        TYPE.addMethodNoArgs("clear", self -> {
            ((UnpicklerMemoProxy) self).unpickler.memo.clear();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("copy", self -> ((UnpicklerMemoProxy) self).unpickler.memo.toDict());
        TYPE.addMethodNoArgs("__reduce__", self -> PyTuple.of(PyDict.TYPE,
                PyTuple.of(((UnpicklerMemoProxy) self).unpickler.memo.toDict())));
        TYPE.ready();
    }

    final PyUnpickler unpickler;

    UnpicklerMemoProxy(PyUnpickler unpickler) {
        this.unpickler = unpickler;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
