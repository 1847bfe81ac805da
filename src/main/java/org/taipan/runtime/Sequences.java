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
        PyInt k = Abstract.index(key, null);
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

    /** The count of a sequence repetition ({@code s * n}); a negative count is zero. */
    public static long repeatCount(PyObject n) {
        if (PyInt.asInt(n) == null && n.type().nb_index == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
        }
        PyInt i = Abstract.index(n, null);
        if (!i.fitsLong()) {
            if (i.signum() < 0) {
                return 0;
            }
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }
}
