package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The infinite iterators {@code count}, {@code cycle} and {@code repeat} (CPython's
 * {@code Modules/itertoolsmodule.c}), with their reprs and {@code __reduce__}.
 */
final class Infinite {
    private Infinite() {}

    static final PyType COUNT = IterObject.type("count", true);
    static final PyType CYCLE = IterObject.type("cycle", true);
    static final PyType REPEAT = IterObject.type("repeat", true);

    /** CPython's {@code PyNumber_Check}: what count() accepts as start and step. */
    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    /** {@code count(start=0, step=1)}: start, start+step, ... */
    static final class Count extends IterObject {
        PyObject cnt;
        final PyObject step;

        Count(PyType t, PyObject start, PyObject step) {
            super(t);
            this.cnt = start;
            this.step = step;
        }

        @Override
        PyObject next() {
            PyObject r = cnt;
            if (r.getClass() == PyInt.class && step.getClass() == PyInt.class) {
                cnt = PyInt.add((PyInt) r, (PyInt) step);
            } else {
                cnt = Abstract.add(r, step);
            }
            return r;
        }

        /** Whether the step is the int 1, which repr and reduce leave out. */
        boolean unitStep() {
            return step instanceof PyInt i && i.fitsLong() && i.longValue() == 1;
        }
    }

    /**
     * {@code cycle(iterable)}: the items, saved in a list on the first pass and then repeated
     * forever. {@code complete} is CPython's {@code firstpass}: the saved list already holds
     * every item (only {@code __setstate__} sets it), so the input's items are not saved again.
     */
    static final class Cycle extends IterObject {
        PyObject it;
        PyList saved = new PyList();
        int index;
        boolean complete;

        Cycle(PyType t, PyObject it) {
            super(t);
            this.it = it;
        }

        @Override
        PyObject next() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    if (!complete) {
                        saved.append(v);
                    }
                    return v;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            PyObject v = saved.get(index);
            index = index + 1 >= saved.size() ? 0 : index + 1;
            return v;
        }
    }

    /** {@code repeat(object[, times])}: the object, {@code times} times or forever ({@code cnt < 0}). */
    static final class Repeat extends IterObject {
        final PyObject element;
        long cnt;

        Repeat(PyType t, PyObject element, long cnt) {
            super(t);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        PyObject next() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }
    }

    static {
        COUNT.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("count", a, k, 0, "start", "step");
            PyObject start = b[0] == null ? PyInt.ZERO : b[0];
            PyObject step = b[1] == null ? PyInt.ONE : b[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw Errors.typeError("a number is required");
            }
            return new Count(t, start, step);
        };
        COUNT.tp_repr = o -> {
            Count c = (Count) o;
            String name = c.type().shortName();
            if (c.unitStep()) {
                return PyStr.of(name + "(" + Abstract.repr(c.cnt) + ")");
            }
            return PyStr.of(name + "(" + Abstract.repr(c.cnt) + ", " + Abstract.repr(c.step) + ")");
        };
        COUNT.addMethodNoArgs("__reduce__", self -> {
            Count c = (Count) self;
            PyTuple args = c.unitStep() ? PyTuple.of(c.cnt) : PyTuple.of(c.cnt, c.step);
            return PyTuple.of(c.type(), args);
        });
        COUNT.ready();

        CYCLE.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("cycle", t, CYCLE, k);
            a = Args.positionalPart(a, k);
            Args.check("cycle", a, null, 1, 1);
            return new Cycle(t, Abstract.iter(a[0]));
        };
        CYCLE.addMethodNoArgs("__reduce__", self -> {
            Cycle c = (Cycle) self;
            if (c.it == null) {
                // Replaying: the saved list's own iterator, at the replay position.
                PyObject it = Abstract.iter(c.saved);
                if (c.index != 0) {
                    Callables.callAttr(it, "__setstate__", PyInt.of(c.index));
                }
                return PyTuple.of(c.type(), PyTuple.of(it), PyTuple.of(c.saved, PyBool.TRUE));
            }
            return PyTuple.of(c.type(), PyTuple.of(c.it), PyTuple.of(c.saved, PyBool.of(c.complete)));
        });
        CYCLE.addMethodOneArg("__setstate__", (self, state) -> {
            PyTuple st = IterObject.stateTuple(state);
            IterObject.stateArity(st, 2, 2);
            if (!(st.get(0) instanceof PyList saved)) {
                throw Errors.typeError("argument 1 must be list, not %s", st.get(0).type().name());
            }
            Cycle c = (Cycle) self;
            c.saved = saved;
            c.complete = Args.cInt(st.get(1)) != 0;
            c.index = 0;
            return PyNone.NONE;
        });
        CYCLE.ready();

        REPEAT.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("repeat", a, k, 0, "object", "times");
            PyObject element = MethodArgs.required("repeat", b, 0, "object");
            long cnt = -1;
            if (b[1] != null) {
                cnt = Math.max(0, Abstract.index(b[1], null).ssizeValue());
            }
            return new Repeat(t, element, cnt);
        };
        REPEAT.tp_repr = o -> {
            Repeat r = (Repeat) o;
            String name = r.type().shortName();
            if (r.cnt < 0) {
                return PyStr.of(name + "(" + Abstract.repr(r.element) + ")");
            }
            return PyStr.of(name + "(" + Abstract.repr(r.element) + ", " + r.cnt + ")");
        };
        REPEAT.addMethodNoArgs("__length_hint__", self -> {
            Repeat r = (Repeat) self;
            if (r.cnt < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return PyInt.of(r.cnt);
        });
        REPEAT.addMethodNoArgs("__reduce__", self -> {
            Repeat r = (Repeat) self;
            return PyTuple.of(r.type(), r.cnt < 0 ? PyTuple.of(r.element) : PyTuple.of(r.element, PyInt.of(r.cnt)));
        });
        REPEAT.ready();
    }
}
