package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/** The generator instructions' bodies: RETURN_GENERATOR, SEND, CLEANUP_THROW, GET_YIELD_FROM_ITER. */
final class Generators {
    private Generators() {}

    static PyObject create(Frame f) {
        return new PyGenerator(f);
    }

    /**
     * SEND: {@code (receiver, v -- receiver, result)}; returns true when the receiver finished
     * (the result is then its return value and the caller jumps).
     */
    static boolean send(PyObject[] stack, int sp) {
        PyObject receiver = stack[sp - 2];
        PyObject v = stack[sp - 1];
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.resume(v, null);
            if (r == null) {
                stack[sp - 1] = g.returnValue;
                return true;
            }
            stack[sp - 1] = r;
            return false;
        }
        try {
            PyObject r;
            if (v == PyNone.NONE) {
                r = Abstract.next(receiver);
                if (r == null) {
                    stack[sp - 1] = PyNone.NONE;
                    return true;
                }
            } else {
                r = Callables.callAttr(receiver, "send", v);
            }
            stack[sp - 1] = r;
            return false;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                PyObject val = e.value.attribute("value");
                stack[sp - 1] = val == null ? PyNone.NONE : val;
                return true;
            }
            throw e;
        }
    }

    /** CLEANUP_THROW: a StopIteration from the delegate finishes the {@code yield from} with its value. */
    static boolean cleanupThrow(PyObject[] stack, int sp, PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        if (!e.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
            return false;
        }
        PyObject val = e.attribute("value");
        stack[sp - 2] = PyNone.NONE;
        stack[sp - 1] = val == null ? PyNone.NONE : val;
        return true;
    }

    static PyObject yieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.type() == PyGenerator.COROUTINE && !f.code.code.hasFlag(CodeObject.CO_COROUTINE)
                    && !f.code.code.hasFlag(CodeObject.CO_ITERABLE_COROUTINE)) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return Abstract.iter(o);
    }

    static PyStr name(PyObject o) {
        return PyStr.of(o.type().name());
    }
}
