package org.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The searching, splitting and replacing methods shared by {@code bytes} and {@code bytearray}
 * ({@code Objects/bytes_methods.c} and {@code Objects/stringlib}): plain algorithms over byte
 * arrays; {@link BytesMethods} binds them as methods.
 */
final class BytesSearch {
    private BytesSearch() {}

    /** ASCII whitespace as {@code Py_ISSPACE}: space, \t, \n, \v, \f, \r. */
    static boolean isSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    /** The first index of {@code n} in {@code h[from, to)}, or -1; linear in the worst case ({@link StringSearch}). */
    static int indexOf(byte[] h, byte[] n, int from, int to) {
        return StringSearch.indexOf(h, n, from, to);
    }

    /** The last index of {@code n} in {@code h[from, to)}, or -1; linear in the worst case. */
    static int lastIndexOf(byte[] h, byte[] n, int from, int to) {
        return StringSearch.lastIndexOf(h, n, from, to);
    }

    static boolean matchAt(byte[] h, byte[] n, int at) {
        if (at < 0 || at + n.length > h.length) {
            return false;
        }
        for (int j = 0; j < n.length; j++) {
            if (h[at + j] != n[j]) {
                return false;
            }
        }
        return true;
    }

    static int count(byte[] h, byte[] n, int from, int to, long max) {
        if (n.length == 0) {
            return (int) Math.min(max, Math.max(0, to - from + 1));
        }
        return StringSearch.count(h, n, from, to, max);
    }

    /** A search needle: an int in range(256) or a bytes-like object ("argument should be integer or bytes-like object, not 'str'"). */
    static byte[] needle(PyObject o) {
        byte[] b = Buffers.contiguousOrNull(o);
        if (b != null) {
            return b;
        }
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '%s'", o.type().name());
        }
        PyInt v = Abstract.index(o, null);
        if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
            // any int out of range, sys.maxsize + 1 too, is a ValueError (CPython clips it first)
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return new byte[] {(byte) v.longValue()};
    }

    /** A slice bound argument (None or an index) adjusted to {@code [0, len]} as {@code ADJUST_INDICES}. */
    static int bound(PyObject o, int len, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        java.math.BigInteger big = Abstract.index(o, null).bigValue();
        long v = big.bitLength() > 62 ? (big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : big.longValue();
        if (v < 0) {
            v = Math.max(0, v + len);
        }
        return (int) Math.min(v, len);
    }

    /** The raw start (possibly beyond the end) for find-like methods: CPython returns -1 when start > len. */
    static long rawStart(PyObject o, int len) {
        if (o == null || o == PyNone.NONE) {
            return 0;
        }
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        java.math.BigInteger big = Abstract.index(o, null).bigValue();
        long v = big.bitLength() > 62 ? (big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : big.longValue();
        return v < 0 ? Math.max(0, v + len) : v;
    }

    /** find/rfind/index/rindex: the position or -1 (index raises). */
    /** The argument count check of the find family: "find() takes at least 1 argument (0 given)". */
    static void findArgs(String fname, PyObject[] a, String[] k) {
        Args.noKeywords(fname, k);
        if (a.length < 1) {
            throw Errors.typeError("%s() takes at least 1 argument (0 given)", fname);
        }
        if (a.length > 3) {
            throw Errors.typeError("%s() takes at most 3 arguments (%d given)", fname, a.length);
        }
    }

    static long find(byte[] b, PyObject[] a, String[] k, String fname, boolean reverse, boolean raise) {
        findArgs(fname, a, k);
        long start = rawStart(a.length > 1 ? a[1] : null, b.length);
        int end = bound(a.length > 2 ? a[2] : null, b.length, b.length);
        byte[] n = needle(a[0]);
        long r = -1;
        if (start <= b.length && start + n.length <= end) {
            r = reverse ? lastIndexOf(b, n, (int) start, end) : indexOf(b, n, (int) start, end);
        }
        if (r < 0 && raise) {
            throw Errors.valueError("subsection not found");
        }
        return r;
    }

    static long count(byte[] b, PyObject[] a, String[] k) {
        findArgs("count", a, k);
        long start = rawStart(a.length > 1 ? a[1] : null, b.length);
        int end = bound(a.length > 2 ? a[2] : null, b.length, b.length);
        byte[] n = needle(a[0]);
        if (start > b.length || start > end) {
            return 0;
        }
        return count(b, n, (int) start, end, Long.MAX_VALUE);
    }

    /** startswith/endswith with a bytes-like prefix or a tuple of them. */
    static boolean affix(byte[] b, PyObject[] a, String[] k, String fname, boolean start) {
        findArgs(fname, a, k);
        long lo = rawStart(a.length > 1 ? a[1] : null, b.length);
        int hi = bound(a.length > 2 ? a[2] : null, b.length, b.length);
        PyObject[] options;
        if (a[0] instanceof PyTuple t) {
            options = t.array();
        } else {
            if (Buffers.bytesOrNull(a[0]) == null) {
                throw Errors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", fname,
                        a[0].type().name());
            }
            options = new PyObject[] {a[0]};
        }
        for (PyObject o : options) {
            byte[] p = Buffers.require(o);
            if (lo > b.length || lo + p.length > hi) {
                continue;
            }
            if (matchAt(b, p, start ? (int) lo : hi - p.length)) {
                return true;
            }
        }
        return false;
    }

    static byte[] replace(byte[] b, byte[] old, byte[] rep, long max) {
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= b.length; i++) {
                if (done < max) {
                    out.writeBytes(rep);
                    done++;
                }
                if (i < b.length) {
                    out.write(b[i]);
                }
            }
            return out.toByteArray();
        }
        // non-overlapping, left to right, as CPython's replace
        int i = 0;
        long done = 0;
        for (int j; done < max && (j = indexOf(b, old, i, b.length)) >= 0; i = j + old.length) {
            out.write(b, i, j - i);
            out.writeBytes(rep);
            done++;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    /** split/rsplit into pieces (as byte arrays), by {@code sep} or by runs of ASCII whitespace when null. */
    static java.util.List<byte[]> split(byte[] b, byte[] sep, long max, boolean right) {
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        if (sep != null) {
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            if (!right) {
                int from = 0;
                while (parts.size() < max) {
                    int at = indexOf(b, sep, from, b.length);
                    if (at < 0) {
                        break;
                    }
                    parts.add(java.util.Arrays.copyOfRange(b, from, at));
                    from = at + sep.length;
                }
                parts.add(java.util.Arrays.copyOfRange(b, from, b.length));
                return parts;
            }
            int to = b.length;
            while (parts.size() < max) {
                int at = lastIndexOf(b, sep, 0, to);
                if (at < 0) {
                    break;
                }
                parts.add(java.util.Arrays.copyOfRange(b, at + sep.length, to));
                to = at;
            }
            parts.add(java.util.Arrays.copyOfRange(b, 0, to));
            java.util.Collections.reverse(parts);
            return parts;
        }
        if (!right) {
            int i = 0;
            while (true) {
                while (i < b.length && isSpace(b[i] & 0xff)) {
                    i++;
                }
                if (i == b.length) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(java.util.Arrays.copyOfRange(b, i, b.length));
                    break;
                }
                int j = i;
                while (j < b.length && !isSpace(b[j] & 0xff)) {
                    j++;
                }
                parts.add(java.util.Arrays.copyOfRange(b, i, j));
                i = j;
            }
            return parts;
        }
        int i = b.length;
        while (true) {
            while (i > 0 && isSpace(b[i - 1] & 0xff)) {
                i--;
            }
            if (i == 0) {
                break;
            }
            if (parts.size() == max) {
                parts.add(java.util.Arrays.copyOfRange(b, 0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(b[j - 1] & 0xff)) {
                j--;
            }
            parts.add(java.util.Arrays.copyOfRange(b, j, i));
            i = j;
        }
        java.util.Collections.reverse(parts);
        return parts;
    }

    static java.util.List<byte[]> splitlines(byte[] b, boolean keepends) {
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        int i = 0;
        while (i < b.length) {
            int j = i;
            while (j < b.length && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < b.length) {
                j += b[j] == '\r' && j + 1 < b.length && b[j + 1] == '\n' ? 2 : 1;
            }
            parts.add(java.util.Arrays.copyOfRange(b, i, keepends ? j : eol));
            i = j;
        }
        return parts;
    }

    /** strip/lstrip/rstrip: the bounds {start, end} after removing bytes in {@code chars} (ASCII whitespace when null). */
    static int[] strip(byte[] b, byte[] chars, boolean left, boolean right) {
        boolean[] set = new boolean[256];
        if (chars == null) {
            for (int c = 0; c < 256; c++) {
                set[c] = isSpace(c);
            }
        } else {
            for (byte c : chars) {
                set[c & 0xff] = true;
            }
        }
        int i = 0, j = b.length;
        while (left && i < j && set[b[i] & 0xff]) {
            i++;
        }
        while (right && j > i && set[b[j - 1] & 0xff]) {
            j--;
        }
        return new int[] {i, j};
    }

    /** The 256-byte table of translate (null for None): ValueError for another length. */
    static byte[] table(PyObject table) {
        if (table == PyNone.NONE) {
            return null;
        }
        byte[] map = Buffers.require(table);
        if (map.length != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        return map;
    }

    static byte[] translate(byte[] b, byte[] map, byte[] delete) {
        boolean[] del = new boolean[256];
        for (byte d : delete) {
            del[d & 0xff] = true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (!del[x & 0xff]) {
                out.write(map == null ? x : map[x & 0xff]);
            }
        }
        return out.toByteArray();
    }

    static byte[] maketrans(PyObject[] a, String[] k) {
        Args.check("maketrans", a, k, 2, 2);
        byte[] from = Buffers.require(a[0]), to = Buffers.require(a[1]);
        if (from.length != to.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] r = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            r[from[i] & 0xff] = to[i];
        }
        return r;
    }

    /** The items {@code join} joins: TypeError "can only join an iterable" for a non-iterable. */
    static PyObject[] joinItems(PyObject iterable) {
        if (iterable.type().tp_iter == null && iterable.type().lookup("__getitem__") == null) {
            throw Errors.typeError("can only join an iterable");
        }
        return Abstract.toArray(iterable);
    }

    static byte[] join(byte[] sep, PyObject[] items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] x = Buffers.simpleOrNull(items[i]);
            if (x == null) {
                throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                        items[i].type().name());
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(x);
        }
        return out.toByteArray();
    }
}
