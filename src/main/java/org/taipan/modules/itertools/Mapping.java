package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyClassMethodDescr;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The itertools that combine or transform items: {@code accumulate}, {@code starmap},
 * {@code pairwise}, {@code chain} (with {@code from_iterable}) and {@code zip_longest}
 * (CPython's {@code Modules/itertoolsmodule.c}). All are lazy: nothing is pulled from an input
 * before the first {@code next()}, except what CPython's constructors pull ({@code iter()}).
 */
final class Mapping {
    private Mapping() {}

    static final PyType ACCUMULATE = IterObject.type("accumulate", true);
    static final PyType STARMAP = IterObject.type("starmap", true);
    static final PyType PAIRWISE = IterObject.type("pairwise", true);
    static final PyType CHAIN = IterObject.type("chain", true);
    static final PyType ZIP_LONGEST = IterObject.type("zip_longest", true);

    /** {@code accumulate(iterable, func=None, *, initial=None)}: running totals. */
    static final class Accumulate extends IterObject {
        final PyObject it, func;
        PyObject total, initial;

        Accumulate(PyType t, PyObject it, PyObject func, PyObject initial) {
            super(t);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Abstract.iterNext(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else {
                total = func == null ? Abstract.add(total, v) : Callables.call(func, total, v);
            }
            return total;
        }
    }

    /** {@code starmap(function, iterable)}: {@code function(*item)} for each item. */
    static final class StarMap extends IterObject {
        final PyObject func, it;

        StarMap(PyType t, PyObject func, PyObject it) {
            super(t);
            this.func = func;
            this.it = it;
        }

        @Override
        PyObject next() {
            PyObject v = Abstract.iterNext(it);
            if (v == null) {
                return null;
            }
            PyObject[] args = v.getClass() == PyTuple.class ? ((PyTuple) v).array() : Abstract.toArray(v);
            return Callables.call(func, args, null);
        }
    }

    /**
     * {@code pairwise(iterable)}: overlapping pairs of successive items. As CPython's
     * {@code pairwise_next}, it lets go of its iterator for good once that ended or raised.
     */
    static final class Pairwise extends IterObject {
        PyObject it, old;

        Pairwise(PyType t, PyObject it) {
            super(t);
            this.it = it;
        }

        @Override
        PyObject next() {
            if (it == null) {
                return null;
            }
            // Locals, not fields: the input's __next__ may call this pairwise again (test_pairwise_reenter).
            PyObject source = it;
            PyObject first = old;
            if (first == null) {
                first = step(source);
                old = first;
                if (first == null) {
                    it = null;
                    return null;
                }
            }
            PyObject n = step(source);
            if (n == null) {
                it = null;
                old = null;
                return null;
            }
            old = n;
            return PyTuple.of(first, n);
        }

        /** The source's next item (its {@code tp_iternext}); an exception drops the iterator and the item kept. */
        private PyObject step(PyObject source) {
            try {
                return Abstract.iterNext(source);
            } catch (PyException e) {
                it = null;
                old = null;
                throw e;
            }
        }
    }

    /** {@code chain(*iterables)}: each iterable's items in turn; {@code iter()} is taken when it is reached. */
    static final class Chain extends IterObject {
        PyObject source, active;

        Chain(PyType t, PyObject source) {
            super(t);
            this.source = source;
        }

        /** {@code chain((first,), it)}: {@code first}, then the rest of iterator {@code it}. */
        static Chain after(PyObject first, PyObject it) {
            return new Chain(CHAIN, Abstract.iter(PyTuple.of(PyTuple.of(first), it)));
        }

        @Override
        PyObject next() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Abstract.iter(iterable);
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    /**
     * {@code zip_longest(*iterables, fillvalue=None)}: tuples, the shorter inputs padded. As
     * CPython's {@code zip_longest_next}, an exception from an input ends it for good.
     */
    static final class ZipLongest extends IterObject {
        final PyObject[] its;
        PyObject fill;
        int active;

        ZipLongest(PyType t, PyObject[] its, PyObject fill) {
            super(t);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        PyObject next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = null;
                if (its[i] != null) {
                    try {
                        v = Abstract.next(its[i]);
                    } catch (PyException e) {
                        active = 0;
                        throw e;
                    }
                    if (v == null) {
                        active--;
                        if (active == 0) {
                            return null;
                        }
                        its[i] = null;
                    }
                }
                r[i] = v == null ? fill : v;
            }
            return new PyTuple(r);
        }
    }

    static {
        ACCUMULATE.tp_new = (t, a, k) -> {
            int npos = Args.positional(a, k);
            if (a.length > 3) {
                throw Errors.typeError("accumulate() takes at most 3 arguments (%d given)", a.length);
            }
            if (npos > 2) {
                throw Errors.typeError("accumulate() takes at most 2 positional arguments (%d given)", npos);
            }
            Args.onlyKeywords("accumulate", k, "iterable", "func", "initial");
            PyObject iterable = npos > 0 ? a[0] : Args.keyword(a, k, "iterable");
            PyObject func = npos > 1 ? a[1] : Args.keyword(a, k, "func");
            PyObject initial = Args.keyword(a, k, "initial");
            if (iterable == null) {
                throw Errors.typeError("accumulate() missing required argument 'iterable' (pos 1)");
            }
            return new Accumulate(t, Abstract.iter(iterable), func == PyNone.NONE ? null : func,
                    initial == PyNone.NONE ? null : initial);
        };
        ACCUMULATE.addMethodNoArgs("__reduce__", self -> {
            Accumulate acc = (Accumulate) self;
            PyObject func = acc.func == null ? PyNone.NONE : acc.func;
            if (acc.initial != null) {
                return PyTuple.of(acc.type(), PyTuple.of(Chain.after(acc.initial, acc.it), func), PyNone.NONE);
            }
            if (acc.total == PyNone.NONE) {
                // A total of None would read as "no total yet" in the state: start one item early
                // and drop that item instead (accumulate_reduce).
                PyObject again = Callables.call(acc.type(), Chain.after(acc.total, acc.it), func);
                return PyTuple.of(Filtering.ISLICE, PyTuple.of(again, PyInt.ONE, PyNone.NONE));
            }
            return PyTuple.of(acc.type(), PyTuple.of(acc.it, func), acc.total == null ? PyNone.NONE : acc.total);
        });
        ACCUMULATE.addMethodOneArg("__setstate__", (self, state) -> {
            ((Accumulate) self).total = state;
            return PyNone.NONE;
        });
        ACCUMULATE.ready();
        STARMAP.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("starmap", t, STARMAP, k);
            a = Args.positionalPart(a, k);
            Args.check("starmap", a, null, 2, 2);
            return new StarMap(t, a[0], Abstract.iter(a[1]));
        };
        STARMAP.addMethodNoArgs("__reduce__", self -> {
            StarMap s = (StarMap) self;
            return PyTuple.of(s.type(), PyTuple.of(s.func, s.it));
        });
        STARMAP.ready();
        PAIRWISE.tp_new = (t, a, k) -> {
            Args.check("pairwise", a, k, 1, 1);
            return new Pairwise(t, Abstract.iter(a[0]));
        };
        PAIRWISE.ready();
        CHAIN.tp_new = (t, a, k) -> {
            Args.noKeywordsForNew("chain", t, CHAIN, k);
            return new Chain(t, Abstract.iter(new PyTuple(Args.positionalPart(a, k).clone())));
        };
        CHAIN.addAttr("from_iterable", new PyClassMethodDescr(CHAIN, new PyBuiltinFunction("from_iterable", (a, k) -> {
            PyObject iterable = Args.oneArg("chain.from_iterable", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return new Chain((PyType) a[0], Abstract.iter(iterable));
        })));
        CHAIN.addMethodNoArgs("__reduce__", self -> {
            Chain c = (Chain) self;
            if (c.source == null) {
                return PyTuple.of(c.type(), PyTuple.EMPTY);
            }
            return c.active == null ? PyTuple.of(c.type(), PyTuple.EMPTY, PyTuple.of(c.source))
                    : PyTuple.of(c.type(), PyTuple.EMPTY, PyTuple.of(c.source, c.active));
        });
        CHAIN.addMethod("__setstate__", (self, a, k) -> {
            PyObject st = Args.oneArg("__setstate__", a, k);
            if (!(st instanceof PyTuple tup)) {
                throw Errors.typeError("state is not a tuple");
            }
            IterObject.stateArity(tup, 1, 2);
            PyObject source = tup.get(0);
            PyObject active = tup.size() > 1 ? tup.get(1) : null;
            if (!IterObject.isIterator(source) || (active != null && !IterObject.isIterator(active))) {
                throw Errors.typeError("Arguments must be iterators.");
            }
            Chain c = (Chain) self;
            c.source = source;
            c.active = active;
            return PyNone.NONE;
        });
        org.taipan.runtime.PyGenericAlias.install(CHAIN);
        CHAIN.ready();
        ZIP_LONGEST.tp_new = (t, a, k) -> {
            PyObject fill = PyNone.NONE;
            if (k != null && k.length > 0) {
                if (k.length > 1 || !k[0].equals("fillvalue")) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[a.length - 1];
            }
            int npos = Args.positional(a, k);
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            return new ZipLongest(t, its, fill);
        };
        ZIP_LONGEST.addMethodNoArgs("__reduce__", self -> {
            ZipLongest z = (ZipLongest) self;
            // An exhausted input is pickled as an empty tuple; the fill value travels as the state.
            PyObject[] its = new PyObject[z.its.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = z.its[i] == null ? PyTuple.EMPTY : z.its[i];
            }
            return PyTuple.of(z.type(), new PyTuple(its), z.fill);
        });
        ZIP_LONGEST.addMethodOneArg("__setstate__", (self, state) -> {
            ((ZipLongest) self).fill = state;
            return PyNone.NONE;
        });
        ZIP_LONGEST.ready();
    }
}
