package org.taipan.interp;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;

/**
 * The bodies of CALL_NO_KW_BUILTIN_O / _FAST for the JIT's CALL_HELPER: the builtin's array-free
 * body called as {@link BuiltinCallOps} calls it, with the recursion level CPython's METH_O /
 * METH_VARARGS call paths count ({@code cfunction_vectorcall_O}) for the builtins that count one
 * ({@link PyBuiltinFunction#countsRecursion}). Parameters are {@code Object} because a compiled
 * trace passes its references untyped; the body is the trace's constant.
 */
public final class TraceBuiltins {
    private TraceBuiltins() {}

    /** {@code fn(x)} for a builtin whose one-argument body is {@code body} (not counted). */
    public static PyObject one(Object body, Object x) {
        return ((PyBuiltinFunction.OneArg) body).call((PyObject) x);
    }

    /** {@code fn(x)}, one recursion level counted around it. */
    public static PyObject oneCounted(Object body, Object x) {
        ThreadState ts = enter();
        try {
            return ((PyBuiltinFunction.OneArg) body).call((PyObject) x);
        } finally {
            ts.depth--;
        }
    }

    /** {@code fn(x, y)} for a builtin whose two-argument body is {@code body} (not counted). */
    public static PyObject two(Object body, Object x, Object y) {
        return ((PyBuiltinFunction.TwoArgs) body).call((PyObject) x, (PyObject) y);
    }

    /** {@code fn(x, y)}, one recursion level counted around it. */
    public static PyObject twoCounted(Object body, Object x, Object y) {
        ThreadState ts = enter();
        try {
            return ((PyBuiltinFunction.TwoArgs) body).call((PyObject) x, (PyObject) y);
        } finally {
            ts.depth--;
        }
    }

    /** The current thread's state, its depth raised by one (RecursionError past the limit, as tier 1's check). */
    private static ThreadState enter() {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + RecursionGuard.CALL);
        }
        return ts;
    }
}
