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
        m.set("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

}
