package org.taipan.modules.struct;

import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Abstract;

/**
 * {@code _struct.Struct} (CPython's {@code PyStructObject}): a compiled format with
 * {@code pack}, {@code pack_into}, {@code unpack}, {@code unpack_from}, {@code iter_unpack},
 * {@code format} and {@code size}. {@code Struct.__new__} makes an empty struct (format
 * {@code ''}, size -1) that {@code __init__} compiles, so subclasses and re-initialisation
 * behave as in CPython.
 */
public class PyStruct extends PyObject {
    public static final PyType TYPE = PyType.builtin("_struct.Struct", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.addAttr("__module__", PyStr.of("_struct"));
        TYPE.tp_new = (type, a, k) -> type == TYPE ? new PyStruct(TYPE) : new Sub(type);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("Struct", a, k, 0, "format");
            ((PyStruct) self).compile(MethodArgs.required("Struct", v, 0, "format"));
        };
        TYPE.addMethod("pack", (self, a, k) -> {
            Args.noKeywords("Struct.pack", k);
            return ((PyStruct) self).pack(a, 0);
        });
        TYPE.addMethod("pack_into", (self, a, k) -> {
            Args.noKeywords("Struct.pack_into", k);
            ((PyStruct) self).packInto(a, 0);
            return PyNone.NONE;
        });
        TYPE.addMethod("unpack", (self, a, k) -> ((PyStruct) self).unpack(oneArg("Struct.unpack", a, k)));
        TYPE.addMethod("unpack_from", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("unpack_from", a, k, 0, "buffer", "offset");
            return ((PyStruct) self).unpackFrom(MethodArgs.required("unpack_from", v, 0, "buffer"), v[1]);
        });
        TYPE.addMethod("iter_unpack", (self, a, k) -> ((PyStruct) self).iterUnpack(oneArg("Struct.iter_unpack", a, k)));
        TYPE.addMethodNoArgs("__sizeof__", self -> {
            PyStruct s = (PyStruct) self;
            return PyInt.of(40 + 24L * (s.format == null ? 1 : s.format.codes.length + 1));
        });
        TYPE.addAttr("format", new PyGetSetDescr(TYPE, "format", o -> ((PyStruct) o).formatStr, null));
        TYPE.addAttr("size", new PyGetSetDescr(TYPE, "size", o -> PyInt.of(((PyStruct) o).format == null ? -1
                : ((PyStruct) o).format.size), null));
        TYPE.ready();
        // PyStructObject has a weak-reference list (_struct.c: tp_weaklistoffset).
        org.taipan.modules.weakref.Weakrefable.allow(TYPE);
    }

    private final PyType type;
    private StructFormat format;
    private PyStr formatStr = PyStr.of("");

    PyStruct(PyType type) {
        this.type = type;
    }

    /** A compiled struct for module-level functions (their cache holds it). */
    static PyStruct of(PyObject fmt) {
        PyStruct s = new PyStruct(TYPE);
        s.compile(fmt);
        return s;
    }

    @Override
    public PyType type() {
        return type;
    }

    static PyObject oneArg(String fname, PyObject[] a, String[] k) {
        Args.noKeywords(fname, k);
        if (a.length != 1) {
            throw Errors.typeError("%s() takes exactly one argument (%d given)", fname, a.length);
        }
        return a[0];
    }

    /** {@code Struct.__init__}: the format as ASCII (str) or raw bytes, then parsed. */
    void compile(PyObject fmt) {
        String text;
        if (fmt instanceof PyStr s) {
            text = s.toString();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 127) {
                    // PyUnicode_AsASCIIString's error.
                    org.taipan.runtime.Callables.callAttr(s, "encode", PyStr.of("ascii"));
                }
            }
        } else if (fmt instanceof PyBytes b) {
            text = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %s", fmt.type().name());
        }
        format = StructFormat.parse(text);
        formatStr = PyStr.of(text);
    }

    private StructFormat fmt() {
        if (format == null) {
            // Struct.__new__ without __init__: CPython's empty format packs nothing.
            format = StructFormat.parse("");
        }
        return format;
    }

    /** The packed size ({@code calcsize}). */
    long fmtSize() {
        return fmt().size;
    }

    /** {@code pack(*v)} over {@code a[from:]}. */
    PyBytes pack(PyObject[] a, int from) {
        StructFormat f = fmt();
        if (a.length - from != f.length) {
            throw StructModule.error(String.format("pack expected %d items for packing (got %d)", f.length,
                    a.length - from));
        }
        if (f.size > Integer.MAX_VALUE - 8) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError, new PyObject[0]);
        }
        byte[] out = new byte[(int) f.size];
        f.pack(a, from, out, 0);
        return PyBytes.ofCopy(out); // a one-byte packing is the shared object, as in CPython
    }

    /** {@code pack_into(buffer, offset, *v)} over {@code a[from:]}. */
    void packInto(PyObject[] a, int from) {
        StructFormat f = fmt();
        int n = a.length - from;
        if (n != f.length + 2) {
            if (n == 0) {
                throw StructModule.error("pack_into expected buffer argument");
            } else if (n == 1) {
                throw StructModule.error("pack_into expected offset argument");
            }
            throw StructModule.error(String.format("pack_into expected %d items for packing (got %d)", f.length,
                    n - 2));
        }
        PyObject target = a[from];
        Buffers.Region r = Buffers.writable(target);
        if (r == null) {
            throw Errors.typeError("argument must be read-write bytes-like object, not %s", target.type().name());
        }
        long offset = ssize(a[from + 1], false);
        long len = r.length();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error(String.format("no space to pack %d bytes at offset %d", f.size, offset));
            }
            if (offset + len < 0) {
                throw StructModule.error(String.format("offset %d out of range for %d-byte buffer", offset, len));
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructModule.error(String.format("pack_into requires a buffer of at least %s bytes for packing %d "
                    + "bytes at offset %d (actual buffer size is %d)", unsignedSum(f.size, offset), f.size, offset, len));
        }
        f.pack(a, from + 2, r.array(), r.offset() + (int) offset);
    }

    /** {@code size + offset} as C's size_t sum shows it: past Py_ssize_t's range without wrapping. */
    private static String unsignedSum(long size, long offset) {
        return Long.toUnsignedString(size + offset);
    }

    private static long ssize(PyObject o, boolean overflow) {
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            if (o.type().nb_index == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
            }
            i = Abstract.index(o, null);
        }
        if (!i.fitsLong()) {
            // pack_into reads the offset with PyNumber_AsSsize_t(o, PyExc_IndexError), unpack_from
            // through its argument clinic's ssize_t converter (OverflowError)
            throw overflow ? Errors.overflow("Python int too large to convert to C ssize_t")
                    : Errors.indexError("cannot fit '%s' into an index-sized integer", o.type().name());
        }
        return i.longValue();
    }

    PyTuple unpack(PyObject buffer) {
        StructFormat f = fmt();
        byte[] b = Buffers.require(buffer);
        if (b.length != f.size) {
            throw StructModule.error(String.format("unpack requires a buffer of %d bytes", f.size));
        }
        return f.unpack(b, 0);
    }

    PyTuple unpackFrom(PyObject buffer, PyObject offsetArg) {
        StructFormat f = fmt();
        long offset = offsetArg == null ? 0 : ssize(offsetArg, true);
        byte[] b = Buffers.require(buffer);
        long len = b.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error(String.format("not enough data to unpack %d bytes at offset %d", f.size, offset));
            }
            if (offset + len < 0) {
                throw StructModule.error(String.format("offset %d out of range for %d-byte buffer", offset, len));
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructModule.error(String.format("unpack_from requires a buffer of at least %s bytes for unpacking "
                    + "%d bytes at offset %d (actual buffer size is %d)", unsignedSum(f.size, offset), f.size, offset, len));
        }
        return f.unpack(b, (int) offset);
    }

    PyObject iterUnpack(PyObject buffer) {
        StructFormat f = fmt();
        if (f.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] b = Buffers.require(buffer);
        if (b.length % f.size != 0) {
            throw StructModule.error(String.format("iterative unpacking requires a buffer of a multiple of %d bytes",
                    f.size));
        }
        return new UnpackIterator(f, b);
    }

    /** An instance of a user subclass of {@code Struct}: it has a {@code __dict__}. */
    static final class Sub extends PyStruct implements HasDict, org.taipan.runtime.HasSlotValues {
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            super(type);
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
