package org.taipan.modules.warnings;

import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * One interpreter's warning filters (CPython's {@code WarningsState}): {@code filters},
 * {@code _onceregistry}, {@code _defaultaction} and the filters' version, shared by the
 * {@code _warnings} module, the standard library's {@code warnings.py} (which takes the same
 * objects) and the runtime's own warnings. Made on first use with CPython's default filters
 * of a release build.
 */
final class WarningsState {
    final PyList filters = new PyList();
    final PyDict onceRegistry = new PyDict();
    PyObject defaultAction = PyStr.of("default");
    /** Bumped by {@code _filters_mutated()}: registries made under another version are cleared. */
    long version = 1;

    private WarningsState() {
        filters.append(filter("default", ExceptionTypes.DeprecationWarning, PyStr.of("__main__")));
        filters.append(filter("ignore", ExceptionTypes.DeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.PendingDeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.ImportWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.ResourceWarning, PyNone.NONE));
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.ZERO);
    }

    static WarningsState of(Interpreter interp) {
        return interp.moduleState(WarningsState.class, WarningsState::new);
    }
}
