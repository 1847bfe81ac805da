package org.taipan.runtime;

import java.util.Arrays;

/** {@code bytearray}: a mutable byte string (the common operations). */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> PyStr.of("bytearray(" + PyBytes.repr(((PyByteArray) o).toBytes()) + ")");
        TYPE.tp_str = TYPE.tp_repr;
        TYPE.tp_hash = ObjectSlots::unhashable;
        TYPE.tp_richcompare = (a, b, op) -> {
            byte[] y = bytesOf(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.test(Arrays.compareUnsigned(((PyByteArray) a).toBytes(), y)));
        };
        TYPE.mp_length = o -> ((PyByteArray) o).size;
        TYPE.mp_subscript = (o, k) -> {
            PyByteArray x = (PyByteArray) o;
            if (k instanceof PySlice s) {
                PySlice.Indices ix = s.indices(x.size);
                byte[] r = new byte[(int) ix.length()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = x.data[(int) (ix.start() + i * ix.step())];
                }
                return new PyByteArray(r);
            }
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("bytearray indices must be integers or slices, not %s", k.type().name());
            }
            return PyInt.of(x.data[(int) Sequences.index(k, x.size, "bytearray index out of range")] & 0xff);
        };
        TYPE.mp_ass_subscript = PyByteArray::setItem;
        TYPE.sq_contains = (o, v) -> {
            byte[] b = ((PyByteArray) o).toBytes();
            byte[] sub = bytesOf(v);
            if (sub != null) {
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(new String(sub, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            int c = byteValue(v);
            for (byte x : b) {
                if ((x & 0xff) == c) {
                    return true;
                }
            }
            return false;
        };
        TYPE.sq_concat = (a, b) -> {
            byte[] y = bytesOf(b);
            if (y == null) {
                throw Errors.typeError("can't concat %s to bytearray", b.type().name());
            }
            PyByteArray r = new PyByteArray(((PyByteArray) a).toBytes());
            r.extend(y);
            return r;
        };
        TYPE.nb_inplace_add = (a, b) -> {
            byte[] y = bytesOf(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            ((PyByteArray) a).extend(y);
            return a;
        };
        TYPE.sq_repeat = (a, n) -> {
            byte[] x = ((PyByteArray) a).toBytes();
            long c = Math.max(0, Sequences.repeatCount(n));
            PyByteArray r = new PyByteArray(new byte[0]);
            for (long i = 0; i < c; i++) {
                r.extend(x);
            }
            return r;
        };
        TYPE.tp_iter = o -> new SeqIterator(new PyList(ints(((PyByteArray) o).toBytes())));
        TYPE.tp_new = (t, a, k) -> new PyByteArray(new byte[0]);
        TYPE.tp_init = (self, a, k) -> {
            PyBytes b = (PyBytes) Callables.call(PyBytes.TYPE, a, k);
            PyByteArray x = (PyByteArray) self;
            x.size = 0;
            x.extend(b.bytes());
        };
        TYPE.addMethod("append", (self, a, k) -> {
            ((PyByteArray) self).extend(new byte[] {(byte) byteValue(Args.oneArg("bytearray.append", a, k))});
            return PyNone.NONE;
        });
        TYPE.addMethod("extend", (self, a, k) -> {
            PyObject src = Args.oneArg("extend", a, k);
            byte[] b = bytesOf(src);
            if (b == null) {
                PyObject[] items = Abstract.toArray(src);
                b = new byte[items.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) byteValue(items[i]);
                }
            }
            ((PyByteArray) self).extend(b);
            return PyNone.NONE;
        });
        TYPE.addMethod("pop", (self, a, k) -> {
            Args.check("pop", a, k, 0, 1);
            PyByteArray x = (PyByteArray) self;
            if (x.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = a.length == 0 ? x.size - 1 : Abstract.index(a[0], null).ssizeValue();
            if (i < 0) {
                i += x.size;
            }
            if (i < 0 || i >= x.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = x.data[(int) i] & 0xff;
            x.delete((int) i, (int) i + 1);
            return PyInt.of(v);
        });
        TYPE.addMethod("insert", (self, a, k) -> {
            Args.check("insert", a, k, 2, 2);
            PyByteArray x = (PyByteArray) self;
            long i = Abstract.index(a[0], null).ssizeValue();
            if (i < 0) {
                i = Math.max(0, i + x.size);
            }
            i = Math.min(i, x.size);
            byte[] b = x.toBytes();
            byte[] r = new byte[b.length + 1];
            System.arraycopy(b, 0, r, 0, (int) i);
            r[(int) i] = (byte) byteValue(a[1]);
            System.arraycopy(b, (int) i, r, (int) i + 1, b.length - (int) i);
            x.data = r;
            x.size = r.length;
            return PyNone.NONE;
        });
        TYPE.addMethod("remove", (self, a, k) -> {
            PyByteArray x = (PyByteArray) self;
            int v = byteValue(Args.oneArg("remove", a, k));
            for (int i = 0; i < x.size; i++) {
                if ((x.data[i] & 0xff) == v) {
                    x.delete(i, i + 1);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        TYPE.addMethod("reverse", (self, a, k) -> {
            PyByteArray x = (PyByteArray) self;
            for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                byte t = x.data[i];
                x.data[i] = x.data[j];
                x.data[j] = t;
            }
            return PyNone.NONE;
        });
        TYPE.addMethod("clear", (self, a, k) -> {
            ((PyByteArray) self).size = 0;
            return PyNone.NONE;
        });
        TYPE.addMethod("copy", (self, a, k) -> new PyByteArray(((PyByteArray) self).toBytes()));
        // Methods that read: run the bytes method and convert a bytes result back.
        for (String m : new String[] {"decode", "hex", "find", "rfind", "index", "rindex", "count", "startswith",
                "endswith", "upper", "lower", "strip", "lstrip", "rstrip", "split", "replace", "join", "isdigit",
                "isalpha", "isspace", "title", "capitalize"}) {
            TYPE.addMethod(m, (self, a, k) -> {
                PyObject f = PyBytes.TYPE.lookup(m);
                if (f == null) {
                    throw Errors.attributeError("'bytearray' object has no attribute '%s'", m);
                }
                PyObject r = Callables.callMethod(f, new PyBytes(((PyByteArray) self).toBytes()), a, k);
                return r instanceof PyBytes rb ? new PyByteArray(rb.bytes().clone()) : r;
            });
        }
        TYPE.ready();
    }

    private byte[] data;
    private int size;

    public PyByteArray(byte[] initial) {
        this.data = initial.length == 0 ? new byte[8] : initial;
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    private void extend(byte[] b) {
        if (size + b.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + b.length, data.length * 2));
        }
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    private void delete(int from, int to) {
        System.arraycopy(data, to, data, from, size - to);
        size -= to - from;
    }

    /** The bytes of a bytes-like object, or null. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        return null;
    }

    private static int byteValue(PyObject v) {
        if (PyInt.asInt(v) == null && v.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        long n = Abstract.index(v, null).ssizeValue();
        if (n < 0 || n > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) n;
    }

    private static PyObject[] ints(byte[] b) {
        PyObject[] r = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = PyInt.of(b[i] & 0xff);
        }
        return r;
    }

    private static void setItem(PyObject o, PyObject k, PyObject v) {
        PyByteArray x = (PyByteArray) o;
        if (k instanceof PySlice s) {
            PySlice.Indices ix = s.indices(x.size);
            byte[] src;
            if (v == null) {
                src = null;
            } else {
                src = bytesOf(v);
                if (src == null) {
                    PyObject[] items = Abstract.toArray(v);
                    src = new byte[items.length];
                    for (int i = 0; i < src.length; i++) {
                        src[i] = (byte) byteValue(items[i]);
                    }
                }
            }
            if (ix.step() == 1) {
                int lo = (int) ix.start(), hi = (int) Math.max(ix.start(), ix.stop());
                byte[] b = x.toBytes();
                byte[] ins = src == null ? new byte[0] : src;
                byte[] r = new byte[b.length - (hi - lo) + ins.length];
                System.arraycopy(b, 0, r, 0, lo);
                System.arraycopy(ins, 0, r, lo, ins.length);
                System.arraycopy(b, hi, r, lo + ins.length, b.length - hi);
                x.data = r.length == 0 ? new byte[8] : r;
                x.size = r.length;
                return;
            }
            if (src == null) {
                boolean[] drop = new boolean[x.size];
                for (long i = 0; i < ix.length(); i++) {
                    drop[(int) (ix.start() + i * ix.step())] = true;
                }
                byte[] b = x.toBytes();
                int n = 0;
                for (int i = 0; i < b.length; i++) {
                    if (!drop[i]) {
                        x.data[n++] = b[i];
                    }
                }
                x.size = n;
                return;
            }
            if (src.length != ix.length()) {
                throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d", src.length,
                        ix.length());
            }
            for (int i = 0; i < src.length; i++) {
                x.data[(int) (ix.start() + i * ix.step())] = src[i];
            }
            return;
        }
        int i = (int) Sequences.index(k, x.size, "bytearray index out of range");
        if (v == null) {
            x.delete(i, i + 1);
        } else {
            x.data[i] = (byte) byteValue(v);
        }
    }
}
