package org.taipan.modules.pickle;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * What {@code _pickle} reads from other modules (CPython's {@code PickleState}), per interpreter:
 * copyreg's {@code dispatch_table} and extension registries, {@code _compat_pickle}'s 2.x/3.x name
 * mappings, {@code codecs.encode}, {@code functools.partial} and {@code getattr}. They are the
 * modules' own objects, so registrations made after the import are seen. The exception classes
 * are shared by every interpreter, as the Java modules' types are.
 */
final class PickleState {
    static final PyType PICKLE_ERROR = exception("PickleError", ExceptionTypes.Exception);
    static final PyType PICKLING_ERROR = exception("PicklingError", PICKLE_ERROR);
    static final PyType UNPICKLING_ERROR = exception("UnpicklingError", PICKLE_ERROR);

    private static PyType exception(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_pickle"));
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {base}, ns);
    }

    final PyObject dispatchTable;
    final PyObject extensionRegistry;
    final PyObject invertedRegistry;
    final PyObject extensionCache;
    final PyObject nameMapping2to3;
    final PyObject importMapping2to3;
    final PyObject nameMapping3to2;
    final PyObject importMapping3to2;
    final PyObject codecsEncode;
    final PyObject partial;
    final PyObject getattr;

    private PickleState(Interpreter interp) {
        PyObject copyreg = importModule(interp, "copyreg");
        dispatchTable = Abstract.getAttr(copyreg, "dispatch_table");
        extensionRegistry = Abstract.getAttr(copyreg, "_extension_registry");
        invertedRegistry = Abstract.getAttr(copyreg, "_inverted_registry");
        extensionCache = Abstract.getAttr(copyreg, "_extension_cache");
        PyObject compat = importModule(interp, "_compat_pickle");
        nameMapping2to3 = Abstract.getAttr(compat, "NAME_MAPPING");
        importMapping2to3 = Abstract.getAttr(compat, "IMPORT_MAPPING");
        nameMapping3to2 = Abstract.getAttr(compat, "REVERSE_NAME_MAPPING");
        importMapping3to2 = Abstract.getAttr(compat, "REVERSE_IMPORT_MAPPING");
        codecsEncode = Abstract.getAttr(importModule(interp, "codecs"), "encode");
        partial = Abstract.getAttr(importModule(interp, "functools"), "partial");
        getattr = Abstract.getAttr(importModule(interp, "builtins"), "getattr");
    }

    private static PyObject importModule(Interpreter interp, String name) {
        return interp.importModule(name, new PyDict(), PyNone.NONE, 0);
    }

    /** The current interpreter's state, made (importing copyreg and friends) on first use. */
    static PickleState get() {
        Interpreter interp = ThreadState.current().interpreter;
        PickleState s = interp.moduleState(PickleState.class, () -> null);
        if (s == null) {
            // Made outside moduleState's map update: the imports may ask for other modules' states.
            PickleState made = new PickleState(interp);
            s = interp.moduleState(PickleState.class, () -> made);
        }
        return s;
    }

    static PyException picklingError(String fmt, Object... args) {
        return Errors.of(PICKLING_ERROR, args.length == 0 ? fmt : String.format(fmt, args));
    }

    static PyException unpicklingError(String fmt, Object... args) {
        return Errors.of(UNPICKLING_ERROR, args.length == 0 ? fmt : String.format(fmt, args));
    }
}
