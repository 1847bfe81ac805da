package org.taipan.modules.lzma;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _lzma.LZMAError} and liblzma's return codes turned into it with the messages of CPython's
 * {@code catch_lzma_error} (MemoryError for {@code LZMA_MEM_ERROR}).
 */
final class LzmaErrors {
    private LzmaErrors() {}

    /** {@code _lzma.LZMAError}, a subclass of Exception. */
    static final PyType LZMA_ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_lzma"));
        ns.setItem(PyStr.of("__doc__"), PyStr.of("Call to liblzma failed."));
        LZMA_ERROR = PyType.newHeapType(PyType.TYPE, "LZMAError", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    /** Whether {@code ret} means success (OK, STREAM_END, and the NO_CHECK / GET_CHECK notices). */
    static boolean ok(int ret) {
        return ret == LzmaNative.OK || ret == LzmaNative.STREAM_END || ret == LzmaNative.NO_CHECK
                || ret == LzmaNative.GET_CHECK;
    }

    /** Raises the exception for a failing {@code ret}; returns normally on success. */
    static void check(int ret) {
        if (!ok(ret)) {
            throw of(ret);
        }
    }

    static PyException error(String message) {
        return Errors.of(LZMA_ERROR, message);
    }

    /** The exception for a failing {@code ret}. */
    static PyException of(int ret) {
        return switch (ret) {
            case LzmaNative.UNSUPPORTED_CHECK -> error("Unsupported integrity check");
            case LzmaNative.MEM_ERROR -> Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
            case LzmaNative.MEMLIMIT_ERROR -> error("Memory usage limit exceeded");
            case LzmaNative.FORMAT_ERROR -> error("Input format not supported by decoder");
            case LzmaNative.OPTIONS_ERROR -> error("Invalid or unsupported options");
            case LzmaNative.DATA_ERROR -> error("Corrupt input data");
            case LzmaNative.BUF_ERROR -> error("Insufficient buffer space");
            case LzmaNative.PROG_ERROR -> error("Internal error");
            default -> error("Unrecognized error from liblzma: " + ret);
        };
    }
}
