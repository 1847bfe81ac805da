package org.taipan.builtins;

import java.util.concurrent.ConcurrentHashMap;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The interpreter's table of interned strings ({@code sys.intern}, CPython's
 * {@code PyUnicode_InternInPlace}): one canonical str object per value, so {@code sys.intern(a) is
 * sys.intern(b)} when {@code a == b}. {@code marshal} interns the strings it reads as interned and
 * writes the interned form for the canonical objects.
 */
public final class InternedStrings {
    private final ConcurrentHashMap<PyStr, PyStr> table = new ConcurrentHashMap<>();

    private static InternedStrings current() {
        return ThreadState.current().interpreter.moduleState(InternedStrings.class, InternedStrings::new);
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
        PyStr seen = current().table.putIfAbsent(s, s);
        return seen == null ? s : seen;
    }

    /**
     * The table of the interpreter running on this thread, or null where none runs (a code object
     * made outside any interpreter keeps its own strings).
     */
    public static InternedStrings ofRunningInterpreter() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? null : ts.interpreter.moduleState(InternedStrings.class, InternedStrings::new);
    }

    /**
     * {@link #intern} in this table.
     *
     * @param s an exact str
     */
    public PyStr canonical(PyStr s) {
        PyStr seen = table.putIfAbsent(s, s);
        return seen == null ? s : seen;
    }

    /** Whether {@code s} is the canonical interned object of its value. */
    public static boolean isInterned(PyStr s) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return false;
        }
        InternedStrings t = ts.interpreter.moduleState(InternedStrings.class, InternedStrings::new);
        return t.table.get(s) == s;
    }
}
