package org.taipan.imports;

import org.taipan.builtins.BuiltinsModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The meta path finder and loader of builtin (Java) modules, {@code importlib._bootstrap.BuiltinImporter}:
 * a class used as is (never instantiated), whose methods are callable on the class. The importer
 * recognises it in {@code sys.meta_path} and calls {@link #create} directly.
 */
public final class BuiltinImporter {
    /** The class object placed in {@code sys.meta_path}. */
    public static final PyType TYPE = PyType.builtin("_frozen_importlib.BuiltinImporter", PyType.OBJECT);

    /** {@code BuiltinImporter._ORIGIN}, the {@code origin} of a builtin module's spec. */
    static final PyStr ORIGIN = PyStr.of("built-in");

    static {
        TYPE.addAttr("_ORIGIN", ORIGIN);
        staticMethod("find_spec", (a, k) -> {
            PyObject[] b = MethodArgs.bind("find_spec", a, k, 0, "fullname", "path", "target");
            PyObject name = MethodArgs.required("find_spec", b, 0, "fullname");
            if (b[1] != null && b[1] != PyNone.NONE) {
                return PyNone.NONE;
            }
            return BuiltinModuleNames.contains(Names.str(name)) ? spec(name) : PyNone.NONE;
        });
        staticMethod("create_module", (a, k) -> {
            PyObject spec = Args.oneArg("create_module", a, k);
            String name = Names.str(Abstract.getAttr(spec, "name"));
            if (!BuiltinModuleNames.contains(name)) {
                throw ImportErrors.raisedByImportlib(ExceptionTypes.ImportError, "'" + name + "' is not a built-in module",
                        name);
            }
            return createOrFail(name);
        });
        staticMethod("exec_module", (a, k) -> {
            Args.oneArg("exec_module", a, k);
            return PyNone.NONE;
        });
        staticMethod("get_code", (a, k) -> PyNone.NONE);
        staticMethod("get_source", (a, k) -> PyNone.NONE);
        staticMethod("is_package", (a, k) -> PyBool.FALSE);
        TYPE.ready();
    }

    private BuiltinImporter() {}

    private static void staticMethod(String name, PyBuiltinFunction.Body body) {
        TYPE.addAttr(name, new PyStaticMethod(new PyBuiltinFunction(name, body)));
    }

    /** {@code spec_from_loader(name, BuiltinImporter, origin='built-in')}. */
    static ModuleSpec spec(PyObject name) {
        return new ModuleSpec(name, TYPE, ORIGIN, false);
    }

    /**
     * A new instance of builtin module {@code name} for the current interpreter, or null when
     * Taipan has no such module ({@code sys} and {@code builtins} are the interpreter's own).
     */
    static PyModule create(String name) {
        return BuiltinsModule.createBuiltinModule(ThreadState.current().interpreter, name);
    }

    /** {@code _imp.create_builtin}: the module, or ImportError "no built-in module named x". */
    static PyModule createOrFail(String name) {
        PyModule m = create(name);
        if (m == null) {
            throw ImportErrors.of(ExceptionTypes.ImportError, "no built-in module named " + name, PyStr.of(name), null);
        }
        return m;
    }
}
