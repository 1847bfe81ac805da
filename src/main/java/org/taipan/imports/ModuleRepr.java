package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code repr(module)}, as {@code importlib._bootstrap._module_repr} computes it in CPython 3.11:
 * from the module's {@code __spec__} when it has one ({@code <module 'm' from '/path/m.py'>},
 * {@code <module 'math' (built-in)>}), else its loader's {@code module_repr}, else
 * {@code __name__}, {@code __file__} and {@code __loader__}.
 */
public final class ModuleRepr {
    private ModuleRepr() {}

    /** The repr text. */
    public static String repr(PyModule module) {
        PyObject spec = attr(module, "__spec__");
        PyObject loader = attr(module, "__loader__");
        if (spec != null && Abstract.isTrue(spec)) {
            return fromSpec(spec);
        }
        if (loader == BuiltinImporter.TYPE || loader == null && module.isBuiltin()) {
            return "<module " + Abstract.repr(nameOf(module)) + " (built-in)>";
        }
        if (loader != null && !(loader instanceof SourceFileLoader) && Abstract.lookupAttr(loader, PyStr.of("module_repr")) != null) {
            try {
                return Names.str(Callables.callAttr(loader, "module_repr", module));
            } catch (PyException e) {
                // fall through to the generic form, as CPython does
            }
        }
        PyObject name = nameOf(module);
        PyObject file = module.dict().getItem(PyStr.of("__file__"));
        if (file == null) {
            return loader == null ? "<module " + Abstract.repr(name) + ">"
                    : "<module " + Abstract.repr(name) + " (" + Abstract.repr(loader) + ")>";
        }
        return "<module " + Abstract.repr(name) + " from " + Abstract.repr(file) + ">";
    }

    private static PyObject nameOf(PyModule module) {
        PyObject n = module.dict().getItem(PyStr.of("__name__"));
        return n == null ? PyStr.of("?") : n;
    }

    /** A module attribute, null when missing or None. */
    private static PyObject attr(PyModule module, String name) {
        PyObject v = module.dict().getItem(PyStr.of(name));
        return v == PyNone.NONE ? null : v;
    }

    /** {@code _module_repr_from_spec}. */
    private static String fromSpec(PyObject spec) {
        PyObject nameObj = Abstract.getAttr(spec, "name");
        String name = Abstract.repr(nameObj == PyNone.NONE ? PyStr.of("?") : nameObj);
        PyObject origin = Abstract.getAttr(spec, "origin");
        if (origin == PyNone.NONE) {
            PyObject loader = Abstract.getAttr(spec, "loader");
            return loader == PyNone.NONE ? "<module " + name + ">" : "<module " + name + " (" + Abstract.repr(loader) + ")>";
        }
        if (Abstract.isTrue(Abstract.getAttr(spec, "has_location"))) {
            return "<module " + name + " from " + Abstract.repr(origin) + ">";
        }
        return "<module " + Abstract.repr(Abstract.getAttr(spec, "name")) + " (" + Names.str(origin) + ")>";
    }
}
