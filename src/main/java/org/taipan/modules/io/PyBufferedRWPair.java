package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code _io.BufferedRWPair(reader, writer, buffer_size)} (CPython's {@code bufferedrwpair}): a
 * {@code BufferedReader} over one raw stream and a {@code BufferedWriter} over another, seen as
 * one unseekable stream (a pipe pair, a socket's two directions).
 */
public final class PyBufferedRWPair extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("BufferedRWPair", IOTypes.BUFFERED_IO_BASE);

    static {
        TYPE.tp_new = (type, a, k) -> new PyBufferedRWPair(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse("BufferedRWPair", a, k, 2, "reader", "writer", "buffer_size");
            long size = v[2] == null ? IOModule.DEFAULT_BUFFER_SIZE : IOArgs.integer(v[2]);
            PyBufferedRWPair p = (PyBufferedRWPair) self;
            // CPython checks both streams before making either buffer (and its size check).
            PyIOBase.checkReadable(v[0]);
            PyIOBase.checkWritable(v[1]);
            p.reader = new PyBuffered(PyBuffered.READER);
            p.reader.init(v[0], size, true, false);
            p.writer = new PyBuffered(PyBuffered.WRITER);
            p.writer.init(v[1], size, false, true);
        };
        TYPE.addMethod("read", (self, a, k) -> r(self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
        TYPE.addMethod("read1", (self, a, k) -> r(self).read1(IOArgs.size(IOArgs.parse("read1", a, k, 0, "size")[0])));
        TYPE.addMethod("peek", (self, a, k) -> {
            IOArgs.parse("peek", a, k, 0, "size");
            return r(self).peek();
        });
        TYPE.addMethod("readline", (self, a, k) -> r(self).readline(IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
        TYPE.addMethod("readinto", (self, a, k) -> {
            PyObject buf = IOArgs.parse("readinto", a, k, 1, "buffer")[0];
            byte[] b = ((PyBytes) r(self).read(IOTypes.capacity(buf))).bytes();
            IOTypes.storeInto(buf, b, b.length);
            return PyInt.of(b.length);
        });
        TYPE.addMethod("write", (self, a, k) -> {
            byte[] b = BufferArgs.bytes(IOArgs.parse("write", a, k, 1, "buffer")[0], "write");
            return PyInt.of(w(self).write(b, 0, b.length));
        });
        TYPE.addMethodNoArgs("flush", self -> {
            w(self).flush();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("readable", self -> Callables.callAttr(r(self).raw(), "readable"));
        TYPE.addMethodNoArgs("writable", self -> Callables.callAttr(w(self).raw(), "writable"));
        TYPE.addMethodNoArgs("isatty", self -> PyBool.of(
                Abstract.isTrue(Callables.callAttr(w(self).raw(), "isatty"))
                        || Abstract.isTrue(Callables.callAttr(r(self).raw(), "isatty"))));
        TYPE.addMethodNoArgs("close", self -> {
            PyException failure = null;
            try {
                w(self).close();
            } catch (PyException e) {
                failure = e;
            }
            try {
                r(self).close();
            } catch (PyException e) {
                if (failure != null) {
                    e.value.context = failure.value;
                }
                failure = e;
            }
            if (failure != null) {
                throw failure;
            }
            return PyNone.NONE;
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(w(o).isClosed()), null));
        TYPE.ready();
    }

    private PyBuffered reader, writer;

    PyBufferedRWPair(PyType type) {
        super(type);
    }

    private static PyBuffered r(PyObject self) {
        PyBufferedRWPair p = (PyBufferedRWPair) self;
        if (p.reader == null) {
            throw org.taipan.runtime.Errors.valueError("I/O operation on uninitialized object");
        }
        return p.reader;
    }

    private static PyBuffered w(PyObject self) {
        PyBufferedRWPair p = (PyBufferedRWPair) self;
        if (p.writer == null) {
            throw org.taipan.runtime.Errors.valueError("I/O operation on uninitialized object");
        }
        return p.writer;
    }

    @Override
    boolean isClosed() {
        return writer != null && writer.isClosed();
    }
}
