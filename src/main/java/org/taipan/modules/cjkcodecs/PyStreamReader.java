package org.taipan.modules.cjkcodecs;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _multibytecodec.MultibyteStreamReader} (CPython's {@code MultibyteStreamReaderObject}),
 * the base of each CJK {@code StreamReader}: {@code read}, {@code readline} and
 * {@code readlines} call the stream's {@code read}/{@code readline} and decode what comes,
 * keeping an unfinished character's bytes for the next call, as {@code mbstreamreader_iread}.
 */
final class PyStreamReader extends CodecContext {
    static final PyType TYPE = PyType.builtin("_multibytecodec.MultibyteStreamReader", PyType.OBJECT)
            .markOwnLayout();

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] v = MethodArgs.bind("StreamReader", a, k, 0, "stream", "errors");
            PyObject stream = MethodArgs.required("StreamReader", v, 0, "stream");
            return new PyStreamReader(t, stream, errorsArg("StreamReader", 2, v[1]));
        };
        install(TYPE);
        TYPE.addAttr("stream", new PyGetSetDescr(TYPE, "stream", o -> ((PyStreamReader) o).stream, null));
        TYPE.addMethod("read", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("read", a, k, 1, "sizeobj");
            return PyStr.of(((PyStreamReader) self).read("read", size(v[0])));
        });
        TYPE.addMethod("readline", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("readline", a, k, 1, "sizeobj");
            return PyStr.of(((PyStreamReader) self).read("readline", size(v[0])));
        });
        TYPE.addMethod("readlines", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("readlines", a, k, 1, "sizehintobj");
            PyStr text = PyStr.of(((PyStreamReader) self).read("read", size(v[0])));
            return Callables.call(Abstract.getAttr(text, "splitlines"), PyBool.TRUE);
        });
        TYPE.addMethodNoArgs("reset", self -> {
            PyStreamReader r = (PyStreamReader) self;
            r.session.reset();
            r.pending = new byte[0];
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private final PyObject stream;
    private final DecodeSession session;
    private byte[] pending = new byte[0];

    private PyStreamReader(PyType type, PyObject stream, String errors) {
        super(type, errors);
        this.stream = stream;
        this.session = new DecodeSession(codec);
    }

    /** A size argument: None is -1 (read all), otherwise an int. */
    private static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("arg 1 must be an integer");
        }
        return i.longValue();
    }

    /**
     * Reads with the stream's {@code method} and decodes; when a bounded read gave only part of
     * a character, reads one byte more at a time until a character is complete or the stream ends.
     */
    private String read(String method, long sizehint) {
        if (sizehint == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            PyObject f = Abstract.getAttr(stream, method);
            PyObject got = sizehint < 0 ? Callables.call(f) : Callables.call(f, PyInt.of(sizehint));
            if (!(got instanceof PyBytes b)) {
                throw Errors.typeError("stream function returned a non-bytes object (%s)", got.type().name());
            }
            boolean endOfFile = b.bytes().length == 0;
            byte[] data = pending.length == 0 ? b.bytes() : PyIncrementalDecoder.concat(pending, b.bytes());
            pending = new byte[0];
            if (data.length > 0) {
                DecodeSession.Result r = session.decode(data, errors, endOfFile || sizehint < 0);
                out.append(r.text());
                pending = PyIncrementalDecoder.keep(data, r.consumed());
            }
            if (sizehint < 0 || !out.isEmpty() || data.length == 0) {
                return out.toString();
            }
            sizehint = 1;
        }
    }
}
