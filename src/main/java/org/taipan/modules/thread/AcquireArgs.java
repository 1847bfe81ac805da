package org.taipan.modules.thread;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * The {@code (blocking=True, timeout=-1)} arguments of {@code lock.acquire} and
 * {@code RLock.acquire}, checked as CPython's {@code lock_acquire_parse_args} and
 * {@code _PyTime_FromSecondsObject} do.
 */
final class AcquireArgs {
    private AcquireArgs() {}

    /** {@code _thread.TIMEOUT_MAX}: CPython's {@code PY_TIMEOUT_MAX} in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    /**
     * The wait the arguments ask for.
     *
     * @return nanoseconds to wait: 0 for a non-blocking try, -1 to wait forever
     * @throws org.taipan.runtime.PyException TypeError for a timeout that is not a number,
     *     ValueError for a NaN, a negative timeout other than -1 or a timeout with
     *     {@code blocking=False}, OverflowError for a timeout beyond {@link #TIMEOUT_MAX}
     */
    static long parse(String fname, PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind(fname, a, k, 0, "blocking", "timeout");
        boolean blocking = b[0] == null || Abstract.isTrue(b[0]);
        long ns = b[1] == null ? -1_000_000_000L : toNanos(b[1]);
        if (!blocking && ns != -1_000_000_000L) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (ns < 0 && ns != -1_000_000_000L) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (ns == -1_000_000_000L) {
            return -1;
        }
        if (ns / 1000 > (long) (TIMEOUT_MAX * 1e6)) {
            throw Errors.of(ExceptionTypes.OverflowError, "timeout value is too large");
        }
        return ns;
    }

    /** Seconds (int or float) to nanoseconds, rounding a float up as CPython's timeout rounding does. */
    private static long toNanos(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double ns = Math.ceil(d * 1e9);
            if (!(ns >= -9.223372036854776E18 && ns < 9.223372036854776E18)) {
                throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
            }
            return (long) ns;
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        if (!i.fitsLong() || Math.abs(i.longValue()) > Long.MAX_VALUE / 1_000_000_000L) {
            throw Errors.of(ExceptionTypes.OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
        return i.longValue() * 1_000_000_000L;
    }
}
