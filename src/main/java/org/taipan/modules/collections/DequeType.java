package org.taipan.modules.collections;

import org.taipan.modules.TypedObject;
import org.taipan.modules.weakref.Weakrefable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ReprGuard;
import org.taipan.runtime.Sequences;

/**
 * The type {@code collections.deque} and its iterators {@code _collections._deque_iterator} and
 * {@code _deque_reverse_iterator}, with CPython's methods, messages and reprs.
 */
final class DequeType {
    private DequeType() {}

    static final PyType DEQUE = PyType.builtin("collections.deque", PyType.OBJECT).markOwnLayout()
            .markCollection(PyType.SEQUENCE);
    static final PyType ITER = PyType.builtinFinal("_collections._deque_iterator", PyType.OBJECT);
    static final PyType REVERSE_ITER = PyType.builtinFinal("_collections._deque_reverse_iterator", PyType.OBJECT);

    /** A deque iterator: walks by index, and fails once the deque changed shape. */
    static final class Iter extends PyObject {
        final PyDeque deque;
        final boolean reverse;
        final long state;
        int index;
        int counter;

        Iter(PyDeque deque, boolean reverse) {
            this.deque = deque;
            this.reverse = reverse;
            this.state = deque.state;
            this.counter = deque.size();
            this.index = reverse ? deque.size() - 1 : 0;
        }

        @Override
        public PyType type() {
            return reverse ? REVERSE_ITER : ITER;
        }

        /**
         * {@code dequeiter_next} / {@code dequereviter_next}: a forward iterator tests for a mutation
         * before its end (so its RuntimeError repeats, and comes even once it is exhausted); a
         * reverse one tests its end first, so after the RuntimeError it is exhausted.
         */
        PyObject next() {
            if (reverse && counter == 0) {
                return null;
            }
            if (deque.state != state) {
                counter = 0;
                throw Errors.of(ExceptionTypes.RuntimeError, "deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            PyObject v = deque.get(index);
            index += reverse ? -1 : 1;
            counter--;
            return v;
        }
    }

    private static PyDeque d(PyObject o) {
        return (PyDeque) o;
    }

    /** {@code deque.copy()}: a subclass copies through its own constructor, as CPython's {@code deque_copy}. */
    static PyObject copy(PyDeque d) {
        if (d.type() == DEQUE) {
            PyDeque c = new PyDeque(DEQUE);
            c.maxlen = d.maxlen;
            for (PyObject v : d.toArray()) {
                c.append(v);
            }
            return c;
        }
        return d.maxlen < 0 ? Callables.call(d.type(), d) : Callables.call(d.type(), d, PyInt.of(d.maxlen));
    }

    private static PyObject repr(PyObject self) {
        PyDeque d = d(self);
        String name = d.type().shortName();
        if (!ReprGuard.enter(d)) {
            return PyStr.of("[...]");
        }
        try {
            String items = Abstract.repr(d.toList());
            return PyStr.of(d.maxlen < 0 ? name + "(" + items + ")"
                    : name + "(" + items + ", maxlen=" + d.maxlen + ")");
        } finally {
            ReprGuard.exit(d);
        }
    }

    private static void init(PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind("deque", a, k, 0, "iterable", "maxlen");
        PyDeque d = d(self);
        long maxlen = -1;
        if (b[1] != null && b[1] != PyNone.NONE) {
            if (!(b[1] instanceof PyInt) && b[1].type().nb_index == null) {
                throw Errors.typeError("an integer is required");
            }
            maxlen = Abstract.index(b[1], null).ssizeValue();
            if (maxlen < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        d.maxlen = maxlen;
        if (d.size() > 0) {
            d.clear();
        }
        if (b[0] != null) {
            d.extend(b[0]);
        }
    }

    /** In-place repetition, as CPython's {@code deque_inplace_repeat}. */
    private static PyObject repeat(PyDeque d, PyObject n) {
        long times = Sequences.repeatCount(n);
        PyObject[] items = d.toArray();
        if (times <= 0 || items.length == 0) {
            d.clear();
            return d;
        }
        if (times > (d.maxlen < 0 ? Integer.MAX_VALUE - 8 : Long.MAX_VALUE) / items.length) {
            // deque_inplace_repeat's size check (before a maxlen shortens the work)
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        // With a maxlen only the last maxlen items survive, and the sequence is periodic: a few
        // rounds give the same suffix as all of them.
        long rounds = d.maxlen >= 0 ? Math.min(times, d.maxlen / items.length + 2) : times;
        for (long i = 1; i < rounds; i++) {
            for (PyObject v : items) {
                d.append(v);
            }
        }
        return d;
    }

    static {
        DEQUE.tp_new = (t, a, k) -> new PyDeque(t);
        DEQUE.tp_init = DequeType::init;
        DEQUE.tp_repr = DequeType::repr;
        DEQUE.tp_hash = ObjectSlots.UNHASHABLE;
        DEQUE.tp_iter = self -> new Iter(d(self), false);
        DEQUE.tp_richcompare = PyDeque::compare;
        DEQUE.mp_length = self -> d(self).size();
        DEQUE.mp_subscript = (self, key) -> d(self).get(d(self).checkIndex(key));
        DEQUE.mp_ass_subscript = (self, key, v) -> {
            PyDeque d = d(self);
            int i = d.checkIndex(key);
            if (v == null) {
                d.delete(i);
            } else {
                d.set(i, v);
            }
        };
        DEQUE.sq_contains = (self, v) -> d(self).find(v, 0, d(self).size()) >= 0;
        DEQUE.sq_concat = (self, other) -> {
            if (!(other instanceof PyDeque o)) {
                throw Errors.typeError("can only concatenate deque (not \"%s\") to deque", other.type().name());
            }
            PyDeque c = (PyDeque) copy(d(self));
            c.extend(o);
            return c;
        };
        DEQUE.sq_repeat = (self, n) -> repeat((PyDeque) copy(d(self)), n);
        DEQUE.addWrapperOneArg("__add__", Sequences.concatWrapper(DEQUE));
        DEQUE.addWrapperOneArg("__mul__", Sequences.repeatWrapper(DEQUE));
        DEQUE.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(DEQUE));
        DEQUE.nb_inplace_add = (self, other) -> {
            d(self).extend(other);
            return self;
        };
        DEQUE.nb_inplace_multiply = (self, n) -> repeat(d(self), n);
        DEQUE.addMethodOneArg("append", (self, arg) -> {
            d(self).append(arg);
            return PyNone.NONE;
        });
        DEQUE.addMethodOneArg("appendleft", (self, arg) -> {
            d(self).appendLeft(arg);
            return PyNone.NONE;
        });
        DEQUE.addMethodNoArgs("pop", self -> {
            return d(self).pop();
        });
        DEQUE.addMethodNoArgs("popleft", self -> {
            return d(self).popLeft();
        });
        DEQUE.addMethodOneArg("extend", (self, arg) -> {
            d(self).extend(arg);
            return PyNone.NONE;
        });
        DEQUE.addMethodOneArg("extendleft", (self, arg) -> {
            d(self).extendLeft(arg);
            return PyNone.NONE;
        });
        DEQUE.addMethodNoArgs("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        DEQUE.addMethodNoArgs("copy", self -> {
            return copy(d(self));
        });
        DEQUE.addMethodNoArgs("__copy__", self -> {
            return copy(d(self));
        });
        DEQUE.addMethodOneArg("count", (self, arg) -> {
            PyObject v = arg;
            PyDeque d = d(self);
            long st = d.state;
            int n = 0;
            for (int i = 0; i < d.size(); i++) {
                boolean eq = Abstract.richCompareBool(d.get(i), v, org.taipan.runtime.CompareOp.EQ);
                if (st != d.state) {
                    throw Errors.of(ExceptionTypes.RuntimeError, "deque mutated during iteration");
                }
                n += eq ? 1 : 0;
            }
            return PyInt.of(n);
        });
        DEQUE.addMethod("index", (self, a, k) -> {
            Args.noKeywords("index", k);
            if (a.length < 1 || a.length > 3) {
                throw Errors.typeError(a.length < 1 ? "index() takes at least 1 argument (0 given)"
                        : "index() takes at most 3 arguments (" + a.length + " given)");
            }
            PyDeque d = d(self);
            int n = d.size();
            long start = a.length > 1 ? sliceIndex(a[1]) : 0;
            long stop = a.length > 2 ? sliceIndex(a[2]) : Long.MAX_VALUE;
            if (start < 0) {
                start = Math.max(0, start + n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
            stop = Math.min(stop, n);
            start = Math.min(start, stop);
            int i = d.find(a[0], (int) start, (int) stop);
            if (i < 0) {
                throw Errors.valueError("%s is not in deque", Abstract.repr(a[0]));
            }
            return PyInt.of(i);
        });
        DEQUE.addMethod("insert", (self, a, k) -> {
            Args.noKeywords("insert", k);
            if (a.length != 2) {
                throw Errors.typeError("insert() takes exactly 2 arguments (%d given)", a.length);
            }
            PyDeque d = d(self);
            long i = Abstract.index(a[0], null).ssizeValue();
            if (d.maxlen >= 0 && d.size() >= d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            int n = d.size();
            if (i >= n) {
                d.append(a[1]);
            } else if (i <= -n || i == 0) {
                d.appendLeft(a[1]);
            } else {
                int at = (int) (i < 0 ? i + n : i);
                d.rotate(-at);
                d.appendLeft(a[1]);
                d.rotate(at);
            }
            return PyNone.NONE;
        });
        DEQUE.addMethodOneArg("remove", (self, arg) -> {
            PyObject v = arg;
            PyDeque d = d(self);
            int i = d.findToRemove(v);
            if (i < 0) {
                throw Errors.valueError("%s is not in deque", Abstract.repr(v));
            }
            d.delete(i);
            return PyNone.NONE;
        });
        DEQUE.addMethodNoArgs("reverse", self -> {
            d(self).reverse();
            return PyNone.NONE;
        });
        DEQUE.addMethod("rotate", (self, a, k) -> {
            Args.noKeywords("rotate", k);
            if (a.length > 1) {
                throw Errors.typeError("rotate expected at most 1 argument, got %d", a.length);
            }
            d(self).rotate(a.length == 0 ? 1 : Abstract.index(a[0], null).ssizeValue());
            return PyNone.NONE;
        });
        DEQUE.addMethodNoArgs("__reversed__", self -> {
            return new Iter(d(self), true);
        });
        DEQUE.addMethodNoArgs("__reduce__", self -> {
            PyDeque d = d(self);
            PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
            // deque___reduce___impl: the object's __getstate__ (a subclass's dict and slots) and
            // its own __iter__ (a subclass may override it)
            PyObject state = d.type().isHeapType() ? org.taipan.runtime.Callables.callAttr(self, "__getstate__")
                    : PyNone.NONE;
            PyObject items = d.type().isHeapType() ? org.taipan.runtime.Abstract.iter(self) : new Iter(d, false);
            return PyTuple.of(d.type(), args, state, items);
        });
        DEQUE.addMethodNoArgs("__sizeof__", self -> PyInt.of(64 + 8L * d(self).size()));
        DEQUE.addAttr("maxlen", new PyGetSetDescr(DEQUE, "maxlen", o -> d(o).maxlen < 0 ? PyNone.NONE
                : PyInt.of(d(o).maxlen), null));
        PyGenericAlias.install(DEQUE);
        TypedObject.refuseNewAttributes(DEQUE);
        DEQUE.ready();
        Weakrefable.allow(DEQUE);

        for (PyType t : new PyType[] {ITER, REVERSE_ITER}) {
            boolean reverse = t == REVERSE_ITER;
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((Iter) o).next();
            t.tp_new = (type, a, k) -> {
                Args.check(t.shortName(), a, k, 1, 2);
                if (!(a[0] instanceof PyDeque dq)) {
                    throw Errors.typeError("%s() argument 1 must be collections.deque, not %s", t.shortName(),
                            a[0].type().name());
                }
                Iter it = new Iter(dq, reverse);
                long skip = a.length > 1 ? Abstract.index(a[1], null).ssizeValue() : 0;
                for (long i = 0; i < skip && it.counter > 0; i++) {
                    it.next();
                }
                return it;
            };
            t.addMethodNoArgs("__length_hint__", self -> PyInt.of(((Iter) self).counter));
            t.addMethodNoArgs("__reduce__", self -> {
                Iter it = (Iter) self;
                return PyTuple.of(t, PyTuple.of(it.deque, PyInt.of(it.deque.size() - it.counter)));
            });
            t.ready();
        }
    }

    /** An index argument as {@code _PyEval_SliceIndexNotNone}: clamped to the 64-bit range. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o, null);
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
