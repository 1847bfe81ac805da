package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/** The Python-visible methods and attributes of {@code _io.TextIOWrapper} over {@link PyTextIOWrapper}. */
final class TextIOMethods {
    private TextIOMethods() {}

    private static PyTextIOWrapper w(PyObject o) {
        return (PyTextIOWrapper) o;
    }

    static void install(PyType t) {
        t.tp_new = (type, a, k) -> new PyTextIOWrapper(type);
        t.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse("TextIOWrapper", a, k, 1, "buffer", "encoding", "errors", "newline",
                    "line_buffering", "write_through");
            String encoding = IOArgs.cString(v[1], "TextIOWrapper", "encoding");
            String errors = IOArgs.cString(v[2], "TextIOWrapper", "errors");
            if (encoding == null && !IOArgs.utf8Mode()) {
                IOArgs.warnDefaultEncoding();
            }
            if ("locale".equals(encoding)) {
                // the locale's encoding, which is what no encoding means here
                encoding = null;
            }
            w(self).init(v[0], encoding, errors,
                    IOArgs.optionalString(v[3], "TextIOWrapper", "newline"),
                    v[4] != null && Abstract.isTrue(v[4]), v[5] != null && Abstract.isTrue(v[5]));
            w(self).warnAsWhenCollected();
            if (w(self).isWritable()) {
                FdTable table = FdTable.of(org.taipan.runtime.ThreadState.current().interpreter);
                table.track(self);
                table.watchWrites((PyIOBase) self);
            }
        };
        t.tp_repr = o -> PyStr.of(w(o).repr());
        t.tp_iternext = o -> o.type() == PyTextIOWrapper.TYPE ? w(o).next() : nextViaReadline(o);
        t.addMethod("write", (self, a, k) -> {
            PyObject s = IOArgs.parse("write", a, k, 1, "text")[0];
            if (!(s instanceof PyStr ps)) {
                throw Errors.typeError("write() argument must be str, not %s", s.type().name());
            }
            return PyInt.of(w(self).write(ps));
        });
        t.addMethod("read", (self, a, k) -> w(self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
        t.addMethod("readline", (self, a, k) -> w(self).readline(IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
        t.addMethodNoArgs("flush", self -> {
            w(self).flush();
            return PyNone.NONE;
        });
        t.addMethodNoArgs("close", self -> {
            w(self).close();
            return PyNone.NONE;
        });
        t.addMethodNoArgs("tell", self -> w(self).tell());
        t.addMethod("seek", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("seek", a, k, 1, "cookie", "whence");
            return w(self).seek(v[0], v[1] == null ? 0 : (int) IOArgs.integer(v[1]));
        });
        t.addMethod("truncate", (self, a, k) -> w(self).truncate(IOArgs.parse("truncate", a, k, 0, "pos")[0]));
        t.addMethodNoArgs("detach", self -> w(self).detach());
        t.addMethodNoArgs("readable", self -> Callables.callAttr(w(self).buffer(), "readable"));
        t.addMethodNoArgs("writable", self -> Callables.callAttr(w(self).buffer(), "writable"));
        for (String name : new String[] {"fileno", "isatty", "seekable"}) {
            t.addMethod(name, (self, a, k) -> Callables.callAttr(w(self).buffer(), name));
        }
        t.addMethod("reconfigure", TextIOMethods::reconfigure);
        t.addAttr("closed", new PyGetSetDescr(t, "closed", o -> PyBool.of(w(o).isClosed()), null));
        t.addAttr("name", new PyGetSetDescr(t, "name", o -> Abstract.getAttr(w(o).buffer(), "name"), null));
        t.addAttr("buffer", new PyGetSetDescr(t, "buffer", o -> w(o).buffer(), null));
        t.addAttr("encoding", new PyGetSetDescr(t, "encoding", o -> PyStr.of(w(o).codec.encoding), null));
        t.addAttr("errors", new PyGetSetDescr(t, "errors", o -> PyStr.of(w(o).codec.errors), null));
        t.addAttr("newlines", new PyGetSetDescr(t, "newlines", o -> w(o).newlines(), null));
        t.addAttr("line_buffering", new PyGetSetDescr(t, "line_buffering", o -> PyBool.of(w(o).lineBuffering), null));
        t.addAttr("write_through", new PyGetSetDescr(t, "write_through", o -> PyBool.of(w(o).writeThrough), null));
        t.addAttr("_CHUNK_SIZE", PyInt.of(PyTextIOWrapper.CHUNK_SIZE));
        t.ready();
    }

    private static PyObject nextViaReadline(PyObject o) {
        PyObject line = Callables.callAttr(o, "readline");
        if (!(line instanceof PyStr)) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError,
                    "readline() should have returned a str object, not '" + line.type().name() + "'");
        }
        return Abstract.length(line) == 0 ? null : line;
    }

    /** A reconfigure flag: null when absent or None, else whether its C long is nonzero. */
    private static Boolean optionalBool(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        org.taipan.runtime.PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue() != 0;
    }

    /** {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)}. */
    private static PyObject reconfigure(PyObject self, PyObject[] a, String[] k) {
        if (org.taipan.runtime.Args.positional(a, k) > 0) {
            throw Errors.typeError("reconfigure() takes no positional arguments");
        }
        PyObject[] v = IOArgs.parse("reconfigure", a, k, 0, "encoding", "errors", "newline", "line_buffering",
                "write_through");
        PyTextIOWrapper t = w(self);
        boolean codecChange = v[0] != null && v[0] != PyNone.NONE || v[1] != null && v[1] != PyNone.NONE;
        boolean newlineChange = v[2] != null && v[2] != PyEllipsis.ELLIPSIS;
        if (t.holdsDecoded() && (codecChange || newlineChange)) {
            throw IOModule.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        String nl = null;
        if (newlineChange) {
            nl = IOArgs.optionalString(v[2], "reconfigure", "newline");
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: %s", nl);
            }
        }
        // convert_optional_bool: a C long through __index__, read before anything changes
        Boolean lineBuffering = optionalBool(v[3]);
        Boolean writeThrough = optionalBool(v[4]);
        t.flush();
        if (newlineChange) {
            t.setNewline(nl);
        }
        if (codecChange) {
            String enc = IOArgs.optionalString(v[0], "reconfigure", "encoding");
            if (enc != null) {
                // the name goes to the codec registry as a C string (textiowrapper_change_encoding)
                org.taipan.runtime.Codecs.encode((org.taipan.runtime.PyStr) v[0], "utf-8", "strict");
                if (enc.equals("locale")) {
                    enc = "UTF-8";
                } else if (enc.indexOf('\0') >= 0) {
                    // and as a C string it ends at its first NUL
                    enc = enc.substring(0, enc.indexOf('\0'));
                }
            }
            String err = IOArgs.optionalString(v[1], "reconfigure", "errors");
            if (err != null) {
                org.taipan.runtime.Codecs.encode((org.taipan.runtime.PyStr) v[1], "utf-8", "strict");
            }
            t.codec = new TextCodec(enc == null ? t.codec.encoding : enc,
                    err == null ? (enc == null ? t.codec.errors : "strict") : err);
            t.fixEncoderState();
        }
        if (lineBuffering != null) {
            t.lineBuffering = lineBuffering;
        }
        if (writeThrough != null) {
            t.writeThrough = writeThrough;
        }
        if (v[0] != null && v[0] != PyNone.NONE || v[1] != null && v[1] != PyNone.NONE
                || v[2] != null && v[2] != PyEllipsis.ELLIPSIS) {
            t.rebuildDecoder();
        }
        return PyNone.NONE;
    }
}
