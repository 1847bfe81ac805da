package org.taipan.runtime;

/** {@code list[int]}: a {@code types.GenericAlias} (PEP 585) made by a builtin's {@code __class_getitem__}. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT).markOwnLayout();

    static {
        // Subclassable as in CPython: _collections_abc defines _CallableGenericAlias(GenericAlias).
        TYPE.tp_new = (t, a, k) -> {
            if (t == TYPE) {
                Args.noKeywords("GenericAlias", k);
            }
            int n = Args.positional(a, k);
            if (n != 2) {
                throw Errors.typeError("GenericAlias expected 2 arguments, got %d", n);
            }
            return new PyGenericAlias(t, a[0], a[1]);
        };
        TYPE.tp_repr = o -> PyStr.of(((PyGenericAlias) o).repr());
        TYPE.tp_call = (o, a, k) -> Callables.call(((PyGenericAlias) o).origin, a, k);
        TYPE.tp_getattro = (o, name) -> {
            PyObject v = ObjectSlots.genericGetAttrOrNull(o, name);
            return v != null ? v : Abstract.getAttr(((PyGenericAlias) o).origin, name);
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyGenericAlias y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyGenericAlias x = (PyGenericAlias) a;
            boolean eq = x.origin == y.origin && Abstract.richCompareBool(x.args, y.args, CompareOp.EQ);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> Abstract.hash(((PyGenericAlias) o).origin) ^ Abstract.hash(((PyGenericAlias) o).args);
        TYPE.nb_or = PyUnion::or; // list[int] | str is a types.UnionType (_Py_union_type_or)
        TYPE.addAttr("__origin__", new PyGetSetDescr(TYPE, "__origin__", o -> ((PyGenericAlias) o).origin, null));
        TYPE.addAttr("__args__", new PyGetSetDescr(TYPE, "__args__", o -> ((PyGenericAlias) o).args, null));
        TYPE.ready();
    }

    private final PyType type;
    private final PyObject origin;
    private final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this(TYPE, origin, args);
    }

    private PyGenericAlias(PyType type, PyObject origin, PyObject args) {
        this.type = type;
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    private static String argRepr(PyObject a) {
        if (a == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (a instanceof PyType t) {
            String mod = TypeSlots.moduleName(t);
            return mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        }
        return Abstract.repr(a);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        PyObject[] a = args.array();
        if (a.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(a[i]));
        }
        return sb.append(']').toString();
    }

    /** Adds {@code __class_getitem__} to a builtin generic type. */
    public static void install(PyType t) {
        t.addAttr("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, k) -> {
            // CPython names the method by its qualified name: "deque.__class_getitem__", not "collections.deque...".
            Args.noKeywords(t.shortName() + ".__class_getitem__", k);
            if (a.length != 2) {
                throw Errors.typeError("%s.__class_getitem__() takes exactly one argument (%d given)", t.shortName(),
                        a.length - 1);
            }
            return new PyGenericAlias(a[0], a[1]);
        })));
    }
}
