package org.taipan.interp;

import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * What a trace does without opening it up (IR {@code CALL_HELPER}) for generators and the
 * functions a loop creates: the next item of a generator at a FOR_ITER (tier 1's
 * {@code FOR_ITER_GEN}, CPython's {@code gen_send_ex2} through {@code tp_iternext}) and
 * MAKE_FUNCTION (CPython 3.11's {@code MAKE_FUNCTION}: a new function object each time, with the
 * closure cells, defaults and annotations it was given), and the SEND of a {@code yield from} to
 * a generator.
 *
 * <p>Parameters are {@code Object} because a compiled trace passes its references untyped.
 */
public final class TraceGenerators {
    private TraceGenerators() {}

    /**
     * The namespaces a function made by a trace's MAKE_FUNCTION gets: those of the frame the
     * instruction runs in, fixed for a trace (the JIT enters a trace only with the recording
     * frame's globals and builtins; an inlined callee's are its function's).
     */
    public record FunctionContext(Interpreter interpreter, PyDict globals, PyDict builtins) {}

    /** The context of a MAKE_FUNCTION run in frame {@code f} (a trace constant). */
    public static FunctionContext context(Frame f) {
        return new FunctionContext(ThreadState.current().interpreter, f.globals, f.builtins);
    }

    /**
     * FOR_ITER over {@code it} in the running frame of {@code ts} (the trace's thread), the loop's own ({@code at}: the
     * FOR_ITER's index, an {@code Integer}, set as the frame's {@code lasti} first so the
     * generator's {@code f_back.f_lineno} is the loop's line): a generator is resumed with None
     * directly, anything else through {@code tp_iternext}.
     *
     * @return the next item, or null when the iterator is exhausted (a generator returned)
     * @throws org.taipan.runtime.PyException what the generator's body raised (StopIteration
     *         inside it already turned into RuntimeError, PEP 479)
     */
    @RunsPython
    public static PyObject next(ThreadState ts, Object at, Object it) {
        ts.frame.lasti = (Integer) at;
        if (it instanceof PyGenerator g && g.isGenerator()) {
            return g.resume(ts, PyNone.NONE, null, false);
        }
        return Ops.forIter((PyObject) it);
    }

    /**
     * GET_YIELD_FROM_ITER on {@code o} when it is a generator (not a coroutine): {@code o} itself,
     * as tier 1's {@code Generators.yieldFromIter} leaves it; null for anything else (the trace then
     * leaves for tier 1 to run the instruction, which this did not start).
     */
    public static PyObject yieldFromGenerator(Object o) {
        return o instanceof PyGenerator g && g.isGenerator() ? g : null;
    }

    /**
     * SEND of {@code v} to the generator {@code receiver} of a {@code yield from} in the running
     * frame of {@code ts} ({@code at}: the SEND's index, an {@code Integer}, set as that frame's
     * {@code lasti} first), as tier 1's SEND does it ({@code Generators.send}, CPython 3.12's SEND:
     * {@code gen_send_ex2}); {@link #sendFinished} then tells which of its two results this was.
     *
     * @return the value the generator yielded, or, when it returned, its return value (taken from it)
     * @throws org.taipan.runtime.PyException what the generator's body raised
     */
    @RunsPython
    public static PyObject send(ThreadState ts, Object at, Object receiver, Object v) {
        ts.frame.lasti = (Integer) at;
        PyGenerator g = (PyGenerator) receiver;
        PyObject r = g.resume(ts, (PyObject) v, null, false);
        if (r == null) {
            r = g.returnValue;
            g.returnValue = PyNone.NONE;
        }
        return r;
    }

    /** After {@link #send}: True when the generator returned (SEND jumps past the loop), False when it yielded. */
    public static PyObject sendFinished(Object receiver) {
        return org.taipan.runtime.PyBool.of(((PyGenerator) receiver).isFinished());
    }

    /** GET_ITER: {@code iter(o)} (tier 1's {@code Abstract.iter}; a trace calls it on builtin iterables only). */
    public static PyObject iter(Object o) {
        return org.taipan.runtime.Abstract.iter((PyObject) o);
    }

    /**
     * MAKE_FUNCTION of {@code code} in the namespaces {@code ctx} (a {@link FunctionContext});
     * {@code closure} (a tuple of cells), {@code defaults} (a tuple), {@code kwdefaults} (a dict)
     * and {@code annotations} (a tuple of name/value pairs or a dict) are null when the
     * instruction's flags do not include them.
     *
     * @return a new function object (never one seen before: identity matters, {@code f is g})
     */
    public static PyObject makeFunction(Object ctx, Object code, Object closure, Object defaults,
            Object kwdefaults, Object annotations) {
        FunctionContext c = (FunctionContext) ctx;
        return Ops.newFunction(c.interpreter(), (org.taipan.runtime.PyCode) code, c.globals(), c.builtins(),
                (PyObject) closure, (PyObject) defaults, (PyObject) kwdefaults, (PyObject) annotations);
    }
}
