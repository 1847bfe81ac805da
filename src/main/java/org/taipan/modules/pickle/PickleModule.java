package org.taipan.modules.pickle;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

import java.util.Map;

/**
 * {@code _pickle}. CPython's is a C pickler; Taipan has none, so this module provides the one piece
 * that pure Python cannot, {@link PyPickleBuffer} (which {@code pickle.py} imports from here for
 * protocol 5), and answers the names of the C pickler ({@code Pickler}, {@code dumps}, the
 * exceptions...) with the pure-Python implementation in {@code pickle} ({@code _Pickler},
 * {@code _dumps}...), through a module {@code __getattr__} (PEP 562) so that the two modules can
 * import each other in either order. Code that does {@code from _pickle import Pickler}
 * (cloudpickle, CPython's test_pickle) therefore gets a working pickler with the Python one's
 * behaviour.
 */
public final class PickleModule {
    private PickleModule() {}

    /** {@code _pickle} name to the attribute of {@code pickle} that stands in for it. */
    private static final Map<String, String> FROM_PICKLE = Map.of(
            "PickleError", "PickleError", "PicklingError", "PicklingError",
            "UnpicklingError", "UnpicklingError", "Pickler", "_Pickler", "Unpickler", "_Unpickler",
            "dump", "_dump", "dumps", "_dumps", "load", "_load", "loads", "_loads");

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_pickle", true);
        m.set("PickleBuffer", PyPickleBuffer.TYPE);
        m.def("__getattr__", (a, k) -> {
            String name = a.length == 1 && a[0] instanceof PyStr s ? s.toString() : "";
            String target = FROM_PICKLE.get(name);
            if (target == null) {
                throw Errors.attributeError("module '_pickle' has no attribute '%s'", name);
            }
            PyObject pickle = ThreadState.current().interpreter.importModule("pickle", new PyDict(), PyNone.NONE, 0);
            return org.taipan.runtime.Abstract.getAttr(pickle, target);
        });
        return m;
    }
}
