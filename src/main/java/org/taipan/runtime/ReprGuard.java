package org.taipan.runtime;

import java.util.IdentityHashMap;

/**
 * Detects recursive containers during repr ({@code [...]}), CPython's {@code Py_ReprEnter}.
 * The set is per thread: repr of one object on two threads must not see each other.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
