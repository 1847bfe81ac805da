package org.taipan.runtime;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable byte string ({@code Objects/bytearrayobject.c}). The methods
 * shared with {@code bytes} come from {@link BytesMethods}; the mutators and slots are here.
 * While a {@link PyMemoryView} exports the buffer its size cannot change (BufferError), so a
 * view may keep the backing array.
 */
public sealed class PyByteArray extends PyObject permits PyByteArray.Sub {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT);

    private static final String RANGE = "byte must be in range(0, 256)";

    static {
        TYPE.tp_repr = o -> PyStr.of(o.type().name() + "(" + PyBytes.repr(((PyByteArray) o).data,
                ((PyByteArray) o).size, true) + ")");
        TYPE.tp_str = o -> {
            BytesWarnings.str("bytearray");
            return TYPE.tp_repr.call(o);
        };
        TYPE.tp_hash = ObjectSlots.UNHASHABLE;
        TYPE.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.byteArraySizeof((PyByteArray) self)));
        TYPE.tp_richcompare = (a, b, op) -> {
            byte[] y = Buffers.bytesOrNull(b);
            if (y == null) {
                BytesWarnings.compare("bytearray", b, op);
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.test(Arrays.compareUnsigned(((PyByteArray) a).toBytes(), y)));
        };
        TYPE.mp_length = o -> ((PyByteArray) o).size;
        TYPE.mp_subscript = (o, k) -> {
            PyByteArray x = (PyByteArray) o;
            if (k instanceof PySlice s) {
                // the bounds' __index__ may change the bytearray: its length and data are read after
                PySlice.Indices ix = s.indices(() -> x.size);
                return new PyByteArray(PyBytes.slice(x.data, ix));
            }
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("bytearray indices must be integers or slices, not %s", k.type().name());
            }
            return PyInt.of(x.data[(int) Sequences.index(k, () -> x.size, "bytearray index out of range")] & 0xff);
        };
        TYPE.mp_ass_subscript = (o, k, v) -> ((PyByteArray) o).setItem(k, v);
        TYPE.sq_contains = (o, v) -> PyBytes.contains(((PyByteArray) o).toBytes(), v);
        TYPE.sq_concat = (a, b) -> {
            byte[] y = Buffers.simpleOrNull(b);
            if (y == null) {
                throw Errors.typeError("can't concat %s to %s", b.type().name(), a.type().name());
            }
            return new PyByteArray(PyBytes.concat(((PyByteArray) a).toBytes(), y));
        };
        TYPE.nb_inplace_add = (a, b) -> {
            if (!(a instanceof PyByteArray x)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] y = Buffers.simpleOrNull(b);
            if (y == null) {
                throw Errors.typeError("can't concat %s to %s", b.type().name(), a.type().name());
            }
            x.replace(x.size, x.size, y);
            return a;
        };
        TYPE.sq_repeat = (a, n) -> new PyByteArray(PyBytes.repeat(((PyByteArray) a).toBytes(), n));
        TYPE.nb_inplace_multiply = (a, n) -> {
            if (!(a instanceof PyByteArray x) || PyInt.asInt(n) == null && n.type().nb_index == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] r = PyBytes.repeat(x.toBytes(), n);
            x.replace(0, x.size, r);
            return a;
        };
        TYPE.tp_iter = o -> new BytesIterator(BytesIterator.BYTEARRAY, o);
        TYPE.tp_new = (t, a, k) -> t == TYPE ? new PyByteArray(new byte[0]) : new Sub(t);
        TYPE.tp_init = (self, a, k) -> ((PyByteArray) self).init(MethodArgs.bind("bytearray", a, k, 0, "source",
                "encoding", "errors"));
        BytesMethods.install(TYPE, PyByteArray::new);
        TYPE.addMethod("append", (self, a, k) -> {
            PyByteArray x = (PyByteArray) self;
            int v = BytesConstruct.byteValue(Args.oneArg("bytearray.append", a, k), RANGE);
            x.replace(x.size, x.size, new byte[] {(byte) v});
            return PyNone.NONE;
        });
        TYPE.addMethod("extend", (self, a, k) -> {
            PyObject src = Args.oneArg("bytearray.extend", a, k);
            PyByteArray x = (PyByteArray) self;
            // the source first: iterating it may run code that resizes x (bytearray_extend
            // appends at the end x has once the items are collected)
            byte[] more = extendSource(src);
            x.replace(x.size, x.size, more);
            return PyNone.NONE;
        });
        TYPE.addMethod("pop", (self, a, k) -> {
            Args.check("pop", a, k, 0, 1);
            PyByteArray x = (PyByteArray) self;
            long i = a.length == 0 ? -1 : MethodArgs.index(a[0]);
            if (x.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += x.size;
            }
            if (i < 0 || i >= x.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = x.data[(int) i] & 0xff;
            x.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(v);
        });
        TYPE.addMethod("insert", (self, a, k) -> {
            Args.check("insert", a, k, 2, 2);
            PyByteArray x = (PyByteArray) self;
            long i = MethodArgs.index(a[0]);
            int v = BytesConstruct.byteValue(a[1], RANGE);
            if (i < 0) {
                i = Math.max(0, i + x.size);
            }
            i = Math.min(i, x.size);
            x.replace((int) i, (int) i, new byte[] {(byte) v});
            return PyNone.NONE;
        });
        TYPE.addMethod("remove", (self, a, k) -> {
            PyByteArray x = (PyByteArray) self;
            int v = BytesConstruct.byteValue(Args.oneArg("bytearray.remove", a, k), RANGE);
            for (int i = 0; i < x.size; i++) {
                if ((x.data[i] & 0xff) == v) {
                    x.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        TYPE.addMethod("reverse", (self, a, k) -> {
            Args.noArgs("bytearray.reverse", a, k);
            PyByteArray x = (PyByteArray) self;
            for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                byte t = x.data[i];
                x.data[i] = x.data[j];
                x.data[j] = t;
            }
            return PyNone.NONE;
        });
        TYPE.addMethod("clear", (self, a, k) -> {
            Args.noArgs("bytearray.clear", a, k);
            PyByteArray x = (PyByteArray) self;
            x.replace(0, x.size, new byte[0]);
            return PyNone.NONE;
        });
        TYPE.addMethod("copy", (self, a, k) -> {
            Args.noArgs("bytearray.copy", a, k);
            return new PyByteArray(((PyByteArray) self).toBytes());
        });
        TYPE.addMethodNoArgs("__alloc__", self -> PyInt.of(((PyByteArray) self).data.length + 1));
        TYPE.addMethodNoArgs("__reduce__", self -> {
            return Reductions.bytearray(self, 2);
        });
        TYPE.addMethod("__reduce_ex__", (self, a, k) -> {
            PyObject p = MethodArgs.bind("__reduce_ex__", a, k, 0, "proto")[0];
            return Reductions.bytearray(self, p == null ? 0 : Abstract.index(p, null).intValue());
        });
        // sq_inplace_repeat's wrapper converts its argument with __index__ (the operator falls back
        // instead); added before ready(), which then makes no wrapper of its own for the name.
        TYPE.addWrapperOneArg("__imul__", (self, arg) -> {
            PyObject n = arg;
            MethodArgs.index(n);
            return TYPE.nb_inplace_multiply.call(self, n);
        });
        TYPE.ready();
    }

    private byte[] data;
    private int size;
    /** The memoryviews exporting this buffer (its size is fixed while one is live). */
    private final BufferExports exports = new BufferExports();

    /**
     * {@code bytearray.__init__}: empties the array first and fills it as it converts, so an
     * error part-way leaves what CPython leaves (a list or tuple is sized first, an iterator
     * appended to item by item).
     */
    private void init(PyObject[] p) {
        replace(0, size, new byte[0]);
        PyObject src = p[0];
        boolean sequence = src != null && p[1] == null && p[2] == null
                && (src.getClass() == PyList.class || src.getClass() == PyTuple.class);
        boolean iterator = src != null && p[1] == null && p[2] == null && !sequence && !(src instanceof PyStr)
                && !Buffers.isBuffer(src) && PyInt.asInt(src) == null && src.type().nb_index == null
                && src.type().tp_iter != null;
        if (sequence) {
            // CPython 3.11's fast path: sized first, so an int out of range leaves zeros behind; at the
            // first item that is not an exact int it empties the array and goes the iterator's way,
            // which reads a list as it is at each item (an __index__ may clear or grow it: bpo-34973)
            PyObject[] items = Abstract.toArray(src);
            replace(0, 0, new byte[items.length]);
            boolean slow = false;
            for (int i = 0; i < items.length && !slow; i++) {
                slow = items[i].getClass() != PyInt.class;
                if (!slow) {
                    data[i] = (byte) BytesConstruct.byteValue(items[i], RANGE);
                }
            }
            if (slow) {
                replace(0, size, new byte[0]);
                PyObject it = Abstract.iter(src);
                for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                    replace(size, size, new byte[] {(byte) BytesConstruct.byteValue(item, RANGE)});
                }
            }
        } else if (iterator) {
            PyObject it = Abstract.iter(src);
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                replace(size, size, new byte[] {(byte) BytesConstruct.byteValue(item, RANGE)});
            }
        } else {
            byte[] contents = BytesConstruct.contents("bytearray", src, p[1], p[2]);
            if (contents.length > 0) {
                checkResize();
            }
            // a new array made for this call: taken as the storage, not copied into another
            data = contents;
            size = contents.length;
        }
    }

    /** Takes ownership of {@code initial}. */
    public PyByteArray(byte[] initial) {
        this.data = initial;
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

    /** {@code len(self)}. */
    public int size() {
        return size;
    }

    /** The byte at {@code i} (0 <= i < size) as 0..255. */
    int byteAt(int i) {
        return data[i] & 0xff;
    }

    /** The backing array (valid while exported: its size cannot change then). */
    byte[] backing() {
        return data;
    }

    /** The views exporting this buffer. */
    BufferExports exports() {
        return exports;
    }

    private void checkResize() {
        exports.checkResize();
    }

    /** Replaces bytes {@code [from, to)} with {@code ins} (BufferError if the size would change while exported). */
    private void replace(int from, int to, byte[] ins) {
        int newSize = size - (to - from) + ins.length;
        if (newSize == size) {
            System.arraycopy(ins, 0, data, from, ins.length);
            return;
        }
        checkResize();
        byte[] target = newSize <= data.length ? data : new byte[Math.max(newSize, data.length + (data.length >> 1))];
        if (target != data) {
            System.arraycopy(data, 0, target, 0, from);
        }
        System.arraycopy(data, to, target, from + ins.length, size - to);
        System.arraycopy(ins, 0, target, from, ins.length);
        data = target;
        size = newSize;
    }

    /** What extend appends: a buffer's bytes, or an iterable of ints in range(256). */
    private static byte[] extendSource(PyObject v) {
        if (Buffers.isStridedView(v)) {
            // bytearray_extend hands a buffer to the slice assignment, whose PyBUF_SIMPLE request fails
            throw Errors.typeError("can't set bytearray slice from %s", v.type().name());
        }
        byte[] b = Buffers.bytesOrNull(v);
        if (b != null) {
            return b;
        }
        if (PyInt.asInt(v) != null || v.type().tp_iter == null && v.type().lookup("__getitem__") == null) {
            throw Errors.typeError("can't extend bytearray with %s", v.type().name());
        }
        // bytearray_extend sizes its buffer by the length hint first: a __len__ or
        // __length_hint__ that raises (other than TypeError) makes extend raise
        Abstract.lengthHint(v, 64);
        PyObject[] items = Abstract.toArray(v);
        b = new byte[items.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) BytesConstruct.byteValue(items[i], RANGE);
        }
        return b;
    }

    /** The bytes a slice assignment inserts ({@code bytearray_ass_subscript}: numbers and str refused, else bytearray(v)). */
    private static byte[] sliceSource(PyObject v) {
        byte[] b = Buffers.bytesOrNull(v);
        if (b != null) {
            return b;
        }
        PyType t = v.type();
        if (v instanceof PyStr || t.nb_index != null || t.nb_int != null || t.nb_float != null) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesConstruct.contents("bytearray", v, null, null);
    }

    private void setItem(PyObject k, PyObject v) {
        if (!(k instanceof PySlice s)) {
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("bytearray indices must be integers or slices, not %s", k.type().name());
            }
            // as bytearray_ass_subscript: the index, then the value, then the size they leave
            PyInt key = Abstract.index(k, null);
            int value = v == null ? 0 : BytesConstruct.byteValue(v, RANGE);
            int i = (int) Sequences.index(key, () -> size, "bytearray index out of range");
            if (v == null) {
                replace(i, i + 1, new byte[0]);
            } else {
                data[i] = (byte) value;
            }
            return;
        }
        PySlice.Indices ix = s.indices(() -> size);
        byte[] src = v == null ? new byte[0] : sliceSource(v);
        if (ix.step() == 1 || v == null && ix.length() == 0) {
            int lo = (int) ix.start(), hi = (int) Math.max(ix.start(), ix.stop());
            if (ix.step() == 1) {
                replace(lo, hi, src);
            }
            return;
        }
        if (v == null || src.length == 0) {
            checkResize();
            boolean[] drop = new boolean[size];
            for (long i = 0; i < ix.length(); i++) {
                drop[(int) (ix.start() + i * ix.step())] = true;
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    data[n++] = data[i];
                }
            }
            size = n;
            return;
        }
        if (src.length != ix.length()) {
            throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d", src.length,
                    ix.length());
        }
        for (int i = 0; i < src.length; i++) {
            data[(int) (ix.start() + i * ix.step())] = src[i];
        }
    }

    /** An instance of a user subclass of {@code bytearray}, with its class and a {@code __dict__}. */
    public static final class Sub extends PyByteArray implements HasDict, ClassAssignable, HasSlotValues, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            super(new byte[0]);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
