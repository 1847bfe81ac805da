package org.taipan.modules.struct;

import java.util.HashMap;
import java.util.Map;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code _struct} module (CPython's {@code Modules/_struct.c}) that {@code struct.py}
 * re-exports: {@code pack}, {@code pack_into}, {@code unpack}, {@code unpack_from},
 * {@code iter_unpack}, {@code calcsize}, {@code Struct}, {@code error} and
 * {@code _clearcache}. The module functions compile their format through a per-module cache
 * of at most 100 {@link PyStruct}s, cleared when full, as CPython's {@code cache_struct} does.
 */
public final class StructModule {
    private StructModule() {}

    /** {@code struct.error}, an Exception subclass whose {@code __module__} is {@code struct}. */
    public static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("struct"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    private static final int MAXCACHE = 100;

    /** {@code struct.error(message)}. */
    static PyException error(String message) {
        return Errors.of(ERROR, message);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** Builds the module; each module object has its own format cache. */
    public static PyModule create() {
        PyModule m = new PyModule("_struct", true);
        Map<Object, PyStruct> cache = new HashMap<>();
        java.util.function.Function<PyObject, PyStruct> lookup = fmt -> {
            Object key = fmt instanceof PyStr s ? (Object) s.toString()
                    : fmt instanceof PyBytes b ? java.nio.ByteBuffer.wrap(b.bytes().clone()) : null;
            PyStruct s = key == null ? null : cache.get(key);
            if (s == null) {
                s = PyStruct.of(fmt);
                if (key != null) {
                    if (cache.size() >= MAXCACHE) {
                        cache.clear();
                    }
                    cache.put(key, s);
                }
            }
            return s;
        };
        m.set("Struct", PyStruct.TYPE);
        m.set("error", ERROR);
        def(m, "_clearcache", (a, k) -> {
            Args.noArgs("_clearcache", a, k);
            cache.clear();
            return PyNone.NONE;
        });
        def(m, "calcsize", (a, k) -> {
            PyObject f = PyStruct.oneArg("_struct.calcsize", a, k);
            return org.taipan.runtime.PyInt.of(lookup.apply(f).fmtSize());
        });
        def(m, "pack", (a, k) -> {
            Args.noKeywords("_struct.pack", k);
            if (a.length == 0) {
                throw Errors.typeError("missing format argument");
            }
            return lookup.apply(a[0]).pack(a, 1);
        });
        def(m, "pack_into", (a, k) -> {
            Args.noKeywords("_struct.pack_into", k);
            if (a.length == 0) {
                throw Errors.typeError("missing format argument");
            }
            lookup.apply(a[0]).packInto(a, 1);
            return PyNone.NONE;
        });
        def(m, "unpack", (a, k) -> {
            Args.noKeywords("unpack", k);
            if (a.length != 2) {
                throw Errors.typeError("unpack expected 2 arguments, got %d", a.length);
            }
            return lookup.apply(a[0]).unpack(a[1]);
        });
        def(m, "unpack_from", (a, k) -> {
            if (Args.positional(a, k) < 1) {
                throw Errors.typeError("unpack_from() takes at least 1 positional argument (0 given)");
            }
            PyObject[] v = MethodArgs.bind("unpack_from", a, k, 1, "format", "buffer", "offset");
            return lookup.apply(v[0]).unpackFrom(MethodArgs.required("unpack_from", v, 1, "buffer"), v[2]);
        });
        def(m, "iter_unpack", (a, k) -> {
            Args.noKeywords("iter_unpack", k);
            if (a.length != 2) {
                throw Errors.typeError("iter_unpack expected 2 arguments, got %d", a.length);
            }
            return lookup.apply(a[0]).iterUnpack(a[1]);
        });
        for (int i = 0; i < m.dict().size(); i++) {
            if (m.dict().valueAt(i) instanceof PyBuiltinFunction f) {
                f.setModule(m);
            }
        }
        return m;
    }
}
