package org.taipan.modules.marshal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.NumberFormat;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyCode;
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
 * Writes CPython 3.11's marshal format ({@code w_object} in {@code Python/marshal.c}), byte for
 * byte for the data types: None/True/False/StopIteration/Ellipsis, int ({@code i}, or {@code l}
 * in 15-bit digits beyond 32 bits), float and complex (text in versions 0-1, binary from 2), bytes
 * and other bytes-like objects ({@code s}), str ({@code u}/{@code t}; {@code z}/{@code Z}/{@code a}/{@code A}
 * for ASCII from version 4), tuple ({@code )} short form from 4), list, dict, set and frozenset
 * (elements ordered by their own marshal bytes, as 3.11 does for reproducible output). Only exact
 * types; anything else is ValueError "unmarshallable object", nesting past 2000 levels
 * "object too deeply nested to marshal".
 *
 * <p>From version 3 CPython marks an object with FLAG_REF when its reference count is above one
 * and writes later occurrences as back-references. The JVM has no reference counts, so Taipan
 * marks every immutable object (what CPython's constants, cached small ints and interned strings
 * are) and a list, dict, set or bytes-like object only when it occurs more than once in the data.
 * The bytes equal CPython's for constants and values held in variables; CPython leaves unmarked
 * an immutable value built at run time and held by one container only, so there the bytes differ
 * (both read back to the same value with the same sharing). A str counts as interned (the
 * {@code t}, {@code Z}, {@code A} forms) when it looks like an identifier, as the string constants
 * CPython's compiler interns do. Code objects are a Taipan record (see {@link MarshalCodes}).
 */
final class MarshalWriter {
    static final int MAX_DEPTH = 2000;
    static final int FLAG_REF = 0x80;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int version;
    /** Objects marked with FLAG_REF so far, by {@link #refKey}, and their reference index (version >= 3). */
    private final java.util.HashMap<Object, Integer> refs;
    /** Mutable objects that occur more than once (they get FLAG_REF too). */
    private final IdentityHashMap<Object, Boolean> shared;
    private int depth;

    MarshalWriter(int version, PyObject root) {
        this.version = version;
        this.refs = version >= 3 ? new java.util.HashMap<>() : null;
        this.shared = version >= 3 ? findSharedMutables(root) : null;
    }

    /** The marshal bytes of {@code v}. */
    static byte[] dumps(PyObject v, int version) {
        MarshalWriter w = new MarshalWriter(version, v);
        w.write(v);
        return w.out.toByteArray();
    }

    private static boolean mutable(PyObject o) {
        return o instanceof PyList || o instanceof PyDict || (o instanceof PySet s && s.type() == PySet.TYPE)
                || o instanceof org.taipan.runtime.PyByteArray || o instanceof org.taipan.runtime.PyMemoryView
                || o instanceof Buffers.Exporter;
    }

    /** The lists, dicts, sets and bytes-likes reachable from {@code root} more than once. */
    private static IdentityHashMap<Object, Boolean> findSharedMutables(PyObject root) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        IdentityHashMap<Object, Boolean> twice = new IdentityHashMap<>();
        List<PyObject> stack = new ArrayList<>();
        IdentityHashMap<Object, Boolean> visited = new IdentityHashMap<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            PyObject o = stack.remove(stack.size() - 1);
            if (mutable(o)) {
                if (seen.put(o, Boolean.TRUE) != null) {
                    twice.put(o, Boolean.TRUE);
                    continue;
                }
            } else if (visited.put(o, Boolean.TRUE) != null) {
                continue;
            }
            if (o.getClass() == PyList.class) {
                PyList l = (PyList) o;
                for (int i = 0; i < l.size(); i++) {
                    stack.add(l.get(i));
                }
            } else if (o.getClass() == PyTuple.class) {
                for (PyObject x : ((PyTuple) o).array()) {
                    stack.add(x);
                }
            } else if (o.getClass() == PyDict.class) {
                PyDict d = (PyDict) o;
                for (int i = 0; i < d.size(); i++) {
                    stack.add(d.keyAt(i));
                    stack.add(d.valueAt(i));
                }
            } else if (o.getClass() == PySet.class) {
                for (PyObject x : ((PySet) o).toArray()) {
                    stack.add(x);
                }
            }
        }
        return twice;
    }

    private void raw(int b) {
        out.write(b);
    }

    private void writeLong(long x) {
        raw((int) x & 0xff);
        raw((int) (x >> 8) & 0xff);
        raw((int) (x >> 16) & 0xff);
        raw((int) (x >> 24) & 0xff);
    }

    private void writeBytes(byte[] b) {
        out.write(b, 0, b.length);
    }

    private void writeSize(long n) {
        if (n > Integer.MAX_VALUE) {
            throw Errors.valueError("unmarshallable object");
        }
        writeLong(n);
    }

    /** {@code w_object}. */
    void write(PyObject v) {
        depth++;
        try {
            if (depth > MAX_DEPTH) {
                throw Errors.valueError("object too deeply nested to marshal");
            }
            if (v == null) {
                raw('0');
            } else if (v == PyNone.NONE) {
                raw('N');
            } else if (v == ExceptionTypes.StopIteration) {
                raw('S');
            } else if (v == PyEllipsis.ELLIPSIS) {
                raw('.');
            } else if (v == PyBool.FALSE) {
                raw('F');
            } else if (v == PyBool.TRUE) {
                raw('T');
            } else {
                int flag = 0;
                if (refs != null && (!mutable(v) || shared.containsKey(v))) {
                    Object key = refKey(v);
                    Integer at = refs.get(key);
                    if (at != null) {
                        raw('r');
                        writeLong(at);
                        return;
                    }
                    refs.put(key, refs.size());
                    flag = FLAG_REF;
                }
                writeComplex(v, flag);
            }
        } finally {
            depth--;
        }
    }

    /**
     * What a back-reference is keyed by. CPython's compiler merges equal constants into one object
     * and its small ints and identifier-like strings are one object per value, so Taipan keys the
     * immutable values it treats as constants by type and value (a float by its bits, so 0.0 and
     * -0.0 differ); lists, dicts, sets and code objects by identity.
     */
    private static Object refKey(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            PyInt i = (PyInt) v;
            return i.fitsLong() ? (Object) List.of("i", i.longValue()) : List.of("i", i.bigValue());
        }
        if (c == PyFloat.class) {
            return List.of("f", Double.doubleToRawLongBits(((PyFloat) v).value()));
        }
        if (c == PyComplex.class) {
            PyComplex z = (PyComplex) v;
            return List.of("c", Double.doubleToRawLongBits(z.real), Double.doubleToRawLongBits(z.imag));
        }
        if (c == PyStr.class) {
            return v;
        }
        if (c == PyBytes.class) {
            return List.of("b", java.nio.ByteBuffer.wrap(((PyBytes) v).bytes()));
        }
        if (c == PyTuple.class) {
            List<Object> key = new ArrayList<>();
            key.add("t");
            for (PyObject x : ((PyTuple) v).array()) {
                if (x == PyNone.NONE || x == PyBool.TRUE || x == PyBool.FALSE || x == PyEllipsis.ELLIPSIS
                        || x == ExceptionTypes.StopIteration) {
                    key.add(x);
                } else {
                    Object k = refKey(x);
                    if (k instanceof Identity) {
                        return new Identity(v);
                    }
                    key.add(k);
                }
            }
            return key;
        }
        if (c == PySet.class && v.type() == PySet.FROZENSET) {
            java.util.Set<Object> key = new java.util.HashSet<>();
            for (PyObject x : ((PySet) v).toArray()) {
                Object k = refKey(x);
                if (k instanceof Identity) {
                    return new Identity(v);
                }
                key.add(k);
            }
            return List.of("fs", key);
        }
        return new Identity(v);
    }

    /** A key equal only to itself, whatever the object's Java equals says. */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    private void writeComplex(PyObject v, int flag) {
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            PyInt i = (PyInt) v;
            if (i.fitsLong() && i.longValue() >= Integer.MIN_VALUE && i.longValue() <= Integer.MAX_VALUE) {
                raw('i' | flag);
                writeLong(i.longValue());
            } else {
                raw('l' | flag);
                writeBigInt(i.bigValue());
            }
        } else if (c == PyFloat.class) {
            double d = ((PyFloat) v).value();
            if (version > 1) {
                raw('g' | flag);
                writeBinaryFloat(d);
            } else {
                raw('f' | flag);
                writeFloatText(d);
            }
        } else if (c == PyComplex.class) {
            PyComplex z = (PyComplex) v;
            if (version > 1) {
                raw('y' | flag);
                writeBinaryFloat(z.real);
                writeBinaryFloat(z.imag);
            } else {
                raw('x' | flag);
                writeFloatText(z.real);
                writeFloatText(z.imag);
            }
        } else if (c == PyBytes.class) {
            raw('s' | flag);
            byte[] b = ((PyBytes) v).bytes();
            writeSize(b.length);
            writeBytes(b);
        } else if (c == PyStr.class) {
            writeStr((PyStr) v, flag);
        } else if (c == PyTuple.class) {
            PyObject[] items = ((PyTuple) v).array();
            if (version >= 4 && items.length < 256) {
                raw(')' | flag);
                raw(items.length);
            } else {
                raw('(' | flag);
                writeSize(items.length);
            }
            for (PyObject x : items) {
                write(x);
            }
        } else if (c == PyList.class) {
            PyList l = (PyList) v;
            raw('[' | flag);
            writeSize(l.size());
            for (int i = 0; i < l.size(); i++) {
                write(l.get(i));
            }
        } else if (c == PyDict.class) {
            PyDict d = (PyDict) v;
            raw('{' | flag);
            for (int i = 0; i < d.size(); i++) {
                write(d.keyAt(i));
                write(d.valueAt(i));
            }
            write(null);
        } else if (c == PySet.class) {
            writeSet((PySet) v, flag);
        } else if (c == PyCode.class) {
            raw(MarshalCodes.TYPE_TAIPAN_CODE | flag);
            byte[] b = MarshalCodes.toBytes((PyCode) v);
            writeSize(b.length);
            writeBytes(b);
        } else {
            byte[] b = v instanceof PyStr ? null : Buffers.bytesOrNull(v);
            if (b == null) {
                throw Errors.valueError("unmarshallable object");
            }
            raw('s' | flag);
            writeSize(b.length);
            writeBytes(b);
        }
    }

    private void writeBigInt(BigInteger b) {
        BigInteger mag = b.abs();
        int digits = (mag.bitLength() + 14) / 15;
        writeLong(b.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int d = mag.shiftRight(15 * i).intValue() & 0x7fff;
            raw(d & 0xff);
            raw(d >> 8);
        }
    }

    private void writeBinaryFloat(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            raw((int) (bits >> (8 * i)) & 0xff);
        }
    }

    /** Version 0-1 floats: {@code repr}-like text with 17 significant digits, after a length byte. */
    private void writeFloatText(double d) {
        String s = NumberFormat.doubleToString(d, 'g', 17, false, false, false, false);
        raw(s.length());
        for (int i = 0; i < s.length(); i++) {
            raw(s.charAt(i));
        }
    }

    private void writeStr(PyStr s, int flag) {
        boolean interned = looksInterned(s) || org.taipan.builtins.InternedStrings.isInterned(s);
        if (version >= 4 && isAscii(s)) {
            int n = s.length();
            if (n < 256) {
                raw((interned ? 'Z' : 'z') | flag);
                raw(n);
            } else {
                raw((interned ? 'A' : 'a') | flag);
                writeSize(n);
            }
            for (int i = 0; i < n; i++) {
                raw(s.codePointAt(i));
            }
            return;
        }
        raw((version >= 3 && interned ? 't' : 'u') | flag);
        byte[] utf8 = utf8SurrogatePass(s);
        writeSize(utf8.length);
        writeBytes(utf8);
    }

    private static boolean isAscii(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.codePointAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether CPython would have interned this string as a code constant: ASCII letters, digits, underscores. */
    static boolean looksInterned(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 with lone surrogates encoded like any other code point (the "surrogatepass" handler). */
    static byte[] utf8SurrogatePass(PyStr s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c < 0x80) {
                b.write(c);
            } else if (c < 0x800) {
                b.write(0xc0 | (c >> 6));
                b.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                b.write(0xe0 | (c >> 12));
                b.write(0x80 | ((c >> 6) & 0x3f));
                b.write(0x80 | (c & 0x3f));
            } else {
                b.write(0xf0 | (c >> 18));
                b.write(0x80 | ((c >> 12) & 0x3f));
                b.write(0x80 | ((c >> 6) & 0x3f));
                b.write(0x80 | (c & 0x3f));
            }
        }
        return b.toByteArray();
    }

    /** Sets and frozensets: the elements sorted by their own marshal bytes (3.11's bpo-37596 order). */
    private void writeSet(PySet set, int flag) {
        raw((set.type() == PySet.FROZENSET ? '>' : '<') | flag);
        PyObject[] items = set.toArray();
        writeSize(items.length);
        byte[][] keys = new byte[items.length][];
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = dumps(items[i], version);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> java.util.Arrays.compareUnsigned(keys[a], keys[b]));
        for (Integer i : order) {
            write(items[i]);
        }
    }
}
