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

    /**
     * {@code t()} for a builtin class of CALL_NO_KW_BUILTIN_CLASS ({@link TypeCalls}' answer, else the
     * ordinary type call, as tier 1's form). {@code at}: as {@link TraceDescriptors}' (the CALL's
     * index in the loop's own frame, whose {@code lasti} is set before Python code may run; null
     * inside an inlined call).
     */
    public static PyObject make0(Object at, Object t) {
        PyObject r = TypeCalls.make0((PyObject) t);
        return r != null ? r : typeCall(at, t, new PyObject[0]);
    }

    /** {@code t(x)} for a builtin class; see {@link #make0}. */
    public static PyObject make1(Object at, Object t, Object x) {
        PyObject r = TypeCalls.make1((PyObject) t, (PyObject) x);
        return r != null ? r : typeCall(at, t, new PyObject[] {(PyObject) x});
    }

    /** {@code t(x, y)} for a builtin class; see {@link #make0}. */
    public static PyObject make2(Object at, Object t, Object x, Object y) {
        PyObject r = TypeCalls.make2((PyObject) t, (PyObject) x, (PyObject) y);
        return r != null ? r : typeCall(at, t, new PyObject[] {(PyObject) x, (PyObject) y});
    }

    private static PyObject typeCall(Object at, Object t, PyObject[] args) {
        if (at != null) {
            ThreadState.current().frame.lasti = (Integer) at;
        }
        return Ops.callObject((PyObject) t, args, null);
    }

    /**
     * {@code fn(args...)} of a builtin function through its full body, as tier 1's
     * CALL_NO_KW_BUILTIN (no recursion level counted there); {@code at} as in {@link #make0}.
     */
    public static PyObject call0(Object at, Object fn) {
        return typeCall(at, fn, new PyObject[0]);
    }

    /** {@code fn(a)} through the full body; see {@link #call0}. */
    public static PyObject call1(Object at, Object fn, Object a) {
        return typeCall(at, fn, new PyObject[] {(PyObject) a});
    }

    /** {@code fn(a, b)} through the full body; see {@link #call0}. */
    public static PyObject call2(Object at, Object fn, Object a, Object b) {
        return typeCall(at, fn, new PyObject[] {(PyObject) a, (PyObject) b});
    }

    /** {@code fn(a, b, c)} through the full body; see {@link #call0}. */
    public static PyObject call3(Object at, Object fn, Object a, Object b, Object c) {
        return typeCall(at, fn, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c});
    }

    /** {@code fn(a, b, c, d)} through the full body; see {@link #call0}. */
    public static PyObject call4(Object at, Object fn, Object a, Object b, Object c, Object d) {
        return typeCall(at, fn, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d});
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
