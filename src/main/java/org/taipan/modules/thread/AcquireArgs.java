package org.taipan.modules.thread;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
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
        long ns = b[1] == null ? -1_000_000_000L : org.taipan.runtime.PyTime.fromSecondsObject(b[1]);
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
}
