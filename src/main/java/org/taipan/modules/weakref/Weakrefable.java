package org.taipan.modules.weakref;

import java.util.Set;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * Which objects can be weakly referenced: those whose CPython type has a weak-reference list
 * ({@code tp_weaklistoffset}). That is instances of user classes unless their {@code __slots__}
 * leave out {@code __weakref__} (and not of subclasses of the variable-size int, tuple and
 * bytes), and the builtin types that CPython gives a list: type, function, method, set,
 * generator, module, ... Java modules add their own types with {@link #allow}.
 */
public final class Weakrefable {
    private Weakrefable() {}

    /** Builtin types (and, through their builtin subtypes, their families) whose instances can be referenced. */
    private static final Set<String> BUILTIN = Set.of("type", "function", "builtin_function_or_method", "method",
            "set", "frozenset", "generator", "coroutine", "async_generator", "code", "module", "memoryview",
            "types.GenericAlias", "ExceptionGroup");
    /** Lets instances of {@code t} (and of its builtin and user subtypes) be weakly referenced. */
    public static void allow(PyType t) {
        t.declareWeakrefs();
    }

    /**
     * Whether instances of the builtin type {@code solid} have weak references of their own (a
     * {@code tp_weaklistoffset}), so that a subclass adds no {@code __weakref__}.
     */
    public static boolean builtinHasWeakrefs(PyType solid) {
        if (solid.isSubtypeOf(org.taipan.modules.io.PyIOBase.TYPE)) {
            return true;
        }
        for (PyType c = solid; c != null; c = c.base()) {
            if (c.weakrefsDeclared() || BUILTIN.contains(c.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code o} can be weakly referenced. */
    public static boolean test(PyObject o) {
        if (o instanceof org.taipan.modules.io.PyIOBase) {
            return true;
        }
        PyType t = o.type();
        if (builtinHasWeakrefs(t.solidBase())) {
            return true;
        }
        if (!t.isHeapType() || t.isVarSized()) {
            return false;
        }
        return t.lookup(WEAKREF) != null;
    }

    /** Made once: a new str would have its hash computed on every {@code weakref.ref()}. */
    private static final PyStr WEAKREF = PyStr.of("__weakref__");

    /** Raises CPython's TypeError unless {@code o} can be weakly referenced. */
    public static void check(PyObject o) {
        if (!test(o)) {
            throw Errors.typeError("cannot create weak reference to '%s' object", o.type().name());
        }
    }
}
