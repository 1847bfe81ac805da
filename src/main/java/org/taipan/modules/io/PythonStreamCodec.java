package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CodecRegistry;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The incremental encoder and decoder of a text stream whose encoding the Java codecs do not
 * implement ({@code cp500}, {@code mac-roman}'s siblings, {@code idna}, a codec registered by the
 * program): found through the codec registry as CPython's {@code textio.c} always does
 * ({@code _PyCodec_LookupTextEncoding}, then {@code codec_info.incrementaldecoder(errors)} /
 * {@code incrementalencoder(errors)}), and driven through their Python methods.
 */
final class PythonStreamCodec {
    private PythonStreamCodec() {}

    /**
     * The registry's CodecInfo for {@code encoding}, or null when the Java codecs implement it.
     *
     * @throws org.taipan.runtime.PyException LookupError "unknown encoding: x", or "'rot13' is not a
     *                                        text encoding; use codecs.open() to handle arbitrary codecs"
     */
    static PyObject lookup(String encoding) {
        if (Codecs.isJavaCodec(encoding)) {
            return null;
        }
        PyObject info = CodecRegistry.current().lookup(encoding);
        PyObject text = Abstract.lookupAttr(info, PyStr.of("_is_text_encoding"));
        if (text != null && !Abstract.isTrue(text)) {
            throw Errors.of(ExceptionTypes.LookupError, "'" + encoding
                    + "' is not a text encoding; use codecs.open() to handle arbitrary codecs");
        }
        return info;
    }

    /** {@code info.incrementaldecoder(errors)}. */
    static PyObject decoder(PyObject info, String errors) {
        return Callables.call(Abstract.getAttr(info, "incrementaldecoder"), PyStr.of(errors));
    }

    /** {@code info.incrementalencoder(errors)}. */
    static PyObject encoder(PyObject info, String errors) {
        return Callables.call(Abstract.getAttr(info, "incrementalencoder"), PyStr.of(errors));
    }

    /** {@code decoder.decode(input, final)}: TypeError "decoder should return a string result, not 'bytes'". */
    static PyStr decode(PyObject decoder, byte[] input, boolean last) {
        PyObject r = Callables.callAttr(decoder, "decode", PyBytes.of(input), org.taipan.runtime.PyBool.of(last));
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("decoder should return a string result, not '%s'", r.type().name());
        }
        // the characters only: a str subclass's own methods play no part in the stream's text
        return s.exact();
    }

    /** {@code encoder.encode(text)}: TypeError "encoder should return a bytes object, not 'str'". */
    static byte[] encode(PyObject encoder, String text) {
        return encode(encoder, PyStr.of(text));
    }

    /** {@code encoder.encode(text)} for a str as it is. */
    static byte[] encode(PyObject encoder, PyStr text) {
        PyObject r = Callables.callAttr(encoder, "encode", text);
        if (r instanceof PyBytes b) {
            return b.bytes();
        }
        if (r instanceof org.taipan.runtime.PyByteArray ba) {
            return ba.toBytes();
        }
        throw Errors.typeError("encoder should return a bytes object, not '%s'", r.type().name());
    }

    /** {@code decoder.getstate()} as its (bytes, int) pair: TypeError for any other shape. */
    static StreamDecoder.State getstate(PyObject decoder) {
        PyObject r = Callables.callAttr(decoder, "getstate");
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyBytes b)) {
            throw Errors.typeError("illegal decoder state");
        }
        return new StreamDecoder.State(b.bytes(), Abstract.index(t.get(1), null).longValue());
    }

    /** {@code decoder.setstate((buffer, flags))}. */
    static void setstate(PyObject decoder, byte[] buffer, long flags) {
        Callables.callAttr(decoder, "setstate", PyTuple.of(PyBytes.of(buffer), PyInt.of(flags)));
    }

    /** {@code coder.reset()}. */
    static void reset(PyObject coder) {
        Callables.callAttr(coder, "reset");
    }
}
