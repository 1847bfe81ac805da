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
        def(m, "lock_held", (a, k) -> {
            Args.noArgs("lock_held", a, k);
            return PyBool.FALSE;
        });
        def(m, "acquire_lock", (a, k) -> {
            Args.noArgs("acquire_lock", a, k);
            return PyNone.NONE;
        });
        def(m, "release_lock", (a, k) -> {
            Args.noArgs("release_lock", a, k);
            return PyNone.NONE;
        });
        // 1 for a builtin module, -1 for one that cannot be initialised again, 0 for others.
        def(m, "is_builtin", (a, k) -> {
            String name = Names.str(Args.oneArg("is_builtin", a, k));
            return PyInt.of(name.equals("sys") || name.equals("builtins") ? -1 : BuiltinModuleNames.contains(name) ? 1 : 0);
        });
        def(m, "create_builtin", (a, k) -> {
            PyObject spec = Args.oneArg("create_builtin", a, k);
            return BuiltinImporter.createOrFail(Names.str(Abstract.getAttr(spec, "name")));
        });
        def(m, "exec_builtin", (a, k) -> {
            Args.oneArg("exec_builtin", a, k);
            return PyInt.ZERO;
        });
        def(m, "is_frozen", (a, k) -> {
            Args.oneArg("is_frozen", a, k);
            return PyBool.FALSE;
        });
        def(m, "find_frozen", (a, k) -> {
            MethodArgs.bind("find_frozen", a, k, 1, "name", "withdata");
            return PyNone.NONE;
        });
        for (String f : new String[] {"get_frozen_object", "init_frozen", "is_frozen_package"}) {
            def(m, f, (a, k) -> {
                PyObject name = a.length > 0 ? a[0] : PyNone.NONE;
                throw ImportErrors.of(ExceptionTypes.ImportError, "No such frozen object named " + Abstract.repr(name),
                        name, null);
            });
        }
        def(m, "_frozen_module_names", (a, k) -> PyTuple.EMPTY);
        def(m, "_override_frozen_modules_for_tests", (a, k) -> PyNone.NONE);
        def(m, "_fix_co_filename", (a, k) -> {
            Args.check("_fix_co_filename", a, k, 2, 2);
            return PyNone.NONE;
        });
        def(m, "extension_suffixes", (a, k) -> {
            Args.noArgs("extension_suffixes", a, k);
            return new PyList();
        });
        for (String f : new String[] {"create_dynamic", "exec_dynamic"}) {
            def(m, f, (a, k) -> {
                throw org.taipan.runtime.Errors.of(ExceptionTypes.ImportError, "Taipan cannot load C extension modules");
            });
        }
        m.set("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.setModule(m);
        m.set(name, f);
    }
}
