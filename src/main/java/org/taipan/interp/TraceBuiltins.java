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

    /**
     * {@code fn()} for a builtin {@code fn} (a function or a bound method) that runs only Java
     * code and counts no recursion level (the recorder's {@code FrameSafety} rules:
     * {@code operator.index(i)}, {@code random.random()}, {@code self.getrandbits(k)}).
     */
    public static PyObject plain0(Object fn) {
        return ((PyBuiltinFunction) fn).call(new PyObject[0], null);
    }

    /** {@code fn(x)} for a builtin that runs only Java code on the inert {@code x}; see {@link #plain0}. */
    public static PyObject plain1(Object fn, Object x) {
        return ((PyBuiltinFunction) fn).call(new PyObject[] {(PyObject) x}, null);
    }

    /** {@code fn(x, y)} for a builtin that runs only Java code on the inert {@code x} and {@code y}; see {@link #plain0}. */
    public static PyObject plain2(Object fn, Object x, Object y) {
        return ((PyBuiltinFunction) fn).call(new PyObject[] {(PyObject) x, (PyObject) y}, null);
    }

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
     * {@link #one} where Python code may run (a user object's {@code __len__}, {@code __index__},
     * {@code __lt__}): {@link RunsPython}, so the trace writes its frame's changed locals first; in
     * the loop's own frame, the thread's running frame, whose {@code lasti} it sets to {@code at}
     * (the CALL's index, an {@code Integer}) as tier 1's CALL does. {@code counted}: a
     * {@code Boolean}, whether the builtin counts a recursion level.
     */
    @RunsPython
    public static PyObject oneInFrame(ThreadState ts, Object at, Object body, Object counted, Object x) {
        TraceCalls.mark(ts, at);
        return (Boolean) counted ? oneCounted(body, x) : one(body, x);
    }

    /** {@link #two} where Python code may run; see {@link #oneInFrame}. */
    @RunsPython
    public static PyObject twoInFrame(ThreadState ts, Object at, Object body, Object counted, Object x, Object y) {
        TraceCalls.mark(ts, at);
        return (Boolean) counted ? twoCounted(body, x, y) : two(body, x, y);
    }

    /**
     * {@code t()} for a builtin class of CALL_NO_KW_BUILTIN_CLASS: {@link TypeCalls}' answer, else
     * the ordinary type call, as tier 1's form. For arguments the recorder has shown to run no
     * Python code (inert values).
     */
    public static PyObject make0(Object t) {
        PyObject r = TypeCalls.make0((PyObject) t);
        return r != null ? r : Ops.callObject((PyObject) t, new PyObject[0], null);
    }

    /** {@code t(x)} for a builtin class; see {@link #make0}. */
    public static PyObject make1(Object t, Object x) {
        PyObject r = TypeCalls.make1((PyObject) t, (PyObject) x);
        return r != null ? r : Ops.callObject((PyObject) t, new PyObject[] {(PyObject) x}, null);
    }

    /** {@code t(x, y)} for a builtin class; see {@link #make0}. */
    public static PyObject make2(Object t, Object x, Object y) {
        PyObject r = TypeCalls.make2((PyObject) t, (PyObject) x, (PyObject) y);
        return r != null ? r : Ops.callObject((PyObject) t, new PyObject[] {(PyObject) x, (PyObject) y}, null);
    }

    /**
     * {@link #make0} where the type call may run Python code ({@code __int__}, a generator given to
     * {@code list}): {@link RunsPython}, the loop frame's {@code lasti} set to {@code at} first, as
     * {@link #oneInFrame}.
     */
    @RunsPython
    public static PyObject make0InFrame(ThreadState ts, Object at, Object t) {
        TraceCalls.mark(ts, at);
        return make0(t);
    }

    /** {@link #make1} where Python code may run; see {@link #make0InFrame}. */
    @RunsPython
    public static PyObject make1InFrame(ThreadState ts, Object at, Object t, Object x) {
        TraceCalls.mark(ts, at);
        return make1(t, x);
    }

    /** {@link #make2} where Python code may run; see {@link #make0InFrame}. */
    @RunsPython
    public static PyObject make2InFrame(ThreadState ts, Object at, Object t, Object x, Object y) {
        TraceCalls.mark(ts, at);
        return make2(t, x, y);
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
