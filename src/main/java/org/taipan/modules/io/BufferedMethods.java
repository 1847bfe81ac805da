package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/** The methods of the three buffered types over {@link PyBuffered}, by capability. */
final class BufferedMethods {
    private BufferedMethods() {}

    static void install(PyType t, boolean read, boolean write) {
        String fname = t.shortName();
        t.tp_new = (type, a, k) -> new PyBuffered(type);
        t.tp_init = (self, a, k) -> {
            PyObject[] v = IOArgs.parse(fname, a, k, 1, "raw", "buffer_size");
            long size = v[1] == null ? IOModule.DEFAULT_BUFFER_SIZE : IOArgs.integer(v[1]);
            ((PyBuffered) self).init(v[0], size, read, write);
            if (write) {
                FdTable table = FdTable.of(org.taipan.runtime.ThreadState.current().interpreter);
                table.track(self);
                table.watchWrites((PyIOBase) self);
            }
        };
        t.tp_repr = o -> PyStr.of(((PyBuffered) o).repr());
        t.tp_iternext = o -> {
            PyBuffered b = (PyBuffered) o;
            PyObject line = o.type() == t ? b.readline(-1) : Callables.callAttr(o, "readline");
            return Abstract.length(line) == 0 ? null : line;
        };
        if (read) {
            t.addMethod("read", (self, a, k) -> ((PyBuffered) self).read(IOArgs.size(IOArgs.parse("read", a, k, 0, "size")[0])));
            t.addMethod("read1", (self, a, k) -> ((PyBuffered) self).read1(IOArgs.size(IOArgs.parse("read1", a, k, 0, "size")[0])));
            t.addMethod("peek", (self, a, k) -> {
                IOArgs.parse("peek", a, k, 0, "size");
                return ((PyBuffered) self).peek();
            });
            t.addMethod("readline", (self, a, k) -> ((PyBuffered) self).readline(IOArgs.size(IOArgs.parse("readline", a, k, 0, "size")[0])));
            t.addMethod("readinto", (self, a, k) -> readinto((PyBuffered) self, IOArgs.parse("readinto", a, k, 1, "buffer")[0], false));
            t.addMethod("readinto1", (self, a, k) -> readinto((PyBuffered) self, IOArgs.parse("readinto1", a, k, 1, "buffer")[0], true));
        }
        if (write) {
            t.addMethod("write", (self, a, k) -> {
                byte[] b = BufferArgs.bytes(IOArgs.parse("write", a, k, 1, "buffer")[0], "write");
                return PyInt.of(((PyBuffered) self).write(b, 0, b.length));
            });
            t.addMethod("truncate", (self, a, k) -> PyInt.of(((PyBuffered) self).truncate(IOArgs.parse("truncate", a, k, 0, "pos")[0])));
        }
        t.addMethodNoArgs("flush", self -> {
            ((PyBuffered) self).flush();
            return PyNone.NONE;
        });
        t.addMethod("seek", (self, a, k) -> {
            PyObject[] v = IOArgs.parse("seek", a, k, 1, "target", "whence");
            return PyInt.of(((PyBuffered) self).seek(IOArgs.integer(v[0]), v[1] == null ? 0 : (int) IOArgs.integer(v[1])));
        });
        t.addMethodNoArgs("tell", self -> PyInt.of(((PyBuffered) self).tell()));
        t.addMethod("_dealloc_warn", (self, a, k) -> {
            // buffered_dealloc_warn: the raw stream warns about the source, failures dropped
            PyObject source = org.taipan.runtime.Args.oneArg("_dealloc_warn", a, k);
            PyObject raw = ((PyBuffered) self).raw;
            if (raw != null) {
                try {
                    org.taipan.runtime.Callables.callAttr(raw, "_dealloc_warn", source);
                } catch (org.taipan.runtime.PyException e) {
                    // (see buffered_dealloc_warn: PyErr_Clear)
                }
            }
            return PyNone.NONE;
        });
        t.addMethodNoArgs("close", self -> {
            ((PyBuffered) self).close();
            return PyNone.NONE;
        });
        t.addMethodNoArgs("detach", self -> ((PyBuffered) self).detach());
        for (String name : new String[] {"fileno", "isatty", "seekable"}) {
            t.addMethod(name, (self, a, k) -> Callables.callAttr(((PyBuffered) self).raw(), name));
        }
        t.addMethodNoArgs("readable", self -> read ? Callables.callAttr(((PyBuffered) self).raw(), "readable") : PyBool.FALSE);
        t.addMethodNoArgs("writable", self -> write ? Callables.callAttr(((PyBuffered) self).raw(), "writable") : PyBool.FALSE);
        t.addAttr("raw", new org.taipan.runtime.PyGetSetDescr(t, "raw", o -> ((PyBuffered) o).raw(), null));
        PyBuffered.addAttr(t, "closed");
        PyBuffered.addAttr(t, "name");
        PyBuffered.addAttr(t, "mode");
        t.ready();
    }

    private static PyObject readinto(PyBuffered self, PyObject buf, boolean one) {
        long n = IOTypes.capacity(buf);
        byte[] b;
        if (one) {
            b = self.readinto1Bytes((int) Math.min(n, Integer.MAX_VALUE - 8));
            if (b == null) {
                return PyNone.NONE;
            }
        } else {
            PyObject data = self.read(n);
            if (data == PyNone.NONE) {
                return PyNone.NONE;
            }
            b = ((PyBytes) data).bytes();
        }
        IOTypes.storeInto(buf, b, b.length);
        return PyInt.of(b.length);
    }
}
