package org.taipan.modules.pickle;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code _pickle}, CPython 3.11's C accelerator of {@code pickle} ({@code Modules/_pickle.c}):
 * {@link PyPickler}, {@link PyUnpickler}, {@code dump}, {@code dumps}, {@code load}, {@code loads},
 * the exceptions {@code PickleError}, {@code PicklingError}, {@code UnpicklingError}, and
 * {@link PyPickleBuffer}. {@code pickle.py} imports these over its pure-Python classes, so
 * {@code pickle.Pickler} is {@code _pickle.Pickler} as in CPython.
 */
public final class PickleModule {
    private PickleModule() {}

    private static final String DOC = "Optimized C implementation for the Python pickle module.";

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_pickle", true);
        m.set("__doc__", PyStr.of(DOC));
        m.set("PickleBuffer", PyPickleBuffer.TYPE);
        m.set("PickleError", PickleState.PICKLE_ERROR);
        m.set("PicklingError", PickleState.PICKLING_ERROR);
        m.set("UnpicklingError", PickleState.UNPICKLING_ERROR);
        m.set("Pickler", PyPickler.TYPE);
        m.set("Unpickler", PyUnpickler.TYPE);
        m.def("dump", (a, k) -> {
            PyObject[] p = MethodArgs.bind("dump", a, k, 0, "obj", "file", "protocol", "fix_imports", "buffer_callback");
            checkKeywordOnly("dump", a, k, 3);
            PyObject obj = MethodArgs.required("dump", p, 0, "obj");
            PyObject file = MethodArgs.required("dump", p, 1, "file");
            PyPickler pickler = new PyPickler(PyPickler.TYPE);
            pickler.init(file, p[2], p[3] == null || Abstract.isTrue(p[3]), p[4]);
            pickler.dump(obj);
            return PyNone.NONE;
        });
        m.def("dumps", (a, k) -> {
            PyObject[] p = MethodArgs.bind("dumps", a, k, 0, "obj", "protocol", "fix_imports", "buffer_callback");
            checkKeywordOnly("dumps", a, k, 2);
            PyObject obj = MethodArgs.required("dumps", p, 0, "obj");
            return PyPickler.dumps(obj, p[1], p[2] == null || Abstract.isTrue(p[2]), p[3]);
        });
        m.def("load", (a, k) -> {
            PyObject[] p = PyUnpickler.bindKeywordOnly("load", a, k);
            PyObject file = MethodArgs.required("load", p, 0, "file");
            PyUnpickler u = new PyUnpickler(PyUnpickler.TYPE);
            u.init(file, p, "load");
            return u.load();
        });
        m.def("loads", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (k != null) {
                for (String name : k) {
                    if (name.equals("data") || name.equals("file")) {
                        throw Errors.typeError("'%s' is an invalid keyword argument for loads()", name);
                    }
                }
            }
            PyObject[] p = PyUnpickler.bindKeywordOnly("loads", a, k);
            if (npos < 1) {
                throw Errors.typeError("loads() missing required argument 'data' (pos 1)");
            }
            return PyUnpickler.loads(p[0], p);
        });
        return m;
    }

    /** The parameters after the first {@code positional} ones are keyword-only. */
    private static void checkKeywordOnly(String fname, PyObject[] a, String[] k, int positional) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > positional) {
            throw Errors.typeError("%s() takes at most %d positional arguments (%d given)", fname, positional, npos);
        }
    }
}
