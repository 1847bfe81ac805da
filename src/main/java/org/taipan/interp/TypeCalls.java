package org.taipan.interp;

import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * Calls of builtin classes whose result, for the arguments at hand, is known without running
 * any Python code or raising: {@code int(x)}, {@code float(x)}, {@code str(x)}, {@code tuple(x)}
 * of exact builtin values, {@code range(n)} and {@code range(a, b)} of exact ints, and
 * {@code set()}, {@code list()}, {@code dict()} without arguments (CPython 3.11's
 * {@code CALL_NO_KW_STR_1}, {@code _TUPLE_1}, {@code _BUILTIN_CLASS}). Anything else gets null,
 * and the caller makes the ordinary type call, which raises CPython's errors.
 */
final class TypeCalls {
    private TypeCalls() {}

    /** Whether {@code t(argc arguments)} may be answered here (the specializer's test). */
    static boolean handles(PyObject t, int argc) {
        return switch (argc) {
            case 0 -> t == PySet.TYPE || t == PyList.TYPE || t == PyDict.TYPE;
            case 1 -> t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyTuple.TYPE || t == PyRange.TYPE;
            case 2 -> t == PyRange.TYPE;
            default -> false;
        };
    }

    /** {@code t()}, or null. */
    static PyObject make0(PyObject t) {
        if (t == PySet.TYPE) {
            return new PySet(false);
        }
        if (t == PyList.TYPE) {
            return new PyList();
        }
        return t == PyDict.TYPE ? new PyDict() : null;
    }

    /** {@code t(x)}, or null (CPython's {@code PyNumber_Long}, {@code PyNumber_Float}, {@code PyObject_Str}, {@code PySequence_Tuple} on exact values). */
    static PyObject make1(PyObject t, PyObject x) {
        Class<?> c = x.getClass();
        if (t == PyInt.TYPE) {
            if (c == PyInt.class) {
                return x;
            }
            if (c == PyFloat.class) {
                double v = ((PyFloat) x).value();
                // NaN and the infinities fail the comparison: the type call raises their errors.
                return Math.abs(v) < 0x1p62 ? PyInt.of((long) v) : null;
            }
        } else if (t == PyFloat.TYPE) {
            if (c == PyFloat.class) {
                return x;
            }
            if (c == PyInt.class) {
                return new PyFloat(((PyInt) x).doubleValue());
            }
        } else if (t == PyStr.TYPE) {
            return c == PyStr.class ? x : null;
        } else if (t == PyTuple.TYPE) {
            if (c == PyTuple.class) {
                return x;
            }
            if (c == PyList.class) {
                return PyTuple.of(((PyList) x).toArray());
            }
        } else if (t == PyRange.TYPE && c == PyInt.class) {
            return PyRange.ofExact(PyInt.ZERO, (PyInt) x);
        }
        return null;
    }

    /** {@code t(x, y)}, or null. */
    static PyObject make2(PyObject t, PyObject x, PyObject y) {
        if (t == PyRange.TYPE && x.getClass() == PyInt.class && y.getClass() == PyInt.class) {
            return PyRange.ofExact((PyInt) x, (PyInt) y);
        }
        return null;
    }
}
