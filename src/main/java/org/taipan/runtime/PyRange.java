package org.taipan.runtime;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)} as CPython's {@code Objects/rangeobject.c}: bounds of any
 * size (the attributes are the ints given, after {@code __index__}), with a {@code long} fast
 * path for the common case ({@link Iter}) and {@link BigIter} when a value does not fit.
 * {@code len()} of a range longer than {@code 2**63 - 1} raises OverflowError as CPython's
 * {@code Py_ssize_t} limit does.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("range", PyType.OBJECT).markCollection(PyType.SEQUENCE);
    public static final PyType ITERATOR = PyType.builtinFinal("range_iterator", PyType.OBJECT);
    public static final PyType LONG_ITERATOR = PyType.builtinFinal("longrange_iterator", PyType.OBJECT);

    static {
        TYPE.tp_new = PyRange::newRange;
        TYPE.tp_repr = o -> {
            PyRange r = (PyRange) o;
            String s = "range(" + Abstract.repr(r.start) + ", " + Abstract.repr(r.stop);
            return PyStr.of(PyInt.compare(r.step, PyInt.ONE) == 0 ? s + ")" : s + ", " + Abstract.repr(r.step) + ")");
        };
        TYPE.mp_length = o -> ((PyRange) o).length.ssizeValue();
        TYPE.tp_iter = o -> ((PyRange) o).iterator(false);
        TYPE.nb_bool = o -> ((PyRange) o).length.signum() != 0;
        TYPE.sq_contains = (o, x) -> {
            PyRange r = (PyRange) o;
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                return r.indexOf(PyInt.asInt(x)) != null;
            }
            return iterSearch(r, x, false) >= 0;
        };
        TYPE.mp_subscript = (o, k) -> ((PyRange) o).subscript(k);
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyRange x = (PyRange) a;
            boolean eq = x == y || PyInt.compare(x.length, y.length) == 0 && (x.length.signum() == 0
                    || PyInt.compare(x.start, y.start) == 0
                    && (PyInt.compare(x.length, PyInt.ONE) == 0 || PyInt.compare(x.step, y.step) == 0));
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> {
            PyRange r = (PyRange) o;
            boolean empty = r.length.signum() == 0;
            boolean one = PyInt.compare(r.length, PyInt.ONE) == 0;
            return Abstract.hash(PyTuple.of(r.length, empty ? PyNone.NONE : r.start,
                    empty || one ? PyNone.NONE : r.step));
        };
        TYPE.addAttr("start", new PyGetSetDescr(TYPE, "start", o -> ((PyRange) o).start, null));
        TYPE.addAttr("stop", new PyGetSetDescr(TYPE, "stop", o -> ((PyRange) o).stop, null));
        TYPE.addAttr("step", new PyGetSetDescr(TYPE, "step", o -> ((PyRange) o).step, null));
        TYPE.addMethod("index", (self, a, k) -> {
            PyObject x = Args.oneArg("range.index", a, k);
            PyRange r = (PyRange) self;
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                BigInteger ix = r.indexOf(PyInt.asInt(x));
                if (ix == null) {
                    throw Errors.valueError("%s is not in range", Abstract.repr(x));
                }
                return PyInt.of(ix);
            }
            long ix = iterSearch(r, x, false);
            if (ix < 0) {
                throw Errors.valueError("sequence.index(x): x not in sequence");
            }
            return PyInt.of(ix);
        });
        TYPE.addMethod("count", (self, a, k) -> {
            PyObject x = Args.oneArg("range.count", a, k);
            PyRange r = (PyRange) self;
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                return PyInt.of(r.indexOf(PyInt.asInt(x)) != null ? 1 : 0);
            }
            return PyInt.of(iterSearch(r, x, true));
        });
        TYPE.addMethodNoArgs("__reversed__", self -> {
            return ((PyRange) self).iterator(true);
        });
        TYPE.addMethod("__reduce__", (self, a, k) -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
        TYPE.ready();
        ITERATOR.tp_iter = o -> o;
        ITERATOR.tp_iternext = o -> ((Iter) o).next();
        ITERATOR.addMethodNoArgs("__length_hint__", self -> PyInt.of(Math.max(((Iter) self).remaining, 0)));
        ITERATOR.addMethodNoArgs("__reduce__", self -> ((Iter) self).reduce());
        ITERATOR.addMethodOneArg("__setstate__", (self, state) -> {
            ((Iter) self).setState(state);
            return PyNone.NONE;
        });
        ITERATOR.ready();
        LONG_ITERATOR.tp_iter = o -> o;
        LONG_ITERATOR.tp_iternext = o -> ((BigIter) o).next();
        LONG_ITERATOR.addMethodNoArgs("__length_hint__", self -> PyInt.of(((BigIter) self).remaining));
        LONG_ITERATOR.addMethodNoArgs("__reduce__", self -> ((BigIter) self).reduce());
        LONG_ITERATOR.addMethodOneArg("__setstate__", (self, state) -> {
            ((BigIter) self).setState(state);
            return PyNone.NONE;
        });
        LONG_ITERATOR.ready();
    }

    private final PyInt start, stop, step, length;

    /** A range of exact ints; {@code step} is not zero. */
    PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /**
     * {@code range(start, stop)} of two exact ints (no {@code __index__} to call): what the
     * type call makes of them, for the interpreter's specialized call.
     */
    public static PyRange ofExact(PyInt start, PyInt stop) {
        return new PyRange(start, stop, PyInt.ONE);
    }

    public PyRange(long start, long stop, long step) {
        this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The number of items ({@code compute_range_length}). */
    private static PyInt computeLength(PyInt start, PyInt stop, PyInt step) {
        if (start.fitsLong() && stop.fitsLong() && step.fitsLong() && step.longValue() != Long.MIN_VALUE) {
            long st = step.longValue();
            long lo = st > 0 ? start.longValue() : stop.longValue();
            long hi = st > 0 ? stop.longValue() : start.longValue();
            if (lo >= hi) {
                return PyInt.ZERO;
            }
            long d = hi - lo;
            if (d > 0) {
                // hi > lo, so a non-positive difference can only mean it overflowed.
                return PyInt.of((d - 1) / Math.abs(st) + 1);
            }
        }
        BigInteger lo = start.bigValue(), hi = stop.bigValue(), st = step.bigValue();
        if (st.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE));
    }

    /** The index of {@code v} in this range, or null. */
    private BigInteger indexOf(PyInt i) {
        if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 62) && start.fitsLong() && stop.fitsLong()
                && step.fitsLong() && Math.abs(start.longValue()) < (1L << 62) && Math.abs(stop.longValue()) < (1L << 62)) {
            long x = i.longValue(), lo = start.longValue(), hi = stop.longValue(), st = step.longValue();
            if (st > 0 ? x < lo || x >= hi : x > lo || x <= hi) {
                return null;
            }
            long d = x - lo;
            return d % st == 0 ? BigInteger.valueOf(d / st) : null;
        }
        BigInteger v = i.bigValue();
        BigInteger st = step.bigValue(), lo = start.bigValue(), hi = stop.bigValue();
        if (st.signum() > 0 ? v.compareTo(lo) < 0 || v.compareTo(hi) >= 0 : v.compareTo(lo) > 0 || v.compareTo(hi) <= 0) {
            return null;
        }
        BigInteger[] qr = v.subtract(lo).divideAndRemainder(st);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    /** {@code start + i * step}. */
    private PyInt item(BigInteger i) {
        return PyInt.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    /** Sequence search by {@code ==} ({@code _PySequence_IterSearch}): the index (or -1), or the count. */
    private static long iterSearch(PyRange r, PyObject x, boolean count) {
        PyObject it = r.iterator(false);
        long i = 0, n = 0;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
            if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                if (!count) {
                    return i;
                }
                n++;
            }
        }
        return count ? n : -1;
    }

    private PyObject subscript(PyObject k) {
        if (k instanceof PySlice s) {
            BigInteger len = length.bigValue();
            BigInteger sst = s.step == PyNone.NONE ? BigInteger.ONE : Abstract.index(s.step, null).bigValue();
            if (sst.signum() == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            boolean neg = sst.signum() < 0;
            BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
            BigInteger upper = neg ? len.add(lower) : len;
            BigInteger a = sliceBound(s.start, len, lower, upper, neg ? upper : lower);
            BigInteger b = sliceBound(s.stop, len, lower, upper, neg ? lower : upper);
            return new PyRange(item(a), item(b), PyInt.of(sst.multiply(step.bigValue())));
        }
        if (PyInt.asInt(k) == null && k.type().nb_index == null) {
            throw Errors.typeError("range indices must be integers or slices, not %s", k.type().name());
        }
        BigInteger i = Abstract.index(k, null).bigValue();
        if (length.fitsLong() && start.fitsLong() && step.fitsLong() && i.bitLength() < 63) {
            long n = length.longValue(), ix = i.longValue();
            if (ix < 0) {
                ix += n;
            }
            if (ix < 0 || ix >= n) {
                throw Errors.indexError("range object index out of range");
            }
            long hi = Math.multiplyHigh(ix, step.longValue()), lo = ix * step.longValue();
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                long r = start.longValue() + lo;
                if (((start.longValue() ^ r) & (lo ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
            return item(BigInteger.valueOf(ix));
        }
        if (i.signum() < 0) {
            i = i.add(length.bigValue());
        }
        if (i.signum() < 0 || i.compareTo(length.bigValue()) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return item(i);
    }

    private static BigInteger sliceBound(PyObject o, BigInteger len, BigInteger lower, BigInteger upper,
                                         BigInteger dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        BigInteger v = Abstract.index(o, "slice indices must be integers or None or have an __index__ method")
                .bigValue();
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** Iterates forward or backward; a {@link BigIter} when a value or the length needs more than a long. */
    private PyObject iterator(boolean reversed) {
        if (start.fitsLong() && step.fitsLong() && length.fitsLong()) {
            // The common case in long arithmetic; any overflow falls through to the general one.
            try {
                long st = step.longValue(), n = length.longValue();
                long last = n == 0 ? start.longValue()
                        : Math.addExact(start.longValue(), Math.multiplyExact(n - 1, st));
                if (!reversed) {
                    Math.addExact(last, st);
                    return new Iter(start.longValue(), st, n);
                }
                Math.subtractExact(start.longValue(), st);
                return new Iter(last, Math.negateExact(st), n);
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        BigInteger first = reversed ? item(length.bigValue().subtract(BigInteger.ONE)).bigValue() : start.bigValue();
        BigInteger st = reversed ? step.bigValue().negate() : step.bigValue();
        if (length.signum() == 0) {
            return new Iter(0, 1, 0);
        }
        BigInteger last = reversed ? start.bigValue() : item(length.bigValue().subtract(BigInteger.ONE)).bigValue();
        // The value after the last one must fit too, since the fast iterator computes it.
        BigInteger after = last.add(st);
        if (length.fitsLong() && first.bitLength() < 64 && after.bitLength() < 64 && st.bitLength() < 64) {
            return new Iter(first.longValue(), st.longValue(), length.longValue());
        }
        return new BigIter(first, st, length.bigValue());
    }

    private static PyInt bound(PyObject o) {
        return PyInt.exact(Abstract.index(o, "'%s' object cannot be interpreted as an integer"));
    }

    private static PyObject newRange(PyType t, PyObject[] a, String[] k) {
        Args.noKeywords("range", k);
        PyInt start = PyInt.ZERO, stop, step = PyInt.ONE;
        switch (a.length) {
            case 1 -> stop = bound(a[0]);
            case 2 -> {
                start = bound(a[0]);
                stop = bound(a[1]);
            }
            case 3 -> {
                start = bound(a[0]);
                stop = bound(a[1]);
                step = bound(a[2]);
                if (step.signum() == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
            }
            default -> throw Errors.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + a.length);
        }
        return new PyRange(start, stop, step);
    }

    /** The iterator: a current value and a remaining count, no allocation but the yielded ints. */
    public static final class Iter extends PyObject {
        private long next;
        private final long step;
        private long remaining;
        /** The first value and the number of values: what {@code __reduce__} rebuilds the range from. */
        private final long first, count;

        Iter(long first, long step, long count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
            this.first = first;
            this.count = count;
        }

        /**
         * {@code (iter, (range(first, first + count * step, step),), taken)}, CPython 3.11's
         * {@code rangeiter_reduce}: the range of the values this iterator walks, whatever range
         * it came from, and how many it has yielded.
         */
        private PyObject reduce() {
            BigInteger stop = BigInteger.valueOf(count).multiply(BigInteger.valueOf(step)).add(BigInteger.valueOf(first));
            PyRange r = new PyRange(PyInt.of(first), PyInt.of(stop), PyInt.of(step));
            return IteratorPickling.iterOver(r, count - Math.max(remaining, 0));
        }

        /**
         * {@code rangeiter_setstate}: moves to the value at {@code state} (an index, through
         * {@code __index__}), kept within {@code [0, count]}.
         *
         * @throws PyException TypeError for a non-integer, OverflowError past a C long
         */
        private void setState(PyObject state) {
            PyInt i = Abstract.index(state, null);
            if (!i.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            long taken = IteratorPickling.clamp(i.longValue(), 0, count);
            remaining = count - taken;
            next = first + taken * step;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        /** Whether {@link #next} has an item left (the JIT's guard before {@link #nextLong}). */
        public boolean hasNext() {
            return remaining > 0;
        }

        /**
         * The next value as a long, advancing the iterator: {@link #next} without the box, for
         * the JIT's RANGE_ITER_NEXT. Only valid when {@link #hasNext} is true.
         */
        public long nextLong() {
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        /** The next value or null. */
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    /** The iterator over values or counts beyond a long ({@code longrangeiterobject}). */
    static final class BigIter extends PyObject {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        private final BigInteger first, count;

        BigIter(BigInteger first, BigInteger step, BigInteger count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
            this.first = first;
            this.count = count;
        }

        /** {@code longrangeiter_reduce}: as {@link Iter#reduce}, in arbitrary precision. */
        private PyObject reduce() {
            PyRange r = new PyRange(PyInt.of(first), PyInt.of(first.add(count.multiply(step))), PyInt.of(step));
            return PyTuple.of(IteratorPickling.iterFunction(), PyTuple.of(r), PyInt.of(count.subtract(remaining)));
        }

        /** {@code longrangeiter_setstate}: moves to index {@code state}, kept within {@code [0, count]}. */
        private void setState(PyObject state) {
            PyInt i = PyInt.asInt(state);
            if (i == null) {
                throw Errors.typeError("'<' not supported between instances of '%s' and 'int'", state.type().name());
            }
            BigInteger taken = i.bigValue().max(BigInteger.ZERO).min(count);
            remaining = count.subtract(taken);
            next = first.add(taken.multiply(step));
        }

        @Override
        public PyType type() {
            return LONG_ITERATOR;
        }

        PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
