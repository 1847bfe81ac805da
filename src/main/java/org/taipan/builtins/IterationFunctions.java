package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.IteratorPickling;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/** Builtins over iterables: {@code iter}, {@code next}, {@code sorted}, {@code all}, {@code any}. */
final class IterationFunctions {
    private IterationFunctions() {}

    static final PyType CALLABLE_ITERATOR = callableIteratorType();

    private static PyType callableIteratorType() {
        PyType t = PyType.builtinFinal("callable_iterator", PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((CallableIterator) o).next();
        // calliter_reduce: iter(callable, sentinel) again, or an exhausted iterator once it has ended.
        t.addMethodNoArgs("__reduce__", self -> {
            CallableIterator c = (CallableIterator) self;
            // iter first: its lookup may end this iterator (IteratorPickling.iterFunction)
            PyObject iter = IteratorPickling.iterFunction();
            return c.callable != null ? PyTuple.of(iter, PyTuple.of(c.callable, c.sentinel)) : IteratorPickling.iterOver(iter, PyTuple.EMPTY);
        });
        return t.ready();
    }

    /** {@code iter(callable, sentinel)}. */
    static final class CallableIterator extends PyObject {
        private PyObject callable;
        private final PyObject sentinel;

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }

        /**
         * CPython's {@code calliter_iternext}: the callable's result, or null once it returned the
         * sentinel (compared as {@code sentinel == result}) or raised StopIteration, or when a call
         * made by the callable itself ended this iterator meanwhile (gh-101892).
         */
        PyObject next() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Callables.call(callable);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (callable == null) {
                return null;
            }
            if (Abstract.richCompareBool(sentinel, v, CompareOp.EQ)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    static void register(PyModule m) {
        def(m, "iter", (a, k) -> {
            Args.check("iter", a, k, 1, 2);
            if (a.length == 2) {
                if (a[0].type().tp_call == null) {
                    throw Errors.typeError("iter(v, w): v must be callable");
                }
                return new CallableIterator(a[0], a[1]);
            }
            return Abstract.iter(a[0]);
        });
        def(m, "next", (a, k) -> {
            Args.check("next", a, k, 1, 2);
            if (a[0].type().tp_iternext == null) {
                throw Errors.typeError("'%s' object is not an iterator", a[0].type().name());
            }
            if (a[0].type().isHeapType()) {
                PyObject nx = a[0].type().lookup("__next__");
                if (nx != null) {
                    if (a.length == 1) {
                        return Callables.callMethod(nx, a[0], new PyObject[0], null);
                    }
                    try {
                        return Callables.callMethod(nx, a[0], new PyObject[0], null);
                    } catch (PyException e) {
                        if (e.matches(ExceptionTypes.StopIteration)) {
                            return a[1];
                        }
                        throw e;
                    }
                }
            }
            // CPython's builtin_next calls tp_iternext itself: a StopIteration raised by the code an
            // iterator runs (a map's function) comes out as it is, unless there is a default
            PyObject v;
            if (a.length == 1) {
                v = Abstract.iterNext(a[0]);
            } else {
                try {
                    v = Abstract.iterNext(a[0]);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.StopIteration)) {
                        return a[1];
                    }
                    throw e;
                }
            }
            if (v != null) {
                return v;
            }
            if (a.length == 2) {
                return a[1];
            }
            if (a[0] instanceof org.taipan.interp.PyGenerator g) {
                throw g.exhausted();
            }
            throw Errors.stopIteration();
        });
        def(m, "sorted", (a, k) -> {
            int npos = Args.positional(a, k);
            if (npos != 1) {
                throw Errors.typeError(npos == 0 ? "sorted expected 1 argument, got 0"
                        : "sorted expected 1 argument, got " + npos);
            }
            PyList l = PyList.fromIterable(a[0]);
            if (a.length == 1) {
                // list's sort cannot be replaced (a builtin type): no need to look it up
                l.sort();
                return l;
            }
            PyObject[] kwvals = new PyObject[a.length - npos];
            System.arraycopy(a, npos, kwvals, 0, kwvals.length);
            Callables.callMethod(PyList.TYPE.lookup("sort"), l, kwvals, k);
            return l;
        });
        def(m, "all", (a, k) -> {
            PyObject it = Abstract.iter(Args.oneArg("all", a, k));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        def(m, "any", (a, k) -> {
            PyObject it = Abstract.iter(Args.oneArg("any", a, k));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
    }
}
