package org.taipan.runtime;

/** {@code int | str}: a {@code types.UnionType} of classes (PEP 604), usable with isinstance and issubclass. */
public final class PyUnion extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("types.UnionType", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : ((PyUnion) o).args.array()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(a == PyNone.NONE || a == PyNone.TYPE ? "None"
                        : a instanceof PyType t ? (TypeSlots.moduleName(t).equals("builtins") ? t.qualname()
                        : TypeSlots.moduleName(t) + "." + t.qualname()) : Abstract.repr(a));
            }
            return PyStr.of(sb.toString());
        };
        TYPE.nb_or = PyUnion::or;
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyUnion y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = PySet.of(((PyUnion) a).args, true).size() == PySet.of(y.args, true).size()
                    && Abstract.richCompareBool(PySet.of(((PyUnion) a).args, true), PySet.of(y.args, true), CompareOp.EQ);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> Abstract.hash(PySet.of(((PyUnion) o).args, true));
        TYPE.addAttr("__args__", new PyGetSetDescr(TYPE, "__args__", o -> ((PyUnion) o).args, null));
        TYPE.addAttr("__parameters__", new PyGetSetDescr(TYPE, "__parameters__", o -> ((PyUnion) o).parameters(), null));
        TYPE.mp_subscript = (o, item) -> ((PyUnion) o).subscript(item);
        // union_getattro: __module__ is the type's ("types"), as typing's introspection expects.
        TYPE.tp_getattro = (o, name) -> name.toString().equals("__module__") ? Abstract.getAttr(TYPE, name)
                : ObjectSlots.genericGetAttr(o, name);
        TYPE.addMethod("__instancecheck__", (self, a, k) -> PyBool.of(Abstract.isInstance(Args.oneArg("__instancecheck__",
                a, k), ((PyUnion) self).args)));
        TYPE.addMethod("__subclasscheck__", (self, a, k) -> PyBool.of(Abstract.isSubclass(Args.oneArg("__subclasscheck__",
                a, k), ((PyUnion) self).args)));
        TYPE.ready();
    }

    final PyTuple args;
    private PyTuple parameters;

    private PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = parameters = TypeParams.make(args);
        }
        return p;
    }

    /**
     * {@code (int | list[T])[str]}: the arguments with the type variables substituted, joined
     * with {@code |} again ({@code union_getitem}).
     */
    private PyObject subscript(PyObject item) {
        PyObject[] newArgs = TypeParams.substitute(this, args, parameters(), item).array();
        if (newArgs.length == 0) {
            return new PyUnion(PyTuple.EMPTY);
        }
        PyObject res = newArgs[0];
        for (int i = 1; i < newArgs.length; i++) {
            res = Abstract.binaryOp(Abstract.NB_OR, res, newArgs[i]);
        }
        return res;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
    }

    /** {@code a | b} for classes, None, generic aliases and unions; NotImplemented otherwise. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            PyObject[] parts = x instanceof PyUnion u ? u.args.array() : new PyObject[] {x == PyNone.NONE ? PyNone.TYPE : x};
            for (PyObject p : parts) {
                // dedup_and_flatten_args: classes by identity, generic aliases by ==
                boolean seen = false;
                for (PyObject q : items) {
                    seen |= q == p || (p instanceof PyGenericAlias && q instanceof PyGenericAlias
                            && Abstract.richCompareBool(q, p, CompareOp.EQ));
                }
                if (!seen) {
                    items.add(p);
                }
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnion(PyTuple.of(items.toArray(new PyObject[0])));
    }
}
