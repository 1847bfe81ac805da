package org.taipan.runtime;

/** The slots of {@code str} (CPython's {@code Objects/unicodeobject.c}). */
final class StrSlots {
    private StrSlots() {}

    static void install(PyType t) {
        t.tp_repr = o -> PyStr.of(StrRepr.repr((PyStr) o));
        t.tp_str = o -> o.getClass() == PyStr.class ? o : ((PyStr) o).exact();
        t.tp_hash = o -> ((PyStr) o).hash();
        t.tp_richcompare = StrSlots::richCompare;
        t.mp_length = o -> ((PyStr) o).length();
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyStr y)) {
                throw Errors.typeError("can only concatenate str (not \"%s\") to str", b.type().name());
            }
            return ((PyStr) a).concat(y);
        };
        t.sq_repeat = (a, n) -> repeat((PyStr) a, Sequences.repeatCount(n));
        t.sq_contains = (a, b) -> {
            if (!(b instanceof PyStr y)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", b.type().name());
            }
            return contains((PyStr) a, y);
        };
        t.mp_subscript = StrSlots::subscript;
        t.tp_iter = o -> new SeqIterator(o);
        t.nb_remainder = (a, b) -> a instanceof PyStr s ? PercentFormat.format(s, b)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_new = StrSlots::newStr;
    }

    /**
     * {@code a <op> b} ({@code PyUnicode_RichCompare}): NotImplemented unless {@code b} is a str;
     * {@code ==} and {@code !=} test equality (the cached hashes and the lengths can answer
     * first), the others order by code point.
     */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyStr y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(a.equals(y) == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(((PyStr) a).compareTo(y)));
    }

    /**
     * {@code y in x} ({@code PyUnicode_Contains}); a one-character {@code y} is a char search.
     * Searched by UTF-16 unit unless a lone surrogate could pair up with a neighbour there, then
     * by code point; linear in the worst case ({@link StringSearch}).
     */
    static boolean contains(PyStr x, PyStr y) {
        if (x.isSimple() && y.isSimple()) {
            String h = x.toString(), n = y.toString();
            return n.length() == 1 ? h.indexOf(n.charAt(0)) >= 0 : StringSearch.indexOf(h, n, 0, h.length()) >= 0;
        }
        if (!x.hasLoneSurrogate() && !y.hasLoneSurrogate()) {
            String h = x.toString();
            return StringSearch.indexOf(h, y.toString(), 0, h.length()) >= 0;
        }
        return indexOf(x, y) >= 0;
    }

    /** The first code point index of {@code n} in {@code h}, or -1, comparing code points. */
    static int indexOf(PyStr h, PyStr n) {
        int[] hc = h.isSimple() ? h.codePoints() : h.sharedCodePoints();
        int[] nc = n.isSimple() ? n.codePoints() : n.sharedCodePoints();
        return StringSearch.indexOf(hc, nc, 0, hc.length);
    }

    static PyStr repeat(PyStr s, long n) {
        if (n <= 0 || s.length() == 0) {
            return PyStr.of("");
        }
        if (n == 1 && s.getClass() == PyStr.class) {
            return s; // unicode_repeat: an exact str repeated once is itself
        }
        // CPython: OverflowError past Py_ssize_t, MemoryError for what it cannot allocate.
        if (n > Long.MAX_VALUE / s.length()) {
            throw Errors.of(ExceptionTypes.OverflowError, "repeated string is too long");
        }
        if ((long) s.length() * n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        if (s.isSimple()) {
            return PyStr.of(s.toString().repeat((int) n));
        }
        int[] c = s.codePoints();
        int[] r = new int[(int) (c.length * n)];
        System.arraycopy(c, 0, r, 0, c.length);
        Sequences.fillByDoubling(r, c.length, r.length);
        return PyStr.ofCodePoints(r);
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyStr s = (PyStr) o;
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(s.length());
            if (ix.step() == 1) {
                return ix.length() == 0 ? PyStr.of("") : s.substring((int) ix.start(), (int) ix.stop());
            }
            int[] r = new int[(int) ix.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = s.codePointAt((int) (ix.start() + i * ix.step()));
            }
            return PyStr.ofCodePoints(r);
        }
        if (PyInt.asInt(key) == null && key.type().nb_index == null) {
            throw Errors.typeError("string indices must be integers, not '%s'", key.type().name());
        }
        long i = Sequences.index(key, s.length(), "string index out of range");
        return s.substring((int) i, (int) i + 1);
    }

    private static PyObject newStr(PyType type, PyObject[] args, String[] kwnames) {
        int npos = Args.positional(args, kwnames);
        PyObject x = npos > 0 ? args[0] : Args.keyword(args, kwnames, "object");
        Args.onlyKeywords("str", kwnames, "object", "encoding", "errors");
        if (npos > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (%d given)", npos);
        }
        if (type != PyStr.TYPE) {
            return new PyStr.Sub(type, (PyStr) newStr(PyStr.TYPE, args, kwnames));
        }
        if (x == null) {
            return PyStr.of("");
        }
        if (npos > 1 || kwnames != null && (Args.keyword(args, kwnames, "encoding") != null
                || Args.keyword(args, kwnames, "errors") != null)) {
            if (x instanceof PyStr) {
                throw Errors.typeError("decoding str is not supported");
            }
            byte[] data = Buffers.simpleOrNull(x);
            if (data != null) {
                return Codecs.decode(data, npos > 1 ? args[1] : Args.keyword(args, kwnames, "encoding"),
                        npos > 2 ? args[2] : Args.keyword(args, kwnames, "errors"));
            }
            throw Errors.typeError("decoding to str: need a bytes-like object, %s found", x.type().name());
        }
        return Abstract.str(x);
    }
}
