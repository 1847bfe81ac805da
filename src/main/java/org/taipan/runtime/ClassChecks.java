package org.taipan.runtime;

/**
 * {@code isinstance()} and {@code issubclass()} with CPython 3.11's whole protocol
 * ({@code Objects/abstract.c}): tuples and unions of classes, {@code __instancecheck__} and
 * {@code __subclasscheck__} on the class's type, and the "abstract class" fallback for objects that
 * are not types: such an object is a class when it has a {@code __bases__} tuple, and an instance's
 * class is its {@code __class__} attribute. Only AttributeError is masked while reading those
 * attributes; anything else they raise propagates. The recursion checks are CPython's, so a tuple
 * nested deeper than the recursion limit, or a {@code __bases__} graph that never ends, raises
 * RecursionError instead of overflowing the Java stack.
 */
public final class ClassChecks {
    private ClassChecks() {}

    private static final PyStr BASES = PyStr.of("__bases__");
    private static final PyStr CLASS = PyStr.of("__class__");
    private static final String IN_INSTANCECHECK = " in __instancecheck__";
    private static final String IN_SUBCLASSCHECK = " in __subclasscheck__";
    private static final String IN_ISSUBCLASS = " in __issubclass__";
    static final String ISINSTANCE_ARG2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    static final String ISSUBCLASS_ARG1 = "issubclass() arg 1 must be a class";
    static final String ISSUBCLASS_ARG2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    /**
     * {@code isinstance(inst, cls)} (CPython's {@code object_recursive_isinstance}).
     *
     * @throws PyException TypeError when {@code cls} is neither a class, a tuple or union of them,
     *     nor an object with {@code __instancecheck__} or a {@code __bases__} tuple; RecursionError
     *     for nesting past the recursion limit; whatever a check or attribute raises
     */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.type() == PyType.TYPE) {
            return objectIsInstance(inst, cls);
        }
        if (cls instanceof PyUnion u) {
            cls = u.args;
        }
        if (cls instanceof PyTuple tup) {
            ThreadState ts = RecursionGuard.enter(IN_INSTANCECHECK);
            try {
                for (PyObject item : tup.array()) {
                    if (isInstance(inst, item)) {
                        return true;
                    }
                }
                return false;
            } finally {
                RecursionGuard.leave(ts);
            }
        }
        PyObject checker = cls.type().lookup("__instancecheck__");
        if (checker != null) {
            return callCheck(checker, cls, inst, IN_INSTANCECHECK);
        }
        return objectIsInstance(inst, cls);
    }

    /**
     * {@code issubclass(derived, cls)} (CPython's {@code object_issubclass}).
     *
     * @throws PyException TypeError when either argument is not a class (nor a tuple or union of
     *     them for {@code cls}); RecursionError as {@link #isInstance}; whatever a check raises
     */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE) {
            return derived == cls || realIsSubclass(derived, cls);
        }
        if (cls instanceof PyUnion u) {
            cls = u.args;
        }
        if (cls instanceof PyTuple tup) {
            ThreadState ts = RecursionGuard.enter(IN_SUBCLASSCHECK);
            try {
                for (PyObject item : tup.array()) {
                    if (isSubclass(derived, item)) {
                        return true;
                    }
                }
                return false;
            } finally {
                RecursionGuard.leave(ts);
            }
        }
        PyObject checker = cls.type().lookup("__subclasscheck__");
        if (checker != null) {
            return callCheck(checker, cls, derived, IN_SUBCLASSCHECK);
        }
        return realIsSubclass(derived, cls);
    }

    private static boolean callCheck(PyObject checker, PyObject cls, PyObject arg, String where) {
        ThreadState ts = RecursionGuard.enter(where);
        try {
            return Abstract.isTrue(Callables.callMethod(checker, cls, new PyObject[] {arg}, null));
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    /**
     * What {@code type.__instancecheck__} does (CPython's {@code object_isinstance}): the type of
     * {@code inst}, then its {@code __class__} attribute, against a class; for another object, its
     * {@code __class__} through the {@code __bases__} tuples.
     */
    public static boolean objectIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtypeOf(t)) {
                return true;
            }
            return ObjectSlots.overriddenClass(inst) instanceof PyType c && c.isSubtypeOf(t);
        }
        checkClass(cls, ISINSTANCE_ARG2);
        PyObject icls = Abstract.lookupAttr(inst, CLASS);
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /**
     * What {@code type.__subclasscheck__} does (CPython's {@code recursive_issubclass}): two
     * classes by the MRO, anything else by the {@code __bases__} tuples.
     *
     * @throws PyException TypeError when an argument has no {@code __bases__} tuple
     */
    public static boolean realIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtypeOf(c);
        }
        checkClass(derived, ISSUBCLASS_ARG1);
        if (!(cls instanceof PyUnion)) {
            checkClass(cls, ISSUBCLASS_ARG2);
        }
        return abstractIsSubclass(derived, cls);
    }

    /** {@code o.__bases__} when it is a tuple, else null; only AttributeError is masked. */
    private static PyTuple bases(PyObject o) {
        return Abstract.lookupAttr(o, BASES) instanceof PyTuple t ? t : null;
    }

    private static void checkClass(PyObject o, String message) {
        if (bases(o) == null) {
            throw Errors.typeError(message);
        }
    }

    /**
     * Whether {@code cls} is reachable from {@code derived} through {@code __bases__} tuples. A
     * chain of single bases is walked without recursion, as CPython does; several bases recurse,
     * each level counted against the recursion limit.
     */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        PyTuple bases;
        while (true) {
            if (derived == cls) {
                return true;
            }
            bases = bases(derived);
            if (bases == null || bases.size() == 0) {
                return false;
            }
            if (bases.size() != 1) {
                break;
            }
            derived = bases.get(0);
        }
        ThreadState ts = RecursionGuard.enter(IN_ISSUBCLASS);
        try {
            for (PyObject b : bases.array()) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
            return false;
        } finally {
            RecursionGuard.leave(ts);
        }
    }
}
