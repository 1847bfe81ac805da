package org.taipan.builtins;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The interpreter's table of interned strings ({@code sys.intern}, CPython's
 * {@code PyUnicode_InternInPlace}): one canonical str object per value, so {@code sys.intern(a) is
 * sys.intern(b)} when {@code a == b}. {@code marshal} interns the strings it reads as interned and
 * writes the interned form for the canonical objects.
 *
 * <p>The table holds its strings weakly, as CPython 3.11's interned strings are mortal (the
 * interned dict's references are not counted): one nothing else refers to is dropped. Every code
 * object interns its names and name-like constants here, so a program that compiles generated
 * source in a loop would otherwise keep every name it ever made.
 */
public final class InternedStrings {
    /** Each canonical str, weakly, keyed by itself (a str's equality and hash are its value's). */
    private final Map<PyStr, WeakReference<PyStr>> table = new WeakHashMap<>();

    private static InternedStrings of(ThreadState ts) {
        return ts.interpreter.moduleState(InternedStrings.class, InternedStrings::new);
    }

    /**
     * The canonical object equal to {@code s} ({@code s} itself the first time).
     *
     * @throws org.taipan.runtime.PyException TypeError "can't intern S" for an instance of a str subclass
     */
    public static PyStr intern(PyStr s) {
        if (s.getClass() != PyStr.class) {
            throw Errors.typeError("can't intern %s", s.type().name());
        }
        return of(ThreadState.current()).canonical(s);
    }

    /**
     * The table of the interpreter running on this thread, or null where none runs (a code object
     * made outside any interpreter keeps its own strings).
     */
    public static InternedStrings ofRunningInterpreter() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? null : of(ts);
    }

    /**
     * {@link #intern} in this table.
     *
     * @param s an exact str
     */
    public synchronized PyStr canonical(PyStr s) {
        WeakReference<PyStr> ref = table.get(s);
        PyStr seen = ref == null ? null : ref.get();
        if (seen != null) {
            return seen;
        }
        table.put(s, new WeakReference<>(s));
        return s;
    }

    private synchronized boolean holds(PyStr s) {
        WeakReference<PyStr> ref = table.get(s);
        return ref != null && ref.get() == s;
    }

    /** Whether {@code s} is the canonical interned object of its value. */
    public static boolean isInterned(PyStr s) {
        InternedStrings t = ofRunningInterpreter();
        return t != null && t.holds(s);
    }
}
