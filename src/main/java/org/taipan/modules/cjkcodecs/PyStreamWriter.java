package org.taipan.modules.cjkcodecs;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _multibytecodec.MultibyteStreamWriter} (CPython's {@code MultibyteStreamWriterObject}),
 * the base of each CJK {@code StreamWriter}: {@code write} encodes with the codec state kept
 * between calls and writes the bytes to the stream; as in CPython 3.11, {@code reset} writes
 * nothing when no text is pending (never, with the JDK's codecs), so an ISO-2022 stream is not
 * returned to ASCII by it.
 */
final class PyStreamWriter extends CodecContext {
    static final PyType TYPE = PyType.builtin("_multibytecodec.MultibyteStreamWriter", PyType.OBJECT)
            .markOwnLayout();

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] v = MethodArgs.bind("StreamWriter", a, k, 0, "stream", "errors");
            PyObject stream = MethodArgs.required("StreamWriter", v, 0, "stream");
            return new PyStreamWriter(t, stream, errorsArg("StreamWriter", 2, v[1]));
        };
        install(TYPE);
        TYPE.addAttr("stream", new PyGetSetDescr(TYPE, "stream", o -> ((PyStreamWriter) o).stream, null));
        TYPE.addMethodOneArg("write", (self, s) -> {
            ((PyStreamWriter) self).write(s);
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("writelines", (self, lines) -> {
            PyObject it = Abstract.iter(lines);
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
                ((PyStreamWriter) self).write(line);
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("reset", self -> PyNone.NONE);
        TYPE.ready();
    }

    private final PyObject stream;
    private final EncodeSession session;

    private PyStreamWriter(PyType type, PyObject stream, String errors) {
        super(type, errors);
        this.stream = stream;
        this.session = new EncodeSession(codec);
    }

    private void write(PyObject s) {
        PyStr text = s instanceof PyStr str ? str : Abstract.str(s);
        byte[] out = session.encode(text, errors, false);
        Callables.call(Abstract.getAttr(stream, "write"), PyBytes.of(out));
    }
}
