package org.taipan.interp;

import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/** Raising and catching: the exception instructions' bodies (CPython's {@code do_raise}, exception matching, chaining). */
final class ExceptionOps {
    private ExceptionOps() {}

    /**
     * Turns anything thrown inside the interpreter into a Python exception: Java stack
     * overflow becomes RecursionError; any other Java exception is a bug, reported as SystemError.
     */
    static PyException asPyException(Throwable t) {
        if (t instanceof PyException e) {
            return e;
        }
        if (t instanceof StackOverflowError) {
            return Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return Errors.of(ExceptionTypes.MemoryError);
        }
        if (t instanceof Error err && !(t instanceof AssertionError)) {
            throw err;
        }
        if (System.getenv("TAIPAN_DEBUG") != null) {
            t.printStackTrace();
        }
        return Errors.of(ExceptionTypes.SystemError, "internal error: " + t);
    }

    /** Sets {@code exc.__context__} to the exception being handled, breaking any cycle that would make. */
    static void chainContext(PyBaseException exc, PyBaseException handled) {
        if (handled == null || handled == exc) {
            return;
        }
        // Cut exc out of handled's context chain, as CPython's _PyErr_SetObject does; a chain that
        // already loops (user code set __context__) is caught by a pointer going at half speed.
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean moveSlow = false;
        while (o.context != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
            if (o == slow) {
                break;
            }
            if (moveSlow) {
                slow = slow.context;
            }
            moveSlow = !moveSlow;
        }
        exc.context = handled;
    }

    /** An exception class or instance as an exception instance (a class is called with no arguments). */
    static PyBaseException instantiate(PyObject o, String what) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject v = Callables.call(t);
            if (!(v instanceof PyBaseException e)) {
                throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t), Abstract.repr(v.type()));
            }
            return e;
        }
        throw Errors.typeError(what);
    }

    /** RAISE_VARARGS: 0 re-raises the handled exception, 1 raises, 2 raises with a cause. */
    static PyException raise(ThreadState ts, PyObject[] stack, int sp, int n) {
        if (n == 0) {
            if (ts.handled == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            return new PyException(ts.handled);
        }
        PyObject causeObj = n == 2 ? stack[sp - 1] : null;
        PyObject excObj = stack[sp - n];
        PyBaseException exc = instantiate(excObj, "exceptions must derive from BaseException");
        if (causeObj != null) {
            if (causeObj == PyNone.NONE) {
                exc.cause = null;
            } else {
                exc.cause = instantiate(causeObj, "exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        chainContext(exc, ts.handled);
        return new PyException(exc);
    }

    /** CHECK_EXC_MATCH: whether exception {@code exc} matches the class or tuple of classes {@code type}. */
    static boolean matches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.array()) {
                checkCatchable(x);
            }
            for (PyObject x : t.array()) {
                if (exc.type().isSubtypeOf((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** WITH_EXCEPT_START: {@code exit(type(exc), exc, exc.__traceback__)}. */
    static PyObject withExceptStart(PyObject exit, PyObject excObj) {
        PyBaseException exc = (PyBaseException) excObj;
        PyTraceback tb = exc.traceback;
        return Callables.call(exit, exc.type(), exc, tb == null ? PyNone.NONE : tb);
    }

    /** CHECK_EG_MATCH {@code (exc, type -- rest, match)}; the handled exception becomes the match. */
    static int checkEgMatch(ThreadState ts, PyObject[] stack, int sp) {
        PyObject type = stack[sp - 1];
        PyObject[] r = org.taipan.runtime.ExceptionGroups.exceptStarMatch(stack[sp - 2], type);
        stack[sp - 2] = r[0];
        stack[sp - 1] = r[1];
        if (r[1] != PyNone.NONE) {
            ts.handled = (PyBaseException) r[1];
        }
        return sp;
    }

    /** PREP_RERAISE_STAR {@code (orig, list -- exc_or_None)}. */
    static int prepReraiseStar(PyObject[] stack, int sp) {
        PyObject list = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = org.taipan.runtime.ExceptionGroups.prepReraiseStar(stack[sp - 1], (org.taipan.runtime.PyList) list);
        return sp;
    }
}
