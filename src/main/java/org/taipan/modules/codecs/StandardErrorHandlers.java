package org.taipan.modules.codecs;

import java.io.ByteArrayOutputStream;

import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.UnicodeErrors;

/**
 * The standard error handlers as Python code sees them through {@code codecs.lookup_error}:
 * CPython's {@code PyCodec_StrictErrors}, {@code PyCodec_IgnoreErrors}, {@code PyCodec_ReplaceErrors},
 * {@code PyCodec_BackslashReplaceErrors}, {@code PyCodec_XMLCharRefReplaceErrors},
 * {@code PyCodec_NameReplaceErrors}, {@code PyCodec_SurrogateEscapeErrors} and
 * {@code PyCodec_SurrogatePassErrors} of {@code Python/codecs.c}. They read the exception's
 * attributes through CPython's checked getters ({@link UnicodeErrors#object} and the clamped
 * {@link UnicodeErrors#start}/{@link UnicodeErrors#end}), because a program may have assigned
 * anything to them. (The Java codecs apply the same handlers directly, in
 * {@code CodecErrors}.)
 *
 * <p>They are module-less builtins, as in CPython, where {@code _codecs} does not define them
 * and {@code codecs.py} gets them from {@code lookup_error}.
 */
final class StandardErrorHandlers {
    private StandardErrorHandlers() {}

    private static final String[] NAMES = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
        "namereplace", "surrogateescape", "surrogatepass"};

    private static final java.util.Map<String, PyBuiltinFunction> HANDLERS = new java.util.HashMap<>();

    static {
        for (String n : NAMES) {
            // CPython names the two surrogate handlers' functions without the "_errors" suffix.
            String fname = n.startsWith("surrogate") ? n : n + "_errors";
            HANDLERS.put(n, new PyBuiltinFunction(fname, (a, k) -> {
                if (k != null && k.length > 0) {
                    throw Errors.typeError("%s() takes no keyword arguments", fname);
                }
                if (a.length != 1) {
                    throw Errors.typeError("%s() takes exactly one argument (%d given)", fname, a.length);
                }
                return handle(n, a[0]);
            }, x -> handle(n, x), null).withoutModule());
        }
    }

    /** The standard handler called {@code name}, or null when there is none. */
    static PyObject lookup(String name) {
        return HANDLERS.get(name);
    }

    /** The three kinds of unicode error a handler tells apart (by isinstance, in this order). */
    private enum Kind { ENCODE, DECODE, TRANSLATE }

    private static Kind kind(PyObject exc) {
        PyType t = exc.type();
        return t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError) ? Kind.ENCODE
                : t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError) ? Kind.DECODE
                : t.isSubtypeOf(ExceptionTypes.UnicodeTranslateError) ? Kind.TRANSLATE : null;
    }

    private static PyObject handle(String name, PyObject exc) {
        if (name.equals("strict")) {
            if (!(exc instanceof PyBaseException e)) {
                throw Errors.typeError("codec must pass exception instance");
            }
            throw new PyException(e);
        }
        Kind kind = kind(exc);
        PyBaseException e = kind == null ? null : (PyBaseException) exc;
        return switch (name) {
            case "ignore" -> kind == null ? wrongType(exc) : result(PyStr.of(""), UnicodeErrors.end(e, kind == Kind.DECODE));
            case "replace" -> replace(exc, e, kind);
            case "backslashreplace" -> backslashReplace(exc, e, kind);
            case "xmlcharrefreplace", "namereplace" -> kind != Kind.ENCODE ? wrongType(exc) : charReplace(e, name);
            case "surrogateescape" -> surrogateEscape(exc, e, kind);
            case "surrogatepass" -> surrogatePass(exc, e, kind);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** CPython's {@code wrong_exception_type}. */
    private static PyObject wrongType(PyObject exc) {
        throw Errors.typeError("don't know how to handle %s in error callback", exc.type().name());
    }

    private static PyObject result(PyObject replacement, long end) {
        return PyTuple.of(replacement, PyInt.of(end));
    }

    /** A negative length reaching CPython's allocators: the SystemError they raise. */
    private static int size(long n, String allocator) {
        if (n < 0) {
            throw Errors.of(ExceptionTypes.SystemError, "Negative size passed to " + allocator);
        }
        return (int) n;
    }

    private static PyObject replace(PyObject exc, PyBaseException e, Kind kind) {
        if (kind == null) {
            return wrongType(exc);
        }
        if (kind == Kind.DECODE) {
            return result(PyStr.of("\ufffd"), UnicodeErrors.end(e, true));
        }
        long start = UnicodeErrors.start(e, false);
        long end = UnicodeErrors.end(e, false);
        String mark = kind == Kind.ENCODE ? "?" : "\ufffd";
        return result(PyStr.of(mark.repeat(size(end - start, "PyUnicode_New"))), end);
    }

    private static PyObject backslashReplace(PyObject exc, PyBaseException e, Kind kind) {
        if (kind == null) {
            return wrongType(exc);
        }
        boolean decode = kind == Kind.DECODE;
        long start = UnicodeErrors.start(e, decode);
        long end = UnicodeErrors.end(e, decode);
        StringBuilder sb = new StringBuilder();
        if (decode) {
            byte[] b = ((PyBytes) UnicodeErrors.object(e, true)).bytes();
            size(4 * (end - start), "PyUnicode_New");
            for (long i = start; i < end; i++) {
                sb.append(String.format("\\x%02x", b[(int) i] & 0xff));
            }
        } else {
            PyStr s = (PyStr) UnicodeErrors.object(e, false);
            for (long i = start; i < end; i++) {
                sb.append(UnicodeErrors.escape(s.codePointAt((int) i)));
            }
        }
        return result(PyStr.of(sb.toString()), end);
    }

    /** {@code xmlcharrefreplace} and {@code namereplace}, which handle only encoding errors. */
    private static PyObject charReplace(PyBaseException e, String name) {
        long start = UnicodeErrors.start(e, false);
        long end = UnicodeErrors.end(e, false);
        PyStr s = (PyStr) UnicodeErrors.object(e, false);
        StringBuilder sb = new StringBuilder();
        for (long i = start; i < end; i++) {
            int c = s.codePointAt((int) i);
            if (name.equals("xmlcharrefreplace")) {
                sb.append("&#").append(c).append(';');
            } else {
                String n = org.taipan.parse.UnicodeNames.name(c);
                sb.append(n != null ? "\\N{" + n + "}" : UnicodeErrors.escape(c));
            }
        }
        return result(PyStr.of(sb.toString()), end);
    }

    private static PyObject surrogateEscape(PyObject exc, PyBaseException e, Kind kind) {
        if (kind == Kind.ENCODE) {
            long start = UnicodeErrors.start(e, false);
            long end = UnicodeErrors.end(e, false);
            PyStr s = (PyStr) UnicodeErrors.object(e, false);
            byte[] out = new byte[size(end - start, "PyBytes_FromStringAndSize")];
            for (long i = start; i < end; i++) {
                int c = s.codePointAt((int) i);
                if (c < 0xDC80 || c > 0xDCFF) {
                    throw new PyException(e);
                }
                out[(int) (i - start)] = (byte) (c - 0xDC00);
            }
            return result(PyBytes.of(out), end);
        }
        if (kind != Kind.DECODE) {
            return wrongType(exc);
        }
        long start = UnicodeErrors.start(e, true);
        long end = UnicodeErrors.end(e, true);
        byte[] b = ((PyBytes) UnicodeErrors.object(e, true)).bytes();
        // At most four bytes, and never an ASCII one: the codec calls again for the rest.
        StringBuilder sb = new StringBuilder();
        int consumed = 0;
        while (consumed < 4 && consumed < end - start && (b[(int) start + consumed] & 0xff) >= 128) {
            sb.append((char) (0xDC00 + (b[(int) start + consumed] & 0xff)));
            consumed++;
        }
        if (consumed == 0) {
            throw new PyException(e);
        }
        return result(PyStr.of(sb.toString()), start + consumed);
    }

    private static PyObject surrogatePass(PyObject exc, PyBaseException e, Kind kind) {
        if (kind == null || kind == Kind.TRANSLATE) {
            return wrongType(exc);
        }
        boolean decode = kind == Kind.DECODE;
        long start = UnicodeErrors.start(e, decode);
        long end = UnicodeErrors.end(e, decode);
        PyObject object = UnicodeErrors.object(e, decode);
        StandardEncoding enc = StandardEncoding.of(UnicodeErrors.encoding(e).toString());
        if (enc == null) {
            throw new PyException(e);
        }
        if (!decode) {
            PyStr s = (PyStr) object;
            size(enc.width * (end - start), "PyBytes_FromStringAndSize");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long i = start; i < end; i++) {
                int c = s.codePointAt((int) i);
                if (c < 0xD800 || c > 0xDFFF) {
                    throw new PyException(e);
                }
                enc.write(out, c);
            }
            return result(PyBytes.of(out.toByteArray()), end);
        }
        int c = enc.read(((PyBytes) object).bytes(), start);
        if (c < 0xD800 || c > 0xDFFF) {
            throw new PyException(e);
        }
        return result(PyStr.of(Character.toString(c)), start + enc.width);
    }
}
