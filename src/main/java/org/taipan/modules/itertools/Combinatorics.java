package org.taipan.modules.itertools;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.IteratorPickling;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The combinatoric iterators {@code product}, {@code permutations}, {@code combinations} and
 * {@code combinations_with_replacement} (CPython's {@code Modules/itertoolsmodule.c}): the
 * inputs are read into tuples when the iterator is made, then an index vector walks the
 * results in lexicographic order.
 */
final class Combinatorics {
    private Combinatorics() {}

    static final PyType PRODUCT = IterObject.type("product", true);
    static final PyType PERMUTATIONS = IterObject.type("permutations", true);
    static final PyType COMBINATIONS = IterObject.type("combinations", true);
    static final PyType CWR = IterObject.type("combinations_with_replacement", true);

    /** The state every combinatoric iterator shares: the index vector and whether it is done. */
    abstract static class Indexed extends IterObject {
        int[] indices;
        boolean first = true, stopped;

        Indexed(PyType t) {
            super(t);
        }

        @Override
        final PyObject next() {
            if (stopped) {
                return null;
            }
            if (first) {
                if (startsEmpty()) {
                    stopped = true;
                    return null;
                }
                first = false;
            } else if (!advance()) {
                stopped = true;
                return null;
            }
            return current();
        }

        /** Whether there is no first result, found when it is asked for (CPython's product). */
        boolean startsEmpty() {
            return false;
        }

        /** Moves the indices to the next result; false when there is none. */
        abstract boolean advance();

        /** The result the indices denote. */
        abstract PyTuple current();

        /** The ints of {@code v} as a tuple, for {@code __reduce__}. */
        static PyTuple indexTuple(int[] v) {
            PyObject[] r = new PyObject[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = PyInt.of(v[i]);
            }
            return new PyTuple(r);
        }

        /**
         * Reads {@code state}'s ints into {@code v}, each clamped to {@code [lo(i), hi(i)]}, as the
         * {@code __setstate__} of CPython's combinatoric iterators do; the next {@code next()}
         * then advances from them.
         */
        void restore(int[] v, PyTuple state, java.util.function.IntUnaryOperator lo,
                java.util.function.IntUnaryOperator hi) {
            for (int i = 0; i < v.length; i++) {
                long x = IteratorPickling.position(state.get(i));
                v[i] = (int) Math.max(lo.applyAsInt(i), Math.min(hi.applyAsInt(i), x));
            }
            first = false;
        }
    }

    /** The state tuple of a combinatoric {@code __setstate__}: a tuple of {@code n} items, or ValueError. */
    private static PyTuple stateOf(PyObject state, int n) {
        if (state instanceof PyTuple t && t.size() == n) {
            return t;
        }
        throw Errors.valueError("invalid arguments");
    }

    /** {@code product(*iterables, repeat=1)}. */
    static final class Product extends Indexed {
        final PyObject[][] pools;

        Product(PyType t, PyObject[][] pools) {
            super(t);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        boolean startsEmpty() {
            for (PyObject[] p : pools) {
                if (p.length == 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean advance() {
            for (int i = pools.length - 1; i >= 0; i--) {
                if (++indices[i] < pools[i].length) {
                    return true;
                }
                indices[i] = 0;
            }
            return false;
        }

        @Override
        PyTuple current() {
            PyObject[] r = new PyObject[pools.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = pools[i][indices[i]];
            }
            return new PyTuple(r);
        }
    }

    /** {@code combinations(iterable, r)} and, with {@code replace}, {@code combinations_with_replacement}. */
    static final class Combinations extends Indexed {
        final PyObject[] pool;
        final boolean replace;

        Combinations(PyType t, PyObject[] pool, int r, boolean replace) {
            super(t);
            this.pool = pool;
            this.replace = replace;
            this.indices = new int[r];
            if (!replace) {
                for (int i = 0; i < r; i++) {
                    indices[i] = i;
                }
            }
            stopped = replace ? pool.length == 0 && r > 0 : r > pool.length;
        }

        @Override
        boolean advance() {
            int n = pool.length, r = indices.length;
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
                return true;
            }
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            return true;
        }

        @Override
        PyTuple current() {
            PyObject[] out = new PyObject[indices.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }
    }

    /** {@code permutations(iterable, r=None)}: the indices and cycles of CPython's algorithm. */
    static final class Permutations extends Indexed {
        final PyObject[] pool;
        final int r;
        final int[] cycles;

        Permutations(PyType t, PyObject[] pool, int r) {
            super(t);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < r && r <= n; i++) {
                cycles[i] = n - i;
            }
            stopped = r > n;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            if (n == 0) {
                return false;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return true;
                }
            }
            return false;
        }

        @Override
        PyTuple current() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }
    }

    private static int rArg(String fname, PyObject o) {
        long r = Abstract.index(o, null).ssizeValue();
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        if (r > Integer.MAX_VALUE) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError, "");
        }
        return (int) r;
    }

    static {
        PRODUCT.tp_new = (t, a, k) -> {
            long repeat = 1;
            if (k != null && k.length > 0) {
                if (k.length > 1) {
                    throw Errors.typeError("product() takes at most 1 keyword argument (%d given)", k.length);
                }
                if (!k[0].equals("repeat")) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for product()", k[0]);
                }
                repeat = Abstract.index(a[a.length - 1], null).ssizeValue();
                if (repeat < 0) {
                    throw Errors.valueError("repeat argument cannot be negative");
                }
            }
            int npos = Args.positional(a, k);
            PyObject[][] base = new PyObject[npos][];
            for (int i = 0; i < npos; i++) {
                base[i] = Abstract.toArray(a[i]);
            }
            if (npos > 0 && repeat > Integer.MAX_VALUE / npos) {
                throw Errors.overflow("repeat argument too large");
            }
            PyObject[][] pools = new PyObject[(int) (npos * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % Math.max(npos, 1)];
            }
            return new Product(t, pools);
        };
        PRODUCT.addMethodNoArgs("__reduce__", self -> {
            Product p = (Product) self;
            if (p.stopped) {
                return PyTuple.of(p.type(), PyTuple.of(PyTuple.EMPTY));
            }
            PyObject[] pools = new PyObject[p.pools.length];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = new PyTuple(p.pools[i]);
            }
            return p.first ? PyTuple.of(p.type(), new PyTuple(pools))
                    : PyTuple.of(p.type(), new PyTuple(pools), Indexed.indexTuple(p.indices));
        });
        PRODUCT.addMethodOneArg("__setstate__", (self, state) -> {
            Product p = (Product) self;
            PyTuple st = stateOf(state, p.pools.length);
            for (PyObject[] pool : p.pools) {
                if (pool.length == 0) {
                    p.stopped = true;
                    return PyNone.NONE;
                }
            }
            p.restore(p.indices, st, i -> 0, i -> p.pools[i].length - 1);
            return PyNone.NONE;
        });
        PRODUCT.ready();
        PERMUTATIONS.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("permutations", a, k, 0, "iterable", "r");
            PyObject[] pool = Abstract.toArray(MethodArgs.required("permutations", b, 0, "iterable"));
            int r = pool.length;
            if (b[1] != null && b[1] != PyNone.NONE) {
                if (!(b[1] instanceof PyInt)) {
                    throw Errors.typeError("Expected int as r");
                }
                r = rArg("permutations", b[1]);
            }
            return new Permutations(t, pool, r);
        };
        PERMUTATIONS.addMethodNoArgs("__reduce__", self -> {
            Permutations p = (Permutations) self;
            PyObject r = PyInt.of(p.r);
            if (p.first) {
                return PyTuple.of(p.type(), PyTuple.of(new PyTuple(p.pool), r));
            }
            if (p.stopped) {
                return PyTuple.of(p.type(), PyTuple.of(PyTuple.EMPTY, r));
            }
            return PyTuple.of(p.type(), PyTuple.of(new PyTuple(p.pool), r),
                    PyTuple.of(Indexed.indexTuple(p.indices), Indexed.indexTuple(p.cycles)));
        });
        PERMUTATIONS.addMethodOneArg("__setstate__", (self, state) -> {
            Permutations p = (Permutations) self;
            PyTuple st = IterObject.stateTuple(state);
            IterObject.stateArity(st, 2, 2);
            for (int i = 0; i < 2; i++) {
                if (!(st.get(i) instanceof PyTuple)) {
                    throw Errors.typeError("argument %d must be tuple, not %s", i + 1, st.get(i).type().name());
                }
            }
            PyTuple indices = (PyTuple) st.get(0), cycles = (PyTuple) st.get(1);
            int n = p.pool.length;
            if (indices.size() != n || cycles.size() != p.r) {
                throw Errors.valueError("invalid arguments");
            }
            p.restore(p.indices, indices, i -> 0, i -> n - 1);
            p.restore(p.cycles, cycles, i -> 1, i -> n - i);
            return PyNone.NONE;
        });
        PERMUTATIONS.ready();
        for (PyType ct : new PyType[] {COMBINATIONS, CWR}) {
            String name = ct.shortName();
            boolean replace = ct == CWR;
            ct.tp_new = (t, a, k) -> {
                PyObject[] b = MethodArgs.bind(name, a, k, 0, "iterable", "r");
                PyObject iterable = MethodArgs.required(name, b, 0, "iterable");
                MethodArgs.required(name, b, 1, "r");
                PyObject[] pool = Abstract.toArray(iterable);
                return new Combinations(t, pool, rArg(name, b[1]), replace);
            };
            ct.addMethodNoArgs("__reduce__", self -> {
                Combinations c = (Combinations) self;
                PyObject r = PyInt.of(c.indices.length);
                if (c.first) {
                    return PyTuple.of(c.type(), PyTuple.of(new PyTuple(c.pool), r));
                }
                if (c.stopped) {
                    return PyTuple.of(c.type(), PyTuple.of(PyTuple.EMPTY, r));
                }
                return PyTuple.of(c.type(), PyTuple.of(new PyTuple(c.pool), r), Indexed.indexTuple(c.indices));
            });
            ct.addMethodOneArg("__setstate__", (self, state) -> {
                Combinations c = (Combinations) self;
                int n = c.pool.length, r = c.indices.length;
                PyTuple st = stateOf(state, r);
                // combinations: index i lies in [0, i + n - r]; with replacement in [0, n - 1].
                c.restore(c.indices, st, i -> 0, i -> replace ? n - 1 : i + n - r);
                return PyNone.NONE;
            });
            ct.ready();
        }
    }
}
