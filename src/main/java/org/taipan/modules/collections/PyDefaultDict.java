package org.taipan.modules.collections;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ReprGuard;

/**
 * {@code collections.defaultdict} (CPython's {@code defdictobject}): a dict whose
 * {@code __missing__} stores and returns {@code default_factory()}. A dict subclass in Python,
 * so every dict operation is dict's own; only construction, {@code __missing__}, repr, copy,
 * reduce and {@code |} are defined here.
 */
final class PyDefaultDict extends PyDict.Sub {
    static final PyType TYPE = PyType.builtin("collections.defaultdict", PyDict.TYPE).markOwnLayout();

    /** The factory, or None. */
    PyObject factory = PyNone.NONE;

    PyDefaultDict(PyType type) {
        super(type);
    }

    /** {@code type(dd)(dd.default_factory, source)}: how CPython's copy and {@code |} make new instances. */
    private static PyObject newLike(PyObject dd, PyObject source) {
        PyObject f = dd instanceof PyDefaultDict d ? d.factory : PyNone.NONE;
        return Callables.call(dd.type(), f, source);
    }

    private static PyObject repr(PyObject self) {
        PyDefaultDict d = (PyDefaultDict) self;
        String base = PyDict.TYPE.tp_repr.call(self).toString();
        String f;
        if (d.factory == PyNone.NONE) {
            f = "None";
        } else if (!ReprGuard.enter(d.factory)) {
            f = "...";
        } else {
            try {
                f = Abstract.repr(d.factory);
            } finally {
                ReprGuard.exit(d.factory);
            }
        }
        return PyStr.of(d.type().shortName() + "(" + f + ", " + base + ")");
    }

    static {
        TYPE.tp_new = (t, a, k) -> new PyDefaultDict(t);
        TYPE.tp_init = (self, a, k) -> {
            int npos = Args.positional(a, k);
            PyObject[] rest = a;
            if (npos > 0) {
                PyObject f = a[0];
                if (f != PyNone.NONE && f.type().tp_call == null) {
                    throw Errors.typeError("first argument must be callable or None");
                }
                ((PyDefaultDict) self).factory = f;
                rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            }
            PyDict.TYPE.tp_init.call(self, rest, k);
        };
        TYPE.tp_repr = PyDefaultDict::repr;
        TYPE.addMethodOneArg("__missing__", (self, arg) -> {
            PyObject key = arg;
            PyDefaultDict d = (PyDefaultDict) self;
            if (d.factory == PyNone.NONE) {
                throw Errors.keyError(key);
            }
            PyObject v = Callables.call(d.factory);
            Abstract.setItem(self, key, v);
            return v;
        });
        TYPE.addMethodNoArgs("copy", self -> {
            return newLike(self, self);
        });
        TYPE.addMethodNoArgs("__copy__", self -> {
            return newLike(self, self);
        });
        TYPE.addMethodNoArgs("__reduce__", self -> {
            PyDefaultDict d = (PyDefaultDict) self;
            PyObject args = d.factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(d.factory);
            return PyTuple.of(d.type(), args, PyNone.NONE, PyNone.NONE,
                    Abstract.iter(Callables.callAttr(self, "items")));
        });
        TYPE.nb_or = (a, b) -> {
            PyObject self = a instanceof PyDefaultDict ? a : b;
            PyObject other = self == a ? b : a;
            if (!(other instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject n = newLike(self, a);
            Callables.callAttr(n, "update", b);
            return n;
        };
        TYPE.addAttr("default_factory", new PyGetSetDescr(TYPE, "default_factory",
                o -> ((PyDefaultDict) o).factory, (o, v) -> ((PyDefaultDict) o).factory = v == null ? PyNone.NONE : v));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
