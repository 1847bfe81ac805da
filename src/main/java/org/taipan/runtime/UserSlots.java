package org.taipan.runtime;

/**
 * The generic slot functions installed in user classes: each calls the class's dunder
 * method (CPython's {@code slot_*} functions in {@code Objects/typeobject.c}).
 */
final class UserSlots {
    private UserSlots() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /** Calls {@code type(self).<name>(self, args...)}; AttributeError-free: the caller knows it exists. */
    static PyObject callDunder(PyObject self, String name, PyObject... args) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", self.type().name(), name);
        }
        if (f == PyNone.NONE) {
            // slot_tp_iter and slot_sq_contains refuse a dunder set to None; other slots call it.
            if (name.equals("__iter__")) {
                throw Errors.typeError("'%s' object is not iterable", self.type().name());
            }
            if (name.equals("__contains__")) {
                throw Errors.typeError("'%s' object is not a container", self.type().name());
            }
        }
        return Callables.callMethod(f, self, args, null);
    }

    static PyObject callDunderWith(PyObject self, String name, PyObject[] args, String[] kwnames) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", self.type().name(), name);
        }
        return Callables.callMethod(f, self, args, kwnames);
    }

    /**
     * A binary or in-place operator's dunder called with {@code arg} ({@code vectorcall_maybe}):
     * NotImplemented when the class has none; one set to None is called like any other and
     * raises "'NoneType' object is not callable" ({@code __iadd__ = None} blocks the fallback to
     * {@code __add__}, as test_augassign checks).
     */
    static PyObject callDunderOrNotImplemented(PyObject self, String name, PyObject arg) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Callables.callMethod(f, self, new PyObject[] {arg}, null);
    }

    /** A binary operator slot of a user class (CPython's {@code SLOT1BINFULL}): tries the reflected dunder first when the right operand's class is a subclass. */
    record UserBinary(String name, String rname, java.util.function.Function<PyType, Object> slot) implements Slots.Binary {
        @Override
        public PyObject call(PyObject self, PyObject other) {
            PyType ts = self.type();
            PyType to = other.type();
            boolean doOther = ts != to && slot.apply(to) == this;
            if (slot.apply(ts) == this) {
                if (doOther && to.isSubtypeOf(ts) && overrides(to, ts, rname)) {
                    PyObject r = callDunderOrNotImplemented(other, rname, self);
                    if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callDunderOrNotImplemented(self, name, other);
                if (r != PyNotImplemented.NOT_IMPLEMENTED || ts == to) {
                    return r;
                }
            }
            if (doOther) {
                return callDunderOrNotImplemented(other, rname, self);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }

        private static boolean overrides(PyType sub, PyType sup, String n) {
            PyObject a = sub.lookup(n);
            return a != null && a != sup.lookup(n);
        }
    }

    static long hash(PyObject self) {
        PyObject r = callDunder(self, "__hash__");
        if (r instanceof PyBool b) {
            return b == PyBool.TRUE ? 1 : 0;
        }
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // CPython reduces a big hash value modulo the numeric hash modulus.
        long h = i.fitsLong() ? i.longValue() : i.hash();
        return h == -1 ? -2 : h;
    }

    /** The comparison dunders by {@link CompareOp#ordinal()}, looked up without interning the name each time. */
    private static final PyStr[] COMPARE_DUNDERS = new PyStr[CompareOp.values().length];

    static {
        for (CompareOp op : CompareOp.values()) {
            COMPARE_DUNDERS[op.ordinal()] = PyType.internedName(op.dunder);
        }
    }

    /**
     * {@code slot_tp_richcompare}: the class's {@code __eq__} (or the other comparison) called with
     * {@code other}. As CPython's {@code lookup_maybe_method}, a descriptor that is not a function
     * is bound first, and an error while binding (a property whose getter raises) makes the
     * comparison NotImplemented, as when there is no such method; an attribute that is not
     * callable ({@code __eq__ = None}) raises when called.
     */
    static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        PyObject f = self.type().lookup(COMPARE_DUNDERS[op.ordinal()]);
        if (f == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (!(f instanceof PyFunction) && !(f instanceof PyMethodDescr) && f.type().tp_descr_get != null) {
            PyObject bound;
            try {
                bound = f.type().tp_descr_get.call(f, self, self.type());
            } catch (PyException e) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Callables.call(bound, new PyObject[] {other}, null);
        }
        return Callables.callMethod(f, self, new PyObject[] {other}, null);
    }

    static PyObject getAttr(PyObject self, PyStr name) {
        PyType t = self.type();
        PyObject ga = t.lookup("__getattribute__");
        PyObject gattr = t.lookup("__getattr__");
        try {
            if (ga instanceof PyMethodDescr m && m.slotFunction == ObjectSlots.GETATTRO) {
                return ObjectSlots.genericGetAttr(self, name);
            }
            return Callables.callMethod(ga, self, new PyObject[] {name}, null);
        } catch (PyException e) {
            if (gattr == null || !e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
        }
        return Callables.callMethod(gattr, self, new PyObject[] {name}, null);
    }

    static void setAttr(PyObject self, PyStr name, PyObject value) {
        if (value == null) {
            callDunder(self, "__delattr__", name);
        } else {
            callDunder(self, "__setattr__", name, value);
        }
    }

    /**
     * CPython's {@code slot_tp_iternext}: the StopIteration that {@code __next__} raises passes on
     * (with its args), for the consumer to treat as the end ({@link Abstract#next}) or not.
     */
    static PyObject iterNext(PyObject self) {
        return callDunder(self, "__next__");
    }

    static PyObject descrGet(PyObject self, PyObject obj, PyType type) {
        return callDunder(self, "__get__", obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type);
    }

    static void descrSet(PyObject self, PyObject obj, PyObject value) {
        if (value == null) {
            callDunder(self, "__delete__", obj);
        } else {
            callDunder(self, "__set__", obj, value);
        }
    }

    static void init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject r = callDunderWith(self, "__init__", args, kwnames);
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
        }
    }

    static PyObject newObject(PyType type, PyObject[] args, String[] kwnames) {
        PyObject f = type.lookup("__new__");
        if (f != null && f.getClass() == PyStaticMethod.class) {
            f = ((PyStaticMethod) f).callable();
        } else if (f != null && !(f instanceof PyFunction) && f.type().tp_descr_get != null) {
            // slot_tp_new reads type.__new__ as an attribute: any other descriptor's __get__ (a
            // classmethod binds the class, a staticmethod subclass decides) says what __new__ is
            f = f.type().tp_descr_get.call(f, null, type);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = type;
        System.arraycopy(args, 0, all, 1, args.length);
        return Callables.call(f, all, kwnames);
    }

    static boolean bool(PyObject self) {
        PyObject r = callDunder(self, "__bool__");
        if (!(r instanceof PyBool b)) {
            throw Errors.typeError("__bool__ should return bool, returned %s", r.type().name());
        }
        return b.value();
    }

    static long length(PyObject self) {
        PyObject r = callDunder(self, "__len__");
        PyInt n = Abstract.index(r, "'%s' object cannot be interpreted as an integer");
        if (n.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!n.fitsLong()) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        if (value == null) {
            callDunder(self, "__delitem__", key);
        } else {
            callDunder(self, "__setitem__", key, value);
        }
    }

    static boolean contains(PyObject self, PyObject item) {
        return Abstract.isTrue(callDunder(self, "__contains__", item));
    }

    static PyObject[] noArgs() {
        return NO_ARGS;
    }
}
