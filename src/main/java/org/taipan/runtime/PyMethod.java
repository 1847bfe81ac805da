package org.taipan.runtime;

import org.taipan.interp.Eval;

/** A bound method ({@code obj.f}): calling it calls {@code f(obj, ...)}. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("method", PyType.OBJECT);

    static {
        // types.MethodType(function, instance), as CPython's method_new (weakref.WeakMethod uses it).
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywords("method", k);
            Args.check("method", a, k, 2, 2);
            if (a[0].type().tp_call == null) {
                throw Errors.typeError("first argument must be callable");
            }
            if (a[1] == PyNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        };
        TYPE.tp_call = (m, a, k) -> ((PyMethod) m).call(a, k);
        TYPE.tp_repr = o -> {
            PyMethod m = (PyMethod) o;
            PyObject qn = Abstract.lookupAttr(m.function, PyStr.of("__qualname__"));
            if (qn == null) {
                qn = Abstract.lookupAttr(m.function, PyStr.of("__name__")); // method_repr's fallback
            }
            String name = qn instanceof PyStr s ? s.toString() : "?";
            return PyStr.of("<bound method " + name + " of " + Abstract.repr(m.self) + ">");
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethod y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod x = (PyMethod) a;
            boolean eq = x.self == y.self && Abstract.richCompareBool(x.function, y.function, CompareOp.EQ);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> System.identityHashCode(((PyMethod) o).self) ^ Abstract.hash(((PyMethod) o).function);
        TYPE.tp_getattro = (o, name) -> {
            PyObject v = ObjectSlots.genericGetAttrOrNull(o, name);
            return v != null ? v : Abstract.getAttr(((PyMethod) o).function, name);
        };
        TYPE.addAttr("__func__", new PyGetSetDescr(TYPE, "__func__", o -> ((PyMethod) o).function, null));
        TYPE.addAttr("__self__", new PyGetSetDescr(TYPE, "__self__", o -> ((PyMethod) o).self, null));
        // method_get_doc: the function's docstring, not object's (which the MRO would find first)
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__",
                o -> Abstract.getAttr(((PyMethod) o).function, "__doc__"), null));
        TYPE.addMethod("__reduce__", Reductions::boundMethod);
        TYPE.ready();
    }

    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        if (function instanceof PyFunction f) {
            return Eval.callMethod(f, self, args, kwnames);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Callables.call(function, all, kwnames);
    }
}
