package org.taipan.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.taipan.compile.Mangler;

/**
 * Assigning {@code __class__}, and the layout checks of assigning {@code __bases__}: CPython 3.11's
 * {@code object_set_class}, {@code type_set_bases}' {@code best_base} and
 * {@code compatible_for_assignment} (Objects/typeobject.c), their rules and messages. CPython
 * compares the two classes' C layouts; Taipan models a layout by what each heap class added to
 * its base's: a {@code __dict__}, weak references and its {@code __slots__} names, including
 * CPython's quirks (no class change between two dict-carrying subclasses of {@code int},
 * {@code tuple} or {@code bytes}, nor between two classes whose {@code __slots__} name
 * {@code __weakref__} besides other slots).
 */
final class ClassAssignment {
    private ClassAssignment() {}

    /**
     * {@code o.__class__ = v}, or {@code del o.__class__} when {@code v} is null.
     *
     * @throws PyException TypeError when {@code v} is null or not a class; when either class is a
     *     builtin (immutable) type, unless both are {@code module} or subclasses of it; when the
     *     classes lay instances out differently (also when the two have different builtin bases in
     *     Taipan, or when instances of that builtin base cannot change class; exception classes
     *     with the same fields count as one layout, as in CPython)
     */
    static void assign(PyObject o, PyObject v) {
        if (v == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType newto)) {
            throw Errors.typeError("__class__ must be set to a class, not '%s' object", v.type().name());
        }
        PyType oldto = o.type();
        boolean modules = newto.isSubtypeOf(PyModule.TYPE) && oldto.isSubtypeOf(PyModule.TYPE);
        if (!modules && (!newto.isHeapType() || !oldto.isHeapType())) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!compatible(oldto, newto) || !sameJavaLayout(oldto, newto) || !(o instanceof ClassAssignable a)) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", newto.name(), oldto.name());
        }
        a.assignClass(newto);
    }

    /**
     * The layout checks of {@code C.__bases__ = bases} once every item is a class that makes no
     * cycle: CPython's {@code best_base} over the new bases, then
     * {@code compatible_for_assignment(C.__base__, that base, "__bases__")}. So a class first made on
     * {@code object} cannot take a user class as its base ("'B' deallocator differs from 'object'":
     * CPython's heap types are garbage-collected, object is not), nor can a class move between
     * bases whose instances are laid out differently ({@code __slots__}, {@code int}, {@code dict}).
     *
     * @throws PyException TypeError "type 'X' is not an acceptable base type", "multiple bases have
     *     instance lay-out conflict", "__bases__ assignment: 'X' deallocator differs from 'Y'" or
     *     "__bases__ assignment: 'X' object layout differs from 'Y'"
     * @return the new {@code __base__}: the base whose layout the others' extend
     */
    static PyType checkBases(PyType type, PyType[] bases) {
        PyType base = null, winner = null;
        for (PyType b : bases) {
            if (!b.isBaseType()) {
                throw Errors.typeError("type '%s' is not an acceptable base type", b.name());
            }
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                // the winner's layout already extends this base's
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyType oldto = type.base();
        if (isCollected(base) != isCollected(oldto)) {
            throw Errors.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", base.name(), oldto.name());
        }
        if (!compatible(oldto, base)) {
            throw Errors.typeError("__bases__ assignment: '%s' object layout differs from '%s'", base.name(), oldto.name());
        }
        return base;
    }

    /**
     * CPython's {@code solid_base}: the nearest class whose instances have fields beyond its base's
     * (a heap class with {@code __slots__}, a builtin type with a struct of its own).
     */
    private static PyType solidBase(PyType t) {
        if (!t.isHeapType()) {
            if (t.isSubtypeOf(ExceptionTypes.BaseException)) {
                PyType defining = ExceptionLayout.of(t).definingType();
                return defining != null ? defining : ExceptionTypes.BaseException;
            }
            return t == PyBool.TYPE ? PyInt.TYPE : t;
        }
        PyType base = solidBase(t.base());
        boolean extra = !t.ownSlots().isEmpty() || addsDict(t) && t.isVarSized();
        return extra ? t : base;
    }

    /**
     * Whether CPython frees instances with the garbage collector's deallocator: every heap class
     * does; of the builtin types that can be subclassed, these do not.
     */
    private static boolean isCollected(PyType t) {
        if (t.isHeapType()) {
            return true;
        }
        if (t == PyType.OBJECT || t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == PyStr.TYPE || t == PyBytes.TYPE || t == PyByteArray.TYPE) {
            return false;
        }
        PyObject module = t.lookup(PyStr.of("__module__"));
        String qualified = (module instanceof PyStr m ? m + "." : "") + t.name();
        return !NOT_COLLECTED.contains(qualified);
    }

    /** The other subclassable builtin types CPython 3.11 leaves out of garbage collection. */
    private static final java.util.Set<String> NOT_COLLECTED = java.util.Set.of("_io.IncrementalNewlineDecoder",
            "datetime.date", "datetime.datetime", "datetime.time", "datetime.timedelta", "datetime.tzinfo",
            "decimal.Context", "decimal.Decimal", "_random.Random", "_socket.socket", "_hashlib.HASH",
            "_hashlib.HASHXOF");

    /**
     * Whether instances of the two classes are the same Java class with the same fields: the same
     * nearest builtin ancestor, or two exception classes with one {@link ExceptionLayout}.
     */
    private static boolean sameJavaLayout(PyType a, PyType b) {
        PyType sa = a.solidBase(), sb = b.solidBase();
        return sa == sb || sa.isSubtypeOf(ExceptionTypes.BaseException) && sb.isSubtypeOf(ExceptionTypes.BaseException)
                && ExceptionLayout.of(a) == ExceptionLayout.of(b);
    }

    /**
     * CPython's {@code compatible_for_assignment}: each class is walked up to the highest base it
     * adds nothing to; those must be one class, or siblings that added the same things.
     */
    private static boolean compatible(PyType oldto, PyType newto) {
        PyType newbase = layoutBase(newto);
        PyType oldbase = layoutBase(oldto);
        if (newbase != oldbase && (newbase.base() != oldbase.base() || !sameAdded(newbase, oldbase))) {
            return false;
        }
        return managedDict(oldto) == managedDict(newto);
    }

    /**
     * The highest class whose instances are laid out as {@code t}'s (CPython's walk while
     * {@code compatible_with_tp_base}): past heap classes that add nothing, and past builtin
     * exception classes that share their base's struct (ValueError, KeyError, ... up to
     * BaseException; FileNotFoundError up to OSError).
     */
    private static PyType layoutBase(PyType t) {
        while (t.isHeapType() ? !addsDict(t) && !addsWeakref(t) && t.ownSlots().isEmpty() : sharesBaseStruct(t)) {
            t = t.base();
        }
        return t;
    }

    private static boolean sharesBaseStruct(PyType t) {
        return t != ExceptionTypes.BaseException && t.isSubtypeOf(ExceptionTypes.BaseException)
                && !t.isHeapType() && ExceptionLayout.of(t).definingType() != t
                && t.base() != null && t.base().isSubtypeOf(ExceptionTypes.BaseException);
    }

    /**
     * CPython's {@code same_slots_added} for two heap classes with one base: the same slot names
     * (mangled, sorted: {@code ht_slots}), and the same instance size counting only the slots, a
     * weak reference list placed right after the base's fields, and nothing else; a dict added to
     * a variable-size base sits where that count misses it.
     */
    private static boolean sameAdded(PyType a, PyType b) {
        if (!a.isHeapType() || !b.isHeapType()) {
            return false;
        }
        List<String> slotsA = htSlots(a);
        List<String> slotsB = htSlots(b);
        if (!slotsA.equals(slotsB)) {
            return false;
        }
        int size = slotsA.size();
        if (addsWeakref(a) && addsWeakref(b) && slotsA.isEmpty()) {
            size++;
        }
        return size == added(a) && size == added(b);
    }

    /** How many pointer fields {@code t} adds to its base's instance size ({@code tp_basicsize}). */
    private static int added(PyType t) {
        return t.ownSlots().size() + (addsWeakref(t) ? 1 : 0) + (addsDict(t) && t.isVarSized() ? 1 : 0);
    }

    /** {@code t}'s own slot names as CPython keeps them: private names mangled, sorted. */
    private static List<String> htSlots(PyType t) {
        List<String> names = new ArrayList<>();
        for (String n : t.ownSlots()) {
            names.add(Mangler.mangle(t.name(), n));
        }
        Collections.sort(names);
        return names;
    }

    private static boolean addsDict(PyType t) {
        return hasDict(t) && !hasDict(t.base());
    }

    /** Whether instances of {@code t} carry a {@code __dict__} (a builtin type with one has its own descriptor). */
    private static boolean hasDict(PyType t) {
        PyType solid = t.solidBase();
        return t.isHeapType() && t.instancesHaveDict() || solid.lookup(PyStr.of("__dict__")) != null;
    }

    /** CPython's {@code add_weak}: asked for, and neither a variable-size base nor one with weak references already. */
    private static boolean addsWeakref(PyType t) {
        return t.weakrefRequested() && !t.isVarSized() && !hasWeakrefs(t.base());
    }

    private static boolean hasWeakrefs(PyType t) {
        if (t.isHeapType()) {
            return addsWeakref(t) || hasWeakrefs(t.base());
        }
        // builtin types with a tp_weaklistoffset; modules and sets have no __weakref__ attribute
        return t == PyModule.TYPE || t == PySet.TYPE || t == PySet.FROZENSET || t == PyType.TYPE
                || t.lookup(PyStr.of("__weakref__")) != null;
    }

    /**
     * {@code Py_TPFLAGS_MANAGED_DICT}: a heap class added the instance dict to a base of fixed size
     * (CPython keeps it before the object then, outside the instance size).
     */
    private static boolean managedDict(PyType t) {
        return t.isHeapType() && hasDict(t) && !hasDict(t.solidBase()) && !t.isVarSized();
    }
}
