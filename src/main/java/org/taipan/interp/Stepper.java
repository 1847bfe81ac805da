package org.taipan.interp;

import org.taipan.code.Op;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * Runs a frame one instruction at a time for a trace or profile function ({@link TraceHooks}),
 * with the same dispatch loop as ever ({@link Eval#execute}): the frame gets its own copy of its
 * code's words, TRACE everywhere but at the instruction to run next, which holds its generic
 * (never quickened, so never fused with the next) form. Execute runs that instruction and stops
 * at the next word, a TRACE ({@link #stop}); between two instructions the events are reported.
 * Instructions still quicken the shared words as they run, so the frames that are not stepped
 * lose nothing.
 */
final class Stepper {
    private Stepper() {}

    /** What {@link Eval#execute} returns when a stepped frame stops before its next instruction; never a Python value. */
    static final PyObject STEP = new PyObject() {
        @Override
        public PyType type() {
            throw new IllegalStateException("the stepper's stop marker is not a Python object");
        }
    };

    /**
     * An exception that left frame {@link #frame} through its stepped rest, passing out of the
     * dispatch loop that had stopped at an armed TRACE: that loop's handler lets it through
     * ({@link Eval#unwind}) instead of unwinding the frame a second time.
     */
    static final class Unwound extends RuntimeException {
        final transient Frame frame;
        private final Throwable raised;

        Unwound(Frame frame, Throwable raised) {
            super(null, null, false, false);
            this.frame = frame;
            this.raised = raised;
        }

        /** The exception to go on with (an Error is thrown from here). */
        RuntimeException rethrow() {
            if (raised instanceof Error err) {
                throw err;
            }
            return (RuntimeException) raised;
        }
    }

    /**
     * The TRACE case of {@link Eval#execute}, the frame at the instruction it names: a stepped
     * frame returns to its stepper; any other frame runs an armed code object (TraceHooks), and
     * goes on stepped until it returns or yields (its 'return' event included).
     */
    static PyObject stop(ThreadState ts, Frame f) {
        if (f.stepping) {
            return STEP;
        }
        try {
            return runStepped(ts, f, f.lasti);
        } catch (Throwable t) {
            throw new Unwound(f, t);
        }
    }

    /** Steps {@code f} to its return or yield ({@code prev}: as for {@link #steps}), then reports the 'return' event. */
    static PyObject runStepped(ThreadState ts, Frame f, int prev) {
        PyObject v;
        try {
            v = steps(ts, f, prev);
        } catch (PyException e) {
            TraceHooks.returnEvent(ts, f, null);
            throw e;
        }
        TraceHooks.returnEvent(ts, f, v);
        return v;
    }

    /**
     * Runs {@code f} from {@code f.ip} one instruction at a time until it returns or yields,
     * reporting the events before each; when the thread no longer has a hook (and the code is
     * not armed) the rest runs as usual.
     *
     * @param prev the instruction that ran last, for the 'line' rule; -1 when the frame has just begun
     */
    private static PyObject steps(ThreadState ts, Frame f, int prev) {
        PyCode q = f.code;
        int[] base = q.code.code;
        int first = TraceHooks.firstTraceable(q.code);
        int[] own = new int[base.length];
        for (int k = 0; k < own.length; k++) {
            own[k] = (base[k] & ~0xFF) | Op.TRACE;
        }
        f.instrs = own;
        f.stepping = true;
        try {
            while (true) {
                int j = f.ip;
                if (ts.traceFunc == null && ts.profileFunc == null && !TraceHooks.armed(ts, q)) {
                    f.instrs = q.instrs;
                    f.stepping = false;
                    return Eval.loop(ts, f);
                }
                PyObject callee = null;
                try {
                    if (j >= first) {
                        TraceHooks.lineEvents(ts, f, prev, j);
                        // the trace function may have jumped (f_lineno set): the target runs next, with no 'line' of its own
                        j = f.ip;
                        if (f.traceLineno != Frame.NO_LINE) {
                            // to the def line (LineJump): as after CPython's RESUME, the first statement reports its 'line'
                            f.traceLineno = Frame.NO_LINE;
                            prev = -1;
                            continue;
                        }
                    }
                    if (ts.profileFunc != null && !ts.inHook) {
                        callee = builtinCallee(f, base, j);
                        if (callee != null) {
                            TraceHooks.cCall(ts, f, j, callee);
                        }
                    }
                } catch (PyException e) {
                    // a hook raised before the instruction: as if the instruction had
                    f.ip = Eval.unwind(ts, f, e, j);
                    prev = j;
                    continue;
                }
                int op = base[j] & 0xFF;
                PyObject sent = null;
                if ((op == Op.FOR_ITER || op == Op.SEND) && TraceHooks.tracesExceptions(ts, f)) {
                    if (op == Op.FOR_ITER) {
                        forIterTraced(ts, f, j, base[j] >>> 8);
                        prev = j;
                        continue;
                    }
                    if (!(f.stack[f.sp - 2] instanceof PyGenerator)) {
                        sendTraced(ts, f, j, base[j] >>> 8);
                        prev = j;
                        continue;
                    }
                    sent = f.stack[f.sp - 1];
                }
                f.cCall = callee;
                own[j] = base[j];
                PyObject r;
                try {
                    r = Eval.execute(ts, f);
                } finally {
                    own[j] = (base[j] & ~0xFF) | Op.TRACE;
                }
                if (f.cCall != null) {
                    f.cCall = null;
                    TraceHooks.cReturn(ts, f, callee);
                }
                if (r != STEP && r != Eval.REENTER) {
                    return r;
                }
                if (sent != null && f.ip == base[j] >>> 8) {
                    sendReturned(ts, f, j, sent);
                }
                prev = j;
            }
        } finally {
            f.instrs = q.instrs;
            f.stepping = false;
            f.cCall = null;
        }
    }

    /**
     * FOR_ITER at {@code j}, run here for a frame whose trace function sees exceptions: a
     * StopIteration that ends the loop (raised by a class's {@code __next__}, by the code a
     * builtin iterator runs, a map's function, or made by a generator that returns a value other
     * than None) is reported ('exception'), as CPython 3.11's FOR_ITER does under tracing.
     */
    private static void forIterTraced(ThreadState ts, Frame f, int j, int target) {
        PyObject it = f.stack[f.sp - 1];
        f.lasti = j;
        try {
            PyObject v;
            try {
                // tp_iternext, as FOR_ITER calls it: a subclass of map without a __next__ of its own
                // ends with null and no StopIteration to report
                v = Abstract.iterNext(it);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.StopIteration)) {
                    throw e;
                }
                try {
                    TraceHooks.stopIteration(ts, f, j, e.value);
                } catch (PyException hookRaised) {
                    // the loop ends all the same: CPython's FOR_ITER clears what call_exc_trace left
                    // (the trace function, which raised, is removed)
                }
                v = null;
            }
            if (v == null) {
                f.stack[--f.sp] = null;
                f.ip = target;
                return;
            }
            f.stack[f.sp++] = v;
            f.ip = j + 1;
        } catch (PyException e) {
            f.ip = Eval.unwind(ts, f, e, j);
        }
    }

    /**
     * SEND at {@code j} to a receiver other than a generator (a {@code yield from} or an
     * {@code await} of an iterator), run here for a frame whose trace function sees exceptions:
     * the StopIteration that ends it is reported ('exception') before its value becomes the
     * result, as CPython 3.11's SEND does under tracing ({@code call_exc_trace}).
     */
    private static void sendTraced(ThreadState ts, Frame f, int j, int target) {
        f.lasti = j;
        try {
            PyObject r;
            boolean done;
            try {
                r = Generators.sendToIterator(f.stack[f.sp - 2], f.stack[f.sp - 1]);
                done = r == null;
                if (done) {
                    r = PyNone.NONE;
                }
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.StopIteration)) {
                    throw e;
                }
                TraceHooks.stopIteration(ts, f, j, e.value);
                r = Generators.stopValue(e);
                done = true;
            }
            f.stack[f.sp - 1] = r;
            f.ip = done ? target : j + 1;
        } catch (PyException e) {
            f.ip = Eval.unwind(ts, f, e, j);
        }
    }

    /**
     * After the SEND at {@code j} of a traced frame found its generator returned: CPython 3.11
     * under tracing resumes it by {@code send()} unless the value sent is None, and reports the
     * StopIteration carrying the result, which a plain resumption raises only for a value other
     * than None.
     */
    private static void sendReturned(ThreadState ts, Frame f, int j, PyObject sent) {
        PyObject value = f.stack[f.sp - 1];
        if (sent == PyNone.NONE && value == PyNone.NONE) {
            return;
        }
        PyObject exc = value == PyNone.NONE ? Callables.call(ExceptionTypes.StopIteration)
                : Callables.call(ExceptionTypes.StopIteration, value);
        try {
            TraceHooks.stopIteration(ts, f, j, (org.taipan.runtime.PyBaseException) exc);
        } catch (PyException e) {
            f.ip = Eval.unwind(ts, f, e, j);
        }
    }

    /**
     * The builtin the CALL at {@code j} (or after the KW_NAMES at {@code j}) is about to call, as
     * the profile function's 'c_call' names it (CPython's {@code trace_call_function}): a builtin
     * function, or a method descriptor bound to its first argument; null for anything else.
     */
    private static PyObject builtinCallee(Frame f, int[] base, int j) {
        int w = base[j];
        if ((w & 0xFF) == Op.KW_NAMES && j + 1 < base.length) {
            w = base[j + 1];
        }
        if ((w & 0xFF) != Op.CALL) {
            return null;
        }
        int at = f.sp - (w >>> 8) - 2;
        if (at < f.stackBase) {
            return null;
        }
        PyObject a = f.stack[at], b = f.stack[at + 1];
        if (a == null) {
            return b instanceof PyBuiltinFunction ? b : null;
        }
        if (a instanceof PyMethodDescr m && b != null) {
            return m.type().tp_descr_get.call(m, b, b.type());
        }
        return a instanceof PyBuiltinFunction ? a : null;
    }
}
