package org.taipan.runtime;

/**
 * The slots of {@code type} (CPython's {@code type_*} functions): calling a class makes an
 * instance ({@code type_call}), attribute access on a class ({@code type_getattro}), and the
 * class attributes {@code __name__}, {@code __mro__}, ...
 */
final class TypeSlots {
    private TypeSlots() {}

    static void install(PyType t) {
        t.tp_call = TypeSlots::typeCall;
        t.tp_getattro = TypeSlots::typeGetAttr;
        t.tp_setattro = TypeSlots::typeSetAttr;
        t.tp_repr = TypeSlots::repr;
        t.tp_new = TypeSlots::typeNew;
        t.tp_init = (self, a, k) -> {};
        t.nb_or = (a, b) -> PyUnion.or(a, b);
    }

    /**
     * {@code type.__prepare__(name, bases, **kwds)}: a class method that takes any arguments and
     * returns a new empty dict (CPython's {@code type_prepare}), so that a metaclass's own
     * {@code __prepare__} can call {@code super().__prepare__(...)}.
     */
    static PyClassMethodDescr PREPARE;
    /** {@code type.mro}: a metaclass that still has it gets the C3 order without a call. */
    static PyObject MRO;

    static void addAttributes(PyType t) {
        PREPARE = new PyClassMethodDescr(t, new PyBuiltinFunction("__prepare__", (a, k) -> new PyDict()));
        t.addAttr("__prepare__", PREPARE);
        t.addAttr("__name__", new PyGetSetDescr(t, "__name__", o -> ((PyType) o).nameAttribute(),
                (o, v) -> ((PyType) o).setName(checkTypeName(checkName(o, v, "__name__")))));
        t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> ((PyType) o).qualnameAttribute(),
                (o, v) -> ((PyType) o).setQualname(checkName(o, v, "__qualname__"))));
        t.addAttr("__mro__", new PyGetSetDescr(t, "__mro__", o -> ((PyType) o).isReadying() ? PyNone.NONE : PyTuple.of(((PyType) o).mro()), null));
        t.addAttr("__bases__", new PyGetSetDescr(t, "__bases__", o -> PyTuple.of(((PyType) o).bases()),
                (o, v) -> ((PyType) o).setBasesFromPython(v)));
        t.addMethodNoArgs("__subclasses__", self -> {
            return new PyList(((PyType) self).subclasses().toArray(new PyObject[0]));
        });
        t.addAttr("__base__", new PyGetSetDescr(t, "__base__", o -> {
            PyType b = ((PyType) o).base();
            return b == null ? PyNone.NONE : b;
        }, null));
        t.addAttr("__dict__", new PyGetSetDescr(t, "__dict__", o -> {
            PyDict d = ((PyType) o).dict();
            if (d.getItem(PyStr.of("__doc__")) instanceof BuiltinTypeDoc lazy) {
                // shown to Python code: the docstring itself, as CPython's tp_dict holds it (the
                // replacement reads the same through the class and its instances)
                d.setItem(PyStr.of("__doc__"), lazy.doc());
            }
            return new PyMappingProxy(d);
        }, null));
        t.addAttr("__module__", new PyGetSetDescr(t, "__module__", TypeSlots::module,
                (o, v) -> {
                    PyType type = checkSpecialAttr(o, v, "__module__");
                    type.dict().setItem(PyStr.of("__module__"), v);
                    type.modified();
                }));
        t.addAttr("__text_signature__", new PyGetSetDescr(t, "__text_signature__",
                o -> TextSignatures.ofType((PyType) o), null));
        t.addAttr("__doc__", new PyGetSetDescr(t, "__doc__", o -> {
            // type_get_doc: a descriptor in the dict is bound to the class; type's own getset is not a docstring
            PyType type = (PyType) o;
            PyObject d = type.dict().getItem(PyStr.of("__doc__"));
            if (d == null || d instanceof BuiltinTypeDoc || d.type().tp_descr_get != null && !type.isHeapType()) {
                // a builtin type's docstring (type's own dict holds this getset, not its text)
                return type.isHeapType() ? PyNone.NONE : Docstrings.ofType(type);
            }
            return d.type().tp_descr_get != null ? d.type().tp_descr_get.call(d, null, type) : d;
        }, (o, v) -> {
            // type_set_doc: a class's docstring may be rebound (namedtuple subclasses do), never deleted
            PyType type = checkSpecialAttr(o, v, "__doc__");
            type.dict().setItem(PyStr.of("__doc__"), v);
            type.modified();
        }));
        t.addAttr("__annotations__", new PyGetSetDescr(t, "__annotations__", TypeSlots::annotations,
                TypeSlots::setAnnotations));
        t.addAttr("__flags__", new PyGetSetDescr(t, "__flags__", o -> PyInt.of(TypeFlags.of((PyType) o)), null));
        t.addAttr("__abstractmethods__", new PyGetSetDescr(t, "__abstractmethods__", TypeSlots::abstractMethods,
                TypeSlots::setAbstractMethods));
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.typeSizeof((PyType) self)));
        // type.mro() computes C3 afresh from the current bases: a metaclass's mro() calls it
        // while the class's __mro__ is being (re)made
        t.addMethodNoArgs("mro", self -> new PyList(((PyType) self).defaultMro()));
        MRO = t.dict().getItem(PyStr.of("mro"));
        // the class's and its bases' names, not its metatype's
        t.addMethodNoArgs("__dir__", ObjectSlots::classDir);
        t.addMethod("__subclasscheck__", (self, a, k) ->
                PyBool.of(ClassChecks.realIsSubclass(Args.oneArg("__subclasscheck__", a, k), self)));
        t.addMethod("__instancecheck__", (self, a, k) ->
                PyBool.of(ClassChecks.objectIsInstance(Args.oneArg("__instancecheck__", a, k), self)));
    }

    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    /**
     * {@code type.__annotations__} ({@code type_get_annotations}): a class's own dict entry (bound
     * when it is a descriptor), never a base's, else a new empty dict stored in the class first;
     * a builtin type has none.
     *
     * @throws PyException AttributeError for a builtin type
     */
    private static PyObject annotations(PyObject o) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            throw Errors.attributeError("type object '%s' has no attribute '__annotations__'", t.name());
        }
        PyObject a = t.dict().getItem(ANNOTATIONS);
        if (a == null) {
            a = new PyDict();
            t.dict().setItem(ANNOTATIONS, a);
            t.modified();
            return a;
        }
        Slots.DescrGet get = a.type().tp_descr_get;
        return get != null ? get.call(a, null, t) : a;
    }

    /**
     * Setting stores into the class's dict, deleting removes its own entry ({@code type_set_annotations}).
     *
     * @throws PyException TypeError for a builtin type, AttributeError deleting what is not there
     */
    private static void setAnnotations(PyObject o, PyObject v) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '__annotations__' attribute of immutable type '%s'", t.name());
        }
        if (v != null) {
            t.dict().setItem(ANNOTATIONS, v);
        } else if (t.dict().getItem(ANNOTATIONS) == null) {
            throw Errors.attributeError("__annotations__");
        } else {
            t.dict().delItem(ANNOTATIONS);
        }
        t.modified();
    }

    private static final PyStr ABSTRACT_METHODS = PyStr.of("__abstractmethods__");

    /**
     * {@code type.__abstractmethods__} (typeobject.c's {@code type_abstractmethods}): the type's own
     * dict entry, never inherited; {@code type} itself has none even though its dict holds this
     * descriptor under that name.
     *
     * @throws PyException AttributeError when the type has no own entry
     */
    private static PyObject abstractMethods(PyObject o) {
        PyType t = (PyType) o;
        PyObject v = t == PyType.TYPE ? null : t.dict().getItem(ABSTRACT_METHODS);
        if (v == null) {
            throw Errors.attributeError("__abstractmethods__");
        }
        return v;
    }

    /**
     * Setting stores into the dict and sets the abstract flag from the value's truth; null deletes.
     * A builtin type refuses, as {@code setattr} refuses it in CPython: its dict is shared by every
     * interpreter of the JVM and never changes after start-up (CPython's descriptor would write it).
     *
     * @throws PyException TypeError for a builtin type, AttributeError deleting what is not there
     */
    private static void setAbstractMethods(PyObject o, PyObject v) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '__abstractmethods__' attribute of immutable type '%s'", t.name());
        }
        if (v == null) {
            if (t == PyType.TYPE || t.dict().getItem(ABSTRACT_METHODS) == null) {
                throw Errors.attributeError("__abstractmethods__");
            }
            t.dict().pop(ABSTRACT_METHODS);
            t.setAbstract(false);
        } else {
            boolean abstractNow = Abstract.isTrue(v);
            t.dict().setItem(ABSTRACT_METHODS, v);
            t.setAbstract(abstractNow);
        }
        t.modified();
    }

    /**
     * CPython's {@code check_set_special_type_attr}: a class's own special attributes may be rebound,
     * never deleted, and a builtin type's not at all (its dict is shared by every interpreter).
     *
     * @return the type
     * @throws PyException TypeError for a builtin type or a deletion ({@code v} null)
     */
    private static PyType checkSpecialAttr(PyObject type, PyObject v, String attr) {
        PyType t = (PyType) type;
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, t.name());
        }
        if (v == null) {
            throw Errors.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.name());
        }
        return t;
    }

    /**
     * A class name as CPython's {@code type_new} and {@code type_set_name} take it: one that has
     * a UTF-8 form (no lone surrogate) with no NUL in it.
     *
     * @throws PyException UnicodeEncodeError for a lone surrogate, ValueError for a NUL
     */
    private static PyStr checkTypeName(PyStr name) {
        Utf8Codec.encode(name, "strict", new java.io.ByteArrayOutputStream());
        if (name.toString().indexOf('\0') >= 0) {
            throw Errors.valueError("type name must not contain null characters");
        }
        return name;
    }

    private static String checkTypeName(String name) {
        return checkTypeName(PyStr.of(name)).toString();
    }

    private static String checkName(PyObject type, PyObject v, String attr) {
        checkSpecialAttr(type, v, attr);
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.%s, not '%s'", ((PyType) type).name(), attr,
                    v == null ? "NoneType" : v.type().name());
        }
        return s.toString();
    }

    /**
     * {@code type.__module__} ({@code type_module}): a user class's {@code __module__} from its
     * dict whatever object it is, a builtin type's module name.
     *
     * @throws PyException AttributeError when a user class's dict has no {@code __module__}
     */
    private static PyObject module(PyObject o) {
        PyType t = (PyType) o;
        if (!t.isHeapType()) {
            // One str per module name, as CPython interns it: pickle memoizes it by identity.
            PyObject own = t.dict().getItem(PyStr.of("__module__"));
            return own instanceof PyStr ? own : PyType.internedName(moduleName(t));
        }
        PyObject m = t.dict().getItem(PyStr.of("__module__"));
        if (m == null) {
            throw Errors.attributeError("__module__");
        }
        return m;
    }

    /** The module name in a type's repr: a user class's {@code __module__} when it is a str, else {@code builtins}. */
    static String moduleName(PyType t) {
        if (t.isHeapType()) {
            PyObject m = t.dict().getItem(PyStr.of("__module__"));
            if (m instanceof PyStr s) {
                return s.toString();
            }
            return "builtins";
        }
        // A builtin type of another module names its module in its dict or in its tp_name.
        PyObject m = t.dict().getItem(PyStr.of("__module__"));
        if (m instanceof PyStr s) {
            return s.toString();
        }
        int dot = t.name().lastIndexOf('.');
        return dot < 0 ? "builtins" : t.name().substring(0, dot);
    }

    private static PyObject repr(PyObject o) {
        PyType t = (PyType) o;
        String mod = moduleName(t);
        // CPython's type_repr: tp_name for a type of module builtins (a class that says so too)
        return PyStr.of(mod.equals("builtins") ? "<class '" + t.name() + "'>"
                : "<class '" + mod + "." + t.qualname() + "'>");
    }

    private static PyObject typeCall(PyObject self, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE) {
            // type_call: only type itself has the one-argument form (#27157).
            int npos = Args.positional(args, kwnames);
            if (npos == 1) {
                // type_vectorcall
                Args.noKeywords("type", kwnames);
                return args[0].type();
            }
            if (npos != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        if (type.isHeapType()) {
            // A class has no vectorcall in CPython 3.11: _PyObject_MakeTpCall's recursion check.
            ThreadState ts = RecursionGuard.enter(RecursionGuard.CALL);
            try {
                return construct(type, args, kwnames);
            } finally {
                RecursionGuard.leave(ts);
            }
        }
        return construct(type, args, kwnames);
    }

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        // a builtin type that has no __new__ of its own (an iterator, a view) is one CPython's
        // type_ready_set_new marks Py_TPFLAGS_DISALLOW_INSTANTIATION (tp_new NULL)
        if (type.tp_new == null || type.tp_new == ObjectSlots.NEW && !type.isHeapType() && type != PyType.OBJECT) {
            throw Errors.typeError("cannot create '%s' instances", type.name());
        }
        PyObject obj = type.tp_new.call(type, args, kwnames);
        // type(x) returns a type without initializing it.
        if (type == PyType.TYPE && args.length == 1 && kwnames == null) {
            return obj;
        }
        if (obj.type().isSubtypeOf(type) && obj.type().tp_init != null) {
            obj.type().tp_init.call(obj, args, kwnames);
        }
        return obj;
    }

    private static PyObject typeNew(PyType meta, PyObject[] args, String[] kwnames) {
        int npos = Args.positional(args, kwnames);
        if (npos != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (%d given)", npos);
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not %s", args[0].type().name());
        }
        checkTypeName(name);
        if (!(args[1] instanceof PyTuple basesT)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", args[1].type().name());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", args[2].type().name());
        }
        // type_new_get_bases: a non-class base that would be replaced by __mro_entries__ is only
        // for class statements and types.new_class
        for (PyObject b : basesT.array()) {
            if (!(b instanceof PyType) && Abstract.lookupAttr(b, PyStr.of("__mro_entries__")) != null) {
                throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        // CPython's _PyType_CalculateMetaclass: the most derived metaclass of meta and the bases'.
        PyType winner = meta;
        for (PyObject b : basesT.array()) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        if (winner != meta && winner.tp_new != meta.tp_new) {
            return winner.tp_new.call(winner, args, kwnames);
        }
        meta = winner;
        PyType[] bases = new PyType[basesT.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesT.get(i) instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = b;
        }
        PyType t = PyType.newHeapType(meta, name.toString(), bases, ns);
        // PEP 487: __set_name__ on attributes, then __init_subclass__ on the parent.
        // Over a copy of the namespace, as type_new_set_names: a __set_name__ may rebind or delete
        // class attributes (enum's members do), which must not make the loop skip entries.
        PyDict live = t.dict();
        PyObject[] keys = new PyObject[live.size()];
        PyObject[] values = new PyObject[live.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = live.keyAt(i);
            values[i] = live.valueAt(i);
        }
        for (int i = 0; i < keys.length; i++) {
            PyObject v = values[i];
            PyObject sn = v.type().lookup(PyStr.of("__set_name__"));
            if (sn != null) {
                PyObject key = keys[i];
                try {
                    Callables.callMethod(sn, v, new PyObject[] {t, key}, null);
                } catch (PyException e) {
                    // CPython 3.11 (type_new_set_names) chains the failure under a RuntimeError.
                    PyException wrapped = Errors.of(ExceptionTypes.RuntimeError,
                            "Error calling __set_name__ on '" + v.type().name() + "' instance " + Abstract.repr(key)
                                    + " in '" + t.name() + "'");
                    wrapped.value.cause = e.value;
                    wrapped.value.context = e.value;
                    wrapped.value.suppressContext = true;
                    throw wrapped;
                }
            }
        }
        PyObject[] kw = new PyObject[kwnames == null ? 0 : kwnames.length];
        System.arraycopy(args, npos, kw, 0, kw.length);
        PyObject sup = Abstract.getAttr(new PySuper(t.base() == null ? PyType.OBJECT : t.mro()[0], t),
                PyStr.of("__init_subclass__"));
        Callables.call(sup, kw, kwnames);
        return t;
    }

    private static PyObject typeGetAttr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().tp_descr_get;
            if (metaGet != null && metaAttr.type().tp_descr_set != null) {
                return metaGet.call(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet g = attr.type().tp_descr_get;
            return g != null ? g.call(attr, null, type) : attr;
        }
        if (metaGet != null) {
            return metaGet.call(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        throw Errors.attributeError("type object '%s' has no attribute '%s'", type.name(), name);
    }

    private static void typeSetAttr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            // type_setattro: builtin types are immutable (Py_TPFLAGS_IMMUTABLETYPE), whatever the name
            throw Errors.typeError("cannot set %s attribute of immutable type '%s'", StrRepr.repr(name), type.name());
        }
        PyObject metaAttr = type.type().lookup(name);
        if (metaAttr != null && metaAttr.type().tp_descr_set != null) {
            metaAttr.type().tp_descr_set.call(metaAttr, type, value);
            return;
        }
        type.setAttrFromPython(name, value);
    }

}
