package org.taipan.modules.cjkcodecs;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _multibytecodec.MultibyteCodec} (CPython's {@code MultibyteCodecObject}): what
 * {@code _codecs_XX.getcodec} returns, with the stateless {@code encode(input, errors=None)} and
 * {@code decode(input, errors=None)} that the {@code encodings} modules use as their
 * {@code Codec.encode}/{@code decode}; each returns {@code (result, length of input)}.
 * Python code cannot make one.
 */
final class PyMultibyteCodec extends TypedObject {
    static final PyType TYPE = PyType.builtinFinal("_multibytecodec.MultibyteCodec", PyType.OBJECT);

    static {
        TYPE.addMethod("encode", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("encode", a, k, 0, "input", "errors");
            PyObject input = MethodArgs.required("encode", v, 0, "input");
            String errors = errorsArg("encode", v[1]);
            PyStr text = input instanceof PyStr s ? s : Abstract.str(input);
            CjkCodec codec = ((PyMultibyteCodec) self).codec;
            byte[] out = new EncodeSession(codec).encode(text, errors, true);
            return PyTuple.of(PyBytes.of(out), PyInt.of(text.length()));
        });
        TYPE.addMethod("decode", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("decode", a, k, 0, "input", "errors");
            PyObject input = MethodArgs.required("decode", v, 0, "input");
            byte[] data = Buffers.require(input);
            String errors = errorsArg("decode", v[1]);
            CjkCodec codec = ((PyMultibyteCodec) self).codec;
            DecodeSession.Result r = new DecodeSession(codec).decode(data, errors, true);
            return PyTuple.of(PyStr.of(r.text()), PyInt.of(data.length));
        });
        TYPE.ready();
    }

    /** The codec's name and charset. */
    final CjkCodec codec;

    PyMultibyteCodec(CjkCodec codec) {
        super(TYPE);
        this.codec = codec;
    }

    /** An {@code errors} argument: a str, or None for "strict" (CPython's {@code str(accept={str, NoneType})}). */
    static String errorsArg(String fname, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 'errors' must be str or None, not %s", fname, o.type().name());
        }
        return s.toString();
    }
}
