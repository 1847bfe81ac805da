package org.taipan.modules.array;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/** The {@code array} module (CPython's {@code Modules/arraymodule.c}): {@link PyArray} and {@code typecodes}. */
public final class ArrayModule {
    private ArrayModule() {}

    /**
     * Builds the module and, as CPython's {@code array_modexec}, registers {@code array.array} as a
     * {@code collections.abc.MutableSequence} (importing {@code collections.abc}).
     *
     * @throws org.taipan.runtime.PyException what importing {@code collections.abc} raises
     */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array", true);
        m.set("array", PyArray.TYPE);
        m.set("ArrayType", PyArray.TYPE);
        m.set("typecodes", PyStr.of(ItemCodec.TYPECODES));
        m.def("_array_reconstructor", ArrayReconstructor::reconstruct);
        PyObject abc = interp.importModule("collections.abc", null, PyTuple.of(PyStr.of("MutableSequence")), 0);
        Callables.call(Abstract.getAttr(Abstract.getAttr(abc, "MutableSequence"), "register"), PyArray.TYPE);
        return m;
    }
}
