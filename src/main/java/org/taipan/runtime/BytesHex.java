package org.taipan.runtime;

/** {@code bytes.hex(sep, bytes_per_sep)} and {@code fromhex} ({@code Python/pystrhex.c}, {@code _PyBytes_FromHex}). */
final class BytesHex {
    private BytesHex() {}

    static PyStr hex(byte[] b, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("hex", a, k, 0, "sep", "bytes_per_sep");
        int sep = -1;
        if (p[0] != null) {
            int[] cps;
            if (p[0] instanceof PyStr s) {
                cps = s.codePoints();
            } else {
                byte[] sb = Buffers.bytesOrNull(p[0]);
                if (sb == null) {
                    throw Errors.typeError("object of type '%s' has no len()", p[0].type().name());
                }
                cps = new int[sb.length];
                for (int i = 0; i < sb.length; i++) {
                    cps[i] = sb[i] & 0xff;
                }
            }
            if (cps.length != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (cps[0] > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
            sep = cps[0];
        }
        PyInt perInt = p[1] == null ? PyInt.ONE : intArg(p[1]);
        long per = perInt.fitsLong() ? perInt.longValue() : Long.MAX_VALUE;
        if (per != (int) per) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
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
