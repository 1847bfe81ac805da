package org.taipan.runtime;

/** Index arithmetic shared by the sequence types. */
public final class Sequences {
    private Sequences() {}

    /**
     * Normalizes a sequence index: negative counts from the end.
     *
     * @throws PyException IndexError with {@code message} when out of range
     */
    public static long index(PyObject key, long len, String message) {
        return index(key, () -> len, message);
    }

    /**
     * {@link #index(PyObject, long, String)} for a mutable sequence: its length is read after
     * the key's {@code __index__} ran, which may have changed it (CPython converts the key first).
     */
    public static long index(PyObject key, java.util.function.LongSupplier length, String message) {
        PyInt k = Abstract.index(key, null);
        long len = length.getAsLong();
        if (!k.fitsLong()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = k.longValue();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError(message);
        }
        return i;
    }

    /**
     * The count of a sequence repetition by the operator ({@code s * n}, CPython's
     * {@code sequence_repeat}); a negative count repeats zero times.
     *
     * @throws PyException TypeError "can't multiply sequence by non-int of type 'X'" for a
     *         non-index, OverflowError for an int outside ssize_t (either sign)
     */
    public static long repeatCount(PyObject n) {
        if (PyInt.asInt(n) == null && n.type().nb_index == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
        }
        return ssize(Abstract.index(n, null));
    }

    /**
     * The count for a {@code __mul__}/{@code __rmul__} method of a sequence ({@code wrap_indexargfunc}):
     * any index that fits ssize_t, as an int to pass on to {@code sq_repeat}.
     *
     * @throws PyException TypeError "'X' object cannot be interpreted as an integer", OverflowError
     */
    public static PyInt wrapperCount(PyObject n) {
        PyInt i = Abstract.index(n, null);
        ssize(i);
        return i;
    }

    /** The {@code __add__} wrapper of {@code t}'s {@code sq_concat}. */
    public static java.util.function.BinaryOperator<PyObject> concatWrapper(PyType t) {
        return (self, other) -> t.sq_concat.call(self, other);
    }

    /** A repetition wrapper ({@code __mul__}, {@code __rmul__}) of {@code t}'s {@code sq_repeat}. */
    public static java.util.function.BinaryOperator<PyObject> repeatWrapper(PyType t) {
        return (self, n) -> t.sq_repeat.call(self, wrapperCount(n));
    }

    private static long ssize(PyInt i) {
        if (!i.fitsLong()) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /**
     * Fills {@code array} (any Java array at least {@code length} long) up to {@code length} with
     * copies of its first {@code unit} elements ({@code 0 < unit <= length}, a divisor of it),
     * copying what is done so that each copy doubles it, as CPython's repeat functions do: one
     * copy per repetition made {@code b'x' * 10**7} ten million calls.
     */
    public static void fillByDoubling(Object array, int unit, int length) {
        for (int done = unit; done < length; done *= 2) {
            System.arraycopy(array, 0, array, done, Math.min(done, length - done));
        }
    }
}
