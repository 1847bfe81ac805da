package org.taipan.runtime;

/**
 * The native single-item struct formats a {@link PyMemoryView} can have after {@code cast}
 * (x86-64 Linux sizes, little-endian; CPython 3.11's {@code get_native_fmtchar}, so no 'e'): packing and unpacking one item as CPython's
 * {@code memoryview.c} {@code unpack_single}/{@code pack_single} do.
 */
final class MemoryFormat {
    private MemoryFormat() {}

    /** The item size of {@code fmt}, or 0 when it is not a supported native format. */
    static int itemsize(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1) {
            return 0;
        }
        return switch (f.charAt(0)) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h' -> 2;
            case 'I', 'i', 'f' -> 4;
            case 'L', 'l', 'Q', 'q', 'N', 'n', 'P', 'd' -> 8;
            default -> 0;
        };
    }

    private static long raw(byte[] b, int at, int size) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            v |= (long) (b[at + k] & 0xff) << (8 * k);
        }
        return v;
    }

    /** The Python value of the item at byte offset {@code at}. */
    static PyObject unpack(char f, byte[] b, int at) {
        return switch (f) {
            case 'B' -> PyInt.of(b[at] & 0xff);
            case 'b' -> PyInt.of(b[at]);
            case 'c' -> PyBytes.of(new byte[] {b[at]});
            case '?' -> PyBool.of(b[at] != 0);
            case 'H' -> PyInt.of(raw(b, at, 2));
            case 'h' -> PyInt.of((short) raw(b, at, 2));
            case 'I' -> PyInt.of(raw(b, at, 4));
            case 'i' -> PyInt.of((int) raw(b, at, 4));
            case 'L', 'Q', 'N', 'P' -> {
                long v = raw(b, at, 8);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            case 'l', 'q', 'n' -> PyInt.of(raw(b, at, 8));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) raw(b, at, 4)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(raw(b, at, 8)));
            default -> throw Errors.notImplemented("memoryview: format " + f + " not supported");
        };
    }

    /** Writes {@code v} as an item of format {@code f} at byte offset {@code at}. */
    static void pack(char f, PyObject v, byte[] b, int at) {
        int size = itemsize(String.valueOf(f));
        long bits;
        switch (f) {
            case 'c' -> {
                byte[] one = v instanceof PyBytes pb ? pb.bytes() : null;
                if (one == null || one.length != 1) {
                    throw invalid(f, one == null);
                }
                bits = one[0];
            }
            case '?' -> bits = Abstract.isTrue(v) ? 1 : 0;
            case 'f', 'd' -> {
                // PyFloat_AsDouble: __float__, else __index__
                if (!(v instanceof PyFloat) && PyInt.asInt(v) == null && v.type().nb_float == null
                        && v.type().nb_index == null) {
                    throw invalid(f, true);
                }
                double d = Abstract.toDouble(v);
                bits = f == 'd' ? Double.doubleToRawLongBits(d) : Float.floatToRawIntBits((float) d);
            }
            case 'P' -> {
                // PyLong_AsVoidPtr: an int (no __index__), a negative one as its two's complement
                PyInt n = PyInt.asInt(v);
                if (n == null) {
                    throw invalid(f, true);
                }
                java.math.BigInteger big = n.bigValue();
                if (big.bitLength() > 64 || big.signum() < 0 && big.bitLength() > 63) {
                    throw invalid(f, false);
                }
                bits = big.longValue();
            }
            default -> {
                if (PyInt.asInt(v) == null && v.type().nb_index == null) {
                    throw invalid(f, true);
                }
                PyInt n = Abstract.index(v, null);
                boolean signed = Character.isLowerCase(f);
                if (size < 8 && n.fitsLong()) {
                    long x = n.longValue();
                    long lo = signed ? -(1L << (size * 8 - 1)) : 0;
                    long hi = signed ? (1L << (size * 8 - 1)) : 1L << (size * 8);
                    if (x < lo || x >= hi) {
                        throw invalid(f, false);
                    }
                    bits = x;
                } else {
                    java.math.BigInteger big = n.bigValue();
                    java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(size * 8 - 1).negate()
                            : java.math.BigInteger.ZERO;
                    java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(size * 8 - 1)
                            : java.math.BigInteger.ONE.shiftLeft(size * 8);
                    if (big.compareTo(lo) < 0 || big.compareTo(hi) >= 0) {
                        throw invalid(f, false);
                    }
                    bits = big.longValue();
                }
            }
        }
        for (int k = 0; k < size; k++) {
            b[at + k] = (byte) (bits >> (8 * k));
        }
    }

    private static PyException invalid(char f, boolean type) {
        return type ? Errors.typeError("memoryview: invalid type for format '%s'", f)
                : Errors.valueError("memoryview: invalid value for format '%s'", f);
    }
}
