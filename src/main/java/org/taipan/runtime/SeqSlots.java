package org.taipan.runtime;

/** Shared implementations of the sequence operations of {@code list} and {@code tuple}. */
final class SeqSlots {
    private SeqSlots() {}

    /** {@code repr} of the first {@code n} items between brackets; {@code ...} for a recursive container. */
    /**
     * {@code list_repr} / {@code tuplerepr}: the items' reprs between {@code open} and
     * {@code close}, the list read as it is at each step (an item's {@code __repr__} that removes
     * or appends items shortens or lengthens what is shown, as in CPython), "..." for a list met
     * again inside its own repr.
     */
    static String repr(String open, Items seq, String close, PyObject self) {
        if (seq.size() == 0) {
            return open + close;
        }
        if (!ReprGuard.enter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            int i = 0;
            for (; i < seq.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(seq.get(i)));
            }
            if (i == 1 && open.equals("(")) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            ReprGuard.exit(self);
        }
    }

    /** A list or a tuple, as {@link #compare} reads it: its length and items at each step. */
    interface Items {
        int size();

        PyObject get(int i);
    }

    /**
     * Lexicographic rich comparison, as CPython's {@code list_richcompare} and
     * {@code tuplerichcompare}: both sequences are read as they are at each step, so an
     * {@code __eq__} that empties a list ends the walk and the sizes decide (bpo-38588).
     */
    static PyObject compare(Items v, Items w, CompareOp op) {
        if (v.size() != w.size() && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        ThreadState ts = ThreadState.enterRecursiveCall(" in comparison");
        try {
            int i = 0;
            for (; i < v.size() && i < w.size(); i++) {
                if (!Abstract.richCompareBool(v.get(i), w.get(i), CompareOp.EQ)) {
                    break;
                }
            }
            if (i >= v.size() || i >= w.size()) {
                return PyBool.of(op.test(Integer.compare(v.size(), w.size())));
            }
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                return PyBool.of(op == CompareOp.NE);
            }
            return Abstract.richCompare(v.get(i), w.get(i), op);
        } finally {
            ThreadState.leaveRecursiveCall(ts);
        }
    }

    /**
     * {@code list_contains} / {@code tuplecontains}: each item compared with {@code x} (the item
     * first), the sequence read as it is at each step, so an {@code __eq__} that removes items
     * ends the walk early (test_contains' {@code Deviant1}).
     */
    static boolean contains(Items seq, PyObject x) {
        for (int i = 0; i < seq.size(); i++) {
            if (Abstract.richCompareBool(seq.get(i), x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    static PyObject[] repeat(PyObject[] items, int n, long times) {
        if (times <= 0 || n == 0) {
            return new PyObject[0];
        }
        if (times > (Integer.MAX_VALUE - 8) / n) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        PyObject[] r = new PyObject[(int) (n * times)];
        if (n == 1) {
            java.util.Arrays.fill(r, items[0]);
            return r;
        }
        System.arraycopy(items, 0, r, 0, n);
        Sequences.fillByDoubling(r, n, r.length);
        return r;
    }

    static PyObject[] slice(PyObject[] items, int n, PySlice s) {
        return slice(items, s.indices(n));
    }

    /** The items of {@code items} that {@code ix} selects. */
    static PyObject[] slice(PyObject[] items, PySlice.Indices ix) {
        PyObject[] r = new PyObject[(int) ix.length()];
        if (ix.step() == 1) {
            System.arraycopy(items, (int) ix.start(), r, 0, r.length);
        } else {
            for (int i = 0; i < r.length; i++) {
                r[i] = items[(int) (ix.start() + i * ix.step())];
            }
        }
        return r;
    }

    static void checkIndexType(PyObject k, String what) {
        if (PyInt.asInt(k) == null && k.type().nb_index == null) {
            throw Errors.typeError("%s indices must be integers or slices, not %s", what, k.type().name());
        }
    }

    /**
     * {@code list.index} / {@code tuple.index} ({@code list_index_impl}): negative bounds taken
     * from the end as the sequence is at the call, the walk reading it as it is at each step (an
     * {@code __eq__} that removes items ends it early).
     */
    static long index(Items seq, PyObject[] a, String[] k, String what) {
        Args.check("index", a, k, 1, 3);
        int n = seq.size();
        long start = 0, stop = n;
        if (a.length > 1) {
            start = sliceIndex(a[1]);
            if (start < 0) {
                start = Math.max(0, start + n);
            }
        }
        if (a.length > 2) {
            stop = sliceIndex(a[2]);
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
        }
        for (long i = start; i < stop && i < seq.size(); i++) {
            if (Abstract.richCompareBool(seq.get((int) i), a[0], CompareOp.EQ)) {
                return i;
            }
        }
        throw Errors.valueError(what.equals("list") ? "%s is not in list" : "tuple.index(x): x not in tuple",
                Abstract.repr(a[0]));
    }

    /** A start/stop argument as CPython's {@code _PyEval_SliceIndexNotNone}: clamped to the ssize_t range. */
    static long sliceIndex(PyObject o) {
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o, null);
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code list.count} / {@code tuple.count}: the sequence read as it is at each step, as {@link #index}. */
    static long count(Items seq, PyObject x) {
        long c = 0;
        for (int i = 0; i < seq.size(); i++) {
            if (Abstract.richCompareBool(seq.get(i), x, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }
}
