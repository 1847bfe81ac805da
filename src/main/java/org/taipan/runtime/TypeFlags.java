package org.taipan.runtime;

/**
 * {@code type.__flags__}: CPython 3.11's {@code tp_flags} word (Include/object.h), computed from
 * what Taipan knows of a type rather than stored, since only a few stdlib modules read it
 * ({@code copyreg._reduce_ex} tests {@code Py_TPFLAGS_HEAPTYPE}, {@code inspect.isabstract} tests
 * {@code Py_TPFLAGS_IS_ABSTRACT}). The bits that describe C memory management (GC, vectorcall,
 * managed dict) follow CPython's usual values for the same kind of type.
 */
final class TypeFlags {
    private TypeFlags() {}

    static final long MANAGED_DICT = 1L << 4;
    static final long SEQUENCE = 1L << 5;
    static final long MAPPING = 1L << 6;
    static final long IMMUTABLETYPE = 1L << 8;
    static final long HEAPTYPE = 1L << 9;
    static final long BASETYPE = 1L << 10;
    static final long READY = 1L << 12;
    static final long HAVE_GC = 1L << 14;
    static final long VALID_VERSION_TAG = 1L << 19;
    static final long IS_ABSTRACT = 1L << 20;
    static final long MATCH_SELF = 1L << 22;
    static final long LONG_SUBCLASS = 1L << 24;
    static final long LIST_SUBCLASS = 1L << 25;
    static final long TUPLE_SUBCLASS = 1L << 26;
    static final long BYTES_SUBCLASS = 1L << 27;
    static final long UNICODE_SUBCLASS = 1L << 28;
    static final long DICT_SUBCLASS = 1L << 29;
    static final long BASE_EXC_SUBCLASS = 1L << 30;
    static final long TYPE_SUBCLASS = 1L << 31;

    /** The flag word of {@code t}, a non-negative value below 2**32. */
    static long of(PyType t) {
        long f = READY | (t.isHeapType() ? 0 : VALID_VERSION_TAG);
        if (t.isHeapType()) {
            f |= HEAPTYPE | HAVE_GC;
            if (t.instancesHaveDict() && t.solidBase() == PyType.OBJECT) {
                f |= MANAGED_DICT;
            }
        } else {
            f |= IMMUTABLETYPE;
        }
        if (t.isBaseType()) {
            f |= BASETYPE;
        }
        if (t.isAbstract()) {
            f |= IS_ABSTRACT;
        }
        f |= subclassBit(t, PyInt.TYPE, LONG_SUBCLASS) | subclassBit(t, PyList.TYPE, LIST_SUBCLASS)
                | subclassBit(t, PyTuple.TYPE, TUPLE_SUBCLASS) | subclassBit(t, PyBytes.TYPE, BYTES_SUBCLASS)
                | subclassBit(t, PyStr.TYPE, UNICODE_SUBCLASS) | subclassBit(t, PyDict.TYPE, DICT_SUBCLASS)
                | subclassBit(t, ExceptionTypes.BaseException, BASE_EXC_SUBCLASS)
                | subclassBit(t, PyType.TYPE, TYPE_SUBCLASS) | t.collectionFlags();
        for (PyType m : new PyType[] {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE,
                PySet.FROZENSET, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE}) {
            f |= subclassBit(t, m, MATCH_SELF);
        }
        return f;
    }

    private static long subclassBit(PyType t, PyType base, long bit) {
        return t.isSubtypeOf(base) ? bit : 0;
    }
}
