package org.taipan.runtime;

/**
 * The C-level recursion checks of CPython 3.11 ({@code Py_EnterRecursiveCall(where)}), which
 * share one counter with Python frames: every frame counts one, and so does each open
 * {@code PyObject_Repr} (" while getting the repr of an object"), {@code PyObject_Str}
 * (" while getting the str of an object"), {@code PyObject_RichCompare} of a user class
 * (" in comparison"; builtin containers are not counted, so comparing lists nested 1000 deep
 * does not fail as in CPython), a METH_O/NOARGS/VARARGS builtin and
 * call of an object without vectorcall, such as a class or an instance with {@code __call__}
 * (" while calling a Python object"). Whichever check crosses {@code sys.getrecursionlimit()}
 * first names the RecursionError, so recursion through {@code __repr__} or {@code __eq__}
 * reports the same context as CPython, and a deeply nested list fails to repr as it does there.
 */
public final class RecursionGuard {
    private RecursionGuard() {}

    public static final String REPR = " while getting the repr of an object";
    public static final String STR = " while getting the str of an object";
    public static final String COMPARE = " in comparison";
    public static final String CALL = " while calling a Python object";

    /**
     * Counts one level; null when no interpreter runs on this thread (then nothing is counted).
     *
     * @throws PyException RecursionError "maximum recursion depth exceeded" + {@code where}
     */
    public static ThreadState enter(String where) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return null;
        }
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + where);
        }
        return ts;
    }

    /** Ends a level {@link #enter} counted. */
    public static void leave(ThreadState ts) {
        if (ts != null) {
            ts.depth--;
        }
    }
}
