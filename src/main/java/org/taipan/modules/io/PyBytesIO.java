package org.taipan.modules.io;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.BufferExports;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code _io.BytesIO} (CPython's {@code Modules/_io/bytesio.c}): an in-memory binary stream.
 * Positions are byte offsets; writing past the end pads the gap with zero bytes.
 */
public final class PyBytesIO extends PyIOBase {
    public static final PyType TYPE = IOTypes.builtin("BytesIO", IOTypes.BUFFERED_IO_BASE);

    static {
        TYPE.tp_new = (type, a, k) -> new PyBytesIO(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject init = IOArgs.parse("BytesIO", a, k, 0, "initial_bytes")[0];
            PyBytesIO b = (PyBytesIO) self;
            b.baseClosed = false;
            b.size = 0;
            b.pos = 0;
            if (init != null && init != PyNone.NONE) {
                byte[] d = BufferArgs.bytes(init, "BytesIO");
                b.write(d);
                b.pos = 0;
            }
        };
        TYPE.tp_iternext = o -> {
            PyObject line = o.type() == TYPE ? open(o).readline(-1)
                    : org.taipan.runtime.Callables.callAttr(o, "readline");
            return Abstract.length(line) == 0 ? null : line;
        };
        TYPE.addMethodNoArgs("getvalue", self -> {
            PyBytesIO b = open(self);
            return PyBytes.ofCopy(Arrays.copyOf(b.buf, b.size));
        });
        // bytesio.c's getbuffer: a writable view sharing the buffer; while one is live the
        // stream refuses every operation that could resize or free it (CHECK_EXPORTS)
        TYPE.addMethod("getbuffer", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("getbuffer", a, k);
            PyBytesIO b = open(self);
            return PyMemoryView.over(b, b.buf, b.size, false, b.exports);
        });
        TYPE.addMethod("read", (self, a, k) -> open(self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
        TYPE.addMethod("read1", (self, a, k) -> open(self).read(IOArgs.size(IOArgs.parse("read1", a, k, 0, "size")[0])));
        TYPE.addMethod("readline", (self, a, k) -> open(self).readline(IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
        TYPE.addMethod("readinto", (self, a, k) -> {
            PyObject buf = IOArgs.parse("readinto", a, k, 1, "buffer")[0];
            PyBytesIO b = open(self);
            byte[] d = ((PyBytes) b.read(IOTypes.capacity(buf))).bytes();
            IOTypes.storeInto(buf, d, d.length);
            return PyInt.of(d.length);
        });
        TYPE.addMethod("write", (self, a, k) -> {
            PyObject v = IOArgs.parse("write", a, k, 1, "b")[0];
            PyBytesIO b = open(self);
            b.exports.checkResize();
            byte[] d = BufferArgs.bytes(v, "write");
            b.write(d);
            return PyInt.of(d.length);
        });
        TYPE.addMethodNoArgs("tell", self -> PyInt.of(open(self).pos));
        TYPE.addMethod("seek", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("seek", a, k, 1, "pos", "whence");
            return PyInt.of(open(self).seek(IOArgs.integer(v[0]), v[1] == null ? 0 : (int) IOArgs.integer(v[1])));
        });
        TYPE.addMethod("truncate", (self, a, k) -> {
            PyBytesIO b = open(self);
            PyObject p = IOArgs.parse("truncate", a, k, 0, "size")[0];
            b.exports.checkResize();
            long size = p == null || p == PyNone.NONE ? b.pos : IOArgs.integer(p);
            if (size < 0) {
                throw Errors.valueError("negative size value %d", size);
            }
            if (size < b.size) {
                b.size = (int) size;
            }
            return PyInt.of(size);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            TYPE.addMethod(name, (self, a, k) -> {
                open(self);
                return PyBool.TRUE;
            });
        }
        TYPE.addMethodNoArgs("flush", self -> {
            open(self);
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("close", self -> {
            PyBytesIO b = (PyBytesIO) self;
            b.exports.checkResize();
            b.baseClosed = true;
            b.buf = new byte[0];
            b.size = 0;
            return PyNone.NONE;
        });
        // bytesio_getstate/setstate: what pickling (protocol 2+) and copy save and restore
        TYPE.addMethod("__getstate__", (self, a, k) -> {
            org.taipan.runtime.Args.noArgs("__getstate__", a, k);
            PyBytesIO b = open(self);
            PyObject dict = b.dict().size() == 0 ? PyNone.NONE : b.dict().copy();
            return org.taipan.runtime.PyTuple.of(PyBytes.of(Arrays.copyOf(b.buf, b.size)), PyInt.of(b.pos), dict);
        });
        TYPE.addMethod("__setstate__", (self, a, k) -> {
            PyObject state = org.taipan.runtime.Args.oneArg("__setstate__", a, k);
            PyBytesIO b = open(self);
            if (!(state instanceof org.taipan.runtime.PyTuple t) || t.size() < 3) {
                throw Errors.typeError("%s.__setstate__ argument should be 3-tuple, got %s",
                        self.type().name(), state.type().name());
            }
            b.exports.checkResize();
            byte[] d = BufferArgs.bytes(t.get(0), "__setstate__");
            if (!(t.get(1) instanceof PyInt p)) {
                throw Errors.typeError("second item of state must be an integer, not %s", t.get(1).type().name());
            }
            long pos = IOArgs.integer(p);
            if (pos < 0) {
                throw Errors.valueError("position value cannot be negative");
            }
            PyObject dict = t.get(2);
            if (dict != PyNone.NONE && !(dict instanceof org.taipan.runtime.PyDict)) {
                throw Errors.typeError("third item of state should be a dict, got a %s", dict.type().name());
            }
            b.buf = Arrays.copyOf(d, Math.max(16, d.length));
            b.size = d.length;
            b.pos = (int) Math.min(pos, Integer.MAX_VALUE - 8);
            if (dict instanceof org.taipan.runtime.PyDict pd) {
                for (int i = 0; i < pd.size(); i++) {
                    b.dict().setItem(pd.keyAt(i), pd.valueAt(i));
                }
            }
            return PyNone.NONE;
        });
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(((PyBytesIO) o).baseClosed), null));
        TYPE.ready();
    }

    private final BufferExports exports = new BufferExports();
    private byte[] buf = new byte[16];
    private int size;
    private int pos;

    PyBytesIO(PyType type) {
        super(type);
    }

    /**
     * For readers that parse the contents in place (the unpickler): the buffer, whose bytes from
     * {@link #position()} to {@link #contentSize()} are the unread data. Never modify it.
     *
     * @throws org.taipan.runtime.PyException ValueError when the file is closed
     */
    public byte[] contentArray() {
        return open(this).buf;
    }

    /** The length of the contents. */
    public int contentSize() {
        return size;
    }

    /** The stream position. */
    public int position() {
        return pos;
    }

    /** Moves the stream position (after an in-place read of {@link #contentArray()}). */
    public void setPosition(int p) {
        pos = p;
    }

    private static PyBytesIO open(PyObject self) {
        PyBytesIO b = (PyBytesIO) self;
        if (b.baseClosed) {
            throw IOModule.closedFile();
        }
        return b;
    }

    private void write(byte[] d) {
        if (d.length == 0) {
            return; // write_bytes: nothing written, no gap filled
        }
        if ((long) pos + d.length > Integer.MAX_VALUE - 8) {
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError, new org.taipan.runtime.PyObject[0]);
        }
        int end = pos + d.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(d, 0, buf, pos, d.length);
        pos = end;
        size = Math.max(size, end);
    }

    private PyObject read(long n) {
        int start = Math.min(pos, size);
        int take = n < 0 ? size - start : (int) Math.min(n, size - start);
        byte[] r = Arrays.copyOfRange(buf, start, start + take);
        pos = Math.max(pos, start + take);
        return PyBytes.ofCopy(r);
    }

    private PyObject readline(long limit) {
        int start = Math.min(pos, size);
        int end = limit < 0 ? size : (int) Math.min(size, start + limit);
        int i = start;
        while (i < end && buf[i] != '\n') {
            i++;
        }
        int stop = i < end ? i + 1 : end;
        byte[] r = Arrays.copyOfRange(buf, start, stop);
        pos = Math.max(pos, stop);
        return PyBytes.ofCopy(r);
    }

    private long seek(long p, int whence) {
        switch (whence) {
            case 0 -> {
                if (p < 0) {
                    throw Errors.valueError("negative seek value %d", p);
                }
            }
            case 1 -> p = pos + p;
            case 2 -> p = size + p;
            default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        pos = (int) Math.max(0, Math.min(p, Integer.MAX_VALUE - 8));
        return pos;
    }
}
