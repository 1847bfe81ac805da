package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.IteratorPickling;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The itertools that select items: {@code compress}, {@code dropwhile}, {@code takewhile},
 * {@code filterfalse} and {@code islice} (CPython's {@code Modules/itertoolsmodule.c}).
 */
final class Filtering {
    private Filtering() {}

    static final PyType COMPRESS = IterObject.type("compress", true);
    static final PyType DROPWHILE = IterObject.type("dropwhile", true);
    static final PyType TAKEWHILE = IterObject.type("takewhile", true);
    static final PyType FILTERFALSE = IterObject.type("filterfalse", true);
    static final PyType ISLICE = IterObject.type("islice", true);

    /** {@code compress(data, selectors)}: the data items whose selector is true. */
    static final class Compress extends IterObject {
        final PyObject data, selectors;

        Compress(PyType t, PyObject data, PyObject selectors) {
            super(t);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        PyObject next() {
            while (true) {
                PyObject d = Abstract.iterNext(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.iterNext(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    /** {@code dropwhile} ({@code take == false}) and {@code takewhile} ({@code take == true}). */
    static final class While extends IterObject {
        final PyObject pred, it;
        final boolean take;
        boolean stop;

        While(PyType t, PyObject pred, PyObject it, boolean take) {
            super(t);
            this.pred = pred;
            this.it = it;
            this.take = take;
        }

        @Override
        PyObject next() {
            if (take) {
                if (stop) {
                    return null;
                }
                PyObject v = Abstract.iterNext(it);
                if (v == null) {
                    return null;
                }
                if (Abstract.isTrue(Callables.call(pred, v))) {
                    return v;
                }
                stop = true;
                return null;
            }
            while (true) {
                PyObject v = Abstract.iterNext(it);
                if (v == null) {
                    return null;
                }
                if (stop) {
                    return v;
                }
                if (!Abstract.isTrue(Callables.call(pred, v))) {
                    stop = true;
                    return v;
                }
            }
        }
    }

    /** {@code filterfalse(pred, iterable)}: the items for which pred (or truth, for None) is false. */
    static final class FilterFalse extends IterObject {
        final PyObject pred, it;

        FilterFalse(PyType t, PyObject pred, PyObject it) {
            super(t);
            this.pred = pred;
            this.it = it;
        }

        @Override
        PyObject next() {
            while (true) {
                PyObject v = Abstract.iterNext(it);
                if (v == null) {
                    return null;
                }
                PyObject keep = pred == PyNone.NONE ? v : Callables.call(pred, v);
                if (!Abstract.isTrue(keep)) {
                    return v;
                }
            }
        }
    }

    /**
     * {@code islice(iterable, [start,] stop[, step])}; {@code stop < 0} means no stop. As CPython's
     * {@code islice_next}, it lets go of its iterator for good once that ended or raised.
     */
    static final class ISlice extends IterObject {
        PyObject it;
        long next;
        final long stop, step;
        long cnt;

        ISlice(PyType t, PyObject it, long start, long stop, long step) {
            super(t);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        PyObject next() {
            if (it == null) {
                return null;
            }
            long stopAt = stop;
            while (cnt < next) {
                PyObject v = step();
                if (v == null) {
                    return null;
                }
                cnt++;
            }
            if (stopAt >= 0 && cnt >= stopAt) {
                it = null;
                return null;
            }
            PyObject v = step();
            if (v == null) {
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stopAt >= 0 && next > stopAt)) {
                next = stopAt;
            }
            return v;
        }

        /** The iterator's next item (its {@code tp_iternext}); at its end or an exception, the iterator is dropped. */
        private PyObject step() {
            PyObject v;
            try {
                v = Abstract.iterNext(it);
            } catch (PyException e) {
                it = null;
                throw e;
            }
            if (v == null) {
                it = null;
            }
            return v;
        }
    }

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String START_MSG =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** An islice index: None gives {@code dflt}; else a non-negative int, or ValueError {@code msg}. */
    private static long sliceIndex(PyObject o, long dflt, String msg) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (o.type().nb_index == null && PyInt.asInt(o) == null) {
            throw Errors.valueError(msg);
        }
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() < 0) {
            throw Errors.valueError(msg);
        }
        return i.longValue();
    }

    static {
        COMPRESS.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("compress", a, k, 0, "data", "selectors");
            MethodArgs.required("compress", b, 0, "data");
            MethodArgs.required("compress", b, 1, "selectors");
            return new Compress(t, Abstract.iter(b[0]), Abstract.iter(b[1]));
        };
        COMPRESS.addMethodNoArgs("__reduce__", self -> {
            Compress c = (Compress) self;
            return PyTuple.of(c.type(), PyTuple.of(c.data, c.selectors));
        });
        COMPRESS.ready();
        for (PyType wt : new PyType[] {DROPWHILE, TAKEWHILE}) {
            String name = wt.shortName();
            boolean take = wt == TAKEWHILE;
            wt.tp_new = (t, a, k) -> {
                Args.noKeywordsForNew(name, t, wt, k);
                a = Args.positionalPart(a, k);
                Args.check(name, a, null, 2, 2);
                return new While(t, a[0], Abstract.iter(a[1]), take);
            };
            wt.addMethodNoArgs("__reduce__", self -> {
                While w = (While) self;
                return PyTuple.of(w.type(), PyTuple.of(w.pred, w.it), PyInt.of(w.stop ? 1 : 0));
            });
            wt.addMethodOneArg("__setstate__", (self, arg) -> {
                ((While) self).stop = Abstract.isTrue(arg);
                return PyNone.NONE;
            });
            wt.ready();
        }
        FILTERFALSE.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("filterfalse", t, FILTERFALSE, k);
            a = Args.positionalPart(a, k);
            Args.check("filterfalse", a, null, 2, 2);
            return new FilterFalse(t, a[0], Abstract.iter(a[1]));
        };
        FILTERFALSE.addMethodNoArgs("__reduce__", self -> {
            FilterFalse f = (FilterFalse) self;
            return PyTuple.of(f.type(), PyTuple.of(f.pred, f.it));
        });
        FILTERFALSE.ready();
        ISLICE.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("islice", t, ISLICE, k);
            a = Args.positionalPart(a, k);
            Args.check("islice", a, null, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (a.length == 2) {
                stop = sliceIndex(a[1], -1, STOP_MSG);
            } else {
                start = sliceIndex(a[1], 0, START_MSG);
                stop = sliceIndex(a[2], -1, STOP_MSG);
                if (a.length == 4) {
                    step = a[3] == PyNone.NONE ? 1 : stepIndex(a[3]);
                }
            }
            PyObject it = Abstract.iter(a[0]);
            return new ISlice(t, it, start, stop, step);
        };
        ISLICE.addMethodNoArgs("__reduce__", self -> {
            ISlice sl = (ISlice) self;
            // A new islice over the same input from the next position, the count as the state.
            if (sl.it == null) {
                return PyTuple.of(sl.type(), PyTuple.of(Abstract.iter(new PyList()), PyInt.ZERO), PyInt.ZERO);
            }
            PyObject stop = sl.stop < 0 ? PyNone.NONE : PyInt.of(sl.stop);
            return PyTuple.of(sl.type(), PyTuple.of(sl.it, PyInt.of(sl.next), stop, PyInt.of(sl.step)),
                    PyInt.of(sl.cnt));
        });
        ISLICE.addMethodOneArg("__setstate__", (self, state) -> {
            ((ISlice) self).cnt = IteratorPickling.position(state);
            return PyNone.NONE;
        });
        ISLICE.ready();
    }

    private static long stepIndex(PyObject o) {
        String msg = "Step for islice() must be a positive integer or None.";
        if (o.type().nb_index == null && PyInt.asInt(o) == null) {
            throw Errors.valueError(msg);
        }
        PyInt i = Abstract.index(o, null);
        if (i.signum() <= 0) {
            throw Errors.valueError(msg);
        }
        return i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
    }
}
