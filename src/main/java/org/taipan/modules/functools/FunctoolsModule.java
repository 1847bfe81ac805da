package org.taipan.modules.functools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _functools} module (CPython's {@code Modules/_functoolsmodule.c}): {@code reduce},
 * {@code cmp_to_key}, {@code partial} and {@code _lru_cache_wrapper}, which {@code functools.py}
 * takes in place of its pure-Python versions.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_functools", true);
        m.set("__doc__", PyStr.of("Tools that operate on functions."));
        m.set("partial", PyPartial.TYPE);
        m.set("KeyWrapper", KeyWrapper.TYPE);
        m.set("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        m.def("reduce", FunctoolsModule::reduce);
        m.def("cmp_to_key", (a, k) -> {
            PyObject[] b = MethodArgs.bind("cmp_to_key", a, k, 0, "mycmp");
            return new KeyWrapper(MethodArgs.required("cmp_to_key", b, 0, "mycmp"), null);
        });
        return m;
    }

    /** {@code reduce(function, iterable[, initial])}. */
    private static PyObject reduce(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("reduce() takes no keyword arguments");
        }
        Args.check("reduce", a, k, 2, 3);
        PyObject it;
        try {
            it = Abstract.iter(a[1]);
        } catch (PyException e) {
            if (Abstract.isInstance(e.value, ExceptionTypes.TypeError)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject result = a.length > 2 ? a[2] : null;
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            result = result == null ? v : Callables.call(a[0], result, v);
        }
        if (result == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }
}
