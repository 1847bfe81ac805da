package org.taipan.modules.array;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.BufferExports;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Sequences;

/**
 * {@code array.array} (CPython's {@code Modules/arraymodule.c}): a typed sequence whose items
 * are kept as their little-endian machine bytes, so {@code tobytes}, {@code byteswap} and the
 * buffer protocol ({@code bytes(a)}, {@code memoryview(a)} as unsigned bytes, file writes) work
 * on the array's own storage. Methods, slicing, concatenation, repetition, comparison and
 * {@code repr} follow CPython's, error messages included.
 */
public class PyArray extends PyObject implements Buffers.Exporter {
    public static final PyType TYPE = PyType.builtin("array.array", PyType.OBJECT).markOwnLayout()
            .markCollection(PyType.SEQUENCE);

    final char tc;
    final int size;
    byte[] data;
    int n;
    private final PyType type;

    PyArray(PyType type, char tc) {
        this.type = type;
        this.tc = tc;
        this.size = ItemCodec.itemSize(tc);
        this.data = new byte[0];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public byte[] bufferArray() {
        return data;
    }

    @Override
    public int bufferLength() {
        return n * size;
    }

    /** The item format of a view: the typecode, except {@code 'w'} (a UCS-4 character) for {@code 'u'}. */
    @Override
    public String bufferFormat() {
        return tc == 'u' ? "w" : String.valueOf(tc);
    }

    @Override
    public int bufferItemSize() {
        return size;
    }

    @Override
    public BufferExports bufferExports() {
        return exports;
    }

    /** The live memoryviews of this array: while any exists its size must not change (array_resize). */
    private final BufferExports exports = new BufferExports();

    /** BufferError when the array would change size from {@link #n} to {@code items} while exported. */
    private void resizeTo(int items) {
        if (items != n && exports.isExporting()) {
            throw Errors.of(ExceptionTypes.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    PyObject get(int i) {
        return ItemCodec.get(tc, data, i * size);
    }

    private void ensure(int items) {
        resizeTo(items);
        if ((long) items * size > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        if (items * size > data.length) {
            data = Arrays.copyOf(data, Math.max(items * size, data.length * 2));
        }
    }

    void append(PyObject v) {
        ensure(n + 1);
        ItemCodec.set(tc, data, n * size, v);
        n++;
    }

    void frombytes(byte[] b) {
        if (b.length % size != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        ensure(n + b.length / size);
        System.arraycopy(b, 0, data, n * size, b.length);
        n += b.length / size;
    }

    byte[] tobytes() {
        return Arrays.copyOf(data, n * size);
    }

    /** Appends every item of {@code iterable} (an array of the same typecode, or any iterable). */
    void extend(PyObject iterable) {
        if (iterable instanceof PyArray o) {
            if (o.tc != tc) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            frombytes(o.tobytes());
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            append(v);
        }
    }

    /**
     * The items of a list or tuple initializer, a subclass included, as CPython's
     * {@code array_new} takes them: as many as the object really holds (a subclass's
     * {@code __len__} and {@code __iter__} unused), each fetched with {@code PySequence_GetItem},
     * so a subclass's {@code __getitem__} decides the values.
     */
    void fromSequence(PyObject seq) {
        int size = seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
        Class<?> c = seq.getClass();
        for (int i = 0; i < size; i++) {
            PyObject v;
            if (c == PyTuple.class) {
                v = ((PyTuple) seq).get(i);
            } else if (c == PyList.class) {
                // the length was taken once: an item's __index__ that shrinks the list ends here
                PyList l = (PyList) seq;
                if (i >= l.size()) {
                    throw Errors.of(ExceptionTypes.IndexError, "list index out of range");
                }
                v = l.get(i);
            } else {
                v = Abstract.getItem(seq, PyInt.of(i));
            }
            append(v);
        }
    }

    private static PyArray self(PyObject o) {
        return (PyArray) o;
    }

    private static PyArray make(PyType t, char tc) {
        return t == TYPE ? new PyArray(TYPE, tc) : new Sub(t, tc);
    }

    private int index(PyObject key, String what) {
        PyInt k = Abstract.index(key, null);
        if (!k.fitsLong()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = k.longValue();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("%s", what);
        }
        return (int) i;
    }

    private PyArray slice(PySlice s) {
        PySlice.Indices ix = s.indices(() -> n);
        long[] r = {ix.start(), ix.stop(), ix.step(), ix.length()};
        PyArray out = new PyArray(TYPE, tc);
        int len = (int) r[3];
        out.ensure(len);
        for (int k = 0; k < len; k++) {
            System.arraycopy(data, (int) (r[0] + k * r[2]) * size, out.data, k * size, size);
        }
        out.n = len;
        return out;
    }

    private void setSlice(PySlice s, PyObject v) {
        if (!(v instanceof PyArray src)) {
            throw Errors.typeError("can only assign array (not \"%s\") to array slice", v.type().name());
        }
        if (src.tc != tc) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        byte[] srcBytes = src.tobytes();
        int m = src.n;
        PySlice.Indices ix = s.indices(() -> n);
        long[] r = {ix.start(), ix.stop(), ix.step(), ix.length()};
        if (r[2] == 1) {
            int lo = (int) r[0];
            int hi = Math.max(lo, (int) r[1]);
            if (m == hi - lo) {
                // same size: in place, so that exported views see the new items
                System.arraycopy(srcBytes, 0, data, lo * size, m * size);
                return;
            }
            resizeTo(n - (hi - lo) + m);
            byte[] nd = new byte[(n - (hi - lo) + m) * size];
            System.arraycopy(data, 0, nd, 0, lo * size);
            System.arraycopy(srcBytes, 0, nd, lo * size, m * size);
            System.arraycopy(data, hi * size, nd, (lo + m) * size, (n - hi) * size);
            data = nd;
            n = n - (hi - lo) + m;
            return;
        }
        if (m != r[3]) {
            throw Errors.valueError("attempt to assign array of size %d to extended slice of size %d", m, r[3]);
        }
        for (int k = 0; k < m; k++) {
            System.arraycopy(srcBytes, k * size, data, (int) (r[0] + k * r[2]) * size, size);
        }
    }

    private void delSlice(PySlice s) {
        PySlice.Indices ix = s.indices(() -> n);
        long[] r = {ix.start(), ix.stop(), ix.step(), ix.length()};
        // array_ass_subscr refuses any slice deletion of an exported array, even an empty one
        resizeTo(-1);
        if (r[3] == 0) {
            return;
        }
        boolean[] drop = new boolean[n];
        for (long k = 0; k < r[3]; k++) {
            drop[(int) (r[0] + k * r[2])] = true;
        }
        byte[] nd = new byte[data.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                System.arraycopy(data, i * size, nd, m++ * size, size);
            }
        }
        data = nd;
        n = m;
    }

    private void delete(int i) {
        resizeTo(n - 1);
        System.arraycopy(data, (i + 1) * size, data, i * size, (n - i - 1) * size);
        n--;
    }

    private int find(PyObject v, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(n, to); i++) {
            if (Abstract.richCompareBool(get(i), v, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code one} repeated {@code times} times (0 or more), copied in doubling runs; MemoryError
     * past what one Java array holds (CPython: past PY_SSIZE_T_MAX, or when the allocation fails).
     */
    private static byte[] repeated(byte[] one, long times) {
        if (one.length == 0 || times == 0) {
            return new byte[0];
        }
        if (times > (Integer.MAX_VALUE - 8) / one.length) {
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        byte[] all = new byte[(int) (one.length * times)];
        System.arraycopy(one, 0, all, 0, one.length);
        org.taipan.runtime.Sequences.fillByDoubling(all, one.length, all.length);
        return all;
    }

    private PyArray copy() {
        PyArray c = new PyArray(TYPE, tc);
        c.frombytes(tobytes());
        return c;
    }

    /**
     * {@code o} as a position in {@code [0, n]}, negative ones counted from the end (index's
     * start and stop clipping); its {@code __index__} runs once, before the length is read.
     */
    private static long clampIndex(PyObject o, java.util.function.LongSupplier length) {
        PyInt k = Abstract.index(o, null);
        long i = k.fitsLong() ? k.longValue() : k.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        long n = length.getAsLong();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return Math.min(i, n);
    }

    static {
        TYPE.addAttr("__module__", PyStr.of("array"));
        TYPE.tp_new = (t, a, k) -> {
            if (k != null && k.length > 0) {
                if (t == TYPE || t.lookup("__init__") == TYPE.lookup("__init__")) {
                    throw Errors.typeError("array.array() takes no keyword arguments");
                }
                // a subclass's keywords are for its own __init__ (CPython's array_new ignores them)
                a = java.util.Arrays.copyOf(a, a.length - k.length);
            }
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length < 1 ? "array() takes at least 1 argument (0 given)"
                        : "array() takes at most 2 arguments (" + a.length + " given)");
            }
            if (!(a[0] instanceof PyStr code) || code.length() != 1) {
                throw Errors.typeError("array() argument 1 must be a unicode character, not %s", a[0].type().name());
            }
            int c = code.codePointAt(0);
            if (c > 127 || ItemCodec.TYPECODES.indexOf(c) < 0) {
                throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            }
            char tc = (char) c;
            PyArray arr = make(t, tc);
            if (a.length == 2) {
                PyObject init = a[1];
                if (init instanceof PyStr s) {
                    if (tc != 'u') {
                        throw Errors.typeError("cannot use a str to initialize an array with typecode '%c'", tc);
                    }
                    s.toString().codePoints().forEach(cp -> arr.append(PyStr.ofCodePoint(cp)));
                } else if (init instanceof PyArray o && o.tc == 'u' && tc != 'u') {
                    throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '%c'", tc);
                } else if (init instanceof PyArray o) {
                    for (int i = 0; i < o.n; i++) {
                        arr.append(o.get(i));
                    }
                } else if (init instanceof PyBytes || init instanceof org.taipan.runtime.PyByteArray) {
                    arr.frombytes(Buffers.require(init));
                } else if (init instanceof PyList || init instanceof PyTuple) {
                    arr.fromSequence(init);
                } else {
                    arr.extend(init);
                }
            }
            return arr;
        };
        TYPE.tp_repr = o -> {
            PyArray a = self(o);
            String name = o.type().shortName();
            if (a.n == 0) {
                return PyStr.of(name + "('" + a.tc + "')");
            }
            if (a.tc == 'u') {
                return PyStr.of(name + "('u', " + Abstract.repr(tounicode(a)) + ")");
            }
            return PyStr.of(name + "('" + a.tc + "', " + Abstract.repr(tolist(a)) + ")");
        };
        TYPE.mp_length = o -> self(o).n;
        TYPE.sq_contains = (o, v) -> self(o).find(v, 0, Integer.MAX_VALUE) >= 0;
        TYPE.tp_iter = o -> new ArrayIterator(self(o));
        TYPE.mp_subscript = (o, key) -> {
            PyArray a = self(o);
            if (key instanceof PySlice s) {
                PyArray r = a.slice(s);
                return r;
            }
            return a.get(a.index(key, "array index out of range"));
        };
        TYPE.mp_ass_subscript = (o, key, v) -> {
            PyArray a = self(o);
            if (key instanceof PySlice s) {
                if (v == null) {
                    a.delSlice(s);
                } else {
                    a.setSlice(s, v == o ? a.copy() : v);
                }
            } else if (v == null) {
                a.delete(a.index(key, "array assignment index out of range"));
            } else {
                ItemCodec.set(a.tc, a.data, a.index(key, "array assignment index out of range") * a.size, v);
            }
        };
        TYPE.sq_concat = (x, y) -> {
            if (!(y instanceof PyArray b)) {
                throw Errors.typeError("can only append array (not \"%s\") to array", y.type().name());
            }
            PyArray a = self(x);
            if (a.tc != b.tc) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyArray r = a.copy();
            r.frombytes(b.tobytes());
            return r;
        };
        TYPE.sq_repeat = (x, count) -> {
            PyArray a = self(x);
            long times = Math.max(0, Sequences.repeatCount(count));
            PyArray r = new PyArray(TYPE, a.tc);
            r.frombytes(repeated(a.tobytes(), times));
            return r;
        };
        TYPE.addWrapperOneArg("__add__", Sequences.concatWrapper(TYPE));
        TYPE.addWrapperOneArg("__mul__", Sequences.repeatWrapper(TYPE));
        TYPE.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(TYPE));
        TYPE.nb_inplace_add = (x, y) -> {
            if (!(y instanceof PyArray b)) {
                throw Errors.typeError("can only extend array with array (not \"%s\")", y.type().name());
            }
            self(x).extend(b);
            return x;
        };
        TYPE.nb_inplace_multiply = (x, count) -> {
            PyArray a = self(x);
            long times = Math.max(0, Sequences.repeatCount(count));
            if (times == 1 || a.n == 0) {
                return x;
            }
            byte[] all = repeated(a.tobytes(), times);
            a.resizeTo(-1);
            a.n = 0;
            a.frombytes(all);
            return x;
        };
        TYPE.tp_richcompare = (x, y, op) -> {
            if (!(y instanceof PyArray b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyArray a = self(x);
            if (a.n != b.n && (op == CompareOp.EQ || op == CompareOp.NE)) {
                return PyBool.of(op == CompareOp.NE);
            }
            int i = 0;
            while (i < a.n && i < b.n && Abstract.richCompareBool(a.get(i), b.get(i), CompareOp.EQ)) {
                i++;
            }
            if (i < a.n && i < b.n) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Abstract.richCompare(a.get(i), b.get(i), op);
            }
            return Abstract.richCompare(PyInt.of(a.n), PyInt.of(b.n), op);
        };
        TYPE.addAttr("typecode", new PyGetSetDescr(TYPE, "typecode", o -> PyStr.of(String.valueOf(self(o).tc)), null));
        TYPE.addAttr("itemsize", new PyGetSetDescr(TYPE, "itemsize", o -> PyInt.of(self(o).size), null));
        TYPE.addMethodOneArg("append", (o, arg) -> {
            self(o).append(arg);
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("extend", (o, arg) -> {
            PyObject v = arg;
            if (v instanceof PyArray b && b.tc != self(o).tc) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            self(o).extend(v == o ? self(o).copy() : v);
            return PyNone.NONE;
        });
        TYPE.addMethod("insert", (o, a, k) -> {
            Args.check("insert", a, k, 2, 2);
            PyArray arr = self(o);
            // array_array_insert: the index as ssize_t first (its __index__ may change the array)
            PyInt where = PyInt.of(Abstract.index(a[0], null).ssizeValue());
            int i = (int) clampIndex(where, () -> arr.n);
            arr.append(a[1]);
            byte[] item = Arrays.copyOfRange(arr.data, (arr.n - 1) * arr.size, arr.n * arr.size);
            System.arraycopy(arr.data, i * arr.size, arr.data, (i + 1) * arr.size, (arr.n - 1 - i) * arr.size);
            System.arraycopy(item, 0, arr.data, i * arr.size, arr.size);
            return PyNone.NONE;
        });
        TYPE.addMethod("pop", (o, a, k) -> {
            Args.check("pop", a, k, 0, 1);
            PyArray arr = self(o);
            // the index is converted first (Argument Clinic): its __index__ may empty the array
            PyInt key = a.length > 0 ? PyInt.of(Abstract.index(a[0], null).ssizeValue()) : PyInt.MINUS_ONE;
            if (arr.n == 0) {
                throw Errors.indexError("pop from empty array");
            }
            int i = arr.index(key, "pop index out of range");
            PyObject v = arr.get(i);
            arr.delete(i);
            return v;
        });
        TYPE.addMethodOneArg("remove", (o, arg) -> {
            PyArray arr = self(o);
            int i = arr.find(arg, 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            arr.delete(i);
            return PyNone.NONE;
        });
        TYPE.addMethod("index", (o, a, k) -> {
            Args.check("index", a, k, 1, 3);
            PyArray arr = self(o);
            int from = a.length > 1 ? (int) clampIndex(a[1], () -> arr.n) : 0;
            int to = a.length > 2 ? (int) clampIndex(a[2], () -> arr.n) : arr.n;
            int i = arr.find(a[0], from, to);
            if (i < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return PyInt.of(i);
        });
        TYPE.addMethodOneArg("count", (o, arg) -> {
            PyObject v = arg;
            PyArray arr = self(o);
            int c = 0;
            for (int i = 0; i < arr.n; i++) {
                if (Abstract.richCompareBool(arr.get(i), v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        TYPE.addMethodNoArgs("reverse", o -> {
            PyArray arr = self(o);
            byte[] tmp = new byte[arr.size];
            for (int i = 0, j = arr.n - 1; i < j; i++, j--) {
                System.arraycopy(arr.data, i * arr.size, tmp, 0, arr.size);
                System.arraycopy(arr.data, j * arr.size, arr.data, i * arr.size, arr.size);
                System.arraycopy(tmp, 0, arr.data, j * arr.size, arr.size);
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("byteswap", o -> {
            PyArray arr = self(o);
            for (int i = 0; i < arr.n; i++) {
                for (int x = i * arr.size, y = x + arr.size - 1; x < y; x++, y--) {
                    byte t = arr.data[x];
                    arr.data[x] = arr.data[y];
                    arr.data[y] = t;
                }
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("buffer_info", o -> {
            return PyTuple.of(PyInt.of(System.identityHashCode(self(o).data)), PyInt.of(self(o).n));
        });
        TYPE.addMethodNoArgs("tobytes", o -> {
            return PyBytes.of(self(o).tobytes());
        });
        TYPE.addMethodOneArg("frombytes", (o, arg) -> {
            self(o).frombytes(Buffers.require(arg));
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("tolist", o -> {
            return tolist(self(o));
        });
        TYPE.addMethod("fromlist", (o, a, k) -> {
            PyObject v = Args.oneArg("fromlist", a, k);
            if (!(v instanceof PyList l)) {
                throw Errors.typeError("arg must be list");
            }
            PyArray arr = self(o);
            int before = arr.n;
            // array_array_fromlist reads the list's own items (a subclass's __iter__ and
            // __getitem__ unused) and gives up once an item's conversion resized the list
            int size = l.size();
            try {
                for (int i = 0; i < size; i++) {
                    arr.append(l.get(i));
                    if (l.size() != size) {
                        throw Errors.of(ExceptionTypes.RuntimeError, "list changed size during iteration");
                    }
                }
            } catch (RuntimeException e) {
                arr.n = before;
                throw e;
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("tounicode", o -> {
            return tounicode(self(o));
        });
        TYPE.addMethodOneArg("fromunicode", (o, arg) -> {
            PyObject v = arg;
            PyArray arr = self(o);
            if (arr.tc != 'u') {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("fromunicode() argument must be str, not %s", v.type().name());
            }
            s.toString().codePoints().forEach(cp -> arr.append(PyStr.ofCodePoint(cp)));
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("tofile", (o, arg) -> {
            PyObject f = arg;
            byte[] b = self(o).tobytes();
            for (int at = 0; at < b.length; at += 65536) {
                Callables.callAttr(f, "write", PyBytes.of(Arrays.copyOfRange(b, at, Math.min(b.length, at + 65536))));
            }
            return PyNone.NONE;
        });
        TYPE.addMethod("fromfile", (o, a, k) -> {
            Args.check("fromfile", a, k, 2, 2);
            PyArray arr = self(o);
            long count = Abstract.index(a[1], null).longValue();
            if (count < 0) {
                throw Errors.valueError("negative count");
            }
            long want = count * arr.size;
            PyObject got = Callables.callAttr(a[0], "read", PyInt.of(want));
            if (!(got instanceof PyBytes b)) {
                throw Errors.typeError("read() didn't return bytes");
            }
            byte[] bytes = b.bytes();
            arr.frombytes(Arrays.copyOf(bytes, bytes.length - bytes.length % arr.size));
            if (bytes.length != want) {
                throw Errors.of(ExceptionTypes.EOFError, "read() didn't return enough bytes");
            }
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("__copy__", o -> self(o).copy());
        TYPE.addMethod("__deepcopy__", (o, a, k) -> self(o).copy());
        TYPE.addMethodOneArg("__reduce_ex__", (o, arg) -> {
            PyObject p = arg;
            if (!(p instanceof PyInt)) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", p.type().name());
            }
            return ArrayReconstructor.reduceEx(self(o), ((PyInt) p).longValue());
        });
        // a mutable sequence: unhashable, __hash__ None in its dict (arrayobject.c's PyObject_HashNotImplemented)
        TYPE.tp_hash = org.taipan.runtime.ObjectSlots.UNHASHABLE;
        TYPE.addAttr("__hash__", org.taipan.runtime.PyNone.NONE);
        TYPE.ready();
        // array_arrayobject has a weak-reference list (arrayobject.c: tp_weaklistoffset).
        org.taipan.modules.weakref.Weakrefable.allow(TYPE);
    }

    static PyList tolist(PyArray a) {
        PyList l = new PyList();
        for (int i = 0; i < a.n; i++) {
            l.append(a.get(i));
        }
        return l;
    }

    static PyStr tounicode(PyArray a) {
        if (a.tc != 'u') {
            throw Errors.valueError("tounicode() may only be called on unicode type arrays");
        }
        int[] cps = new int[a.n];
        for (int i = 0; i < a.n; i++) {
            long cp = ItemCodec.raw(a.data, i * 4, 4);
            if (cp > Character.MAX_CODE_POINT) {
                // PyUnicode_FromWideChar's refusal of a wchar_t past U+10FFFF
                throw Errors.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
            }
            cps[i] = (int) cp;
        }
        return PyStr.ofCodePoints(cps);
    }

    /** An instance of a user subclass of {@code array}: it has a {@code __dict__}. */
    static final class Sub extends PyArray implements HasDict, org.taipan.runtime.HasSlotValues,
            org.taipan.runtime.Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final org.taipan.runtime.Finalization.Guard guard;
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type, char tc) {
            super(type, tc);
            this.guard = org.taipan.runtime.Finalization.Guard.forNew(this, type);
        }

        @Override
        public org.taipan.runtime.Finalization.Target finalizerGuard() {
            return guard;
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
