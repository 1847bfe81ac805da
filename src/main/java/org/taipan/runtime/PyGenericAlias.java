package org.taipan.runtime;

/** {@code list[int]}: a {@code types.GenericAlias} (PEP 585) made by a builtin's {@code __class_getitem__}. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT).markOwnLayout();

    /**
     * The attributes an alias answers itself; every other name is looked up on its origin
     * ({@code attr_exceptions} in CPython 3.11's genericaliasobject.c).
     */
    private static final java.util.Set<String> OWN_ATTRS = new java.util.LinkedHashSet<>(java.util.List.of("__class__",
            "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
            "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"));

    static {
        // Subclassable as in CPython: _collections_abc defines _CallableGenericAlias(GenericAlias).
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywords("GenericAlias", k);
            int n = Args.positional(a, k);
            if (n != 2) {
                throw Errors.typeError("GenericAlias expected 2 arguments, got %d", n);
            }
            return new PyGenericAlias(t, a[0], a[1]);
        };
        TYPE.tp_repr = o -> PyStr.of(((PyGenericAlias) o).repr());
        TYPE.tp_call = (o, a, k) -> ((PyGenericAlias) o).call(a, k);
        TYPE.tp_getattro = (o, name) -> OWN_ATTRS.contains(name.toString()) ? ObjectSlots.genericGetAttr(o, name)
                : Abstract.getAttr(((PyGenericAlias) o).origin, name);
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyGenericAlias y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyGenericAlias x = (PyGenericAlias) a;
            boolean eq = x.starred == y.starred && Abstract.richCompareBool(x.origin, y.origin, CompareOp.EQ)
                    && Abstract.richCompareBool(x.args, y.args, CompareOp.EQ);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> Abstract.hash(((PyGenericAlias) o).origin) ^ Abstract.hash(((PyGenericAlias) o).args);
        TYPE.tp_iter = o -> new StarIterator((PyGenericAlias) o);
        TYPE.mp_subscript = (o, item) -> ((PyGenericAlias) o).subscript(item);
        TYPE.nb_or = PyUnion::or; // list[int] | str is a types.UnionType (_Py_union_type_or)
        TYPE.addAttr("__origin__", new PyGetSetDescr(TYPE, "__origin__", o -> ((PyGenericAlias) o).origin, null));
        TYPE.addAttr("__args__", new PyGetSetDescr(TYPE, "__args__", o -> ((PyGenericAlias) o).args, null));
        TYPE.addAttr("__unpacked__", new PyGetSetDescr(TYPE, "__unpacked__", o -> PyBool.of(((PyGenericAlias) o).starred),
                null));
        TYPE.addAttr("__parameters__", new PyGetSetDescr(TYPE, "__parameters__", o -> ((PyGenericAlias) o).parameters(),
                null));
        TYPE.addAttr("__typing_unpacked_tuple_args__", new PyGetSetDescr(TYPE, "__typing_unpacked_tuple_args__", o -> {
            PyGenericAlias g = (PyGenericAlias) o;
            return g.starred && g.origin == PyTuple.TYPE ? g.args : PyNone.NONE;
        }, null));
        TYPE.addMethodOneArg("__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
        TYPE.addMethodOneArg("__instancecheck__", (self, o) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        TYPE.addMethodOneArg("__subclasscheck__", (self, o) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        // ga_reduce: rebuilt by calling the alias's type with its origin and arguments; a starred
        // alias as next() of the iterator of its unstarred form.
        TYPE.addMethodNoArgs("__reduce__", o -> {
            PyGenericAlias g = (PyGenericAlias) o;
            if (g.starred) {
                PyObject next = ThreadState.current().interpreter.builtins().getItem(PyStr.of("next"));
                return PyTuple.of(next, PyTuple.of(new StarIterator(new PyGenericAlias(g.origin, g.args))));
            }
            return PyTuple.of(g.type, PyTuple.of(g.origin, g.args));
        });
        TYPE.addMethodNoArgs("__dir__", o -> {
            PyObject dir = ThreadState.current().interpreter.builtins().getItem(PyStr.of("dir"));
            PyList names = (PyList) Callables.call(dir, ((PyGenericAlias) o).origin);
            for (String own : OWN_ATTRS) {
                if (!Abstract.contains(names, PyStr.of(own))) {
                    names.append(PyStr.of(own));
                }
            }
            return names;
        });
        TYPE.ready();
    }

    /** {@code iter(tuple[int])}: yields {@code *tuple[int]} once ({@code generic_alias_iterator}). */
    private static final class StarIterator extends PyObject {
        static final PyType TYPE = PyType.builtinFinal("generic_alias_iterator", PyType.OBJECT);

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> {
                StarIterator it = (StarIterator) o;
                PyGenericAlias g = it.alias;
                if (g == null) {
                    return null;
                }
                it.alias = null;
                PyGenericAlias star = new PyGenericAlias(PyGenericAlias.TYPE, g.origin, g.args);
                star.starred = true;
                return star;
            };
            TYPE.addMethodNoArgs("__reduce__", o -> PyTuple.of(
                    ThreadState.current().interpreter.builtins().getItem(PyStr.of("iter")),
                    PyTuple.of(((StarIterator) o).alias == null ? PyTuple.EMPTY : ((StarIterator) o).alias)));
            TYPE.ready();
        }

        private PyGenericAlias alias;

        StarIterator(PyGenericAlias alias) {
            this.alias = alias;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private final PyType type;
    final PyObject origin;
    final PyTuple args;
    /** Whether this is {@code *tuple[...]} (an item of the alias's iterator). */
    boolean starred;
    private PyTuple parameters;

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

    private PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = parameters = TypeParams.make(args);
        }
        return p;
    }

    /** {@code list[T][int]}: a new alias of the origin with the type variables substituted ({@code ga_getitem}). */
    private PyObject subscript(PyObject item) {
        PyGenericAlias res = new PyGenericAlias(origin, TypeParams.substitute(this, args, parameters(), item));
        res.starred = starred;
        return res;
    }

    /** Calls the origin and tells the new object which alias made it ({@code __orig_class__}, where it can be set). */
    private PyObject call(PyObject[] a, String[] k) {
        PyObject obj = Callables.call(origin, a, k);
        try {
            Abstract.setAttr(obj, PyStr.of("__orig_class__"), this);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError) && !e.matches(ExceptionTypes.TypeError)) {
                throw e;
            }
        }
        return obj;
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
        StringBuilder sb = new StringBuilder(starred ? "*" : "").append(argRepr(origin)).append('[');
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
        t.addAttr("__class_getitem__", new PyClassMethodDescr(t, new PyBuiltinFunction("__class_getitem__", (a, k) -> {
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
