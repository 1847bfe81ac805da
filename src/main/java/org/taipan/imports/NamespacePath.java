package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The {@code __path__} of a namespace package, {@code importlib._bootstrap_external._NamespacePath}:
 * a list of portions that is searched again when the parent's path ({@code sys.path} for a
 * top-level package) changes or {@code importlib.invalidate_caches()} was called, so a portion
 * added later is found.
 */
public final class NamespacePath extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_frozen_importlib_external._NamespacePath", PyType.OBJECT);

    static {
        TYPE.tp_iter = o -> Abstract.iter(((NamespacePath) o).recalculate());
        TYPE.mp_length = o -> Abstract.length(((NamespacePath) o).recalculate());
        TYPE.mp_subscript = (o, i) -> Abstract.getItem(((NamespacePath) o).recalculate(), i);
        TYPE.mp_ass_subscript = (o, i, v) -> Abstract.setItem(((NamespacePath) o).path, i, v);
        TYPE.sq_contains = (o, v) -> {
            for (PyObject p : Abstract.toArray(((NamespacePath) o).recalculate())) {
                if (Abstract.richCompareBool(p, v, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        TYPE.tp_repr = o -> PyStr.of("_NamespacePath(" + Abstract.repr(((NamespacePath) o).path) + ")");
        TYPE.addMethodOneArg("append", (self, arg) -> {
            org.taipan.runtime.Callables.callAttr(((NamespacePath) self).path, "append", arg);
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private final String name;
    private PyObject path;
    private PyTuple lastParentPath;
    private int lastEpoch;

    NamespacePath(String name, PyList path) {
        this.name = name;
        this.path = path;
        Interpreter interp = ThreadState.current().interpreter;
        this.lastParentPath = PyTuple.of(Abstract.toArray(parentPath(interp)));
        this.lastEpoch = interp.importer().namespaceEpoch();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code sys.path} for a top-level package, else the parent package's {@code __path__}. */
    private PyObject parentPath(Interpreter interp) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return interp.sysAttribute("path");
        }
        PyObject parent = interp.modules().getItem(PyStr.of(name.substring(0, dot)));
        return Abstract.getAttr(parent, "__path__");
    }

    /** The portions, searched again when the parent path or the cache epoch changed. */
    PyObject recalculate() {
        Interpreter interp = ThreadState.current().interpreter;
        PyTuple parent = PyTuple.of(Abstract.toArray(parentPath(interp)));
        int epoch = interp.importer().namespaceEpoch();
        if (!Abstract.richCompareBool(parent, lastParentPath, CompareOp.EQ) || epoch != lastEpoch) {
            PyObject spec = PathFinder.getSpec(interp, name, parent);
            if (spec instanceof ModuleSpec s && s.loader() == PyNone.NONE && Abstract.isTrue(s.searchLocations())) {
                path = s.searchLocations();
            }
            lastParentPath = parent;
            lastEpoch = epoch;
        }
        return path;
    }
}
