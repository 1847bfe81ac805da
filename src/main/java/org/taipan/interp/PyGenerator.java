package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * A generator (or coroutine): it owns a suspended {@link Frame} and resumes it at its
 * instruction pointer (CPython's {@code genobject.c}). The frame's handled-exception state is
 * swapped in and out around each resumption.
 */
public final class PyGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("generator", PyType.OBJECT);
    public static final PyType COROUTINE = PyType.builtinFinal("coroutine", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {TYPE, COROUTINE}) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((PyGenerator) o).resume(PyNone.NONE, null);
            t.tp_repr = o -> PyStr.of("<" + o.type().name() + " object " + ((PyGenerator) o).qualname + " at "
                    + ObjectSlots.address(o) + ">");
            t.addMethod("send", (self, a, k) -> ((PyGenerator) self).send(Args.oneArg("send", a, k)));
            t.addMethod("__next__", (self, a, k) -> {
                Args.noArgs("__next__", a, k);
                return ((PyGenerator) self).send(PyNone.NONE);
            });
            t.addMethod("throw", (self, a, k) -> ((PyGenerator) self).throwMethod(a, k));
            t.addMethod("close", (self, a, k) -> {
                ((PyGenerator) self).close();
                return PyNone.NONE;
            });
            t.addAttr("gi_frame", new PyGetSetDescr(t, "gi_frame", o -> {
                PyGenerator g = (PyGenerator) o;
                return g.finished ? PyNone.NONE : g.frame;
            }, null));
            t.addAttr("gi_running", new PyGetSetDescr(t, "gi_running", o -> PyBool.of(((PyGenerator) o).running), null));
            t.addAttr("gi_code", new PyGetSetDescr(t, "gi_code", o -> ((PyGenerator) o).frame.code, null));
            t.addAttr("__name__", new PyGetSetDescr(t, "__name__", o -> ((PyGenerator) o).name, null));
            t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> ((PyGenerator) o).qualname, null));
            t.ready();
        }
        COROUTINE.tp_iter = null;
        COROUTINE.tp_iternext = null;
    }

    final Frame frame;
    private final boolean coroutine;
    private final PyStr name, qualname;
    private boolean started, running, finished;
    /** The value of the generator's {@code return} once finished. */
    PyObject returnValue = PyNone.NONE;

    PyGenerator(Frame frame) {
        this.frame = frame;
        this.coroutine = frame.code.code.hasFlag(CodeObject.CO_COROUTINE);
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        return coroutine ? COROUTINE : TYPE;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The exception {@code next()} raises once the generator has returned: StopIteration(value). */
    public PyException exhausted() {
        return stopIteration(returnValue);
    }

    /**
     * Resumes the frame with {@code sent} pushed, or {@code thrown} raised at the suspension point.
     *
     * @return the yielded value, or null when the generator returned (its value in {@link #returnValue})
     */
    PyObject resume(PyObject sent, PyBaseException thrown) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            if (thrown != null) {
                throw new PyException(thrown);
            }
            return null;
        }
        if (!started && thrown == null && sent != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        started = true;
        if (thrown != null) {
            frame.pendingThrow = thrown;
        } else {
            frame.stack[frame.sp++] = sent;
        }
        ThreadState ts = ThreadState.current();
        PyBaseException prevHandled = ts.handled;
        ts.handled = frame.savedHandled;
        running = true;
        PyObject v;
        try {
            v = Eval.run(ts, frame);
        } catch (PyException e) {
            finished = true;
            if (e.matches(ExceptionTypes.StopIteration)) {
                PyException r = Errors.runtimeError("generator raised StopIteration");
                r.value.cause = e.value;
                r.value.context = e.value;
                r.value.suppressContext = true;
                throw r;
            }
            throw e;
        } finally {
            running = false;
            frame.savedHandled = ts.handled;
            ts.handled = prevHandled;
        }
        if (frame.returned) {
            finished = true;
            returnValue = v;
            return null;
        }
        return v;
    }

    /** {@code gen.send(v)}: StopIteration(value) when the generator returns. */
    PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    static PyException stopIteration(PyObject value) {
        return Errors.of(ExceptionTypes.StopIteration, value == PyNone.NONE ? new PyObject[0] : new PyObject[] {value});
    }

    private PyObject throwMethod(PyObject[] a, String[] k) {
        Args.check("throw", a, k, 1, 3);
        PyObject typ = a[0];
        PyBaseException exc;
        if (typ instanceof PyBaseException e) {
            if (a.length > 1 && a[1] != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject val = a.length > 1 ? a[1] : PyNone.NONE;
            exc = val instanceof PyBaseException ve && ve.type().isSubtypeOf(t) ? ve
                    : (PyBaseException) (val == PyNone.NONE ? Callables.call(t) : Callables.call(t, val));
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().name());
        }
        PyObject r = throwInto(exc);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    /** Raises {@code exc} at the suspension point, delegating to a {@code yield from} receiver first. */
    PyObject throwInto(PyBaseException exc) {
        PyObject receiver = delegate();
        if (receiver != null && !finished) {
            try {
                PyObject r;
                if (receiver instanceof PyGenerator g) {
                    if (exc.type().isSubtypeOf(ExceptionTypes.GeneratorExit)) {
                        g.close();
                        return resume(null, exc);
                    }
                    r = g.throwInto(exc);
                    if (r == null) {
                        // The delegate returned: its StopIteration reaches CLEANUP_THROW in our frame.
                        return resume(null, stopIteration(g.returnValue).value);
                    }
                    return r;
                }
                PyObject m = Abstract.lookupAttr(receiver, PyStr.of("throw"));
                if (m == null) {
                    return resume(null, exc);
                }
                return Callables.call(m, exc);
            } catch (PyException e) {
                return resume(null, e.value);
            }
        }
        return resume(null, exc);
    }

    /** The receiver of a {@code yield from} the frame is suspended in, or null. */
    private PyObject delegate() {
        if (!started || finished || frame.ip <= 0) {
            return null;
        }
        int word = frame.code.code.code[frame.ip - 1];
        if (Opcode.opcodeOf(word) == Opcode.YIELD_VALUE.ordinal() && Opcode.opargOf(word) == 1 && frame.sp >= 1) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; RuntimeError if the generator keeps yielding. */
    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PyObject r;
        try {
            r = throwInto(Errors.of(ExceptionTypes.GeneratorExit).value);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.runtimeError("generator ignored GeneratorExit");
        }
    }
}
