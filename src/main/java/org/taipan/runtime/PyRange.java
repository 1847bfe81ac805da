package org.taipan.runtime;

/** {@code range(start, stop, step)} with a {@code long} fast path (big-int bounds are not supported yet). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("range", PyType.OBJECT);
    public static final PyType ITERATOR = PyType.builtinFinal("range_iterator", PyType.OBJECT);

    static {
        TYPE.tp_new = PyRange::newRange;
        TYPE.tp_repr = o -> {
            PyRange r = (PyRange) o;
            return PyStr.of(r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                    : "range(" + r.start + ", " + r.stop + ", " + r.step + ")");
        };
        TYPE.mp_length = o -> ((PyRange) o).length;
        TYPE.tp_iter = o -> new Iter((PyRange) o);
        TYPE.nb_bool = o -> ((PyRange) o).length != 0;
        TYPE.sq_contains = (o, x) -> {
            PyRange r = (PyRange) o;
            PyInt i = x instanceof PyInt || x instanceof PyBool ? PyInt.asInt(x) : null;
            if (i == null) {
                PyObject it = Abstract.iter(o);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                    if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                        return true;
                    }
                }
                return false;
            }
            return i.fitsLong() && r.indexOf(i.longValue()) >= 0;
        };
        TYPE.mp_subscript = (o, k) -> {
            PyRange r = (PyRange) o;
            if (k instanceof PySlice s) {
                PySlice.Indices ix = s.indices(r.length);
                return new PyRange(r.start + ix.start() * r.step, r.start + ix.stop() * r.step, r.step * ix.step());
            }
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("range indices must be integers or slices, not %s", k.type().name());
            }
            long i = Sequences.index(k, r.length, "range object index out of range");
            return PyInt.of(r.start + i * r.step);
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyRange x = (PyRange) a;
            boolean eq = x.length == y.length && (x.length == 0 || x.start == y.start && (x.length == 1 || x.step == y.step));
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> {
            PyRange r = (PyRange) o;
            return Abstract.hash(PyTuple.of(PyInt.of(r.length), r.length == 0 ? PyNone.NONE : PyInt.of(r.start),
                    r.length <= 1 ? PyNone.NONE : PyInt.of(r.step)));
        };
        TYPE.addAttr("start", new PyGetSetDescr(TYPE, "start", o -> PyInt.of(((PyRange) o).start), null));
        TYPE.addAttr("stop", new PyGetSetDescr(TYPE, "stop", o -> PyInt.of(((PyRange) o).stop), null));
        TYPE.addAttr("step", new PyGetSetDescr(TYPE, "step", o -> PyInt.of(((PyRange) o).step), null));
        TYPE.addMethod("index", (self, a, k) -> {
            PyObject x = Args.oneArg("index", a, k);
            PyInt i = PyInt.asInt(x);
            long ix = i != null && i.fitsLong() ? ((PyRange) self).indexOf(i.longValue()) : -1;
            if (ix < 0) {
                throw Errors.valueError("%s is not in range", Abstract.repr(x));
            }
            return PyInt.of(ix);
        });
        TYPE.addMethod("count", (self, a, k) -> {
            PyObject x = Args.oneArg("count", a, k);
            return PyInt.of(Abstract.contains(self, x) ? 1 : 0);
        });
        TYPE.addMethod("__reversed__", (self, a, k) -> {
            PyRange r = (PyRange) self;
            long last = r.start + (r.length - 1) * r.step;
            return new Iter(new PyRange(last, last - r.length * r.step, -r.step));
        });
        TYPE.ready();
        ITERATOR.tp_iter = o -> o;
        ITERATOR.tp_iternext = o -> ((Iter) o).next();
        ITERATOR.ready();
    }

    public final long start, stop, step, length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private long indexOf(long v) {
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return -1;
        }
        long d = v - start;
        return d % step == 0 ? d / step : -1;
    }

    private static long bound(PyObject o) {
        PyInt i = Abstract.index(o, "'%s' object cannot be interpreted as an integer");
        if (!i.fitsLong() || Math.abs(i.longValue()) > (1L << 62)) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static PyObject newRange(PyType t, PyObject[] a, String[] k) {
        Args.noKeywords("range", k);
        long start = 0, stop, step = 1;
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
                if (step == 0) {
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

        Iter(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length;
        }

        @Override
        public PyType type() {
            return ITERATOR;
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
}
