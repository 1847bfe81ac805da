package org.taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user classes made directly on builtin types, per interpreter: the part of a builtin type's
 * {@code __subclasses__()} (CPython's {@code tp_subclasses}) that belongs to one interpreter, since
 * the builtin types themselves are shared by every interpreter in the JVM. Weakly held, in
 * creation order; an interpreter's state ({@link Interpreter#moduleState}), so nothing here keeps
 * an interpreter or its classes alive.
 */
final class UserSubclasses {
    private final Map<PyType, List<WeakReference<PyType>>> byBase = new IdentityHashMap<>();

    /** Records {@code sub}, a user class, as a direct subclass of the builtin type {@code base}. */
    static void add(PyType base, PyType sub) {
        UserSubclasses s = current(true);
        if (s != null) {
            synchronized (s) {
                List<WeakReference<PyType>> list = s.byBase.computeIfAbsent(base, b -> new ArrayList<>());
                list.removeIf(r -> r.get() == null);
                list.add(new WeakReference<>(sub));
            }
        }
    }

    /** Forgets {@code sub} as a subclass of {@code base} (its {@code __bases__} was assigned). */
    static void remove(PyType base, PyType sub) {
        UserSubclasses s = current(false);
        if (s != null) {
            synchronized (s) {
                List<WeakReference<PyType>> list = s.byBase.get(base);
                if (list != null) {
                    list.removeIf(r -> r.get() == null || r.get() == sub);
                }
            }
        }
    }

    /** Appends to {@code out} the running interpreter's live user subclasses of {@code base}, oldest first. */
    static void addTo(List<PyType> out, PyType base) {
        UserSubclasses s = current(false);
        if (s != null) {
            synchronized (s) {
                List<WeakReference<PyType>> list = s.byBase.get(base);
                if (list != null) {
                    for (WeakReference<PyType> r : list) {
                        PyType t = r.get();
                        if (t != null) {
                            out.add(t);
                        }
                    }
                }
            }
        }
    }

    /** The running interpreter's record, made when {@code create}; null outside an interpreter. */
    private static UserSubclasses current(boolean create) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return null;
        }
        return create ? ts.interpreter.moduleState(UserSubclasses.class, UserSubclasses::new)
                : ts.interpreter.existingModuleState(UserSubclasses.class);
    }
}
