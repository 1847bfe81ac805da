package org.taipan.interp;

import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Calls a trace makes without opening them up (IR {@code CALL_HELPER}), for the JIT's recorder:
 * tier 1's generic CALL of {@code [NULL, callable, args]} ({@code Ops.callObject}, what every
 * specialized CALL form falls back to and agrees with), such as a class instantiation. Only used
 * in the loop's own frame, which is then the thread's running frame: each helper first sets that
 * frame's {@code lasti} to the CALL, as tier 1's CALL does, so the callee sees its caller's line
 * ({@code f_lineno}, warnings, tracebacks) as tier 1 shows it.
 *
 * <p>Parameters are {@code Object} (the trace passes untyped references) but the first: {@code ts},
 * the running thread's state, which the trace passes itself ({@code jit.emit.TraceWriter}); {@code at}
 * is the CALL's instruction index (an {@code Integer}), {@code callable} and the arguments are
 * Python objects.
 *
 * @throws org.taipan.runtime.PyException whatever the call raises
 */
public final class TraceCalls {
    private TraceCalls() {}

    /**
     * Sets the running frame's {@code lasti} to {@code at} (an instruction index, an
     * {@code Integer}) before a helper runs code that may read its line, as tier 1's CALL does.
     * {@code ts} is the trace's own (its {@code run} parameter): no thread-local look-up per call.
     */
    static void mark(ThreadState ts, Object at) {
        ts.frame.lasti = (Integer) at;
    }

    private static PyObject call(ThreadState ts, Object at, Object callable, PyObject[] args) {
        mark(ts, at);
        return Ops.callObject((PyObject) callable, args, null);
    }

    /** {@code callable()}. */
    @RunsPython
    public static PyObject call0(ThreadState ts, Object at, Object callable) {
        return call(ts, at, callable, new PyObject[0]);
    }

    /** {@code callable(a)}. */
    @RunsPython
    public static PyObject call1(ThreadState ts, Object at, Object callable, Object a) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a});
    }

    /** {@code callable(a, b)}. */
    @RunsPython
    public static PyObject call2(ThreadState ts, Object at, Object callable, Object a, Object b) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b});
    }

    /** {@code callable(a, b, c)}. */
    @RunsPython
    public static PyObject call3(ThreadState ts, Object at, Object callable, Object a, Object b, Object c) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c});
    }

    /** {@code callable(a, b, c, d)}: a method of three arguments and its self, or a function of four. */
    @RunsPython
    public static PyObject call4(ThreadState ts, Object at, Object callable, Object a, Object b, Object c, Object d) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d});
    }

    /** {@code callable(a, b, c, d, e)}. */
    @RunsPython
    public static PyObject call5(ThreadState ts, Object at, Object callable, Object a, Object b, Object c, Object d, Object e) {
        return call(ts, at, callable, new PyObject[] {(PyObject) a, (PyObject) b, (PyObject) c, (PyObject) d, (PyObject) e});
    }

    /**
     * {@code callable(*args)} for a call of more arguments than the fixed-arity helpers take:
     * {@code args} is a tuple the trace built of them (its NEW_TUPLE), in order.
     */
    @RunsPython
    public static PyObject callSpread(ThreadState ts, Object at, Object callable, Object args) {
        return call(ts, at, callable, ((org.taipan.runtime.PyTuple) args).array().clone());
    }

    /**
     * {@code a <op> b} of a BINARY_OP_USER the trace does not open up (its dunder nested past the
     * inlining depth, with a loop or cells): tier 1's generic operator ({@code Ops.binaryOp},
     * CPython's {@code binary_op1} then the reflected dunder), after setting the running frame's
     * {@code lasti} to {@code at} as tier 1's BINARY_OP_USER does.
     *
     * @param nb the operator, an {@code Integer} ({@code Abstract.NB_*}, in-place forms included)
     * @throws org.taipan.runtime.PyException what the dunder raises, or TypeError when neither
     *         operand supports the operator
     */
    @RunsPython
    public static PyObject binaryOp(ThreadState ts, Object at, Object nb, Object a, Object b) {
        mark(ts, at);
        return Ops.binaryOp((Integer) nb, (PyObject) a, (PyObject) b);
    }

    /** While recording: {@link #binaryOp} with the running frame's {@code lasti} set to {@code at}. */
    public static PyObject binaryOpRecorded(int at, int nb, PyObject a, PyObject b) {
        return binaryOp(ThreadState.current(), at, nb, a, b);
    }

    /**
     * While recording: {@code callable(args[from], ..., args[from + n - 1])} as the helper of
     * {@code n} arguments does it (the recorder runs the call it records through this).
     */
    public static PyObject callRecorded(int at, PyObject callable, PyObject[] args, int from, int n) {
        return call(ThreadState.current(), at, callable, java.util.Arrays.copyOfRange(args, from, from + n));
    }
}
