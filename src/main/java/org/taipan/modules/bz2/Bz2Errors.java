package org.taipan.modules.bz2;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyException;

/** libbzip2's status codes turned into the Python exceptions CPython's {@code catch_bz2_error} raises. */
final class Bz2Errors {
    private Bz2Errors() {}

    /** Whether {@code status} is one of the success codes (OK, RUN_OK, FLUSH_OK, FINISH_OK, STREAM_END). */
    static boolean ok(int status) {
        return status >= Bz2Native.OK && status <= Bz2Native.STREAM_END;
    }

    /** The exception for a failing {@code status}. */
    static PyException of(int status) {
        return switch (status) {
            case Bz2Native.CONFIG_ERROR -> Errors.of(ExceptionTypes.SystemError, "libbzip2 was not compiled correctly");
            case Bz2Native.PARAM_ERROR -> Errors.valueError("Internal error - invalid parameters passed to libbzip2");
            case Bz2Native.MEM_ERROR -> Errors.of(ExceptionTypes.MemoryError, new org.taipan.runtime.PyObject[0]);
            case Bz2Native.DATA_ERROR, Bz2Native.DATA_ERROR_MAGIC -> Errors.of(ExceptionTypes.OSError,
                    "Invalid data stream");
            case Bz2Native.IO_ERROR -> Errors.of(ExceptionTypes.OSError, "Unknown I/O error");
            case Bz2Native.UNEXPECTED_EOF -> Errors.of(ExceptionTypes.EOFError,
                    "Compressed file ended before the logical end-of-stream was detected");
            case Bz2Native.SEQUENCE_ERROR -> Errors.runtimeError(
                    "Internal error - Invalid sequence of commands sent to libbzip2");
            default -> Errors.of(ExceptionTypes.OSError, "Unrecognized error from libbzip2: " + status);
        };
    }
}
