package org.taipan.modules.cjkcodecs;

import org.taipan.modules.codecs.CodecsModule;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.UnicodeErrors;

/**
 * What the CJK codecs do with a sequence they cannot encode or decode, as CPython's
 * {@code multibytecodec_encerror} and {@code multibytecodec_decerror}: "strict", "ignore" and
 * "replace" are handled here (replace encodes {@code '?'} with the codec itself and decodes to
 * U+FFFD); any other name is looked up only now, when an error happens, and called with the
 * UnicodeEncodeError/UnicodeDecodeError whose {@code object} is the whole input.
 */
final class ErrorCallback {
    private ErrorCallback() {}

    static final String ILLEGAL = "illegal multibyte sequence";
    static final String INCOMPLETE = "incomplete multibyte sequence";

    /** A handler's answer for an encoding error: the bytes to write and the code point to resume at. */
    record EncodeFix(PyObject replacement, int resume) {}

    /**
     * The handler's answer for code points {@code [start, end)} of {@code text}; a null
     * replacement means "encode {@code '?'}" (CPython's ERROR_REPLACE), an empty str nothing.
     *
     * @throws org.taipan.runtime.PyException UnicodeEncodeError under "strict"; LookupError for an
     *     unknown handler; TypeError/IndexError for a handler's malformed answer; what the handler raises
     */
    static EncodeFix encode(String errors, String codec, PyStr text, int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw UnicodeErrors.encodeError(codec, text, start, end, reason);
            case "ignore" -> {
                return new EncodeFix(PyStr.of(""), end);
            }
            case "replace" -> {
                return new EncodeFix(null, end);
            }
            default -> {
                PyObject handler = CodecsModule.lookupError(errors);
                PyObject exc = UnicodeErrors.encodeError(codec, text, start, end, reason).value;
                PyObject r = Callables.call(handler, exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)
                        || !(t.get(1) instanceof PyInt)) {
                    throw Errors.typeError("encoding error handler must return (str, int) tuple");
                }
                return new EncodeFix(t.get(0), position(t.get(1), text.length()));
            }
        }
    }

    /**
     * Applies the handler to bytes {@code [start, end)} of {@code data}, appending its
     * replacement to {@code out}; returns the byte offset to resume at.
     *
     * @throws org.taipan.runtime.PyException UnicodeDecodeError under "strict"; LookupError,
     *     TypeError, IndexError and the handler's own exceptions as {@link #encode}
     */
    static int decode(String errors, String codec, byte[] data, int start, int end, String reason,
            StringBuilder out) {
        switch (errors) {
            case "strict" -> throw UnicodeErrors.decodeError(codec, data, start, end, reason);
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                out.append('\uFFFD');
                return end;
            }
            default -> {
                PyObject handler = CodecsModule.lookupError(errors);
                PyObject exc = UnicodeErrors.decodeError(codec, data, start, end, reason).value;
                PyObject r = Callables.call(handler, exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr s)
                        || !(t.get(1) instanceof PyInt)) {
                    throw Errors.typeError("decoding error handler must return (str, int) tuple");
                }
                out.append(s.toString());
                return position(t.get(1), data.length);
            }
        }
    }

    /** A handler's resume position, negative counting from the end; IndexError outside the input. */
    private static int position(PyObject p, int length) {
        PyInt i = (PyInt) p;
        long pos = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            // CPython's PyLong_AsSsize_t gives -1 for an int too large for it
            throw Errors.indexError("position %d from error handler out of bounds", i.fitsLong() ? pos : -1);
        }
        return (int) pos;
    }
}
