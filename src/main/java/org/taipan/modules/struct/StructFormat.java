package org.taipan.modules.struct;

import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/**
 * A parsed struct format (CPython's {@code prepare_s} in {@code Modules/_struct.c}): the
 * byte order, the total size and one {@link Code} per packed item, each at its offset with
 * native alignment applied ({@code @}, the default: x86-64 Linux sizes and alignments) or none
 * ({@code = < > !}: standard sizes). Immutable, so one parse serves every call of a cached
 * format.
 *
 * <p>Packing reproduces CPython's per-table range errors: on a little-endian machine CPython
 * swaps the native pack functions into the {@code <}/{@code =} table where the sizes agree (not
 * for {@code e f d}), so {@code '<h'} says "short format requires ..." while {@code '>h'} says
 * "'h' format requires ...".
 */
final class StructFormat {
    /** Byte order and size table: native (aligned), standard little-endian, standard big-endian. */
    enum Table { NATIVE, LITTLE, BIG }

    /**
     * A run of {@code repeat} items of format character {@code c} from byte {@code offset}, each
     * {@code size} bytes ({@code s}/{@code p}: one item whose size is the count).
     */
    record Code(char c, long offset, int size, long repeat) {}

    final Table table;
    final long size;
    /** The number of values packed or unpacked (CPython's {@code s_len}). */
    final long length;
    final Code[] codes;

    private StructFormat(Table table, long size, long length, Code[] codes) {
        this.table = table;
        this.size = size;
        this.length = length;
        this.codes = codes;
    }

    // ------------------------------------------------------------------ parsing

    /** Item size of {@code c} in {@code table}, or -1 when the table has no such code. */
    private static int itemSize(Table table, char c) {
        switch (c) {
            case 'x', 'b', 'B', 'c', 's', 'p', '?':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'q', 'Q', 'd':
                return 8;
            case 'l', 'L':
                return table == Table.NATIVE ? 8 : 4;
            case 'n', 'N', 'P':
                return table == Table.NATIVE ? 8 : -1;
            default:
                return -1;
        }
    }

    /** Native alignment of {@code c} (x86-64 SysV); the standard tables align nothing. */
    private static int alignment(Table table, char c, int itemSize) {
        if (table != Table.NATIVE || "xbBcsp?".indexOf(c) >= 0) {
            return 0;
        }
        return itemSize;
    }

    /**
     * Parses {@code fmt} (the format's bytes as ASCII characters).
     *
     * @throws PyException struct.error for a bad character, a dangling repeat count, an
     *     embedded NUL or a size beyond {@code Py_ssize_t}
     */
    static StructFormat parse(String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw StructModule.error("embedded null character");
        }
        int i = 0;
        Table table = Table.NATIVE;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '<', '=' -> { table = Table.LITTLE; i = 1; }
                case '>', '!' -> { table = Table.BIG; i = 1; }
                case '@' -> i = 1;
                default -> { }
            }
        }
        final long max = Long.MAX_VALUE;
        long size = 0;
        long length = 0;
        int ncodes = 0;
        int start = i;
        // First pass: validate, count the codes and compute the size.
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < fmt.length() && (c = fmt.charAt(i)) >= '0' && c <= '9') {
                    i++;
                    if (num >= max / 10 && (num > max / 10 || (c - '0') > max % 10)) {
                        throw tooLong();
                    }
                    num = num * 10 + (c - '0');
                }
                if (i >= fmt.length()) {
                    throw StructModule.error("repeat count given without format specifier");
                }
                c = fmt.charAt(i++);
            }
            int isz = itemSize(table, c);
            if (isz < 0) {
                throw StructModule.error("bad char in struct format");
            }
            switch (c) {
                case 's', 'p' -> { length++; ncodes++; }
                case 'x' -> { }
                default -> {
                    length += num;
                    if (num != 0) {
                        ncodes++;
                    }
                }
            }
            size = align(size, alignment(table, c, isz));
            if (num > (max - size) / isz) {
                throw tooLong();
            }
            size += num * isz;
        }
        // Second pass: lay the items out.
        Code[] codes = new Code[ncodes];
        int n = 0;
        long off = 0;
        i = start;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while ((c = fmt.charAt(i++)) >= '0' && c <= '9') {
                    num = num * 10 + (c - '0');
                }
            }
            int isz = itemSize(table, c);
            off = align(off, alignment(table, c, isz));
            if (c == 's' || c == 'p') {
                codes[n++] = new Code(c, off, (int) Math.min(num, Integer.MAX_VALUE), 1);
                off += num;
            } else if (c == 'x') {
                off += num;
            } else if (num > 0) {
                codes[n++] = new Code(c, off, isz, num);
                off += num * isz;
            }
        }
        return new StructFormat(table, size, length, codes);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    private static long align(long size, int alignment) {
        if (alignment != 0 && size > 0) {
            size += (alignment - 1) - (size - 1) % alignment;
        }
        return size;
    }

    private static PyException tooLong() {
        return StructModule.error("total struct size too long");
    }

    // ------------------------------------------------------------------ unpacking

    /** The values of the items in {@code buf[at:at+size]}. */
    PyTuple unpack(byte[] buf, int at) {
        PyObject[] out = new PyObject[(int) length];
        int n = 0;
        for (Code code : codes) {
            int p = at + (int) code.offset();
            for (long r = 0; r < code.repeat(); r++, p += code.size()) {
                out[n++] = unpackItem(code, buf, p);
            }
        }
        return PyTuple.of(out);
    }

    private PyObject unpackItem(Code code, byte[] b, int p) {
        char c = code.c();
        switch (c) {
            case 's':
                return PyBytes.ofCopy(java.util.Arrays.copyOfRange(b, p, p + code.size()));
            case 'p': {
                if (code.size() == 0) {
                    throw org.taipan.runtime.Errors.of(ExceptionTypes.SystemError,
                            "Negative size passed to PyBytes_FromStringAndSize");
                }
                int n = Math.min(b[p] & 0xff, code.size() - 1);
                return PyBytes.ofCopy(java.util.Arrays.copyOfRange(b, p + 1, p + 1 + n));
            }
            case 'c':
                return PyBytes.ofCopy(new byte[] {b[p]});
            case '?':
                return PyBool.of(b[p] != 0);
            case 'b':
                return PyInt.of(b[p]);
            case 'B':
                return PyInt.of(b[p] & 0xff);
            case 'e':
                return new PyFloat(FloatPacking.unpack2((int) raw(b, p, 2)));
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) raw(b, p, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(raw(b, p, 8)));
            default:
                break;
        }
        int n = code.size();
        long v = raw(b, p, n);
        boolean signed = Character.isLowerCase(c);
        if (n < 8) {
            if (signed) {
                int shift = 64 - 8 * n;
                v = (v << shift) >> shift;
            }
            return PyInt.of(v);
        }
        if (signed || v >= 0) {
            return PyInt.of(v);
        }
        return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    /** The {@code n}-byte unsigned value at {@code p} in this format's byte order. */
    private long raw(byte[] b, int p, int n) {
        long v = 0;
        if (table == Table.BIG) {
            for (int k = 0; k < n; k++) {
                v = (v << 8) | (b[p + k] & 0xff);
            }
        } else {
            for (int k = n - 1; k >= 0; k--) {
                v = (v << 8) | (b[p + k] & 0xff);
            }
        }
        return v;
    }

    private void put(byte[] b, int p, int n, long v) {
        if (table == Table.BIG) {
            for (int k = n - 1; k >= 0; k--) {
                b[p + k] = (byte) v;
                v >>>= 8;
            }
        } else {
            for (int k = 0; k < n; k++) {
                b[p + k] = (byte) v;
                v >>>= 8;
            }
        }
    }

    // ------------------------------------------------------------------ packing

    /**
     * Packs {@code args[from:from+length]} into {@code buf[at:at+size]}, zeroing the region
     * first (padding and short strings are NUL bytes) as {@code s_pack_internal} does.
     */
    void pack(PyObject[] args, int from, byte[] buf, int at) {
        java.util.Arrays.fill(buf, at, at + (int) size, (byte) 0);
        int n = from;
        for (Code code : codes) {
            int p = at + (int) code.offset();
            for (long r = 0; r < code.repeat(); r++, p += code.size()) {
                PyObject v = args[n++];
                try {
                    packItem(code, v, buf, p);
                } catch (PyException e) {
                    // CPython turns any OverflowError from packing an int into struct.error.
                    if (PyInt.asInt(v) != null && e.matches(ExceptionTypes.OverflowError)) {
                        throw StructModule.error("int too large to convert");
                    }
                    throw e;
                }
            }
        }
    }

    private void packItem(Code code, PyObject v, byte[] b, int p) {
        char c = code.c();
        switch (c) {
            case 's', 'p' -> {
                byte[] src;
                if (v instanceof PyBytes bytes) {
                    src = bytes.bytes();
                } else if (v instanceof PyByteArray ba) {
                    src = ba.toBytes();
                } else {
                    throw StructModule.error("argument for '" + c + "' must be a bytes object");
                }
                if (c == 's') {
                    System.arraycopy(src, 0, b, p, Math.min(src.length, code.size()));
                } else if (code.size() > 0) {
                    int n = Math.min(src.length, code.size() - 1);
                    System.arraycopy(src, 0, b, p + 1, n);
                    b[p] = (byte) Math.min(n, 255);
                }
            }
            case 'c' -> {
                if (!(v instanceof PyBytes bytes) || bytes.bytes().length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                b[p] = bytes.bytes()[0];
            }
            case '?' -> b[p] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'e' -> put(b, p, 2, FloatPacking.pack2(floatArg(v)));
            case 'f' -> {
                double d = floatArg(v);
                put(b, p, 4, table == Table.NATIVE ? Float.floatToRawIntBits((float) d) : FloatPacking.pack4(d));
            }
            case 'd' -> put(b, p, 8, Double.doubleToRawLongBits(floatArg(v)));
            default -> put(b, p, code.size(), integer(c, code.size(), v));
        }
    }

    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        try {
            PyInt i = PyInt.asInt(v);
            if (i != null) {
                return i.doubleValue();
            }
            if (v.type().nb_float != null) {
                return Abstract.toFloat(v).value();
            }
            if (v.type().nb_index != null) {
                return Abstract.index(v, null).doubleValue();
            }
            throw StructModule.error("required argument is not a float");
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
    }

    private static final BigInteger ULONG_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** The bits of integer item {@code c} of {@code n} bytes, with this table's range checks and messages. */
    private long integer(char c, int n, PyObject v) {
        PyInt i = intArg(v);
        boolean signed = Character.isLowerCase(c);
        if (c == 'P') {
            // PyLong_AsVoidPtr: a negative value as a C long, else as an unsigned long.
            if (i.signum() < 0) {
                if (!i.fitsLong()) {
                    throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C long");
                }
                return i.longValue();
            }
            if (!i.fitsLong() && i.bigValue().compareTo(ULONG_LIMIT) >= 0) {
                throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C unsigned long");
            }
            return i.fitsLong() ? i.longValue() : i.bigValue().longValue();
        }
        if (c == 'b' || c == 'B') {
            long x = asCLong(i);
            if (c == 'b' ? x < -128 || x > 127 : x < 0 || x > 255) {
                throw StructModule.error(c == 'b' ? "byte format requires -128 <= number <= 127"
                        : "ubyte format requires 0 <= number <= 255");
            }
            return x;
        }
        if (table == Table.BIG && n == 8) {
            // _PyLong_AsByteArray: the OverflowError becomes "int too large to convert" for ints.
            if (signed ? !i.fitsLong() : i.signum() < 0 || i.bigValue().compareTo(ULONG_LIMIT) >= 0) {
                throw org.taipan.runtime.Errors.overflow(i.signum() < 0 && !signed
                        ? "can't convert negative int to unsigned" : "int too big to convert");
            }
            return i.fitsLong() ? i.longValue() : i.bigValue().longValue();
        }
        boolean nativeFn = table == Table.NATIVE || (table == Table.LITTLE && c != 'l' && c != 'L');
        if (nativeFn && (c == 'h' || c == 'H')) {
            long x = asCLong(i);
            if (c == 'h' ? x < Short.MIN_VALUE || x > Short.MAX_VALUE : x < 0 || x > 0xffff) {
                throw StructModule.error(c == 'h' ? "short format requires -32768 <= number <= 32767"
                        : "ushort format requires 0 <= number <= 65535");
            }
            return x;
        }
        if (signed) {
            long x = asCLong(i);
            if (n < 8) {
                long largest = (1L << (8 * n - 1)) - 1;
                if (x < ~largest || x > largest) {
                    throw StructModule.error(String.format("'%c' format requires %d <= number <= %d", c, ~largest,
                            largest));
                }
            }
            return x;
        }
        if (i.signum() < 0 || (!i.fitsLong() && i.bigValue().compareTo(ULONG_LIMIT) >= 0)) {
            throw StructModule.error("argument out of range");
        }
        long x = i.fitsLong() ? i.longValue() : i.bigValue().longValue();
        if (n < 8 && Long.compareUnsigned(x, (1L << (8 * n)) - 1) > 0) {
            throw StructModule.error(String.format("'%c' format requires 0 <= number <= %d", c, (1L << (8 * n)) - 1));
        }
        return x;
    }

    /** CPython's {@code get_pylong}: an int, or the result of {@code __index__}. */
    private static PyInt intArg(PyObject v) {
        PyInt i = PyInt.asInt(v);
        if (i != null) {
            return i;
        }
        if (v.type().nb_index == null) {
            throw StructModule.error("required argument is not an integer");
        }
        return Abstract.index(v, null);
    }

    /** {@code PyLong_AsLong} with struct's "argument out of range". */
    private static long asCLong(PyInt i) {
        if (!i.fitsLong()) {
            throw StructModule.error("argument out of range");
        }
        return i.longValue();
    }
}
