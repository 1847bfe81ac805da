package org.taipan.runtime;

/**
 * The slots of {@code object} (CPython's {@code object_*} functions): identity equality and
 * hash, the generic attribute protocol ({@code PyObject_GenericGetAttr}), and the default
 * {@code __new__}/{@code __init__} argument checks.
 */
public final class ObjectSlots {
    private ObjectSlots() {}

    static final Slots.GetAttr GETATTRO = ObjectSlots::genericGetAttr;
    static final Slots.SetAttr SETATTRO = ObjectSlots::genericSetAttr;
    static final Slots.New NEW = ObjectSlots::objectNew;
    static final Slots.Init INIT = ObjectSlots::objectInit;

    /** True when instances of {@code t} are made by {@code object.__new__} (for the class-call fast path). */
    public static boolean usesObjectNew(PyType t) {
        return t.tp_new == NEW && !t.isAbstract();
    }

    /** The generic attribute slot, to recognize types that use it (for the method-call fast path). */
    public static Slots.GetAttr genericGetAttrSlot() {
        return GETATTRO;
    }

    /** The generic attribute-assignment slot, to recognize types that use it (for specialized stores). */
    public static Slots.SetAttr genericSetAttrSlot() {
        return SETATTRO;
    }

    /**
     * object's {@code __class__} descriptor: while a type inherits it unchanged,
     * {@code o.__class__ is type(o)}. Made with object's attributes, not in this class's static
     * initializer, which runs before object's slots exist (the descriptor's type copies them).
     */
    private static PyGetSetDescr classDescriptor;

    /**
     * {@code o.__class__} when it may differ from {@code type(o)} (a class attribute or property
     * named {@code __class__}, a custom {@code __getattribute__}/{@code __getattr__}), else null:
     * what {@code isinstance} consults after the type check fails (CPython's
     * {@code object_isinstance}). Errors other than AttributeError propagate.
     */
    /**
     * Whether instances of {@code tp} report {@code tp} as their {@code __class__} without running
     * any code: generic attribute access and object's own {@code __class__} descriptor (so
     * {@code isinstance} needs no {@code __class__} lookup beyond the type's MRO). Holds while
     * {@code tp}'s version does not change. For the JIT's recorder.
     */
    public static boolean plainClassAttribute(PyType tp) {
        return tp.tp_getattro == GETATTRO && tp.lookup("__class__") == classDescriptor;
    }

    static PyObject overriddenClass(PyObject o) {
        PyType tp = o.type();
        if (tp.tp_getattro == GETATTRO && tp.lookup("__class__") == classDescriptor) {
            return null;
        }
        PyObject c = Abstract.lookupAttr(o, PyStr.of("__class__"));
        return c == tp ? null : c;
    }

    static void install(PyType t) {
        t.tp_repr = ObjectSlots::repr;
        t.tp_str = o -> o.type().tp_repr.call(o); // object_str calls tp_repr directly: no repr recursion check
        t.tp_hash = ObjectSlots::identityHash;
        t.tp_richcompare = ObjectSlots::richCompare;
        t.tp_getattro = GETATTRO;
        t.tp_setattro = SETATTRO;
        t.tp_new = NEW;
        t.tp_init = INIT;
    }

    /** Adds object's non-slot attributes; called once the attribute types exist. */
    static void addAttributes(PyType t) {
        t.addAttr("__subclasshook__", new PyClassMethodDescr(t, new PyBuiltinFunction("__subclasshook__",
                (a, k) -> PyNotImplemented.NOT_IMPLEMENTED)));
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.objectSizeof(self)));
        ObjectReduce.install(t);
        t.addMethodNoArgs("__getstate__", self -> {
            return ObjectReduce.defaultState(self, false);
        });
        classDescriptor = new PyGetSetDescr(t, "__class__", PyObject::type, ObjectSlots::setClass);
        t.addAttr("__class__", classDescriptor);
        t.addMethod("__format__", (self, a, k) -> {
            PyObject spec = Args.oneArg("object.__format__", a, k);
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not %s", spec.type().name());
            }
            if (s.length() > 0) {
                throw Errors.typeError("unsupported format string passed to %s.__format__", self.type().name());
            }
            return Abstract.str(self);
        });
        t.addAttr("__init_subclass__", new PyClassMethodDescr(t, new PyBuiltinFunction("__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments",
                        a.length > 0 && a[0] instanceof PyType c ? c.name() : "object");
            }
            return PyNone.NONE;
        })));
        t.addMethodNoArgs("__dir__", ObjectSlots::dir);
    }

    /**
     * {@code object.__dir__} ({@code object___dir___impl}): the keys of {@code self.__dict__} when
     * that is a dict, then those of {@code self.__class__}'s dict and its bases' (each name once,
     * in that order). Both are attribute lookups, as in CPython: a class-level {@code __class__}
     * or {@code __dict__} (a proxy's, a mock's, an unset slot of that name) decides what is listed.
     */
    private static PyObject dir(PyObject self) {
        PyDict names = new PyDict();
        // (the names are made here: a PyStr constant of this class would make str before object is ready)
        if (Abstract.lookupAttr(self, PyStr.of("__dict__")) instanceof PyDict d) {
            names.mergeFrom(d);
        }
        PyObject cls = Abstract.lookupAttr(self, PyStr.of("__class__"));
        if (cls != null) {
            mergeClassDict(names, cls);
        }
        return keyList(names);
    }

    /** {@code type.__dir__} ({@code type___dir___impl}): the names {@link #mergeClassDict} finds for {@code aclass}. */
    static PyObject classDir(PyObject aclass) {
        PyDict names = new PyDict();
        mergeClassDict(names, aclass);
        return keyList(names);
    }

    /** The keys of {@code names} in order, as the list {@code PyDict_Keys} makes. */
    private static PyList keyList(PyDict names) {
        PyList l = new PyList();
        for (int i = 0; i < names.size(); i++) {
            l.append(names.keyAt(i));
        }
        return l;
    }

    /** {@code merge_class_dict}: {@code aclass.__dict__}'s names, then each of {@code aclass.__bases__}' in turn. */
    private static void mergeClassDict(PyDict names, PyObject aclass) {
        PyObject classDict = Abstract.lookupAttr(aclass, PyStr.of("__dict__"));
        if (classDict != null) {
            DictSlots.update(names, classDict instanceof PyMappingProxy p && p.mapping instanceof PyDict d ? d : classDict);
        }
        PyObject bases = Abstract.lookupAttr(aclass, PyStr.of("__bases__"));
        if (bases != null) {
            long n = Abstract.length(bases);
            for (long i = 0; i < n; i++) {
                mergeClassDict(names, Abstract.getItem(bases, PyInt.of(i)));
            }
        }
    }

    private static void setClass(PyObject o, PyObject v) {
        ClassAssignment.assign(o, v);
    }

    /**
     * Whether {@code obj}'s instance dict lacks {@code name}: then a non-data descriptor or plain
     * value found on its type is what {@link #genericGetAttr} answers (the inline caches of
     * LOAD_ATTR on objects with a {@link HasDict} dict test this; a str subclass key's {@code __eq__}
     * runs here as it would there).
     *
     * @return false when {@code obj} has no instance dict at all (the caller decided it has one)
     */
    public static boolean instanceDictLacks(PyObject obj, PyStr name) {
        if (!(obj instanceof HasDict hd)) {
            return false;
        }
        PyDict d = hd.dictIfMade();
        return d == null || d.size() == 0 || d.getItem(name) == null;
    }

    /** The "address" default reprs show ({@code 0x7f...}): {@code hex(id(o))}, as in CPython. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(ObjectIds.idOf(o));
    }

    static PyObject repr(PyObject o) {
        PyType t = o.type();
        String mod = TypeSlots.moduleName(t);
        // CPython's object_repr: tp_name for a type of module builtins (its own class too, if it says so)
        String n = mod.equals("builtins") ? t.name() : mod + "." + t.qualname();
        return PyStr.of("<" + n + " object at " + address(o) + ">");
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        switch (op) {
            case EQ:
                return a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                // By default != is the negation of ==, through the type's own __eq__.
                Slots.RichCompare rc = a.type().tp_richcompare;
                PyObject r = rc.call(a, b, CompareOp.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code object.__hash__}: identity, as CPython's {@code _Py_HashPointer}. */
    static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    /**
     * The {@code tp_hash} of an unhashable type (CPython's {@code PyObject_HashNotImplemented}):
     * one object, so a builtin type that has it shows {@code __hash__ = None} in its dict
     * ({@link SlotDefs#exposeSlots}), as CPython's types do, and {@code collections.abc.Hashable}
     * says no.
     */
    public static final Slots.Hash UNHASHABLE = ObjectSlots::unhashable;

    /** {@code hash(x)} of an unhashable type: TypeError "unhashable type: 'list'". */
    public static long unhashable(PyObject o) {
        throw Errors.typeError("unhashable type: '%s'", o.type().name());
    }

    /** CPython's {@code PyObject_GenericGetAttr}: data descriptors, then the instance dict, then other class attributes. */
    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyObject v = genericGetAttrOrNull(obj, name);
        if (v == null) {
            // name and obj set here too, as CPython 3.11's generic getattr does: object.__getattribute__ has them
            throw Abstract.withAttributeContext(
                    Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name), obj, name);
        }
        return v;
    }

    /** {@link #genericGetAttr} returning null instead of raising AttributeError for a plain miss. */
    public static PyObject genericGetAttrOrNull(PyObject obj, PyStr name) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        Slots.DescrGet f = null;
        if (descr != null) {
            PyType dt = descr.type();
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) {
                return f.call(descr, obj, tp);
            }
        }
        if (obj instanceof PyInstance pi) {
            if (tp.instancesHaveDict) {
                PyObject v = pi.getAttribute(name);
                if (v != null) {
                    return v;
                }
            }
        } else if (obj instanceof HasDict hd && (tp.instancesHaveDict || !tp.isHeapType())) {
            // a lookup makes no dict (CPython reads a NULL dict pointer): functools.partial
            // flattens only a partial whose dict was never made
            PyDict d = hd.dictIfMade();
            PyObject v = d == null ? null : d.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (f != null) {
            return f.call(descr, obj, tp);
        }
        return descr;
    }

    /** CPython's {@code PyObject_GenericSetAttr}: a data descriptor on the type wins, else the instance dict. */
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type().tp_descr_set;
            if (f != null) {
                f.call(descr, obj, value);
                return;
            }
        }
        if (obj instanceof PyInstance pi) {
            if (tp.instancesHaveDict) {
                if (value != null) {
                    pi.setAttribute(name, value);
                } else if (!pi.deleteAttribute(name)) {
                    throw Errors.attributeError("'%s' object has no attribute '%s'", tp.name(), name);
                }
                return;
            }
        } else if (obj instanceof HasDict hd && !(obj instanceof PyType) && (tp.instancesHaveDict || !tp.isHeapType())) {
            PyDict d = hd.dict();
            if (value == null) {
                if (d.getItem(name) == null) {
                    throw Errors.attributeError("'%s' object has no attribute '%s'", tp.name(), name);
                }
                d.delItem(name);
            } else {
                d.setItem(name, value);
            }
            return;
        }
        if (descr == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", tp.name(), name);
        }
        throw Errors.attributeError("'%s' object attribute '%s' is read-only", tp.name(), name);
    }

    private static PyObject objectNew(PyType type, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            if (type.tp_new != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == INIT) {
                throw Errors.typeError("%s() takes no arguments", type.name());
            }
        }
        if (type == PyType.OBJECT) {
            return new PyInstance(type);
        }
        if (type.isAbstract()) {
            throw abstractInstantiation(type);
        }
        if (!type.isHeapType()) {
            throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", type.name(), type.name());
        }
        if (type.tp_finalize != null) {
            return new PyInstance.Finalizable(type, ThreadState.current().interpreter.finalization());
        }
        return new PyInstance(type);
    }

    /** object_new's refusal: "Can't instantiate abstract class C with abstract methods f, g" (names sorted). */
    private static PyException abstractInstantiation(PyType type) {
        PyObject methods = type.dict().getItem(PyStr.of("__abstractmethods__"));
        PyList sorted = new PyList(Abstract.toArray(methods));
        ListSlots.sortList(sorted, null, false);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            joined.append(i > 0 ? ", " : "").append(Abstract.str(sorted.get(i)));
        }
        return Errors.typeError("Can't instantiate abstract class %s with abstract method%s %s", type.name(),
                sorted.size() > 1 ? "s" : "", joined);
    }

    private static void objectInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType type = self.type();
            if (type.tp_init != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == NEW) {
                throw Errors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.name());
            }
        }
    }

    /**
     * Puts the {@code __dict__} getset descriptor in {@code t}'s own dict, as CPython's
     * {@code type_new} and the static types with a {@code tp_dictoffset} (function, module,
     * BaseException, ...) have; {@code object} itself has none, so {@code dir()} of an int shows
     * no {@code __dict__}.
     *
     * @param t a type whose instances implement {@link HasDict}
     */
    public static void addInstanceDict(PyType t) {
        t.addAttr("__dict__", instanceDict(t));
    }

    /**
     * A {@code __dict__} descriptor owned by {@code owner}: reads the instance's dict
     * ({@code AttributeError} "'X' object has no attribute '__dict__'" when it has none), deletes a
     * class instance's (TypeError "cannot delete __dict__" for other objects) and replaces it
     * ({@code TypeError} "__dict__ must be set to a dictionary, not a 'X'"; an object whose dict
     * cannot be replaced, {@link HasDict#replaceDict}: AttributeError "... is not writable").
     */
    static PyGetSetDescr instanceDict(PyType owner) {
        return new PyGetSetDescr(owner, "__dict__", o -> {
            if (o instanceof PyType t) {
                // an instance of a metaclass whose first base is a plain class (class M(Base, type)):
                // the builtin base's own descriptor answers, as subtype_dict defers to type's
                PyObject typeDict = PyType.TYPE.dict().getItem(PyStr.of("__dict__"));
                return typeDict.type().tp_descr_get.call(typeDict, t, t.type());
            }
            if (o instanceof HasDict d && (!(o instanceof PyInstance) || o.type().instancesHaveDict)) {
                return d.dict();
            }
            throw Errors.attributeError("'%s' object has no attribute '__dict__'", o.type().name());
        }, (o, v) -> {
            if (o instanceof PyModule || o instanceof PyNamespace) {
                // CPython's are read-only member descriptors
                throw Errors.attributeError("readonly attribute");
            }
            if (o instanceof PyType) {
                // type's own __dict__ descriptor, which subtype_setdict defers to, has no setter
                throw Errors.attributeError("attribute '__dict__' of 'type' objects is not writable");
            }
            if (v == null) {
                if (!(o instanceof PyInstance i)) {
                    throw Errors.typeError("cannot delete __dict__");
                }
                // subtype_setdict: a class's instance may lose its dict, and has an empty one after
                i.setDict(new PyDict());
                return;
            }
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            if (o instanceof PyInstance i) {
                i.setDict(d);
            } else if (!(o instanceof HasDict hd) || o instanceof PyType || !hd.replaceDict(d)) {
                throw Errors.attributeError("attribute '__dict__' of '%s' objects is not writable", owner.name());
            }
        });
    }
}
