package org.taipan.modules.mmap;

import java.util.Arrays;
import org.taipan.modules.posix.Errno;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.BufferExports;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code mmap.mmap} (CPython's {@code Modules/mmapmodule.c}, Unix build): a file region or
 * anonymous memory seen as a mutable, fixed-size byte sequence with a file-like position.
 *
 * <p>The contents are a heap array (so {@code memoryview(m)}, {@code bytes(m)} and {@code re}
 * share them through {@link Buffers.Exporter}); a file-backed shared writable map copies every
 * write it makes into the file's mapping at once ({@link MappedFile#store}), and what a
 * memoryview wrote at {@code flush()} or {@code close()}. Methods, indexing and slicing follow
 * CPython 3.11, error messages included; every operation on a closed map is ValueError
 * "mmap closed or invalid".
 */
public class PyMmap extends PyObject implements Buffers.Exporter {
    public static final PyType TYPE = PyType.builtin("mmap.mmap", PyType.OBJECT).markOwnLayout();

    static final int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    private final PyType type;
    /** The contents; null once closed. */
    private byte[] data;
    private int pos;
    private final long offset;
    private final int access;
    /** The file behind the map, or null for anonymous memory. */
    private final MappedFile file;
    private final BufferExports exports = new BufferExports();

    PyMmap(PyType type, byte[] data, long offset, int access, MappedFile file) {
        this.type = type;
        this.data = data;
        this.offset = offset;
        this.access = access;
        this.file = file;
    }

    /** A new map of {@code type} ({@code mmap.mmap} or a subclass, whose instances have a dict). */
    static PyMmap make(PyType type, byte[] data, long offset, int access, MappedFile file) {
        return type == TYPE ? new PyMmap(type, data, offset, access, file) : new Sub(type, data, offset, access, file);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public byte[] bufferArray() {
        return valid();
    }

    @Override
    public int bufferLength() {
        return valid().length;
    }

    @Override
    public boolean bufferReadOnly() {
        return access == ACCESS_READ;
    }

    @Override
    public BufferExports bufferExports() {
        return exports;
    }

    /** The contents, or ValueError "mmap closed or invalid" (CPython's CHECK_VALID). */
    private byte[] valid() {
        byte[] d = data;
        if (d == null) {
            throw Errors.valueError("mmap closed or invalid");
        }
        return d;
    }

    /** TypeError for a read-only map (CPython's is_writable). */
    private void checkWritable() {
        if (access == ACCESS_READ) {
            throw Errors.typeError("mmap can't modify a readonly memory map.");
        }
    }

    /** Copies a changed range to the file (nothing for anonymous, read-only or copy-on-write maps). */
    private void written(int from, int length) {
        if (file != null) {
            file.store(data, from, length);
        }
    }

    private static PyMmap self(PyObject o) {
        return (PyMmap) o;
    }

    /** {@code close()}: BufferError while a memoryview exports the map; closing twice is allowed. */
    PyObject close() {
        if (data != null && exports.isExporting()) {
            throw Errors.of(ExceptionTypes.BufferError, "cannot close exported pointers exist");
        }
        byte[] d = data;
        data = null;
        if (d != null && file != null) {
            file.close(d, d.length);
        }
        return PyNone.NONE;
    }

    private PyObject read(PyObject[] a) {
        byte[] d = valid();
        varargs("read", a, 0, 1);
        long n = Long.MAX_VALUE;
        if (a.length > 0 && a[0] != PyNone.NONE) {
            if (PyInt.asInt(a[0]) == null && a[0].type().nb_index == null) {
                throw Errors.typeError("argument should be integer or None, not '%s'", a[0].type().name());
            }
            n = Abstract.index(a[0], null).ssizeValue();
        }
        d = valid();
        int remaining = pos < d.length ? d.length - pos : 0;
        int count = n < 0 || n > remaining ? remaining : (int) n;
        if (count == 0) {
            return new PyBytes(new byte[0]);
        }
        PyBytes r = new PyBytes(Arrays.copyOfRange(d, pos, pos + count));
        pos += count;
        return r;
    }

    private PyObject readline() {
        byte[] d = valid();
        if (pos >= d.length) {
            return new PyBytes(new byte[0]);
        }
        int end = pos;
        while (end < d.length && d[end] != '\n') {
            end++;
        }
        end = Math.min(end + 1, d.length);
        PyBytes r = new PyBytes(Arrays.copyOfRange(d, pos, end));
        pos = end;
        return r;
    }

    private PyObject find(PyObject[] a, boolean reverse) {
        byte[] d = valid();
        String name = reverse ? "rfind" : "find";
        varargs(name, a, 1, 3);
        byte[] sub = Buffers.require(a[0]);
        long start = a.length > 1 ? ssize(a[1]) : pos;
        long end = a.length > 2 ? ssize(a[2]) : d.length;
        d = valid();
        start = clip(start, d.length);
        end = clip(end, d.length);
        if (end - start < sub.length) {
            return PyInt.of(-1);
        }
        if (reverse) {
            for (long i = end - sub.length; i >= start; i--) {
                if (matches(d, (int) i, sub)) {
                    return PyInt.of(i);
                }
            }
        } else {
            for (long i = start; i + sub.length <= end; i++) {
                if (matches(d, (int) i, sub)) {
                    return PyInt.of(i);
                }
            }
        }
        return PyInt.of(-1);
    }

    private static boolean matches(byte[] d, int at, byte[] sub) {
        return Arrays.equals(d, at, at + sub.length, sub, 0, sub.length);
    }

    /** A find bound: negative ones count from the end, then clipped to {@code [0, n]}. */
    private static long clip(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return Math.max(0, Math.min(i, n));
    }

    private PyObject write(PyObject[] a) {
        valid();
        varargs("write", a, 1, 1);
        byte[] b = Buffers.require(a[0]);
        checkWritable();
        byte[] d = valid();
        if (pos > d.length || d.length - pos < b.length) {
            throw Errors.valueError("data out of range");
        }
        System.arraycopy(b, 0, d, pos, b.length);
        written(pos, b.length);
        pos += b.length;
        return PyInt.of(b.length);
    }

    private PyObject writeByte(PyObject[] a) {
        valid();
        varargs("write_byte", a, 1, 1);
        PyInt value = Abstract.index(a[0], null);
        long v = value.fitsLong() ? value.longValue() : value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (v < 0) {
            throw Errors.overflow("unsigned byte integer is less than minimum");
        }
        if (v > 255) {
            throw Errors.overflow("unsigned byte integer is greater than maximum");
        }
        checkWritable();
        byte[] d = valid();
        if (pos >= d.length) {
            throw Errors.valueError("write byte out of range");
        }
        d[pos] = (byte) v;
        written(pos, 1);
        pos++;
        return PyNone.NONE;
    }

    private PyObject seek(PyObject[] a) {
        byte[] d = valid();
        varargs("seek", a, 1, 2);
        long dist = ssize(a[0]);
        int how = a.length > 1 ? Args.cInt(a[1]) : 0;
        long where = switch (how) {
            case 0 -> dist;
            case 1 -> Long.MAX_VALUE - pos < dist ? -1 : pos + dist;
            case 2 -> Long.MAX_VALUE - d.length < dist ? -1 : d.length + dist;
            default -> throw Errors.valueError("unknown seek type");
        };
        if (where > d.length || where < 0) {
            throw Errors.valueError("seek out of range");
        }
        pos = (int) where;
        return PyNone.NONE;
    }

    private PyObject size() {
        valid();
        if (file == null) {
            // CPython fstat()s its descriptor, -1 for anonymous memory
            throw Errno.error(Errno.EBADF, null);
        }
        return PyInt.of(file.fileSize());
    }

    private PyObject resize(PyObject[] a) {
        byte[] d = valid();
        varargs("resize", a, 1, 1);
        long n = ssize(a[0]);
        if (exports.isExporting()) {
            throw Errors.of(ExceptionTypes.BufferError, "mmap can't resize with extant buffers exported.");
        }
        if (access != ACCESS_WRITE && access != ACCESS_DEFAULT) {
            throw Errors.typeError("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (n < 0 || Long.MAX_VALUE - n < offset) {
            throw Errors.valueError("new size out of range");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        if (n == 0) {
            // mremap() to no bytes is EINVAL on Linux; CPython has truncated the file by then
            if (file != null) {
                file.truncate();
            }
            throw Errno.error(Errno.EINVAL, null);
        }
        if (file == null) {
            data = Arrays.copyOf(d, (int) n);
        } else {
            data = file.resize(d, d.length, (int) n);
        }
        return PyNone.NONE;
    }

    private PyObject flush(PyObject[] a) {
        byte[] d = valid();
        varargs("flush", a, 0, 2);
        long from = a.length > 0 ? ssize(a[0]) : 0;
        long size = a.length > 1 ? ssize(a[1]) : d.length;
        if (size < 0 || from < 0 || d.length - from < size) {
            throw Errors.valueError("flush values out of range");
        }
        if (access == ACCESS_READ || access == ACCESS_COPY) {
            return PyNone.NONE;
        }
        if (from % MmapModule.PAGESIZE != 0) {
            // msync() wants a page-aligned address
            throw Errno.error(Errno.EINVAL, null);
        }
        if (file != null) {
            file.sync(d, (int) from, (int) size);
        }
        return PyNone.NONE;
    }

    private PyObject move(PyObject[] a) {
        byte[] d = valid();
        varargs("move", a, 3, 3);
        long dest = ssize(a[0]), src = ssize(a[1]), count = ssize(a[2]);
        checkWritable();
        d = valid();
        if (dest < 0 || src < 0 || count < 0 || d.length - dest < count || d.length - src < count) {
            throw Errors.valueError("source, destination, or count out of range");
        }
        // arraycopy copies overlapping ranges as memmove does
        System.arraycopy(d, (int) src, d, (int) dest, (int) count);
        written((int) dest, (int) count);
        return PyNone.NONE;
    }

    private PyObject madvise(PyObject[] a) {
        byte[] d = valid();
        varargs("madvise", a, 1, 3);
        int option = Args.cInt(a[0]);
        long start = a.length > 1 ? ssize(a[1]) : 0;
        long length = a.length > 2 ? ssize(a[2]) : d.length;
        if (start < 0 || start >= d.length) {
            throw Errors.valueError("madvise start out of bounds");
        }
        if (length < 0) {
            throw Errors.valueError("madvise length invalid");
        }
        if (Long.MAX_VALUE - start < length) {
            throw Errors.overflow("madvise length too large");
        }
        // the heap copy needs no advice; an option Linux does not know is EINVAL, as there
        if (!MmapModule.isAdvice(option)) {
            throw Errno.error(Errno.EINVAL, null);
        }
        return PyNone.NONE;
    }

    private PyObject repr() {
        String name = type.name();
        if (data == null) {
            return PyStr.of("<" + name + " closed=True>");
        }
        return PyStr.of("<" + name + " closed=False, access=" + ACCESS_NAMES[access] + ", length=" + data.length
                + ", pos=" + pos + ", offset=" + offset + ">");
    }

    private PyObject getItem(PyObject key) {
        byte[] d = valid();
        if (isIndex(key)) {
            long i = ssizeIndex(key);
            d = valid();
            return PyInt.of(d[bound(i, d.length)] & 0xff);
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(() -> valid().length);
            d = valid();
            byte[] r = new byte[(int) ix.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = d[(int) (ix.start() + i * ix.step())];
            }
            return new PyBytes(r);
        }
        throw Errors.typeError("mmap indices must be integers");
    }

    private void setItem(PyObject key, PyObject v) {
        byte[] d = valid();
        checkWritable();
        if (isIndex(key)) {
            int i = bound(ssizeIndex(key), d.length);
            if (v == null) {
                throw Errors.typeError("mmap doesn't support item deletion");
            }
            if (!isIndex(v)) {
                throw Errors.typeError("mmap item value must be an int");
            }
            PyInt b = Abstract.index(v, null);
            if (!b.fitsLong()) {
                throw Errors.typeError("cannot fit 'int' into an index-sized integer");
            }
            if (b.longValue() < 0 || b.longValue() > 255) {
                throw Errors.valueError("mmap item value must be in range(0, 256)");
            }
            d = valid();
            d[i] = (byte) b.longValue();
            written(i, 1);
            return;
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(() -> valid().length);
            if (v == null) {
                throw Errors.typeError("mmap object doesn't support slice deletion");
            }
            byte[] b = Buffers.require(v);
            if (b.length != ix.length()) {
                throw Errors.indexError("mmap slice assignment is wrong size");
            }
            d = valid();
            for (int i = 0; i < b.length; i++) {
                d[(int) (ix.start() + i * ix.step())] = b[i];
            }
            if (b.length > 0) {
                long last = ix.start() + (b.length - 1) * ix.step();
                int lo = (int) Math.min(ix.start(), last), hi = (int) Math.max(ix.start(), last);
                written(lo, hi - lo + 1);
            }
            return;
        }
        throw Errors.typeError("mmap indices must be integer");
    }

    private static boolean isIndex(PyObject o) {
        return PyInt.asInt(o) != null || o.type().nb_index != null;
    }

    /** An item index ({@code PyNumber_AsSsize_t} with IndexError). */
    private static long ssizeIndex(PyObject key) {
        PyInt k = Abstract.index(key, null);
        if (!k.fitsLong()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return k.longValue();
    }

    /** Index {@code i} of {@code n} items, negative ones from the end: IndexError outside. */
    private static int bound(long i, int n) {
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("mmap index out of range");
        }
        return (int) i;
    }

    /** A {@code Py_ssize_t} argument ("n"). */
    static long ssize(PyObject o) {
        return Abstract.index(o, null).ssizeValue();
    }

    /** {@code PyArg_ParseTuple}'s count check: "find() takes at most 3 arguments (4 given)". */
    static void varargs(String name, PyObject[] a, int min, int max) {
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        String how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int want = n < min ? min : max;
        throw Errors.typeError("%s() takes %s %d argument%s (%d given)", name, how, want, want == 1 ? "" : "s", n);
    }

    /** A method taking positional arguments only (CPython's METH_VARARGS). */
    private static void varargsMethod(String name, java.util.function.BiFunction<PyMmap, PyObject[], PyObject> body) {
        TYPE.addMethod(name, (o, a, k) -> {
            Args.noKeywords("mmap." + name, k);
            return body.apply(self(o), a);
        });
    }

    static {
        TYPE.addAttr("__module__", PyStr.of("mmap"));
        TYPE.addAttr("__doc__", PyStr.of("mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n"
                + "Maps length bytes of the file open as descriptor fileno (the whole file when length is 0),\n"
                + "or anonymous memory when fileno is -1. MAP_SHARED (the default) makes writes visible to\n"
                + "every process mapping the file; MAP_PRIVATE keeps them private to this map."));
        TYPE.tp_new = MmapNew::create;
        TYPE.tp_repr = o -> self(o).repr();
        TYPE.mp_length = o -> self(o).valid().length;
        TYPE.mp_subscript = (o, key) -> self(o).getItem(key);
        TYPE.mp_ass_subscript = (o, key, v) -> self(o).setItem(key, v);
        TYPE.tp_iter = o -> new MmapIterator(self(o));
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(self(o).data == null), null));
        TYPE.addMethodNoArgs("close", o -> self(o).close());
        TYPE.addMethodNoArgs("read_byte", o -> {
            PyMmap m = self(o);
            byte[] d = m.valid();
            if (m.pos >= d.length) {
                throw Errors.valueError("read byte out of range");
            }
            return PyInt.of(d[m.pos++] & 0xff);
        });
        TYPE.addMethodNoArgs("readline", o -> self(o).readline());
        TYPE.addMethodNoArgs("size", o -> self(o).size());
        TYPE.addMethodNoArgs("tell", o -> {
            self(o).valid();
            return PyInt.of(self(o).pos);
        });
        TYPE.addMethodNoArgs("__enter__", o -> {
            self(o).valid();
            return o;
        });
        varargsMethod("__exit__", (m, a) -> m.close());
        varargsMethod("read", PyMmap::read);
        varargsMethod("find", (m, a) -> m.find(a, false));
        varargsMethod("rfind", (m, a) -> m.find(a, true));
        varargsMethod("write", PyMmap::write);
        varargsMethod("write_byte", PyMmap::writeByte);
        varargsMethod("seek", PyMmap::seek);
        varargsMethod("resize", PyMmap::resize);
        varargsMethod("flush", PyMmap::flush);
        varargsMethod("move", PyMmap::move);
        varargsMethod("madvise", PyMmap::madvise);
        TYPE.ready();
        // mmap_object has a weak-reference list (tp_weaklistoffset)
        org.taipan.modules.weakref.Weakrefable.allow(TYPE);
    }

    /** The map's contents for its iterator: null once closed. */
    byte[] contents() {
        return data;
    }

    /** An instance of a user subclass of {@code mmap}: it has a {@code __dict__}. */
    static final class Sub extends PyMmap implements HasDict {
        private PyDict dict;

        Sub(PyType type, byte[] data, long offset, int access, MappedFile file) {
            super(type, data, offset, access, file);
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
    }
}
