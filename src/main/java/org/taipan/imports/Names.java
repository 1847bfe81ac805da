package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyObject;

/** Small text helpers of the import system. */
final class Names {
    private Names() {}

    /** {@code str(o)} as a Java string. */
    static String str(PyObject o) {
        return Abstract.str(o).toString();
    }
}
