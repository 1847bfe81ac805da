package org.taipan.runtime;

/**
 * The attributes and messages of {@code UnicodeEncodeError} and {@code UnicodeDecodeError}
 * ({@code encoding}, {@code object}, {@code start}, {@code end}, {@code reason}), as
 * {@code UnicodeEncodeError_str} and {@code UnicodeDecodeError_str} in CPython's
 * {@code Objects/exceptions.c}, and the factories the codecs raise them with.
 */
public final class UnicodeErrors {
    private UnicodeErrors() {}

    /** A UnicodeDecodeError for {@code data[start:end]}; positions are byte offsets. */
    public static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return Errors.of(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding), PyBytes.of(data), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    /** A UnicodeEncodeError for code points {@code [start, end)} of {@code s}. */
    public static PyException encodeError(String encoding, PyStr s, int start, int end, String reason) {
        return Errors.of(ExceptionTypes.UnicodeEncodeError, PyStr.of(encoding), s, PyInt.of(start), PyInt.of(end),
                PyStr.of(reason));
    }

    /**
     * Stores the five constructor arguments in the exception's fields ({@code UnicodeDecodeError_init}):
     * TypeError "function takes exactly 5 arguments (N given)" for another count. Plain
     * {@code UnicodeError} stores nothing; each init first clears encoding, object and reason.
     */
    static void init(PyBaseException e, PyObject[] args) {
        PyType t = e.type();
        if (t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError) || t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)) {
            e.setField(ExceptionLayout.ENCODING, null);
        }
        if (t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError) || t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)
                || t.isSubtypeOf(ExceptionTypes.UnicodeTranslateError)) {
            e.setField(ExceptionLayout.OBJECT, null);
            e.setField(ExceptionLayout.REASON, null);
        }
        boolean decode = t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError);
        if (t.isSubtypeOf(ExceptionTypes.UnicodeTranslateError)) {
            initTranslate(e, args);
            return;
        }
        if (!decode && !t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) {
            return;
        }
        if (args.length != 5) {
            throw Errors.typeError("function takes exactly 5 arguments (%d given)", args.length);
        }
        check(args[0] instanceof PyStr, 1, "str", args[0]);
        PyObject object = args[1];
        if (decode) {
            byte[] b = Buffers.bytesOrNull(object);
            if (b == null) {
                throw Errors.typeError("argument 2 must be bytes-like object, not %s", object.type().name());
            }
            object = object instanceof PyBytes ? object : PyBytes.of(b.clone());
        } else {
            check(object instanceof PyStr, 2, "str", object);
        }
        for (int i = 2; i < 4; i++) {
            if (PyInt.asInt(args[i]) == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", args[i].type().name());
            }
        }
        check(args[4] instanceof PyStr, 5, "str", args[4]);
        e.setField(ExceptionLayout.ENCODING, args[0]);
        e.setField(ExceptionLayout.OBJECT, object);
        e.setField(ExceptionLayout.START, PyInt.of(PyInt.asInt(args[2]).ssizeValue()));
        e.setField(ExceptionLayout.END, PyInt.of(PyInt.asInt(args[3]).ssizeValue()));
        e.setField(ExceptionLayout.REASON, args[4]);
    }

    /** {@code UnicodeTranslateError(object, start, end, reason)}: no encoding (None). */
    private static void initTranslate(PyBaseException e, PyObject[] args) {
        if (args.length != 4) {
            throw Errors.typeError("function takes exactly 4 arguments (%d given)", args.length);
        }
        check(args[0] instanceof PyStr, 1, "str", args[0]);
        for (int i = 1; i < 3; i++) {
            if (PyInt.asInt(args[i]) == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", args[i].type().name());
            }
        }
        check(args[3] instanceof PyStr, 4, "str", args[3]);
        e.setField(ExceptionLayout.OBJECT, args[0]);
        e.setField(ExceptionLayout.START, PyInt.of(PyInt.asInt(args[1]).ssizeValue()));
        e.setField(ExceptionLayout.END, PyInt.of(PyInt.asInt(args[2]).ssizeValue()));
        e.setField(ExceptionLayout.REASON, args[3]);
    }

    private static void check(boolean ok, int n, String want, PyObject got) {
        if (!ok) {
            throw Errors.typeError("argument %d must be %s, not %s", n, want, got.type().name());
        }
    }

    /**
     * The {@code object} of a unicode error as bytes (a UnicodeDecodeError's) or str (the
     * others'), as {@code PyUnicodeDecodeError_GetObject} and {@code PyUnicodeEncodeError_GetObject}
     * read it: the attribute may have been assigned anything.
     *
     * @throws PyException TypeError "object attribute not set" / "object attribute must be bytes"
     *         (or "unicode")
     */
    public static PyObject object(PyBaseException e, boolean bytes) {
        return typedField(e.attribute("object"), "object", bytes);
    }

    /** The {@code encoding} of a unicode error as str ({@code PyUnicodeEncodeError_GetEncoding}); TypeError otherwise. */
    public static PyStr encoding(PyBaseException e) {
        return (PyStr) typedField(e.attribute("encoding"), "encoding", false);
    }

    /** CPython's {@code get_string} and {@code get_unicode}: the field checked to be bytes or str. */
    private static PyObject typedField(PyObject v, String name, boolean bytes) {
        if (v == null) {
            throw Errors.typeError("%s attribute not set", name);
        }
        if (bytes ? !(v instanceof PyBytes) : !(v instanceof PyStr)) {
            throw Errors.typeError("%s attribute must be %s", name, bytes ? "bytes" : "unicode");
        }
        return v;
    }

    /** The length of a checked {@link #object}: bytes or code points. */
    private static long length(PyObject object) {
        return object instanceof PyBytes b ? b.bytes().length : ((PyStr) object).length();
    }

    /**
     * The {@code start} of a unicode error clamped into its object as {@code PyUnicodeEncodeError_GetStart}
     * does: below 0 reads as 0, past the end as the last position. For an empty object 3.11 gives
     * -1 and its handlers then read before the data; this is 0, as CPython 3.14 made it.
     */
    public static long start(PyBaseException e, boolean bytes) {
        long size = length(object(e, bytes));
        long start = PyInt.asInt(e.attribute("start")).longValue();
        return start < 0 || size == 0 ? 0 : start >= size ? size - 1 : start;
    }

    /** The {@code end} of a unicode error clamped as {@code PyUnicodeEncodeError_GetEnd} does: at least 1, at most the length. */
    public static long end(PyBaseException e, boolean bytes) {
        long size = length(object(e, bytes));
        long end = PyInt.asInt(e.attribute("end")).longValue();
        return end < 1 ? 1 : end > size ? size : end;
    }

    /**
     * {@code str(e)} of a UnicodeDecodeError or UnicodeEncodeError; "" before initialisation. An
     * object of the wrong type (assigned after construction) raises the TypeError of
     * {@link #object}, as CPython 3.14's {@code UnicodeEncodeError_str} does (3.11 reads it
     * unchecked, which is undefined behaviour).
     */
    static PyObject str(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyObject object = e.attribute("object");
        if (object == null) {
            return PyStr.of("");
        }
        if (e.type().isSubtypeOf(ExceptionTypes.UnicodeTranslateError)) {
            return translateStr(e, (PyStr) object(e, false));
        }
        object = object(e, e.type().isSubtypeOf(ExceptionTypes.UnicodeDecodeError));
        String enc = strOrNull(e.attribute("encoding"));
        String reason = strOrNull(e.attribute("reason"));
        long start = PyInt.asInt(e.attribute("start")).longValue();
        long end = PyInt.asInt(e.attribute("end")).longValue();
        if (object instanceof PyBytes b) {
            if (start >= 0 && start < b.bytes().length && end == start + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                        b.bytes()[(int) start] & 0xff, start, reason));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1,
                    reason));
        }
        PyStr s = (PyStr) object;
        if (start >= 0 && start < s.length() && end == start + 1) {
            return PyStr.of(String.format("'%s' codec can't encode character '%s' in position %d: %s", enc,
                    escape(s.codePointAt((int) start)), start, reason));
        }
        return PyStr.of(String.format("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end - 1,
                reason));
    }

    private static PyObject translateStr(PyBaseException e, PyStr s) {
        String reason = strOrNull(e.attribute("reason"));
        long start = PyInt.asInt(e.attribute("start")).longValue();
        long end = PyInt.asInt(e.attribute("end")).longValue();
        if (start >= 0 && start < s.length() && end == start + 1) {
            return PyStr.of(String.format("can't translate character '%s' in position %d: %s",
                    escape(s.codePointAt((int) start)), start, reason));
        }
        return PyStr.of(String.format("can't translate characters in position %d-%d: %s", start, end - 1, reason));
    }

    /** {@code PyObject_Str} as {@code %S} formats it: a deleted field shows as {@code <NULL>}. */
    private static String strOrNull(PyObject o) {
        return o == null ? "<NULL>" : Abstract.str(o).toString();
    }

    /** The backslash form of one code point: x, u or U followed by 2, 4 or 8 hex digits. */
    public static String escape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }
}
