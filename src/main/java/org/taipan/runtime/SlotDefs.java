package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one table that ties each type slot to its {@code __dunder__} names, CPython's
 * {@code slotdefs}: a builtin type's slots are exposed in its dict as wrappers
 * ({@link #exposeSlots}), and a user class's slots are re-resolved from the dunders found
 * along its MRO ({@link #updateAll}): a wrapper of the same slot found there gives back the
 * builtin slot function itself, anything else gives the generic slot of {@link UserSlots}
 * that calls the dunder.
 */
public final class SlotDefs {
    private SlotDefs() {}

    /** Turns a slot function into the body of its wrapper for the dunder at {@code nameIndex}. */
    @FunctionalInterface
    interface Wrap {
        PyMethodDescr.Impl wrap(Object fn, int nameIndex);
    }

    /** The tp_new of a class whose {@code __new__} is Python code (CPython's {@code slot_tp_new}). */
    private static final Slots.New USER_NEW = UserSlots::newObject;

    /** One slot: its dunder names, how to read and write it, how to wrap it, its generic user version. */
    public record SlotDef(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Wrap wrap,
                          Object userSlot) {}

    static final List<SlotDef> DEFS = new ArrayList<>();

    private static void def(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Wrap wrap,
                            Object user) {
        DEFS.add(new SlotDef(names, get, set, wrap, user));
    }

    private static void unary(String name, Function<PyType, Object> get, BiConsumer<PyType, Object> set) {
        def(new String[] {name}, get, set, (fn, i) -> (self, a, k) -> {
            Args.wrapper(name, a, k, 0);
            return ((Slots.Unary) fn).call(self);
        }, (Slots.Unary) self -> UserSlots.callDunder(self, name));
    }

    private static void binary(String name, String rname, Function<PyType, Object> get,
                               BiConsumer<PyType, Object> set) {
        def(new String[] {name, rname}, get, set, (fn, i) -> (self, a, k) -> {
            PyObject other;
            if (name.equals("__pow__")) {
                // wrap_ternaryfunc: the optional modulo of pow(a, b, m).
                Args.wrapperRange(i == 0 ? name : rname, a, k, 1, 2);
                other = a[0];
                if (a.length == 2 && a[1] != PyNone.NONE) {
                    return i == 0 ? Abstract.builtinPower(self, other, a[1]) : Abstract.builtinPower(other, self, a[1]);
                }
            } else {
                Args.wrapper(i == 0 ? name : rname, a, k, 1);
                other = a[0];
            }
            return i == 0 ? ((Slots.Binary) fn).call(self, other) : ((Slots.Binary) fn).call(other, self);
        }, new UserSlots.UserBinary(name, rname, get));
    }

    /** The one positional argument of a slot wrapper, checked as {@link Args#wrapper}. */
    private static PyObject wrapperArg(String name, PyObject[] a, String[] k) {
        Args.wrapper(name, a, k, 1);
        return a[0];
    }

    private static void inplace(String name, Function<PyType, Object> get, BiConsumer<PyType, Object> set) {
        def(new String[] {name}, get, set, (fn, i) -> (self, a, k) ->
                ((Slots.Binary) fn).call(self, wrapperArg(name, a, k)),
                (Slots.Binary) (self, other) -> UserSlots.callDunderOrNotImplemented(self, name, other));
    }

    static {
        unary("__repr__", t -> t.tp_repr, (t, f) -> t.tp_repr = (Slots.Unary) f);
        unary("__str__", t -> t.tp_str, (t, f) -> t.tp_str = (Slots.Unary) f);
        unary("__del__", t -> t.tp_finalize, (t, f) -> t.tp_finalize = (Slots.Unary) f);
        def(new String[] {"__hash__"}, t -> t.tp_hash, (t, f) -> t.tp_hash = (Slots.Hash) f,
                (fn, i) -> (self, a, k) -> {
                    Args.wrapper("__hash__", a, k, 0);
                    return PyInt.of(((Slots.Hash) fn).call(self));
                }, (Slots.Hash) UserSlots::hash);
        String[] cmpNames = new String[6];
        for (CompareOp op : CompareOp.values()) {
            cmpNames[op.ordinal()] = op.dunder;
        }
        def(cmpNames, t -> t.tp_richcompare, (t, f) -> t.tp_richcompare = (Slots.RichCompare) f,
                (fn, i) -> (self, a, k) -> ((Slots.RichCompare) fn).call(self, wrapperArg(cmpNames[i], a, k),
                        CompareOp.of(i)),
                (Slots.RichCompare) UserSlots::richCompare);
        def(new String[] {"__getattribute__", "__getattr__"}, t -> t.tp_getattro,
                (t, f) -> t.tp_getattro = (Slots.GetAttr) f,
                (fn, i) -> (self, a, k) -> ((Slots.GetAttr) fn).call(self, Args.str(wrapperArg(i == 0 ? "__getattribute__" : "__getattr__", a, k))),
                (Slots.GetAttr) UserSlots::getAttr);
        def(new String[] {"__setattr__", "__delattr__"}, t -> t.tp_setattro,
                (t, f) -> t.tp_setattro = (Slots.SetAttr) f,
                (fn, i) -> (self, a, k) -> {
                    // CPython's hackcheck: object.__setattr__ must not bypass type's own __setattr__.
                    PyType builtinBase = self.type().solidBase();
                    if (builtinBase.tp_setattro != fn) {
                        throw Errors.typeError("can't apply this %s to %s object", i == 0 ? "__setattr__" : "__delattr__",
                                builtinBase.name());
                    }
                    if (i == 0) {
                        Args.wrapperRange("__setattr__", a, k, 2, 2);
                        ((Slots.SetAttr) fn).call(self, Args.str(a[0]), a[1]);
                    } else {
                        ((Slots.SetAttr) fn).call(self, Args.str(wrapperArg("__delattr__", a, k)), null);
                    }
                    return PyNone.NONE;
                }, (Slots.SetAttr) UserSlots::setAttr);
        def(new String[] {"__call__"}, t -> t.tp_call, (t, f) -> t.tp_call = (Slots.Call) f,
                (fn, i) -> (self, a, k) -> ((Slots.Call) fn).call(self, a, k),
                (Slots.Call) (self, a, k) -> {
                    // slot_tp_call is reached through _PyObject_MakeTpCall and its recursion check.
                    ThreadState ts = RecursionGuard.enter(RecursionGuard.CALL);
                    try {
                        return UserSlots.callDunderWith(self, "__call__", a, k);
                    } finally {
                        RecursionGuard.leave(ts);
                    }
                });
        unary("__iter__", t -> t.tp_iter, (t, f) -> t.tp_iter = (Slots.Unary) f);
        def(new String[] {"__next__"}, t -> t.tp_iternext, (t, f) -> t.tp_iternext = (Slots.IterNext) f,
                (fn, i) -> (self, a, k) -> {
                    Args.wrapper("__next__", a, k, 0);
                    PyObject r = ((Slots.IterNext) fn).call(self);
                    if (r == null) {
                        throw Errors.stopIteration();
                    }
                    return r;
                }, (Slots.IterNext) UserSlots::iterNext);
        def(new String[] {"__get__"}, t -> t.tp_descr_get, (t, f) -> t.tp_descr_get = (Slots.DescrGet) f,
                (fn, i) -> (self, a, k) -> {
                    Args.wrapperRange("__get__", a, k, 1, 2);
                    // CPython's wrap_descr_get: None stands for a missing object or type, and
                    // at least one of the two must be given.
                    if (a[0] == PyNone.NONE && (a.length == 1 || a[1] == PyNone.NONE)) {
                        throw Errors.typeError("__get__(None, None) is invalid");
                    }
                    PyObject obj = a[0] == PyNone.NONE ? null : a[0];
                    PyType type = a.length > 1 && a[1] instanceof PyType t ? t : null;
                    return ((Slots.DescrGet) fn).call(self, obj, type);
                }, (Slots.DescrGet) UserSlots::descrGet);
        def(new String[] {"__set__", "__delete__"}, t -> t.tp_descr_set, (t, f) -> t.tp_descr_set = (Slots.DescrSet) f,
                (fn, i) -> (self, a, k) -> {
                    if (i == 0) {
                        Args.wrapperRange("__set__", a, k, 2, 2);
                        ((Slots.DescrSet) fn).call(self, a[0], a[1]);
                    } else {
                        ((Slots.DescrSet) fn).call(self, wrapperArg("__delete__", a, k), null);
                    }
                    return PyNone.NONE;
                }, (Slots.DescrSet) UserSlots::descrSet);
        def(new String[] {"__init__"}, t -> t.tp_init, (t, f) -> t.tp_init = (Slots.Init) f,
                (fn, i) -> (self, a, k) -> {
                    ((Slots.Init) fn).call(self, a, k);
                    return PyNone.NONE;
                }, (Slots.Init) UserSlots::init);
        def(new String[] {"__new__"}, t -> t.tp_new, (t, f) -> t.tp_new = (Slots.New) f, null, USER_NEW);

        binary("__add__", "__radd__", t -> t.nb_add, (t, f) -> t.nb_add = (Slots.Binary) f);
        binary("__sub__", "__rsub__", t -> t.nb_subtract, (t, f) -> t.nb_subtract = (Slots.Binary) f);
        binary("__mul__", "__rmul__", t -> t.nb_multiply, (t, f) -> t.nb_multiply = (Slots.Binary) f);
        binary("__mod__", "__rmod__", t -> t.nb_remainder, (t, f) -> t.nb_remainder = (Slots.Binary) f);
        binary("__divmod__", "__rdivmod__", t -> t.nb_divmod, (t, f) -> t.nb_divmod = (Slots.Binary) f);
        binary("__pow__", "__rpow__", t -> t.nb_power, (t, f) -> t.nb_power = (Slots.Binary) f);
        binary("__lshift__", "__rlshift__", t -> t.nb_lshift, (t, f) -> t.nb_lshift = (Slots.Binary) f);
        binary("__rshift__", "__rrshift__", t -> t.nb_rshift, (t, f) -> t.nb_rshift = (Slots.Binary) f);
        binary("__and__", "__rand__", t -> t.nb_and, (t, f) -> t.nb_and = (Slots.Binary) f);
        binary("__xor__", "__rxor__", t -> t.nb_xor, (t, f) -> t.nb_xor = (Slots.Binary) f);
        binary("__or__", "__ror__", t -> t.nb_or, (t, f) -> t.nb_or = (Slots.Binary) f);
        binary("__floordiv__", "__rfloordiv__", t -> t.nb_floor_divide, (t, f) -> t.nb_floor_divide = (Slots.Binary) f);
        binary("__truediv__", "__rtruediv__", t -> t.nb_true_divide, (t, f) -> t.nb_true_divide = (Slots.Binary) f);
        binary("__matmul__", "__rmatmul__", t -> t.nb_matrix_multiply,
                (t, f) -> t.nb_matrix_multiply = (Slots.Binary) f);
        inplace("__iadd__", t -> t.nb_inplace_add, (t, f) -> t.nb_inplace_add = (Slots.Binary) f);
        inplace("__isub__", t -> t.nb_inplace_subtract, (t, f) -> t.nb_inplace_subtract = (Slots.Binary) f);
        inplace("__imul__", t -> t.nb_inplace_multiply, (t, f) -> t.nb_inplace_multiply = (Slots.Binary) f);
        inplace("__imod__", t -> t.nb_inplace_remainder, (t, f) -> t.nb_inplace_remainder = (Slots.Binary) f);
        inplace("__ipow__", t -> t.nb_inplace_power, (t, f) -> t.nb_inplace_power = (Slots.Binary) f);
        inplace("__ilshift__", t -> t.nb_inplace_lshift, (t, f) -> t.nb_inplace_lshift = (Slots.Binary) f);
        inplace("__irshift__", t -> t.nb_inplace_rshift, (t, f) -> t.nb_inplace_rshift = (Slots.Binary) f);
        inplace("__iand__", t -> t.nb_inplace_and, (t, f) -> t.nb_inplace_and = (Slots.Binary) f);
        inplace("__ixor__", t -> t.nb_inplace_xor, (t, f) -> t.nb_inplace_xor = (Slots.Binary) f);
        inplace("__ior__", t -> t.nb_inplace_or, (t, f) -> t.nb_inplace_or = (Slots.Binary) f);
        inplace("__ifloordiv__", t -> t.nb_inplace_floor_divide,
                (t, f) -> t.nb_inplace_floor_divide = (Slots.Binary) f);
        inplace("__itruediv__", t -> t.nb_inplace_true_divide, (t, f) -> t.nb_inplace_true_divide = (Slots.Binary) f);
        inplace("__imatmul__", t -> t.nb_inplace_matrix_multiply,
                (t, f) -> t.nb_inplace_matrix_multiply = (Slots.Binary) f);
        unary("__neg__", t -> t.nb_negative, (t, f) -> t.nb_negative = (Slots.Unary) f);
        unary("__pos__", t -> t.nb_positive, (t, f) -> t.nb_positive = (Slots.Unary) f);
        unary("__abs__", t -> t.nb_absolute, (t, f) -> t.nb_absolute = (Slots.Unary) f);
        unary("__invert__", t -> t.nb_invert, (t, f) -> t.nb_invert = (Slots.Unary) f);
        unary("__int__", t -> t.nb_int, (t, f) -> t.nb_int = (Slots.Unary) f);
        unary("__float__", t -> t.nb_float, (t, f) -> t.nb_float = (Slots.Unary) f);
        unary("__index__", t -> t.nb_index, (t, f) -> t.nb_index = (Slots.Unary) f);
        def(new String[] {"__bool__"}, t -> t.nb_bool, (t, f) -> t.nb_bool = (Slots.Bool) f,
                (fn, i) -> (self, a, k) -> {
                    Args.wrapper("__bool__", a, k, 0);
                    return PyBool.of(((Slots.Bool) fn).call(self));
                }, (Slots.Bool) UserSlots::bool);
        def(new String[] {"__len__"}, t -> t.mp_length, (t, f) -> t.mp_length = (Slots.Length) f,
                (fn, i) -> (self, a, k) -> {
                    Args.wrapper("__len__", a, k, 0);
                    return PyInt.of(((Slots.Length) fn).call(self));
                }, (Slots.Length) UserSlots::length);
        def(new String[] {"__getitem__"}, t -> t.mp_subscript, (t, f) -> t.mp_subscript = (Slots.Binary) f,
                (fn, i) -> (self, a, k) -> ((Slots.Binary) fn).call(self, wrapperArg("__getitem__", a, k)),
                (Slots.Binary) (self, key) -> UserSlots.callDunder(self, "__getitem__", key));
        def(new String[] {"__setitem__", "__delitem__"}, t -> t.mp_ass_subscript,
                (t, f) -> t.mp_ass_subscript = (Slots.SetItem) f,
                (fn, i) -> (self, a, k) -> {
                    if (i == 0) {
                        Args.wrapperRange("__setitem__", a, k, 2, 2);
                        ((Slots.SetItem) fn).call(self, a[0], a[1]);
                    } else {
                        ((Slots.SetItem) fn).call(self, wrapperArg("__delitem__", a, k), null);
                    }
                    return PyNone.NONE;
                }, (Slots.SetItem) UserSlots::setItem);
        def(new String[] {"__contains__"}, t -> t.sq_contains, (t, f) -> t.sq_contains = (Slots.Contains) f,
                (fn, i) -> (self, a, k) -> PyBool.of(((Slots.Contains) fn).call(self, wrapperArg("__contains__", a, k))),
                (Slots.Contains) UserSlots::contains);
    }

    /** Puts a wrapper of each slot a builtin type defines itself (not inherited unchanged) into its dict. */
    static void exposeSlots(PyType t) {
        PyDict dict = t.dict();
        for (SlotDef d : DEFS) {
            Object fn = d.get.apply(t);
            if (fn == null || (t.base() != null && d.get.apply(t.base()) == fn)) {
                continue;
            }
            for (int i = 0; i < d.names.length; i++) {
                PyStr key = PyStr.of(d.names[i]);
                if (dict.getItem(key) != null || d.names[i].equals("__getattr__")) {
                    continue;
                }
                PyObject w;
                if (fn == ObjectSlots.UNHASHABLE) {
                    w = PyNone.NONE;
                } else if (d.wrap == null) {
                    Slots.New nf = (Slots.New) fn;
                    w = new PyBuiltinFunction("__new__", t, (self, a, k) -> newWrapper((PyType) self, nf, a, k), false)
                            .withSignatureOwner(t);
                } else {
                    w = new PyMethodDescr(t, d.names[i], d.wrap.wrap(fn, i), d, fn);
                }
                dict.setItem(key, w);
            }
        }
    }

    private static PyObject newWrapper(PyType owner, Slots.New fn, PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos < 1) {
            throw Errors.typeError("%s.__new__(): not enough arguments", owner.name());
        }
        if (!(a[0] instanceof PyType sub)) {
            throw Errors.typeError("%s.__new__(X): X is not a type object (%s)", owner.name(), a[0].type().name());
        }
        if (!sub.isSubtypeOf(owner)) {
            throw Errors.typeError("%s.__new__(%s): %s is not a subtype of %s", owner.name(), sub.name(), sub.name(),
                    owner.name());
        }
        // CPython's tp_new_wrapper: the nearest class of sub's base chain whose __new__ is not Python code
        // must allocate as owner does, or owner's __new__ would make an object of the wrong layout
        PyType staticBase = sub;
        while (staticBase != null && staticBase.tp_new == USER_NEW) {
            staticBase = staticBase.base();
        }
        if (staticBase != null && staticBase.tp_new != fn) {
            throw Errors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", owner.name(), sub.name(),
                    staticBase.name());
        }
        PyObject[] rest = new PyObject[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return fn.call(sub, rest, k);
    }

    /**
     * Re-resolves every slot of a user class from the dunders along its MRO (CPython's
     * {@code fixup_slot_dispatchers}).
     */
    static void updateAll(PyType t) {
        for (SlotDef d : DEFS) {
            Object chosen = null;
            boolean user = false;
            boolean none = false;
            for (String n : d.names) {
                PyObject found = t.lookup(PyStr.of(n));
                if (found == null) {
                    continue;
                }
                // update_one_slot: a slot wrapper of an unrelated class (A(int) with __eq__ =
                // str.__eq__) is called as a descriptor, whose self check refuses
                if (found instanceof PyMethodDescr m && m.slot == d && t.isSubtypeOf(m.owner())) {
                    if (chosen == null) {
                        chosen = m.slotFunction;
                    }
                } else if (found instanceof PyMethodDescr m && m.wrapsUnmappedSlot() && !m.owner().isHeapType()
                        && t.isSubtypeOf(m.owner())) {
                    // resolve_slotdups: the dunder stands for another slot of the same name (a
                    // list's __mul__ is its sq_repeat), so this one keeps the builtin's own (none
                    // for list): s * 1.5 reaches the sequence's "can't multiply sequence" error
                    if (chosen == null) {
                        chosen = d.get.apply(m.owner());
                    }
                } else if (d.wrap == null && found instanceof PyBuiltinFunction f && f.self() instanceof PyType owner
                        && !owner.isHeapType()) {
                    if (chosen == null) {
                        chosen = d.get.apply(owner);
                    }
                } else if (found == PyNone.NONE && d.names[0].equals("__hash__")) {
                    none = true;
                } else {
                    // A dunder set to None (typing's `__iter__ = None`) takes the generic slot too,
                    // which refuses when it finds None (update_one_slot; slot_tp_iter).
                    user = true;
                }
            }
            if (user) {
                d.set.accept(t, d.userSlot);
            } else if (none && chosen == null) {
                d.set.accept(t, ObjectSlots.UNHASHABLE);
            } else {
                d.set.accept(t, chosen);
            }
        }
    }
}
