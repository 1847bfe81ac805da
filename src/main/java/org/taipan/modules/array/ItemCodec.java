package org.taipan.modules.array;

import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The typecodes of {@code array} (CPython's {@code arraymodule.c} descriptors) on x86-64
 * Linux: item sizes, and the conversion of a Python value to the little-endian bytes of an
 * item and back, with CPython's OverflowError and TypeError messages per typecode
 * ({@code 'u'} is a 4-byte {@code wchar_t}).
 */
final class ItemCodec {
    private ItemCodec() {}

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static int itemSize(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'u', 'f' -> 4;
            default -> 8;
        };
    }

    static long raw(byte[] b, int at, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = (v << 8) | (b[at + k] & 0xff);
        }
        return v;
    }

    static void put(byte[] b, int at, int n, long v) {
        for (int k = 0; k < n; k++) {
            b[at + k] = (byte) v;
            v >>>= 8;
        }
    }

    static PyObject get(char tc, byte[] b, int at) {
        return switch (tc) {
            case 'b' -> PyInt.of(b[at]);
            case 'B' -> PyInt.of(b[at] & 0xff);
            case 'h' -> PyInt.of((short) raw(b, at, 2));
            case 'H' -> PyInt.of(raw(b, at, 2));
            case 'i' -> PyInt.of((int) raw(b, at, 4));
            case 'I' -> PyInt.of(raw(b, at, 4));
            case 'u' -> {
                long cp = raw(b, at, 4);
                if (cp > Character.MAX_CODE_POINT) {
                    // u_getitem's PyUnicode_FromOrdinal
                    throw Errors.valueError("chr() arg not in range(0x110000)");
                }
                yield PyStr.ofCodePoint((int) cp);
            }
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) raw(b, at, 4)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(raw(b, at, 8)));
            case 'l', 'q' -> PyInt.of(raw(b, at, 8));
            default -> {
                long v = raw(b, at, 8);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
        };
    }

    private static PyInt index(PyObject v) {
        PyInt i = PyInt.asInt(v);
        if (i != null) {
            return i;
        }
        if (v.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        return Abstract.index(v, null);
    }

    private static long range(PyInt i, long min, long max, String what) {
        if (!i.fitsLong() || i.longValue() > max) {
            if (!i.fitsLong() && i.signum() < 0 || i.fitsLong() && i.longValue() < min) {
                throw Errors.overflow("%s is less than minimum", what);
            }
            throw Errors.overflow("%s is greater than maximum", what);
        }
        if (i.longValue() < min) {
            throw Errors.overflow("%s is less than minimum", what);
        }
        return i.longValue();
    }

    private static final BigInteger ULONG = BigInteger.ONE.shiftLeft(64);

    /** Writes {@code v} as an item of typecode {@code tc} at {@code at}. */
    static void set(char tc, byte[] b, int at, PyObject v) {
        switch (tc) {
            case 'u' -> {
                if (!(v instanceof PyStr s) || s.length() != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                put(b, at, 4, s.codePointAt(0));
            }
            case 'f' -> put(b, at, 4, Float.floatToRawIntBits((float) Abstract.toDouble(v)));
            case 'd' -> put(b, at, 8, Double.doubleToRawLongBits(Abstract.toDouble(v)));
            case 'b' -> {
                long x = range(index(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                put(b, at, 1, range(PyInt.of(x), -128, 127, "signed char"));
            }
            case 'B' -> put(b, at, 1, range(index(v), 0, 255, "unsigned byte integer"));
            case 'h' -> put(b, at, 2, range(index(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"));
            case 'H' -> {
                long x = range(index(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                put(b, at, 2, range(PyInt.of(x), 0, 0xffff, "unsigned short"));
            }
            case 'i' -> {
                PyInt i = index(v);
                if (!i.fitsLong()) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                put(b, at, 4, range(i, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"));
            }
            case 'I', 'L' -> {
                PyInt i = index(v);
                if (i.signum() < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                if (i.bigValue().compareTo(ULONG) >= 0) {
                    throw Errors.overflow("Python int too large to convert to C unsigned long");
                }
                long x = i.bigValue().longValue();
                if (tc == 'I' && Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw Errors.overflow("unsigned int is greater than maximum");
                }
                put(b, at, itemSize(tc), x);
            }
            case 'l' -> {
                PyInt i = index(v);
                if (!i.fitsLong()) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                put(b, at, 8, i.longValue());
            }
            case 'q' -> {
                PyInt i = index(v);
                if (!i.fitsLong()) {
                    throw Errors.overflow("int too big to convert");
                }
                put(b, at, 8, i.longValue());
            }
            default -> {
                PyInt i = index(v);
                if (i.signum() < 0) {
                    throw Errors.overflow("can't convert negative int to unsigned");
                }
                if (i.bigValue().compareTo(ULONG) >= 0) {
                    throw Errors.overflow("int too big to convert");
                }
                put(b, at, 8, i.bigValue().longValue());
            }
        }
    }
}
