package org.taipan.modules.array;

import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyStr;

/** The {@code array} module (CPython's {@code Modules/arraymodule.c}): {@link PyArray} and {@code typecodes}. */
public final class ArrayModule {
    private ArrayModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("array", true);
        m.set("array", PyArray.TYPE);
        m.set("ArrayType", PyArray.TYPE);
        m.set("typecodes", PyStr.of(ItemCodec.TYPECODES));
        m.def("_array_reconstructor", ArrayReconstructor::reconstruct);
        return m;
    }
}
