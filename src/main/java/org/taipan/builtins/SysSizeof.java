package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code sys.getsizeof(object[, default])}: the sizes a 64-bit CPython 3.11 reports for the
 * builtin types (their {@code __sizeof__} plus the 16-byte GC header of container types), so
 * code that budgets memory by {@code getsizeof} behaves alike. A user class's own
 * {@code __sizeof__} is called as CPython calls it. The JVM's real object sizes differ.
 */
final class SysSizeof {
    private SysSizeof() {}

    private static final int GC_HEADER = 16;

    static PyObject getsizeof(PyObject[] a, String[] k) {
        PyObject[] b = org.taipan.runtime.MethodArgs.bind("getsizeof", a, k, 0, "object", "default");
        PyObject o = org.taipan.runtime.MethodArgs.required("getsizeof", b, 0, "object");
        PyObject userSizeof = o.type().isHeapType() ? o.type().lookup("__sizeof__") : null;
        if (userSizeof != null && !(userSizeof instanceof org.taipan.runtime.PyMethodDescr)) {
            PyObject r;
            try {
                r = Callables.callMethod(userSizeof, o, new PyObject[0], null);
            } catch (PyException e) {
                if (b[1] != null && e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                    return b[1];
                }
                throw e;
            }
            PyInt n = Abstract.index(r, null);
            if (n.signum() < 0) {
                throw Errors.valueError("__sizeof__() should return >= 0");
            }
            // the GC header and, for instances with a __dict__, 3.11's managed-dict pre-header
            return PyInt.add(n, PyInt.of(o.type().instancesHaveDict() ? 2 * GC_HEADER : GC_HEADER));
        }
        return PyInt.of(builtinSize(o));
    }

    /** CPython 3.11's {@code sys.getsizeof} of a builtin object (approximated for containers' spare room). */
    static long builtinSize(PyObject o) {
        if (o instanceof org.taipan.runtime.PyBool) {
            return 28;
        }
        if (o instanceof PyInt i) {
            long digits = Math.max(1, (i.bigValue().abs().bitLength() + 29) / 30);
            return 24 + 4 * digits;
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyComplex) {
            return 32;
        }
        if (o instanceof PyStr s) {
            return strSize(s);
        }
        if (o instanceof PyBytes b) {
            return 33 + b.bytes().length;
        }
        if (o instanceof org.taipan.runtime.PyByteArray ba) {
            int n = ba.size();
            return 56 + (n == 0 ? 0 : n + 1);
        }
        if (o instanceof PyTuple t) {
            return 24 + GC_HEADER + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 40 + GC_HEADER + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dictSize(d) + d.extraSizeof();
        }
        if (o instanceof PySet s) {
            long table = 8;
            while (s.size() * 5L >= (table - 1) * 3) {
                table *= 4;
            }
            return 200 + GC_HEADER + (table > 8 ? table * 16 : 0);
        }
        if (o == PyNone.NONE) {
            return 16;
        }
        if (o instanceof PyType t) {
            return t.isHeapType() ? 1688 : 424;
        }
        if (o instanceof org.taipan.runtime.PyFunction) {
            return 152;
        }
        if (o instanceof org.taipan.runtime.PyRange) {
            return 48;
        }
        if (o instanceof org.taipan.runtime.PySlice) {
            return 56;
        }
        if (o.type() == PyType.OBJECT) {
            return 16;
        }
        // An instance of a user class: object header, managed-dict pointers and the GC header.
        return 56;
    }

    /** PEP 393 sizes: ASCII 49 + n, Latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n bytes. */
    private static long strSize(PyStr s) {
        int max = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        if (max < 0x80) {
            return 49 + n;
        }
        if (max < 0x100) {
            return 73 + n;
        }
        if (max < 0x10000) {
            return 74 + 2L * n;
        }
        return 76 + 4L * n;
    }

    /** A combined-table dict: header 48, keys object (32 + index bytes + usable entries) and the GC header. */
    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 48 + GC_HEADER;
        }
        long size = 8;
        while (size * 2 / 3 < n) {
            size *= 2;
        }
        long usable = size * 2 / 3;
        int indexBytes = size <= 128 ? 1 : size <= 0x8000 ? 2 : 4;
        boolean strKeys = true;
        for (int i = 0; i < n && strKeys; i++) {
            strKeys = d.keyAt(i) instanceof PyStr;
        }
        return 48 + 32 + size * indexBytes + usable * (strKeys ? 16 : 24) + GC_HEADER;
    }
}
