package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The abstract base types below {@code _IOBase}: {@code _RawIOBase}, {@code _BufferedIOBase} and
 * {@code _TextIOBase} (CPython's {@code iobase.c}, {@code bufferedio.c}, {@code textio.c}), whose
 * generic methods either raise {@code UnsupportedOperation} or are written over the subclass's
 * own methods ({@code RawIOBase.read} over {@code readinto}).
 */
public final class IOTypes {
    private IOTypes() {}

    /** A subclassable builtin type of module {@code _io} with instances of its own Java class. */
    static PyType builtin(String name, PyType base) {
        return PyIOBase.ioType(name, base);
    }

    public static final PyType RAW_IO_BASE = PyIOBase.abstractIoType("_RawIOBase", PyIOBase.TYPE);
    public static final PyType BUFFERED_IO_BASE = PyIOBase.abstractIoType("_BufferedIOBase", PyIOBase.TYPE);
    public static final PyType TEXT_IO_BASE = PyIOBase.abstractIoType("_TextIOBase", PyIOBase.TYPE);

    static {
        RAW_IO_BASE.addMethod("read", (self, a, k) -> {
            long n = IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0]);
            if (n < 0) {
                return Callables.callAttr(self, "readall");
            }
            PyByteArray b = new PyByteArray(new byte[(int) n]);
            PyObject got = Callables.callAttr(self, "readinto", b);
            if (got == PyNone.NONE) {
                return got;
            }
            int m = Abstract.index(got, null).intValue();
            byte[] all = b.toBytes();
            return PyBytes.of(java.util.Arrays.copyOf(all, Math.max(0, Math.min(m, all.length))));
        });
        RAW_IO_BASE.addMethodNoArgs("readall", self -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                PyObject data = Callables.callAttr(self, "read", PyInt.of(IOModule.DEFAULT_BUFFER_SIZE));
                if (data == PyNone.NONE) {
                    if (out.size() == 0) {
                        return data;
                    }
                    break;
                }
                byte[] d = PyIOBase.bytesOf(data, "read()");
                if (d.length == 0) {
                    break;
                }
                out.writeBytes(d);
            }
            return PyBytes.of(out.toByteArray());
        });
        RAW_IO_BASE.ready();

        for (String name : new String[] {"read", "read1", "write", "detach"}) {
            BUFFERED_IO_BASE.addMethod(name, (self, a, k) -> {
                throw IOModule.unsupported(name);
            });
        }
        BUFFERED_IO_BASE.addMethod("readinto", (self, a, k) -> readinto(self, "read", a, k));
        BUFFERED_IO_BASE.addMethod("readinto1", (self, a, k) -> readinto(self, "read1", a, k));
        BUFFERED_IO_BASE.ready();

        for (String name : new String[] {"read", "readline", "write", "detach"}) {
            TEXT_IO_BASE.addMethod(name, (self, a, k) -> {
                throw IOModule.unsupported(name);
            });
        }
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            TEXT_IO_BASE.addAttr(name, new org.taipan.runtime.PyGetSetDescr(TEXT_IO_BASE, name, o -> PyNone.NONE, null));
        }
        TEXT_IO_BASE.ready();
    }

    /** {@code BufferedIOBase.readinto(b)}: {@code self.read(len(b))} copied into {@code b}. */
    private static PyObject readinto(PyObject self, String method, PyObject[] a, String[] k) {
        PyObject buf = IOArgs.parse(method.equals("read") ? "readinto" : "readinto1", a, k, 1, "buffer")[0];
        long len = capacity(buf);
        byte[] data = PyIOBase.bytesOf(Callables.callAttr(self, method, PyInt.of(len)), method + "()");
        if (data.length > len) {
            // _bufferediobase_readinto_generic will not write past the buffer (its message says
            // read() for readinto1 too)
            throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", len,
                    data.length);
        }
        storeInto(buf, data, data.length);
        return PyInt.of(data.length);
    }

    /**
     * How many bytes a readinto may store into {@code buf}: its buffer's length in bytes (an
     * {@code array('i')} of 3 items takes 12), else {@code len(buf)}.
     */
    static long capacity(PyObject buf) {
        org.taipan.runtime.Buffers.Region r = org.taipan.runtime.Buffers.writable(buf);
        return r != null ? r.length() : Abstract.length(buf);
    }

    /**
     * {@code buf[0:n] = data[0:n]} for a writable bytes-like {@code buf}: straight into its buffer
     * (bytearray, writable memoryview, array), else by slice assignment.
     */
    static void storeInto(PyObject buf, byte[] data, int n) {
        org.taipan.runtime.Buffers.Region r = org.taipan.runtime.Buffers.writable(buf);
        if (r != null && n <= r.length()) {
            System.arraycopy(data, 0, r.array(), r.offset(), n);
            return;
        }
        byte[] chunk = n == data.length ? data : java.util.Arrays.copyOf(data, n);
        Abstract.setItem(buf, new PySlice(PyInt.ZERO, PyInt.of(n), PyNone.NONE), PyBytes.of(chunk));
    }
}
