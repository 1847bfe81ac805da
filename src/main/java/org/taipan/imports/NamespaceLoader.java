package org.taipan.imports;

import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The loader of a namespace package, {@code importlib._bootstrap_external.NamespaceLoader}: it
 * has no code to run; {@code _path} is the package's {@link NamespacePath}.
 */
public final class NamespaceLoader extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtinFinal("_frozen_importlib_external.NamespaceLoader", PyType.OBJECT);

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.addMethodOneArg("is_package", (self, arg) -> {
            return PyBool.TRUE;
        });
        TYPE.addMethodOneArg("get_source", (self, arg) -> {
            return PyStr.of("");
        });
        TYPE.addMethodOneArg("get_code", (self, arg) -> {
            return new PyCode(ThreadState.current().interpreter.compile("", "<string>", org.taipan.parse.Mode.EXEC));
        });
        TYPE.addMethodOneArg("create_module", (self, arg) -> {
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("exec_module", (self, arg) -> {
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("get_resource_reader", (self, arg) -> {
            PyObject readers = ThreadState.current().interpreter.importer().importModule("importlib.readers",
                    new PyDict(), PyStr.of("NamespaceReader"), 0);
            return Callables.callAttr(readers, "NamespaceReader", ((NamespaceLoader) self).dict.getItem(PyStr.of("_path")));
        });
        TYPE.ready();
    }

    private final PyDict dict = new PyDict();

    /** A loader whose {@code _path} is {@code path}. */
    NamespaceLoader(PyObject path) {
        dict.setItem(PyStr.of("_path"), path);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
