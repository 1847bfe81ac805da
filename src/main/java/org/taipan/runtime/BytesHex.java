package org.taipan.runtime;

/** {@code bytes.hex(sep, bytes_per_sep)} and {@code fromhex} ({@code Python/pystrhex.c}, {@code _PyBytes_FromHex}). */
final class BytesHex {
    private BytesHex() {}

    static PyStr hex(byte[] b, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("hex", a, k, 0, "sep", "bytes_per_sep");
        PyInt perInt = p[1] == null ? PyInt.ONE : intArg(p[1]);
        long per = perInt.fitsLong() ? perInt.longValue() : Long.MAX_VALUE;
        if (per != (int) per) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        int sep = p[0] == null ? -1 : separator(p[0]);
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0 && sep >= 0 && per != 0) {
                boolean boundary = per > 0 ? (b.length - i) % per == 0 : i % -per == 0;
                if (boundary) {
                    sb.append((char) sep);
                }
            }
            sb.append(Character.forDigit(b[i] >> 4 & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return PyStr.of(sb.toString());
    }

    /** The separator character of hex(): a str or bytes of length 1, ASCII (CPython's checks, in its order). */
    private static int separator(PyObject o) {
        int[] cps = null;
        if (o instanceof PyStr s) {
            cps = s.codePoints();
        } else {
            byte[] sb = Buffers.bytesOrNull(o);
            if (sb != null) {
                cps = new int[sb.length];
                for (int i = 0; i < sb.length; i++) {
                    cps[i] = sb[i] & 0xff;
                }
            }
        }
        int len = cps != null ? cps.length : (int) Abstract.length(o);
        if (len != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        if (cps == null) {
            throw Errors.typeError("sep must be str or bytes.");
        }
        if (cps[0] > 127) {
            throw Errors.valueError("sep must be ASCII.");
        }
        return cps[0];
    }

    private static PyInt intArg(PyObject o) {
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        return Abstract.index(o, null);
    }

    static byte[] fromhex(PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not %s", arg.type().name());
        }
        int n = s.length();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n / 2);
        int i = 0;
        while (i < n) {
            if (s.codePointAt(i) < 128 && BytesSearch.isSpace(s.codePointAt(i))) {
                i++;
                continue;
            }
            int hi = digit(s, i);
            if (hi < 0) {
                throw bad(i);
            }
            int lo = i + 1 < n ? digit(s, i + 1) : -1;
            if (lo < 0) {
                throw bad(i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int digit(PyStr s, int i) {
        int c = s.codePointAt(i);
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static PyException bad(int at) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", at);
    }
}
