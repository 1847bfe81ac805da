package org.taipan.runtime;

/**
 * The memory sizes a 64-bit CPython 3.11 reports for objects, for {@code __sizeof__} and
 * {@code sys.getsizeof}: each type's {@code tp_basicsize} and {@code tp_itemsize}
 * ({@code object.__sizeof__}), the containers' own {@code __sizeof__} from the capacity CPython
 * would have allocated ({@code list.__sizeof__} from {@link PyList#allocated}, dict and set from
 * their tables), and the pre-header {@code sys.getsizeof} adds (the GC header, and a managed
 * dict's two pointers). The JVM's real object sizes differ.
 */
public final class ObjectSizes {
    private ObjectSizes() {
    }

    /** {@code sizeof(PyGC_Head)}. */
    static final int GC_HEAD = 16;

    /**
     * {@code tp_basicsize} of a builtin type (its size without items), or -1 when this table
     * does not know it.
     */
    private static long builtinBasicSize(PyType t) {
        if (t == PyType.OBJECT || t == PyNone.TYPE || t == PyNotImplemented.TYPE || t == PyEllipsis.TYPE) {
            return 16;
        }
        if (t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyTuple.TYPE) {
            return 24;
        }
        if (t == PyComplex.TYPE) {
            return 32;
        }
        if (t == PyBytes.TYPE) {
            return 33;
        }
        if (t == PyList.TYPE || t == PySlice.TYPE) {
            return 40;
        }
        if (t == PyDict.TYPE || t == PyRange.TYPE) {
            return 48;
        }
        if (t == PyByteArray.TYPE || t == PyBuiltinFunction.TYPE || t == PyBuiltinFunction.METHOD_WRAPPER
                || t == PyMethodDescr.METHOD_DESCRIPTOR || t == PyMethodDescr.WRAPPER_DESCRIPTOR
                || t == PyModule.TYPE) {
            return 56;
        }
        if (t == PyProperty.TYPE) {
            return 64;
        }
        if (t == PyStr.TYPE) {
            return 80; // sizeof(PyUnicodeObject), the layout of str subclasses' instances
        }
        if (t == PyFunction.TYPE) {
            return 136;
        }
        if (t == PySet.TYPE || t == PySet.FROZENSET) {
            return 200;
        }
        if (t == ExceptionTypes.BaseException) {
            return 72;
        }
        return -1;
    }

    /** Builtin types whose instances CPython does not track for garbage collection. */
    private static boolean builtinIsGc(PyType t) {
        return !(t == PyType.OBJECT || t == PyNone.TYPE || t == PyNotImplemented.TYPE || t == PyEllipsis.TYPE
                || t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == PyStr.TYPE || t == PyBytes.TYPE || t == PyByteArray.TYPE || t == PyRange.TYPE);
    }

    /** The builtin type a class's instances are laid out as (the first non-heap type of its bases). */
    private static PyType builtinBase(PyType t) {
        while (t.isHeapType()) {
            t = t.base();
        }
        return t;
    }

    private static long knownBasicSize(PyType t) {
        long s = builtinBasicSize(t);
        if (s < 0 && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            return 72; // most builtin exceptions add no fields (OSError, SyntaxError and a few do)
        }
        return s < 0 ? 16 : s;
    }

    /**
     * {@code tp_basicsize} of {@code t}: a builtin type's from the table; a class adds to its
     * base's a pointer per {@code __slots__} name, one for {@code __weakref__} when it adds weak
     * references, and one for {@code __dict__} when it adds a dict to a variable-size base
     * (CPython's {@code type_new_descriptors}; a dict on any other base is managed, before the object).
     */
    public static long basicSize(PyType t) {
        if (!t.isHeapType()) {
            return knownBasicSize(t);
        }
        PyType base = t.base();
        long s = basicSize(base) + 8L * t.ownSlots().size();
        // what the class adds, whatever its body bound to "__weakref__" or "__dict__"
        if (t.addsWeaklist()) {
            s += 8;
        }
        if (t.instancesHaveDict() && !PyType.hasInstanceDict(base) && base.isVarSized()) {
            s += 8;
        }
        return s;
    }

    /** Whether instances of {@code t} keep their dict before the object ({@code Py_TPFLAGS_MANAGED_DICT}). */
    private static boolean managedDict(PyType t) {
        if (!t.isHeapType() || !t.instancesHaveDict()) {
            return false;
        }
        PyType b = builtinBase(t);
        return !b.isVarSized() && b.lookup(PyStr.of("__dict__")) == null;
    }

    /**
     * {@code object.__sizeof__} ({@code object___sizeof___impl}): the type's basic size plus its
     * item size times the object's length, for the variable-size builtins (int, tuple, bytes).
     */
    public static long objectSizeof(PyObject o) {
        PyType t = o.type();
        if (o instanceof PyType type) {
            return typeSizeof(type);
        }
        long s = basicSize(t);
        if (o instanceof PyTuple tu) {
            s += 8L * tu.size();
        } else if (o instanceof PyBytes b) {
            s += b.bytes().length;
        } else if (o instanceof PyInt i) {
            s += 4L * digits(i);
        }
        return s;
    }

    /** {@code type.__sizeof__} ({@code type___sizeof___impl}): a static type, a class, a class with instance keys. */
    static long typeSizeof(PyType t) {
        if (!t.isHeapType()) {
            return 408;
        }
        // sizeof(PyHeapTypeObject), plus the shared keys of its instances' managed dicts
        return managedDict(t) ? 1672 : 904;
    }

    private static long digits(PyInt i) {
        return (i.bigValue().abs().bitLength() + 29) / 30;
    }

    /** {@code int.__sizeof__} ({@code int___sizeof___impl}): at least one 30-bit digit. */
    public static long intSizeof(PyInt i) {
        return 24 + 4 * Math.max(1, digits(i));
    }

    /** {@code list.__sizeof__} ({@code list___sizeof___impl}): a pointer per allocated item. */
    public static long listSizeof(PyList l) {
        return basicSize(l.type()) + 8L * l.allocated;
    }

    /** {@code set.__sizeof__} ({@code set_sizeof}): the table, when it outgrew the object's small one. */
    public static long setSizeof(PySet s) {
        long table = s.mask + 1L;
        return basicSize(s.type()) + (table > 8 ? 16 * table : 0);
    }

    /** {@code bytearray.__sizeof__} ({@code bytearray_sizeof_impl}): the buffer and its terminating NUL. */
    public static long byteArraySizeof(PyByteArray b) {
        int n = b.size();
        return basicSize(b.type()) + (n == 0 ? 0 : n + 1);
    }

    /** {@code sys.getsizeof}'s addition to {@code __sizeof__} for {@code o} ({@code _PyType_PreHeaderSize}). */
    public static long preHeader(PyObject o) {
        if (o instanceof PyType) {
            return GC_HEAD;
        }
        PyType t = o.type();
        if (t.isHeapType()) {
            return GC_HEAD + (managedDict(t) ? 16 : 0);
        }
        return builtinIsGc(t) ? GC_HEAD : 0;
    }
}
