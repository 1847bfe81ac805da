package org.taipan.runtime;

/** {@code slice(start, stop, step)} and the index arithmetic of CPython's {@code PySlice_GetIndicesEx}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("slice", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> {
            PySlice s = (PySlice) o;
            return PyStr.of("slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", "
                    + Abstract.repr(s.step) + ")");
        };
        TYPE.tp_hash = ObjectSlots.UNHASHABLE;
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PySlice y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice x = (PySlice) a;
            return Abstract.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        };
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywords("slice", k);
            return switch (a.length) {
                case 1 -> new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2 -> new PySlice(a[0], a[1], PyNone.NONE);
                case 3 -> new PySlice(a[0], a[1], a[2]);
                default -> throw Errors.typeError(a.length == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + a.length);
            };
        };
        TYPE.addAttr("start", new PyGetSetDescr(TYPE, "start", o -> ((PySlice) o).start, PySlice::readonlyMember));
        TYPE.addAttr("stop", new PyGetSetDescr(TYPE, "stop", o -> ((PySlice) o).stop, PySlice::readonlyMember));
        TYPE.addAttr("step", new PyGetSetDescr(TYPE, "step", o -> ((PySlice) o).step, PySlice::readonlyMember));
        TYPE.addMethodOneArg("indices", (self, arg) -> ((PySlice) self).indicesOf(Abstract.index(arg, null)));
        TYPE.addMethodNoArgs("__reduce__", self -> {
            PySlice s = (PySlice) self;
            return PyTuple.of(TYPE, PyTuple.of(s.start, s.stop, s.step));
        });
        TYPE.ready();
    }

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Resolved slice bounds for a sequence: {@code length} elements are selected. */
    public record Indices(long start, long stop, long step, long length) {}

    /**
     * Clips this slice to a sequence of {@code len} elements.
     *
     * @throws PyException ValueError "slice step cannot be zero", TypeError for non-integer bounds
     */
    public Indices indices(long len) {
        return indices(() -> len);
    }

    /**
     * As {@link #indices(long)} for a sequence whose length is read after the bounds'
     * {@code __index__} ran (CPython's PySlice_Unpack, then PySlice_AdjustIndices): one of them
     * may have changed the sequence.
     */
    public Indices indices(java.util.function.LongSupplier length) {
        long st = step == PyNone.NONE ? 1 : clamp(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean noStart = start == PyNone.NONE, noStop = stop == PyNone.NONE;
        long a = noStart ? 0 : clamp(start), b = noStop ? 0 : clamp(stop);
        long len = length.getAsLong();
        long lo, hi;
        if (st > 0) {
            lo = noStart ? 0 : adjust(a, len, 0, len);
            hi = noStop ? len : adjust(b, len, 0, len);
        } else {
            lo = noStart ? len - 1 : adjust(a, len, -1, len - 1);
            hi = noStop ? -1 : adjust(b, len, -1, len - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new Indices(lo, hi, st, n);
    }

    /**
     * {@code slice.indices(length)} ({@code slice_indices}, {@code _PySlice_GetLongIndices}): the
     * start, stop and step a sequence of {@code length} items would use, in Python ints of any
     * size (a length or bound past {@code sys.maxsize} included, bpo-14794).
     *
     * @throws PyException ValueError for a negative length or a zero step; TypeError for a bound
     *         that is not an int, None or an {@code __index__} object
     */
    PyTuple indicesOf(PyInt length) {
        java.math.BigInteger len = length.bigValue();
        if (len.signum() < 0) {
            throw Errors.valueError("length should not be negative");
        }
        java.math.BigInteger st = step == PyNone.NONE ? java.math.BigInteger.ONE : bound(step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean backwards = st.signum() < 0;
        java.math.BigInteger lower = backwards ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = backwards ? len.subtract(java.math.BigInteger.ONE) : len;
        java.math.BigInteger lo = start == PyNone.NONE ? (backwards ? upper : lower) : clip(bound(start), len, lower, upper);
        java.math.BigInteger hi = stop == PyNone.NONE ? (backwards ? lower : upper) : clip(bound(stop), len, lower, upper);
        return PyTuple.of(PyInt.of(lo), PyInt.of(hi), PyInt.of(st));
    }

    /** A bound of {@link #indicesOf}: counted from the end when negative, then kept within {@code lower..upper}. */
    private static java.math.BigInteger clip(java.math.BigInteger i, java.math.BigInteger len,
                                             java.math.BigInteger lower, java.math.BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** A start, stop or step as an int ({@code evaluate_slice_index}). */
    private static java.math.BigInteger bound(PyObject o) {
        return sliceIndex(o).bigValue();
    }

    /** {@code evaluate_slice_index}: an int or an {@code __index__} object, else TypeError. */
    private static PyInt sliceIndex(PyObject o) {
        if (!(PyInt.asInt(o) != null || o.type().nb_index != null)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o, null);
    }

    private static long adjust(long i, long len, long min, long max) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = min;
            }
        } else if (i > max) {
            i = max;
        }
        return i;
    }

    private static long clamp(PyObject o) {
        PyInt i = sliceIndex(o);
        if (i.fitsLong()) {
            return Math.max(Math.min(i.longValue(), Long.MAX_VALUE / 2), -Long.MAX_VALUE / 2);
        }
        return i.signum() < 0 ? -Long.MAX_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** Slice fields are CPython read-only members, whose assignment error is "readonly attribute". */
    private static void readonlyMember(PyObject o, PyObject v) {
        throw Errors.attributeError("readonly attribute");
    }
}
