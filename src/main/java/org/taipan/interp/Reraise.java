package org.taipan.interp;

import org.taipan.runtime.PyBaseException;

/**
 * An exception re-raised by an instruction that runs out of line ({@link RareOps}): CLEANUP_THROW
 * and END_ASYNC_FOR re-raise what they were given, as RERAISE does, so the frame they run in
 * gets no new traceback entry (CPython's {@code goto exception_unwind} without
 * {@code PyTraceBack_Here}). Only {@link Eval}'s unwinding sees this throwable (RareOps runs
 * inside its try): it continues with a {@link org.taipan.runtime.PyException} carrying
 * {@link #value}.
 */
final class Reraise extends RuntimeException {
    /** The Python exception re-raised. */
    final PyBaseException value;

    Reraise(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }
}
