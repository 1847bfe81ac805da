package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * {@code _imp} (CPython's {@code Python/import.c} module part): what importlib's Python code asks
 * of the interpreter. Taipan has no frozen modules and loads no C extensions, so the frozen
 * functions find nothing and the extension suffixes are empty; the import lock is the GIL's job
 * and is never held.
 */
public final class ImpModule {
    private ImpModule() {}

    /** A new {@code _imp} module. */
    public static PyModule create() {
        PyModule m = new PyModule("_imp", true);
        m.def("lock_held", (a, k) -> {
            Args.noArgs("lock_held", a, k);
            return PyBool.FALSE;
        });
        m.def("acquire_lock", (a, k) -> {
            Args.noArgs("acquire_lock", a, k);
            return PyNone.NONE;
        });
        m.def("release_lock", (a, k) -> {
            Args.noArgs("release_lock", a, k);
            return PyNone.NONE;
        });
        // 1 for a builtin module, -1 for one that cannot be initialised again, 0 for others.
        m.def("is_builtin", (a, k) -> {
            String name = Names.str(Args.oneArg("is_builtin", a, k));
            return PyInt.of(name.equals("sys") || name.equals("builtins") ? -1 : BuiltinModuleNames.contains(name) ? 1 : 0);
        });
        m.def("create_builtin", (a, k) -> {
            PyObject spec = Args.oneArg("create_builtin", a, k);
            return BuiltinImporter.createOrFail(Names.str(Abstract.getAttr(spec, "name")));
        });
        m.def("exec_builtin", (a, k) -> {
            Args.oneArg("exec_builtin", a, k);
            return PyInt.ZERO;
        });
        m.def("is_frozen", (a, k) -> {
            Args.oneArg("is_frozen", a, k);
            return PyBool.FALSE;
        });
        m.def("find_frozen", (a, k) -> {
            MethodArgs.bind("find_frozen", a, k, 1, "name", "withdata");
            return PyNone.NONE;
        });
        for (String f : new String[] {"get_frozen_object", "init_frozen", "is_frozen_package"}) {
            m.def(f, (a, k) -> {
                PyObject name = a.length > 0 ? a[0] : PyNone.NONE;
                throw ImportErrors.of(ExceptionTypes.ImportError, "No such frozen object named " + Abstract.repr(name),
                        name, null);
            });
        }
        m.def("_frozen_module_names", (a, k) -> PyTuple.EMPTY);
        m.def("_override_frozen_modules_for_tests", (a, k) -> PyNone.NONE);
        m.def("_fix_co_filename", (a, k) -> {
            Args.check("_fix_co_filename", a, k, 2, 2);
            return PyNone.NONE;
        });
        m.def("extension_suffixes", (a, k) -> {
            Args.noArgs("extension_suffixes", a, k);
            return new PyList();
        });
        for (String f : new String[] {"create_dynamic", "exec_dynamic"}) {
            m.def(f, (a, k) -> {
                throw org.taipan.runtime.Errors.of(ExceptionTypes.ImportError, "Taipan cannot load C extension modules");
            });
        }
        m.def("source_hash", (a, k) -> sourceHash(a, k));
        m.set("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

    /**
     * {@code _imp.source_hash(key, source)}: the 8-byte hash a hash-based {@code .pyc} records of
     * its source (PEP 552), SipHash-1-3 keyed by {@code key} as CPython's {@code _Py_KeyedHash},
     * in little-endian byte order; importlib passes its magic number as the key.
     *
     * @throws org.taipan.runtime.PyException TypeError for a key that is not an integer or a source
     *         that is not bytes-like; OverflowError for a key outside a C long
     */
    private static PyObject sourceHash(PyObject[] a, String[] k) {
        PyObject[] bound = org.taipan.runtime.MethodArgs.bind("source_hash", a, k, 0, "key", "source");
        org.taipan.runtime.PyInt key = org.taipan.runtime.Abstract.index(
                org.taipan.runtime.MethodArgs.required("source_hash", bound, 0, "key"), null);
        byte[] source = org.taipan.runtime.Buffers.require(org.taipan.runtime.MethodArgs.required("source_hash", bound, 1, "source"));
        if (!key.fitsLong()) {
            throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C long");
        }
        long h = org.taipan.runtime.PyHash.keyed(key.longValue(), source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return org.taipan.runtime.PyBytes.of(out);
    }
}
