package org.taipan.runtime;

/** {@code bytes.hex(sep, bytes_per_sep)} and {@code fromhex} ({@code Python/pystrhex.c}, {@code _PyBytes_FromHex}). */
public final class BytesHex {
    private BytesHex() {}

    static PyStr hex(byte[] b, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("hex", a, k, 0, "sep", "bytes_per_sep");
        // all ASCII: hex() refuses a separator above U+007F
        return PyStr.simple(new String(hex(b, p[0], p[1], false), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /**
     * The hexadecimal digits of {@code b} (lower case), with separator {@code sepArg} (a str or
     * bytes of length 1, or null for none) between groups of {@code perArg} bytes counted from
     * the right (from the left when negative; null for 1, 0 for no separator): CPython's
     * {@code _Py_strhex_impl}. For a bytes result ({@code binascii.hexlify}) the separator may
     * be any Latin-1 character; for a str ({@code bytes.hex}) only ASCII.
     *
     * @return the result's bytes, one per character
     * @throws PyException OverflowError "Python int too large to convert to C int" for
     *     {@code perArg}; ValueError "sep must be length 1." or "sep must be ASCII."; TypeError
     *     "sep must be str or bytes."
     */
    public static byte[] hex(byte[] b, PyObject sepArg, PyObject perArg, boolean returnBytes) {
        PyInt perInt = perArg == null ? PyInt.ONE : intArg(perArg);
        long per = perInt.fitsLong() ? perInt.longValue() : Long.MAX_VALUE;
        if (per != (int) per) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        int sep = sepArg == null ? -1 : separator(sepArg, returnBytes);
        if (sep < 0 || per == 0 || b.length < 2) {
            return hexDigits(b);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                boolean boundary = per > 0 ? (b.length - i) % per == 0 : i % -per == 0;
                if (boundary) {
                    out.write(sep);
                }
            }
            out.write(DIGITS[b[i] >> 4 & 0xF]);
            out.write(DIGITS[b[i] & 0xF]);
        }
        return out.toByteArray();
    }

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /**
     * The lower-case hexadecimal digits of {@code b}, two ASCII bytes per byte with no separator:
     * {@code bytes.hex()} and {@code binascii.hexlify(data)}.
     *
     * @param b the bytes (not modified)
     * @return a new array of {@code 2 * b.length} bytes
     */
    public static byte[] hexDigits(byte[] b) {
        byte[] r = new byte[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            r[2 * i] = DIGITS[b[i] >> 4 & 0xF];
            r[2 * i + 1] = DIGITS[b[i] & 0xF];
        }
        return r;
    }

    /** The separator character of hex(): a str or bytes of length 1, ASCII unless for a bytes result (CPython's checks, in its order). */
    private static int separator(PyObject o, boolean returnBytes) {
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
        // a str separator must be Latin-1 (PyUnicode_1BYTE_KIND) even where a bytes result allows above ASCII
        if (cps[0] > 255 || cps[0] > 127 && !returnBytes) {
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
