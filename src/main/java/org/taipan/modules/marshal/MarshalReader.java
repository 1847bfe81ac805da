package org.taipan.modules.marshal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.NumberParser;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * Reads CPython 3.11's marshal format ({@code r_object} in {@code Python/marshal.c}), from a
 * bytes-like object ({@code loads}) or from a binary file read exactly as far as the object goes
 * through its {@code readinto} ({@code load}), with CPython's errors: EOFError "EOF read where
 * object expected" / "marshal data too short" ({@code loads}) / "EOF read where not expected"
 * ({@code load}), ValueError "bad marshal data (unknown type code)", "(invalid reference)",
 * "(unnormalized long data)", "(digit out of range in long)", "(... size out of range)",
 * "recursion limit exceeded" past 2000 levels, TypeError "NULL object in marshal data for ...".
 * FLAG_REF objects are remembered in order and {@code r} back-references return the same object.
 */
final class MarshalReader {
    private final byte[] data;
    private int pos;
    private final PyObject file;
    private final List<PyObject> refs = new ArrayList<>();
    private int depth;

    private MarshalReader(byte[] data, PyObject file) {
        this.data = data;
        this.file = file;
    }

    /** {@code marshal.loads}: the first object in {@code data} (what follows it is ignored). */
    static PyObject loads(byte[] data) {
        return new MarshalReader(data, null).readObject();
    }

    /** {@code marshal.load}: one object read from {@code file}, which is left just after it. */
    static PyObject load(PyObject file) {
        return new MarshalReader(null, file).readObject();
    }

    private PyObject readObject() {
        PyObject v = read();
        if (v == null) {
            throw Errors.typeError("NULL object in marshal data for object");
        }
        return v;
    }

    /** {@code n} bytes, or EOFError. */
    private byte[] take(int n) {
        if (file == null) {
            if (data.length - pos < n) {
                throw Errors.of(ExceptionTypes.EOFError, "marshal data too short");
            }
            byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return r;
        }
        PyByteArray buf = new PyByteArray(new byte[n]);
        PyObject res = Callables.callAttr(file, "readinto", buf);
        long read = res == PyNone.NONE ? -1 : Abstract.index(res, null).ssizeValue();
        if (read != n) {
            if (read > n) {
                throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", n, read);
            }
            throw Errors.of(ExceptionTypes.EOFError, "EOF read where not expected");
        }
        return buf.toBytes();
    }

    /**
     * One byte (0..255), or -1 at the end of the data ({@code r_byte}). At the end of a file that
     * is only an answer for a type code; elsewhere CPython's file reader has already raised.
     */
    private int readByte(boolean typeCode) {
        if (file == null) {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }
        if (typeCode) {
            PyByteArray buf = new PyByteArray(new byte[1]);
            PyObject res = Callables.callAttr(file, "readinto", buf);
            long read = res == PyNone.NONE ? -1 : Abstract.index(res, null).ssizeValue();
            if (read == 1) {
                return buf.toBytes()[0] & 0xff;
            }
            if (read > 1) {
                throw Errors.valueError("read() returned too much data: 1 bytes requested, %d returned", read);
            }
            return -1;
        }
        return take(1)[0] & 0xff;
    }

    /** A length byte: at the end of the data, EOFError "EOF read where not expected". */
    private int lengthByte() {
        int n = readByte(false);
        if (n < 0) {
            throw Errors.of(ExceptionTypes.EOFError, "EOF read where not expected");
        }
        return n;
    }

    private int readLong() {
        byte[] b = take(4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    private int readShort() {
        byte[] b = take(2);
        return (short) ((b[0] & 0xff) | (b[1] & 0xff) << 8);
    }

    private double readBinaryFloat() {
        byte[] b = take(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (b[i] & 0xff);
        }
        return Double.longBitsToDouble(bits);
    }

    private double readFloatText() {
        int n = lengthByte();
        String text = new String(take(n), java.nio.charset.StandardCharsets.ISO_8859_1);
        return NumberParser.parseFloat(text, PyStr.of(text));
    }

    private int size(String what) {
        int n = readLong();
        if (n < 0) {
            throw Errors.valueError("bad marshal data (%s size out of range)", what);
        }
        return n;
    }

    private PyObject ref(PyObject o, boolean flag) {
        if (flag) {
            refs.add(o);
        }
        return o;
    }

    /** {@code r_object}: the next object, or null for TYPE_NULL (which ends a dict). */
    private PyObject read() {
        if (++depth > MarshalWriter.MAX_DEPTH) {
            depth--;
            throw Errors.valueError("recursion limit exceeded");
        }
        try {
            int code = readByte(true);
            if (code < 0) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF read where object expected");
            }
            boolean flag = (code & MarshalWriter.FLAG_REF) != 0;
            int type = code & ~MarshalWriter.FLAG_REF;
            switch (type) {
                case '0':
                    return null;
                case 'N':
                    return PyNone.NONE;
                case 'S':
                    return ExceptionTypes.StopIteration;
                case '.':
                    return PyEllipsis.ELLIPSIS;
                case 'F':
                    return PyBool.FALSE;
                case 'T':
                    return PyBool.TRUE;
                case 'i':
                    return ref(PyInt.of(readLong()), flag);
                case 'I': {
                    long lo = readLong() & 0xffffffffL;
                    long hi = readLong();
                    return ref(PyInt.of(hi << 32 | lo), flag);
                }
                case 'l':
                    return ref(readBigInt(), flag);
                case 'f':
                    return ref(PyFloat.of(readFloatText()), flag);
                case 'g':
                    return ref(PyFloat.of(readBinaryFloat()), flag);
                case 'x': {
                    double re = readFloatText();
                    return ref(new PyComplex(re, readFloatText()), flag);
                }
                case 'y': {
                    double re = readBinaryFloat();
                    return ref(new PyComplex(re, readBinaryFloat()), flag);
                }
                case 's':
                    return ref(PyBytes.ofCopy(take(size("bytes object"))), flag);
                case 'a', 'A':
                    return ref(interned(latin1(take(size("string"))), type == 'A'), flag);
                case 'z', 'Z': {
                    return ref(interned(latin1(take(lengthByte())), type == 'Z'), flag);
                }
                case 'u', 't': {
                    int n = size("string");
                    PyStr s = n == 0 ? PyStr.of("") : Codecs.decode(take(n), "utf-8", "surrogatepass");
                    return ref(interned(s, type == 't'), flag);
                }
                case ')':
                    return readTuple(readByte(false) & 0xff, flag);
                case '(':
                    return readTuple(size("tuple"), flag);
                case '[': {
                    int n = size("list");
                    PyList l = new PyList();
                    ref(l, flag);
                    for (int i = 0; i < n; i++) {
                        l.append(element("list"));
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    ref(d, flag);
                    while (true) {
                        PyObject k = read();
                        if (k == null) {
                            break;
                        }
                        PyObject v = read();
                        if (v == null) {
                            break;
                        }
                        d.setItem(k, v);
                    }
                    return d;
                }
                case '<', '>':
                    return readSet(type == '>', flag);
                case 'r': {
                    int n = readLong();
                    if (n < 0 || n >= refs.size() || refs.get(n) == null) {
                        throw Errors.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get(n);
                }
                case 'c':
                    throw Errors.valueError("bad marshal data (CPython code objects cannot be loaded by Taipan)");
                default:
                    if (type == MarshalCodes.TYPE_TAIPAN_CODE) {
                        int at = flag ? reserve() : -1;
                        PyObject codeObject = MarshalCodes.fromBytes(take(size("code")));
                        if (at >= 0) {
                            refs.set(at, codeObject);
                        }
                        return codeObject;
                    }
                    throw Errors.valueError("bad marshal data (unknown type code)");
            }
        } finally {
            depth--;
        }
    }

    private static PyStr interned(PyStr s, boolean intern) {
        return intern ? org.taipan.builtins.InternedStrings.intern(s) : s;
    }

    private static PyStr latin1(byte[] b) {
        return PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private PyObject element(String container) {
        PyObject v = read();
        if (v == null) {
            throw Errors.typeError("NULL object in marshal data for %s", container);
        }
        return v;
    }

    /** A placeholder reference for an object built after its contents (tuples, frozensets, code). */
    private int reserve() {
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject readTuple(int n, boolean flag) {
        int at = flag ? reserve() : -1;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = element("tuple");
        }
        PyTuple t = n == 0 ? PyTuple.EMPTY : new PyTuple(items);
        if (at >= 0) {
            refs.set(at, t);
        }
        return t;
    }

    private PyObject readSet(boolean frozen, boolean flag) {
        int n = size("set");
        PySet s = new PySet(frozen);
        int at = -1;
        if (frozen) {
            at = flag ? reserve() : -1;
        } else {
            ref(s, flag);
        }
        for (int i = 0; i < n; i++) {
            s.add(element("set"));
        }
        if (at >= 0) {
            refs.set(at, s);
        }
        return s;
    }

    /** {@code l}: a signed count of 15-bit digits, least significant first, the top one nonzero. */
    private PyInt readBigInt() {
        int n = readLong();
        if (n == 0) {
            return PyInt.ZERO;
        }
        int count = Math.abs(n);
        if (n == Integer.MIN_VALUE) {
            throw Errors.valueError("bad marshal data (long size out of range)");
        }
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < count; i++) {
            int d = readShort();
            if (d < 0) {
                throw Errors.valueError("bad marshal data (digit out of range in long)");
            }
            // CPython checks the last 15-bit digit of its top 30-bit digit, i.e. the top one.
            if (d == 0 && i == count - 1) {
                throw Errors.valueError("bad marshal data (unnormalized long data)");
            }
            v = v.or(BigInteger.valueOf(d).shiftLeft(15 * i));
        }
        return PyInt.of(n < 0 ? v.negate() : v);
    }
}
