package org.taipan.modules.mmap;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
import org.taipan.runtime.StringSearch;

/**
 * {@code mmap.mmap} (CPython's {@code Modules/mmapmodule.c}, Unix build): a file region or
 * anonymous memory seen as a mutable, fixed-size byte sequence with a file-like position.
 *
 * <p>The contents are a heap array (so {@code memoryview(m)}, {@code bytes(m)} and {@code re}
 * share them through {@link Buffers.Exporter}); a file-backed shared writable map copies every
 * write it makes into the file's mapping at once ({@link MappedFile#store}), and what a
 * memoryview wrote at {@code flush()} or {@code close()}. A map too large for a Java array
 * (2 GiB) is the mapped memory itself ({@link MappedFile#mapLarge}); it has no buffer
 * protocol (BufferError) and cannot be resized. Every operation goes through {@link #mem}, a
 * segment over whichever of the two holds the bytes. Methods, indexing and slicing follow
 * CPython 3.11, error messages included; every operation on a closed map is ValueError
 * "mmap closed or invalid".
 */
public class PyMmap extends PyObject implements Buffers.Exporter {
    public static final PyType TYPE = PyType.builtin("mmap.mmap", PyType.OBJECT).markOwnLayout();

    static final int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    private final PyType type;
    /** The contents; null once closed. */
    private MemorySegment mem;
    /** The array {@link #mem} is over, or null for a large map (and once closed). */
    private byte[] data;
    private long pos;
    private final long offset;
    private final int access;
    /** The file behind the map, or null for anonymous memory. */
    private final MappedFile file;
    /** What holds a large map's memory (closing it unmaps), or null for a heap array. */
    private final Arena arena;
    private final BufferExports exports = new BufferExports();

    PyMmap(PyType type, MemorySegment mem, Arena arena, long offset, int access, MappedFile file) {
        this.type = type;
        this.arena = arena;
        this.mem = mem;
        this.data = mem.isNative() ? null : (byte[]) mem.heapBase().orElseThrow();
        this.offset = offset;
        this.access = access;
        this.file = file;
    }

    /** A new map of {@code type} ({@code mmap.mmap} or a subclass, whose instances have a dict). */
    static PyMmap make(PyType type, MemorySegment mem, Arena arena, long offset, int access, MappedFile file) {
        return type == TYPE ? new PyMmap(type, mem, arena, offset, access, file)
                : new Sub(type, mem, arena, offset, access, file);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public byte[] bufferArray() {
        valid();
        if (data == null) {
            throw Errors.of(ExceptionTypes.BufferError, "mmap: a map over 2 GiB has no buffer in Taipan");
        }
        return data;
    }

    @Override
    public int bufferLength() {
        return bufferArray().length;
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
    private MemorySegment valid() {
        MemorySegment d = mem;
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
    private void written(long from, long length) {
        if (file != null && data != null) {
            file.store(data, (int) from, (int) length);
        }
    }

    private static PyMmap self(PyObject o) {
        return (PyMmap) o;
    }

    /** {@code close()}: BufferError while a memoryview exports the map; closing twice is allowed. */
    PyObject close() {
        if (mem != null && exports.isExporting()) {
            throw Errors.of(ExceptionTypes.BufferError, "cannot close exported pointers exist");
        }
        byte[] d = data;
        boolean open = mem != null;
        mem = null;
        data = null;
        if (open && file != null) {
            file.close(d, d == null ? 0 : d.length);
        }
        if (open && arena != null) {
            arena.close();
        }
        return PyNone.NONE;
    }

    private PyObject read(PyObject[] a) {
        MemorySegment d = valid();
        varargs("read", a, 0, 1);
        long n = Long.MAX_VALUE;
        if (a.length > 0 && a[0] != PyNone.NONE) {
            if (PyInt.asInt(a[0]) == null && a[0].type().nb_index == null) {
                throw Errors.typeError("argument should be integer or None, not '%s'", a[0].type().name());
            }
            n = Abstract.index(a[0], null).ssizeValue();
        }
        d = valid();
        long remaining = pos < d.byteSize() ? d.byteSize() - pos : 0;
        long count = n < 0 || n > remaining ? remaining : n;
        PyBytes r = PyBytes.of(copy(d, pos, count));
        pos += count;
        return r;
    }

    private PyObject readline() {
        MemorySegment d = valid();
        if (pos >= d.byteSize()) {
            return PyBytes.of(new byte[0]);
        }
        long end = pos;
        while (end < d.byteSize() && d.get(ValueLayout.JAVA_BYTE, end) != '\n') {
            end++;
        }
        end = Math.min(end + 1, d.byteSize());
        PyBytes r = PyBytes.of(copy(d, pos, end - pos));
        pos = end;
        return r;
    }

    private PyObject find(PyObject[] a, boolean reverse) {
        MemorySegment d = valid();
        String name = reverse ? "rfind" : "find";
        varargs(name, a, 1, 3);
        byte[] needle = Buffers.require(a[0]);
        MemorySegment sub = MemorySegment.ofArray(needle);
        long start = a.length > 1 ? ssize(a[1]) : pos;
        long end = a.length > 2 ? ssize(a[2]) : d.byteSize();
        d = valid();
        start = clip(start, d.byteSize());
        end = clip(end, d.byteSize());
        long n = sub.byteSize();
        if (end - start < n) {
            return PyInt.of(-1);
        }
        if (data != null) {
            // the heap copy (maps up to 2 GiB): bytes.find's search, linear in the worst case
            return PyInt.of(reverse ? StringSearch.lastIndexOf(data, needle, (int) start, (int) end)
                    : StringSearch.indexOf(data, needle, (int) start, (int) end));
        }
        if (reverse) {
            for (long i = end - n; i >= start; i--) {
                if (MemorySegment.mismatch(d, i, i + n, sub, 0, n) < 0) {
                    return PyInt.of(i);
                }
            }
        } else {
            for (long i = start; i + n <= end; i++) {
                if (MemorySegment.mismatch(d, i, i + n, sub, 0, n) < 0) {
                    return PyInt.of(i);
                }
            }
        }
        return PyInt.of(-1);
    }

    /** Bytes {@code [from, from + n)} of {@code d} as a new array. */
    private static byte[] copy(MemorySegment d, long from, long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        return n <= 0 ? new byte[0] : d.asSlice(from, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A find bound: negative ones count from the end, then clipped to {@code [0, n]}. */
    private static long clip(long i, long n) {
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
        MemorySegment d = valid();
        if (pos > d.byteSize() || d.byteSize() - pos < b.length) {
            throw Errors.valueError("data out of range");
        }
        MemorySegment.copy(b, 0, d, ValueLayout.JAVA_BYTE, pos, b.length);
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
        MemorySegment d = valid();
        if (pos >= d.byteSize()) {
            throw Errors.valueError("write byte out of range");
        }
        d.set(ValueLayout.JAVA_BYTE, pos, (byte) v);
        written(pos, 1);
        pos++;
        return PyNone.NONE;
    }

    private PyObject seek(PyObject[] a) {
        long size = valid().byteSize();
        varargs("seek", a, 1, 2);
        long dist = ssize(a[0]);
        int how = a.length > 1 ? Args.cInt(a[1]) : 0;
        long where = switch (how) {
            case 0 -> dist;
            case 1 -> Long.MAX_VALUE - pos < dist ? -1 : pos + dist;
            case 2 -> Long.MAX_VALUE - size < dist ? -1 : size + dist;
            default -> throw Errors.valueError("unknown seek type");
        };
        if (where > size || where < 0) {
            throw Errors.valueError("seek out of range");
        }
        pos = where;
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
        valid();
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
        byte[] d = data;
        if (n > Integer.MAX_VALUE - 8 || d == null) {
            // a map outside a Java array stays the size it was made
            throw Errors.of(ExceptionTypes.MemoryError, new PyObject[0]);
        }
        if (n == 0) {
            // mremap() to no bytes is EINVAL on Linux; CPython has truncated the file by then
            if (file != null) {
                file.truncate();
            }
            throw Errno.error(Errno.EINVAL, null);
        }
        data = file == null ? Arrays.copyOf(d, (int) n) : file.resize(d, d.length, (int) n);
        mem = MemorySegment.ofArray(data);
        return PyNone.NONE;
    }

    private PyObject flush(PyObject[] a) {
        long length = valid().byteSize();
        varargs("flush", a, 0, 2);
        long from = a.length > 0 ? ssize(a[0]) : 0;
        long size = a.length > 1 ? ssize(a[1]) : length;
        if (size < 0 || from < 0 || length - from < size) {
            throw Errors.valueError("flush values out of range");
        }
        if (access == ACCESS_READ || access == ACCESS_COPY) {
            return PyNone.NONE;
        }
        if (from % MmapModule.PAGESIZE != 0) {
            // msync() wants a page-aligned address
            throw Errno.error(Errno.EINVAL, null);
        }
        if (file != null && data != null) {
            file.sync(data, (int) from, (int) size);
        } else if (file != null && size > 0) {
            mem.asSlice(from, size).force();
        }
        return PyNone.NONE;
    }

    private PyObject move(PyObject[] a) {
        MemorySegment d = valid();
        varargs("move", a, 3, 3);
        long dest = ssize(a[0]), src = ssize(a[1]), count = ssize(a[2]);
        checkWritable();
        d = valid();
        if (dest < 0 || src < 0 || count < 0 || d.byteSize() - dest < count || d.byteSize() - src < count) {
            throw Errors.valueError("source, destination, or count out of range");
        }
        // copies overlapping ranges as memmove does
        MemorySegment.copy(d, src, d, dest, count);
        written(dest, count);
        return PyNone.NONE;
    }

    private PyObject madvise(PyObject[] a) {
        long size = valid().byteSize();
        varargs("madvise", a, 1, 3);
        int option = Args.cInt(a[0]);
        long start = a.length > 1 ? ssize(a[1]) : 0;
        long length = a.length > 2 ? ssize(a[2]) : size;
        if (start < 0 || start >= size) {
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
        if (mem == null) {
            return PyStr.of("<" + name + " closed=True>");
        }
        return PyStr.of("<" + name + " closed=False, access=" + ACCESS_NAMES[access] + ", length=" + mem.byteSize()
                + ", pos=" + pos + ", offset=" + offset + ">");
    }

    private PyObject getItem(PyObject key) {
        MemorySegment d = valid();
        if (isIndex(key)) {
            long i = ssizeIndex(key);
            d = valid();
            return PyInt.of(d.get(ValueLayout.JAVA_BYTE, bound(i, d.byteSize())) & 0xff);
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(() -> valid().byteSize());
            d = valid();
            if (ix.step() == 1) {
                return PyBytes.of(copy(d, ix.start(), ix.length()));
            }
            byte[] r = new byte[(int) ix.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = d.get(ValueLayout.JAVA_BYTE, ix.start() + i * ix.step());
            }
            return PyBytes.of(r);
        }
        throw Errors.typeError("mmap indices must be integers");
    }

    private void setItem(PyObject key, PyObject v) {
        MemorySegment d = valid();
        checkWritable();
        if (isIndex(key)) {
            long i = bound(ssizeIndex(key), d.byteSize());
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
            d.set(ValueLayout.JAVA_BYTE, i, (byte) b.longValue());
            written(i, 1);
            return;
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(() -> valid().byteSize());
            if (v == null) {
                throw Errors.typeError("mmap object doesn't support slice deletion");
            }
            byte[] b = Buffers.require(v);
            if (b.length != ix.length()) {
                throw Errors.indexError("mmap slice assignment is wrong size");
            }
            d = valid();
            for (int i = 0; i < b.length; i++) {
                d.set(ValueLayout.JAVA_BYTE, ix.start() + i * ix.step(), b[i]);
            }
            if (b.length > 0) {
                long last = ix.start() + (b.length - 1) * ix.step();
                long lo = Math.min(ix.start(), last), hi = Math.max(ix.start(), last);
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
    private static long bound(long i, long n) {
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("mmap index out of range");
        }
        return i;
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
        TYPE.mp_length = o -> self(o).valid().byteSize();
        TYPE.mp_subscript = (o, key) -> self(o).getItem(key);
        TYPE.mp_ass_subscript = (o, key, v) -> self(o).setItem(key, v);
        TYPE.tp_iter = o -> new MmapIterator(self(o));
        TYPE.addAttr("closed", new PyGetSetDescr(TYPE, "closed", o -> PyBool.of(self(o).mem == null), null));
        TYPE.addMethodNoArgs("close", o -> self(o).close());
        TYPE.addMethodNoArgs("read_byte", o -> {
            PyMmap m = self(o);
            MemorySegment d = m.valid();
            if (m.pos >= d.byteSize()) {
                throw Errors.valueError("read byte out of range");
            }
            return PyInt.of(d.get(ValueLayout.JAVA_BYTE, m.pos++) & 0xff);
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
    MemorySegment contents() {
        return mem;
    }

    /** An instance of a user subclass of {@code mmap}: it has a {@code __dict__}. */
    static final class Sub extends PyMmap implements HasDict {
        private PyDict dict;

        Sub(PyType type, MemorySegment mem, Arena arena, long offset, int access, MappedFile file) {
            super(type, mem, arena, offset, access, file);
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
