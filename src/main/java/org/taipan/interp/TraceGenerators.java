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
 * closure cells, defaults and annotations it was given).
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
