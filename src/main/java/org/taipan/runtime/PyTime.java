package org.taipan.runtime;

/**
 * Python numbers of seconds (or milliseconds) as signed 64-bit nanosecond counts, the way
 * CPython's {@code Python/pytime.c} converts every timeout and sleep argument
 * ({@code time.sleep}, {@code lock.acquire}, {@code select}, {@code poll}, socket timeouts), so
 * that they all accept the same objects and fail with the same messages.
 *
 * <p>Rounding is CPython's {@code _PyTime_ROUND_TIMEOUT}: away from zero, so a positive
 * timeout never becomes shorter and a tiny negative one stays negative.
 */
public final class PyTime {
    private PyTime() {}

    /** Nanoseconds per second. */
    public static final long SEC_TO_NS = 1_000_000_000L;

    /** Nanoseconds per millisecond. */
    public static final long MS_TO_NS = 1_000_000L;

    /** {@code -(double) Long.MIN_VALUE}: the first double past the nanosecond range (2**63). */
    private static final double NS_LIMIT = 0x1p63;

    /**
     * {@code _PyTime_FromSecondsObject(..., _PyTime_ROUND_TIMEOUT)}: a float or an integer
     * (anything with {@code __index__}) number of seconds in nanoseconds.
     *
     * @return nanoseconds, negative for a negative argument
     * @throws PyException ValueError for a NaN; OverflowError ("timestamp out of range for
     *     platform time_t" for a float, "timestamp too large to convert to C _PyTime_t" for an
     *     integer) beyond the 64-bit nanosecond range; TypeError "'T' object cannot be
     *     interpreted as an integer" for any other object
     */
    public static long fromSecondsObject(PyObject o) {
        return fromObject(o, SEC_TO_NS);
    }

    /**
     * {@code _PyTime_FromMillisecondsObject(..., _PyTime_ROUND_TIMEOUT)}: as
     * {@link #fromSecondsObject} for a number of milliseconds.
     */
    public static long fromMillisecondsObject(PyObject o) {
        return fromObject(o, MS_TO_NS);
    }

    /**
     * {@code _PyTime_AsSecondsDouble}: nanoseconds as float seconds, exact for whole seconds
     * (so {@code settimeout(-0.0)} reads back as {@code 0.0} and {@code 1.5} as {@code 1.5}).
     */
    public static double asSecondsDouble(long ns) {
        return ns % SEC_TO_NS == 0 ? (double) (ns / SEC_TO_NS) : ns / 1e9;
    }

    /** CPython's {@code pytime_from_object}: {@code o} units of {@code unitToNs} nanoseconds each. */
    private static long fromObject(PyObject o, long unitToNs) {
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            d *= unitToNs;
            d = d >= 0 ? Math.ceil(d) : Math.floor(d);
            if (!(-NS_LIMIT <= d && d < NS_LIMIT)) {
                throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt units = Abstract.index(o, null);
        if (!units.fitsLong()) {
            throw tooLarge();
        }
        try {
            return Math.multiplyExact(units.longValue(), unitToNs);
        } catch (ArithmeticException overflow) {
            throw tooLarge();
        }
    }

    private static PyException tooLarge() {
        return Errors.of(ExceptionTypes.OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
}
