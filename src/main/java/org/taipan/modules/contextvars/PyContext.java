package org.taipan.modules.contextvars;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code contextvars.Context} (CPython's Python/context.c): an immutable-looking mapping from
 * {@link PyContextVar} to value. Each thread has a current context; {@code ContextVar.set}
 * replaces the current context's mapping by a copy with one more entry, so a context copied
 * earlier ({@code copy_context()}) keeps the values it saw. Mappings are small in practice, so
 * copy-on-write stands in for CPython's HAMT.
 */
public final class PyContext extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_contextvars.Context", PyType.OBJECT);

    /** The variables and their values; never mutated once published, only replaced. */
    PyDict vars;
    /** True while {@code run} has this context current: a context cannot be entered twice. */
    private boolean entered;

    PyContext(PyDict vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The calling thread's current context, created empty on first use. */
    static PyContext current() {
        ThreadState ts = ThreadState.current();
        if (!(ts.contextvarsContext instanceof PyContext c)) {
            PyContext c0 = new PyContext(new PyDict());
            ts.contextvarsContext = c0;
            return c0;
        }
        return c;
    }

    /** {@code copy_context()} and {@code Context.copy()}: a new context with the same entries. */
    PyContext copy() {
        return new PyContext(vars);
    }

    /** {@code Context.run(callable, *args, **kwargs)}: calls it with this context current. */
    private PyObject run(PyObject[] a, String[] k) {
        if (Args.positional(a, k) < 1) {
            throw Errors.typeError("run() missing 1 required positional argument");
        }
        if (entered) {
            throw Errors.of(ExceptionTypes.RuntimeError,
                    "cannot enter context: " + Abstract.repr(this) + " is already entered");
        }
        ThreadState ts = ThreadState.current();
        PyObject prev = ts.contextvarsContext;
        if (!(prev instanceof PyContext)) {
            prev = current();
        }
        entered = true;
        ts.contextvarsContext = this;
        try {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Callables.call(a[0], rest, k);
        } finally {
            ts.contextvarsContext = prev;
            entered = false;
        }
    }

    private static PyContextVar key(PyObject k) {
        if (!(k instanceof PyContextVar v)) {
            throw Errors.typeError("a ContextVar key was expected, got %s", Abstract.repr(k));
        }
        return v;
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("Context() does not accept any arguments");
            }
            return new PyContext(new PyDict());
        };
        TYPE.tp_repr = o -> PyStr.of("<_contextvars.Context object at " + ObjectSlots.address(o) + ">");
        TYPE.tp_hash = o -> {
            throw Errors.typeError("unhashable type: '%s'", o.type().name());
        };
        TYPE.mp_length = o -> ((PyContext) o).vars.size();
        TYPE.mp_subscript = (o, k) -> {
            PyObject v = ((PyContext) o).vars.getItem(key(k));
            if (v == null) {
                throw Errors.of(ExceptionTypes.KeyError, k);
            }
            return v;
        };
        TYPE.sq_contains = (o, k) -> ((PyContext) o).vars.getItem(key(k)) != null;
        TYPE.tp_iter = o -> Abstract.iter(keys((PyContext) o));
        TYPE.addMethod("get", (self, a, k) -> {
            PyObject[] b = org.taipan.runtime.MethodArgs.bind("get", a, k, 2, "key", "default");
            PyObject v = ((PyContext) self).vars.getItem(key(org.taipan.runtime.MethodArgs.required("get", b, 0, "key")));
            return v != null ? v : b[1] == null ? PyNone.NONE : b[1];
        });
        TYPE.addMethodNoArgs("keys", self -> {
            return keys((PyContext) self);
        });
        TYPE.addMethodNoArgs("values", self -> {
            PyDict d = ((PyContext) self).vars;
            PyList l = new PyList();
            for (int i = 0; i < d.size(); i++) {
                l.append(d.valueAt(i));
            }
            return l;
        });
        TYPE.addMethodNoArgs("items", self -> {
            PyDict d = ((PyContext) self).vars;
            PyList l = new PyList();
            for (int i = 0; i < d.size(); i++) {
                l.append(org.taipan.runtime.PyTuple.of(d.keyAt(i), d.valueAt(i)));
            }
            return l;
        });
        TYPE.addMethodNoArgs("copy", self -> {
            return ((PyContext) self).copy();
        });
        TYPE.addMethod("run", (self, a, k) -> ((PyContext) self).run(a, k));
        TYPE.tp_richcompare = (x, y, op) -> {
            if (!(y instanceof PyContext c) || op != org.taipan.runtime.CompareOp.EQ && op != org.taipan.runtime.CompareOp.NE) {
                return org.taipan.runtime.PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = Abstract.richCompareBool(((PyContext) x).vars, c.vars, org.taipan.runtime.CompareOp.EQ);
            return PyBool.of(op == org.taipan.runtime.CompareOp.EQ ? eq : !eq);
        };
        TYPE.ready();
    }

    private static PyList keys(PyContext c) {
        PyList l = new PyList();
        for (int i = 0; i < c.vars.size(); i++) {
            l.append(c.vars.keyAt(i));
        }
        return l;
    }
}
