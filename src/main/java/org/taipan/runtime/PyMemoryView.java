package org.taipan.runtime;

import java.util.Arrays;

/**
 * {@code memoryview} over a {@code bytes}, {@code bytearray} or another memoryview
 * ({@code Objects/memoryobject.c}), one-dimensional: a window ({@code start}, item count,
 * byte stride) on the object's bytes that shares its memory, so writes through a view of a
 * bytearray change it. A view over a bytearray counts as an export until released, which
 * keeps the bytearray from resizing (BufferError). Every operation on a released view raises
 * "ValueError: operation forbidden on released memoryview object".
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("memoryview", PyType.OBJECT);

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] p = MethodArgs.bind("memoryview", a, k, 0, "object");
            if (p[0] == null) {
                throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(p[0]);
        };
        TYPE.tp_repr = o -> PyStr.of((((PyMemoryView) o).released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(System.identityHashCode(o)) + ">");
        TYPE.tp_hash = o -> {
            PyMemoryView m = ((PyMemoryView) o).live();
            if (!m.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return PyBytes.TYPE.tp_hash.call(new PyBytes(m.toBytes()));
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMemoryView m = (PyMemoryView) a;
            boolean eq;
            if (a == b) {
                eq = true;
            } else if (m.released || b instanceof PyMemoryView o && o.released) {
                eq = false;
            } else if (!Buffers.isBuffer(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            } else {
                PyMemoryView o = b instanceof PyMemoryView x ? x : of(b);
                eq = m.sameValues(o);
                if (!(b instanceof PyMemoryView)) {
                    o.release();
                }
            }
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.mp_length = o -> ((PyMemoryView) o).live().count;
        TYPE.mp_subscript = (o, k) -> ((PyMemoryView) o).getItem(k);
        TYPE.mp_ass_subscript = (o, k, v) -> ((PyMemoryView) o).setItem(k, v);
        TYPE.tp_iter = o -> new BytesIterator(BytesIterator.MEMORY, ((PyMemoryView) o).live());
        TYPE.addMethod("tobytes", (self, a, k) -> {
            MethodArgs.bind("tobytes", a, k, 0, "order");
            return new PyBytes(((PyMemoryView) self).live().toBytes());
        });
        TYPE.addMethod("tolist", (self, a, k) -> {
            Args.noArgs("tolist", a, k);
            PyMemoryView m = ((PyMemoryView) self).live();
            PyList r = new PyList();
            for (int i = 0; i < m.count; i++) {
                r.append(m.item(i));
            }
            return r;
        });
        TYPE.addMethod("hex", (self, a, k) -> BytesHex.hex(((PyMemoryView) self).live().toBytes(), a, k));
        TYPE.addMethod("release", (self, a, k) -> {
            Args.noArgs("release", a, k);
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        TYPE.addMethod("__enter__", (self, a, k) -> ((PyMemoryView) self).live());
        TYPE.addMethod("__exit__", (self, a, k) -> {
            ((PyMemoryView) self).release();
            return PyBool.FALSE;
        });
        TYPE.addMethod("toreadonly", (self, a, k) -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            PyMemoryView r = m.view(m.start, m.count, m.stride);
            r.readonly = true;
            return r;
        });
        TYPE.addMethod("cast", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("cast", a, k, 0, "format", "shape");
            MethodArgs.required("cast", p, 0, "format");
            return ((PyMemoryView) self).live().cast(p[0], p[1]);
        });
        attr("obj", m -> m.obj);
        attr("nbytes", m -> PyInt.of((long) m.count * m.itemsize));
        attr("readonly", m -> PyBool.of(m.readonly));
        attr("itemsize", m -> PyInt.of(m.itemsize));
        attr("format", m -> PyStr.of(m.format));
        attr("ndim", m -> PyInt.of(1));
        attr("shape", m -> PyTuple.of(PyInt.of(m.count)));
        attr("strides", m -> PyTuple.of(PyInt.of(m.stride)));
        attr("suboffsets", m -> PyTuple.of());
        attr("c_contiguous", m -> PyBool.of(m.contiguous()));
        attr("f_contiguous", m -> PyBool.of(m.contiguous()));
        attr("contiguous", m -> PyBool.of(m.contiguous()));
        TYPE.ready();
    }

    private static void attr(String name, java.util.function.Function<PyMemoryView, PyObject> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> get.apply(((PyMemoryView) o).live()), null));
    }

    private final PyObject obj;
    private final byte[] buf;
    private final int start;
    private final int count;
    private final int stride;
    private boolean readonly;
    private String format = "B";
    private int itemsize = 1;
    private boolean released;

    private PyMemoryView(PyObject obj, byte[] buf, int start, int count, int stride, boolean readonly) {
        this.obj = obj;
        this.buf = buf;
        this.start = start;
        this.count = count;
        this.stride = stride;
        this.readonly = readonly;
        if (obj instanceof PyByteArray ba) {
            ba.export(this, true);
        }
    }

    /** {@code memoryview(o)}: TypeError "memoryview: a bytes-like object is required, not 'str'". */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.live();
            PyMemoryView r = m.view(m.start, m.count, m.stride);
            r.format = m.format;
            r.itemsize = m.itemsize;
            return r;
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, b.bytes(), 0, b.bytes().length, 1, true);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(o, ba.backing(), 0, ba.size(), 1, false);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyMemoryView view(int from, int n, int step) {
        PyMemoryView r = new PyMemoryView(obj, buf, from, n, step, readonly);
        r.format = format;
        r.itemsize = itemsize;
        return r;
    }

    private PyMemoryView live() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    private void release() {
        if (!released) {
            released = true;
            if (obj instanceof PyByteArray ba) {
                ba.export(this, false);
            }
        }
    }

    private boolean contiguous() {
        return count <= 1 || stride == itemsize;
    }

    /** {@code len(m)} in items. */
    int length() {
        return live().count;
    }

    /** Item {@code i} (0 <= i < len) as a Python value of the view's format. */
    PyObject item(int i) {
        return MemoryFormat.unpack(format.charAt(format.length() - 1), buf, start + i * stride);
    }

    /** The bytes of the view in logical order (ValueError when released). */
    byte[] toBytes() {
        live();
        if (stride == itemsize) {
            return Arrays.copyOfRange(buf, start, start + count * itemsize);
        }
        byte[] r = new byte[count * itemsize];
        for (int i = 0; i < count; i++) {
            System.arraycopy(buf, start + i * stride, r, i * itemsize, itemsize);
        }
        return r;
    }

    private boolean sameValues(PyMemoryView o) {
        if (count != o.count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!Abstract.richCompareBool(item(i), o.item(i), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    private PyObject getItem(PyObject k) {
        live();
        if (k instanceof PySlice s) {
            PySlice.Indices ix = s.indices(count);
            return view(start + (int) ix.start() * stride, (int) ix.length(), stride * (int) ix.step());
        }
        return item(index(k));
    }

    private int index(PyObject k) {
        if (PyInt.asInt(k) == null && k.type().nb_index == null) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        return (int) Sequences.index(k, count, "index out of bounds on dimension 1");
    }

    private void setItem(PyObject k, PyObject v) {
        live();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (v == null) {
            throw Errors.typeError("cannot delete memory");
        }
        char f = format.charAt(format.length() - 1);
        if (!(k instanceof PySlice s)) {
            MemoryFormat.pack(f, v, buf, start + index(k) * stride);
            return;
        }
        PySlice.Indices ix = s.indices(count);
        PyMemoryView src = of(v);
        try {
            if (!src.format.equals(format) || src.count != ix.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes();
            for (int i = 0; i < src.count; i++) {
                System.arraycopy(data, i * itemsize, buf, start + (int) (ix.start() + i * ix.step()) * stride,
                        itemsize);
            }
        } finally {
            src.release();
        }
    }

    private PyObject cast(PyObject fmtObj, PyObject shape) {
        if (!(fmtObj instanceof PyStr fs)) {
            throw Errors.typeError("cast() argument 'format' must be str, not %s", fmtObj == null ? "NoneType"
                    : fmtObj.type().name());
        }
        String fmt = fs.toString();
        int size = MemoryFormat.itemsize(fmt);
        if (size == 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!contiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        boolean byteFormat = itemsize == 1 && "Bbc".indexOf(format.charAt(format.length() - 1)) >= 0;
        if (!byteFormat && size != 1) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = count * itemsize;
        if (nbytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null) {
            PyObject[] dims = Abstract.toArray(shape);
            if (dims.length != 1 || MethodArgs.index(dims[0]) * size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        PyMemoryView r = new PyMemoryView(obj, buf, start, nbytes / size, size, readonly);
        r.format = fmt;
        r.itemsize = size;
        return r;
    }
}
