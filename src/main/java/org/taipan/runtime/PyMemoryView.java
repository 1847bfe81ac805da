package org.taipan.runtime;

import java.util.Arrays;

/**
 * {@code memoryview} over a {@code bytes}, {@code bytearray} or another memoryview
 * ({@code Objects/memoryobject.c}): a window ({@code start} byte, {@code shape} in items,
 * {@code strides} in bytes) on the object's bytes that shares its memory, so writes through a
 * view of a bytearray change it. Views are N-dimensional after {@code cast(fmt, shape)}; as in
 * CPython, only the first dimension can be sliced and sub-views are not implemented. A view over a bytearray counts as an export until released, which
 * keeps the bytearray from resizing (BufferError). Every operation on a released view raises
 * "ValueError: operation forbidden on released memoryview object".
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("memoryview", PyType.OBJECT).markCollection(PyType.SEQUENCE);

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] p = MethodArgs.bind("memoryview", a, k, 0, "object");
            if (p[0] == null) {
                throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(p[0]);
        };
        TYPE.tp_repr = o -> PyStr.of((((PyMemoryView) o).released ? "<released memory at " : "<memory at ")
                + ObjectSlots.address(o) + ">");
        TYPE.tp_hash = o -> {
            PyMemoryView v = (PyMemoryView) o;
            if (v.hashed) {
                // cached by the first hash, and still answered after release() (memory_hash)
                return v.hash;
            }
            PyMemoryView m = v.live();
            if (!m.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if ("Bbc".indexOf(m.code()) < 0) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            v.hash = PyBytes.TYPE.tp_hash.call(PyBytes.of(m.toBytes()));
            v.hashed = true;
            return v.hash;
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
        TYPE.mp_length = o -> ((PyMemoryView) o).length();
        TYPE.mp_subscript = (o, k) -> ((PyMemoryView) o).getItem(k);
        TYPE.mp_ass_subscript = (o, k, v) -> ((PyMemoryView) o).setItem(k, v);
        TYPE.tp_iter = o -> {
            PyMemoryView m = ((PyMemoryView) o).live();
            if (m.shape.length == 0) {
                throw Errors.typeError("invalid indexing of 0-dim memory");
            }
            if (m.shape.length > 1) {
                throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return new BytesIterator(BytesIterator.MEMORY, m);
        };
        TYPE.addMethod("tobytes", (self, a, k) -> {
            MethodArgs.bind("tobytes", a, k, 0, "order");
            return PyBytes.of(((PyMemoryView) self).live().toBytes());
        });
        TYPE.addMethodNoArgs("tolist", self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            return m.shape.length == 0 ? m.itemAt(m.start) : m.toList(0, m.start);
        });
        TYPE.addMethod("hex", (self, a, k) -> BytesHex.hex(((PyMemoryView) self).live().toBytes(), a, k));
        TYPE.addMethodNoArgs("release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("__enter__", self -> ((PyMemoryView) self).live());
        TYPE.addMethod("__exit__", (self, a, k) -> {
            ((PyMemoryView) self).release();
            return PyBool.FALSE;
        });
        TYPE.addMethodNoArgs("toreadonly", self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            PyMemoryView r = m.view(m.start, m.shape, m.strides, m.format, m.itemsize);
            r.readonly = true;
            return r;
        });
        TYPE.addMethod("cast", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("cast", a, k, 0, "format", "shape");
            MethodArgs.required("cast", p, 0, "format");
            return ((PyMemoryView) self).live().cast(p[0], p[1]);
        });
        attr("obj", m -> m.obj);
        attr("nbytes", m -> PyInt.of((long) m.items() * m.itemsize));
        attr("readonly", m -> PyBool.of(m.readonly));
        attr("itemsize", m -> PyInt.of(m.itemsize));
        attr("format", m -> PyStr.of(m.format));
        attr("ndim", m -> PyInt.of(m.shape.length));
        attr("shape", m -> ints(m.shape));
        attr("strides", m -> ints(m.strides));
        attr("suboffsets", m -> PyTuple.of());
        attr("c_contiguous", m -> PyBool.of(m.cContiguous()));
        attr("f_contiguous", m -> PyBool.of(m.fContiguous()));
        attr("contiguous", m -> PyBool.of(m.cContiguous() || m.fContiguous()));
        TYPE.ready();
    }

    private static PyTuple ints(int[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = PyInt.of(a[i]);
        }
        return PyTuple.of(r);
    }

    private static void attr(String name, java.util.function.Function<PyMemoryView, PyObject> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> get.apply(((PyMemoryView) o).live()), null));
    }

    private final PyObject obj;
    private final BufferExports exports;
    private final byte[] buf;
    private final int start;
    private final int[] shape;
    private final int[] strides;
    private final String format;
    private final int itemsize;
    private boolean readonly;
    private boolean released;
    /** The hash, once computed ({@link #hashed}): a released view still answers it. */
    private long hash;
    private boolean hashed;

    private PyMemoryView(PyObject obj, BufferExports exports, byte[] buf, int start, int[] shape, int[] strides,
            String format, int itemsize, boolean readonly) {
        this.obj = obj;
        this.exports = exports;
        this.buf = buf;
        this.start = start;
        this.shape = shape;
        this.strides = strides;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        if (exports != null) {
            exports.add(this);
        }
    }

    /**
     * A one-dimensional {@code 'B'} view of {@code buf[0:length]} owned by {@code owner} (its
     * {@code obj}), for buffers of objects written in Java such as {@code BytesIO.getbuffer()};
     * {@code exports}, if not null, records the view until it is released or unreachable.
     */
    public static PyMemoryView over(PyObject owner, byte[] buf, int length, boolean readonly,
            BufferExports exports) {
        return new PyMemoryView(owner, exports, buf, 0, new int[] {length}, new int[] {1}, "B", 1, readonly);
    }

    /** {@code memoryview(o)}: TypeError "memoryview: a bytes-like object is required, not 'str'". */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.live();
            return m.view(m.start, m.shape, m.strides, m.format, m.itemsize);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, null, b.bytes(), 0, new int[] {b.bytes().length}, new int[] {1}, "B", 1, true);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(o, ba.exports(), ba.backing(), 0, new int[] {ba.size()}, new int[] {1}, "B", 1,
                    false);
        }
        if (o instanceof Buffers.Exporter e) {
            int itemsize = e.bufferItemSize();
            int n = e.bufferLength() / itemsize;
            return new PyMemoryView(o, e.bufferExports(), e.bufferArray(), 0, new int[] {n}, new int[] {itemsize},
                    e.bufferFormat(), itemsize, e.bufferReadOnly());
        }
        if (o instanceof Buffers.ViewHolder h) {
            return of(h.heldView());
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyMemoryView view(int from, int[] shape, int[] strides, String fmt, int size) {
        return new PyMemoryView(obj, exports, buf, from, shape, strides, fmt, size, readonly);
    }

    PyMemoryView live() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    /** {@code m.release()}: ends the export (a no-op when already released). */
    public void release() {
        if (!released) {
            released = true;
            if (exports != null) {
                exports.remove(this);
            }
        }
    }

    /** The struct format character. */
    private char code() {
        return format.charAt(format.length() - 1);
    }

    private long items() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * The writable bytes this view covers, for {@link Buffers#writable}: null when the view is
     * read-only; BufferError when it is not C-contiguous (CPython's {@code PyBUF_WRITABLE} request
     * of such a view).
     */
    Buffers.Region writableRegion() {
        live();
        if (readonly) {
            return null;
        }
        if (!cContiguous()) {
            throw Errors.of(ExceptionTypes.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        int n = itemsize;
        for (int d : shape) {
            n *= d;
        }
        return new Buffers.Region(buf, start, n);
    }

    boolean cContiguous() {
        int expect = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            expect *= shape[d];
        }
        return true;
    }

    private boolean fContiguous() {
        int expect = itemsize;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            expect *= shape[d];
        }
        return true;
    }

    /** {@code len(m)}: the first dimension (1 for a 0-dimensional view). */
    int length() {
        live();
        return shape.length == 0 ? 1 : shape[0];
    }

    /** Item {@code i} of a one-dimensional view as a Python value of its format. */
    PyObject item(int i) {
        return itemAt(start + i * strides[0]);
    }

    private PyObject itemAt(int offset) {
        return MemoryFormat.unpack(code(), buf, offset);
    }

    private PyList toList(int dim, int offset) {
        PyList r = new PyList();
        for (int i = 0; i < shape[dim]; i++) {
            int at = offset + i * strides[dim];
            r.append(dim == shape.length - 1 ? itemAt(at) : toList(dim + 1, at));
        }
        return r;
    }

    /** The bytes of the view in C (row-major) order (ValueError when released). */
    public byte[] toBytes() {
        live();
        byte[] r = new byte[(int) items() * itemsize];
        if (cContiguous()) {
            System.arraycopy(buf, start, r, 0, r.length);
            return r;
        }
        copyOut(0, start, r, new int[] {0});
        return r;
    }

    private void copyOut(int dim, int offset, byte[] r, int[] at) {
        for (int i = 0; i < shape[dim]; i++) {
            int from = offset + i * strides[dim];
            if (dim == shape.length - 1) {
                System.arraycopy(buf, from, r, at[0], itemsize);
                at[0] += itemsize;
            } else {
                copyOut(dim + 1, from, r, at);
            }
        }
    }

    /** The item offsets in C order. */
    private int[] offsets() {
        int[] r = new int[(int) items()];
        int[] n = {0};
        collect(0, start, r, n);
        return r;
    }

    private void collect(int dim, int offset, int[] r, int[] n) {
        if (dim == shape.length) {
            r[n[0]++] = offset;
            return;
        }
        for (int i = 0; i < shape[dim]; i++) {
            collect(dim + 1, offset + i * strides[dim], r, n);
        }
    }

    private boolean sameValues(PyMemoryView o) {
        if (!Arrays.equals(shape, o.shape)) {
            return false;
        }
        int[] mine = offsets(), theirs = o.offsets();
        for (int i = 0; i < mine.length; i++) {
            if (!Abstract.richCompareBool(itemAt(mine[i]), o.itemAt(theirs[i]), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndex(PyObject k) {
        return PyInt.asInt(k) != null || k.type().nb_index != null;
    }

    /** The byte offset of the item a full tuple of indices names (CPython's errors for the others). */
    private int offsetOf(PyObject[] key) {
        if (key.length < shape.length) {
            throw Errors.notImplemented("sub-views are not implemented");
        }
        if (key.length > shape.length) {
            throw Errors.typeError("cannot index %d-dimension view with %d-element tuple", shape.length, key.length);
        }
        int at = start;
        for (int d = 0; d < key.length; d++) {
            at += (int) Sequences.index(key[d], shape[d], "index out of bounds on dimension " + (d + 1)) * strides[d];
        }
        return at;
    }

    private static boolean allSlices(PyObject[] key) {
        for (PyObject k : key) {
            if (!(k instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIndices(PyObject[] key) {
        for (PyObject k : key) {
            if (!isIndex(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #offsetOf} of {@code key}, then the check that the view is still live: an
     * {@code __index__} of the key may have released it (and its exporter freed the memory, in
     * CPython: gh-92888).
     */
    private int liveOffset(PyObject[] key) {
        int off = offsetOf(key);
        live();
        return off;
    }

    /**
     * Stores {@code v} as one item at byte {@code off}: converted first ({@code __index__},
     * {@code __float__} or {@code __bool__} may release the view), written only if the view is
     * still live (gh-92888).
     */
    private void packLive(PyObject v, int off) {
        byte[] item = new byte[itemsize];
        MemoryFormat.pack(code(), v, item, 0);
        live();
        System.arraycopy(item, 0, buf, off, itemsize);
    }

    private PyObject getItem(PyObject k) {
        live();
        if (shape.length == 0) {
            if (k == PyEllipsis.ELLIPSIS) {
                return view(start, shape, strides, format, itemsize);
            }
            if (k instanceof PyTuple t && t.size() == 0) {
                return itemAt(start);
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(k)) {
            if (shape.length != 1) {
                throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return itemAt(liveOffset(new PyObject[] {k}));
        }
        if (k instanceof PySlice s) {
            PySlice.Indices ix = s.indices(shape[0]);
            int[] sh = shape.clone(), st = strides.clone();
            sh[0] = (int) ix.length();
            st[0] = strides[0] * (int) ix.step();
            return view(start + (int) ix.start() * strides[0], sh, st, format, itemsize);
        }
        if (k instanceof PyTuple t) {
            PyObject[] key = t.array();
            if (allIndices(key)) {
                return itemAt(liveOffset(key));
            }
            if (allSlices(key)) {
                throw Errors.notImplemented("multi-dimensional slicing is not implemented");
            }
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    private void setItem(PyObject k, PyObject v) {
        live();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (v == null) {
            throw Errors.typeError("cannot delete memory");
        }
        if (shape.length == 0) {
            if (k == PyEllipsis.ELLIPSIS || k instanceof PyTuple t && t.size() == 0) {
                packLive(v, start);
                return;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (k instanceof PyTuple t && allIndices(t.array())) {
            packLive(v, liveOffset(t.array()));
            return;
        }
        if (k instanceof PyTuple t && allSlices(t.array())) {
            throw Errors.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        }
        if (shape.length != 1) {
            if (isIndex(k) || k instanceof PySlice) {
                throw Errors.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
            }
            throw Errors.typeError("memoryview: invalid slice key");
        }
        if (isIndex(k)) {
            packLive(v, liveOffset(new PyObject[] {k}));
            return;
        }
        if (!(k instanceof PySlice s)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        PySlice.Indices ix = s.indices(shape[0]);
        // (an __index__ of the slice may have released the view: gh-92888)
        live();
        if (!Buffers.isBuffer(v)) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", v.type().name());
        }
        PyMemoryView src = of(v);
        try {
            if (!src.format.equals(format) || src.shape.length != 1 || src.shape[0] != ix.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes();
            for (int i = 0; i < src.shape[0]; i++) {
                System.arraycopy(data, i * itemsize, buf, start + (int) (ix.start() + i * ix.step()) * strides[0],
                        itemsize);
            }
        } finally {
            src.release();
        }
    }

    private PyObject cast(PyObject fmtObj, PyObject shapeObj) {
        if (!(fmtObj instanceof PyStr fs)) {
            throw Errors.typeError("cast() argument 'format' must be str, not %s", fmtObj.type().name());
        }
        String fmt = fs.toString();
        if (!cContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int size = MemoryFormat.itemsize(fmt);
        if (size == 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        boolean fromBytes = itemsize == 1 && "Bbc".indexOf(code()) >= 0;
        boolean toBytes = size == 1 && "Bbc".indexOf(fmt.charAt(fmt.length() - 1)) >= 0;
        if (!fromBytes && !toBytes) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        long nbytes = items() * itemsize;
        int[] newShape;
        if (shapeObj == null) {
            if (nbytes % size != 0) {
                throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            }
            newShape = new int[] {(int) (nbytes / size)};
        } else {
            if (!(shapeObj instanceof PyList || shapeObj instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            PyObject[] dims = Abstract.toArray(shapeObj);
            if (shape.length != 1 && dims.length != 1) {
                throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            newShape = new int[dims.length];
            long product = 1;
            for (int i = 0; i < dims.length; i++) {
                if (PyInt.asInt(dims[i]) == null) {
                    throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
                }
                PyInt d = PyInt.asInt(dims[i]);
                if (d.signum() <= 0 || !d.fitsLong() || d.longValue() > Integer.MAX_VALUE) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                newShape[i] = (int) d.longValue();
                product *= newShape[i];
            }
            if (product * size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        int[] newStrides = new int[newShape.length];
        int stride = size;
        for (int d = newShape.length - 1; d >= 0; d--) {
            newStrides[d] = stride;
            stride *= newShape[d];
        }
        return view(start, newShape, newStrides, fmt, size);
    }
}
