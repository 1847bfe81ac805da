package org.taipan.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable byte string. (The basic operations; more methods to come.) */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> PyStr.of(repr(((PyBytes) o).bytes));
        TYPE.tp_str = o -> PyStr.of(repr(((PyBytes) o).bytes));
        TYPE.tp_hash = o -> {
            long h = 0x345678L;
            for (byte b : ((PyBytes) o).bytes) {
                h = h * 1000003L ^ (b & 0xff);
            }
            return h == -1 ? -2 : h;
        };
        TYPE.tp_richcompare = (a, b, op) -> b instanceof PyBytes y
                ? PyBool.of(op.test(Arrays.compareUnsigned(((PyBytes) a).bytes, y.bytes)))
                : PyNotImplemented.NOT_IMPLEMENTED;
        TYPE.mp_length = o -> ((PyBytes) o).bytes.length;
        TYPE.mp_subscript = (o, k) -> {
            byte[] b = ((PyBytes) o).bytes;
            if (k instanceof PySlice s) {
                PySlice.Indices ix = s.indices(b.length);
                byte[] r = new byte[(int) ix.length()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = b[(int) (ix.start() + i * ix.step())];
                }
                return new PyBytes(r);
            }
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("byte indices must be integers or slices, not %s", k.type().name());
            }
            return PyInt.of(b[(int) Sequences.index(k, b.length, "index out of range")] & 0xff);
        };
        TYPE.sq_contains = (o, x) -> {
            byte[] b = ((PyBytes) o).bytes;
            if (x instanceof PyBytes sub) {
                return indexOf(b, sub.bytes) >= 0;
            }
            int v = Abstract.index(x, null).intValue();
            for (byte c : b) {
                if ((c & 0xff) == v) {
                    return true;
                }
            }
            return false;
        };
        TYPE.sq_concat = (a, b) -> {
            if (!(b instanceof PyBytes y)) {
                throw Errors.typeError("can't concat %s to bytes", b.type().name());
            }
            byte[] x = ((PyBytes) a).bytes;
            byte[] r = Arrays.copyOf(x, x.length + y.bytes.length);
            System.arraycopy(y.bytes, 0, r, x.length, y.bytes.length);
            return new PyBytes(r);
        };
        TYPE.sq_repeat = (a, n) -> {
            byte[] x = ((PyBytes) a).bytes;
            long c = Math.max(0, Sequences.repeatCount(n));
            byte[] r = new byte[(int) (x.length * c)];
            for (int i = 0; i < c; i++) {
                System.arraycopy(x, 0, r, i * x.length, x.length);
            }
            return new PyBytes(r);
        };
        TYPE.tp_iter = o -> new SeqIterator(new PyList(toInts(((PyBytes) o).bytes)));
        TYPE.tp_new = PyBytes::newBytes;
        TYPE.addMethod("decode", (self, a, k) -> decode((PyBytes) self,
                a.length > 0 ? a[0] : Args.keyword(a, k, "encoding"), a.length > 1 ? a[1] : Args.keyword(a, k, "errors")));
        TYPE.addMethod("hex", (self, a, k) -> {
            byte[] bs = ((PyBytes) self).bytes;
            String sep = a.length > 0 ? a[0].toString() : Args.keyword(a, k, "sep") != null
                    ? Args.keyword(a, k, "sep").toString() : "";
            PyObject per = a.length > 1 ? a[1] : Args.keyword(a, k, "bytes_per_sep");
            int n = per == null ? 1 : Abstract.index(per, null).intValue();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < bs.length; i++) {
                if (i > 0 && !sep.isEmpty()) {
                    boolean boundary = n > 0 ? (bs.length - i) % n == 0 : i % -n == 0;
                    if (boundary) {
                        sb.append(sep);
                    }
                }
                sb.append(String.format("%02x", bs[i] & 0xff));
            }
            return PyStr.of(sb.toString());
        });
        TYPE.addMethod("join", (self, a, k) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            for (PyObject x : Abstract.toArray(Args.oneArg("join", a, k))) {
                if (i++ > 0) {
                    out.writeBytes(((PyBytes) self).bytes);
                }
                if (!(x instanceof PyBytes xb)) {
                    throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i - 1,
                            x.type().name());
                }
                out.writeBytes(xb.bytes);
            }
            return new PyBytes(out.toByteArray());
        });
        TYPE.ready();
    }

    private final byte[] bytes;

    /** Takes ownership of {@code bytes}. */
    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes (do not modify). */
    public byte[] bytes() {
        return bytes;
    }

    /** The bytes as Latin-1 characters. */
    public String latin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static PyObject[] toInts(byte[] b) {
        PyObject[] r = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = PyInt.of(b[i] & 0xff);
        }
        return r;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code repr(b)}: {@code b'...'} with CPython's escapes and quote choice. */
    public static String repr(byte[] b) {
        boolean single = false, dbl = false;
        for (byte c : b) {
            if (c == '\'') {
                single = true;
            } else if (c == '"') {
                dbl = true;
            }
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    private static Charset charset(PyObject encoding) {
        String e = encoding == null || encoding == PyNone.NONE ? "utf-8" : encoding.toString().toLowerCase()
                .replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be" -> StandardCharsets.UTF_16BE;
            default -> throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
        };
    }

    /** {@code b.decode(encoding, errors)} (strict, replace and ignore error handlers). */
    public static PyStr decode(PyBytes b, PyObject encoding, PyObject errors) {
        Charset cs = charset(encoding);
        String err = errors == null || errors == PyNone.NONE ? "strict" : errors.toString();
        CodingErrorAction action = err.equals("replace") ? CodingErrorAction.REPLACE
                : err.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPORT;
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
                    .decode(ByteBuffer.wrap(b.bytes));
            return PyStr.of(cb.toString());
        } catch (CharacterCodingException e) {
            throw Errors.of(ExceptionTypes.UnicodeDecodeError, "'" + cs.name().toLowerCase().replace("us-ascii", "ascii")
                    + "' codec can't decode bytes: invalid data");
        }
    }

    /** {@code s.encode(encoding, errors)}. */
    public static PyBytes encode(PyStr s, PyObject encoding, PyObject errors) {
        return Codecs.encode(s, encoding, errors);
    }

    static PyBytes encodeWithJava(PyStr s, PyObject encoding, PyObject errors) {
        Charset cs = charset(encoding);
        String err = errors == null || errors == PyNone.NONE ? "strict" : errors.toString();
        CodingErrorAction action = err.equals("replace") ? CodingErrorAction.REPLACE
                : err.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPORT;
        try {
            ByteBuffer bb = cs.newEncoder().onMalformedInput(action).onUnmappableCharacter(action)
                    .encode(CharBuffer.wrap(s.toString()));
            byte[] r = new byte[bb.remaining()];
            bb.get(r);
            return new PyBytes(r);
        } catch (CharacterCodingException e) {
            throw Errors.of(ExceptionTypes.UnicodeEncodeError, "'" + cs.name().toLowerCase().replace("us-ascii", "ascii")
                    + "' codec can't encode characters: ordinal not in range");
        }
    }

    private static PyObject newBytes(PyType type, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        PyObject src = npos > 0 ? a[0] : Args.keyword(a, k, "source");
        if (src == null) {
            return new PyBytes(new byte[0]);
        }
        if (src instanceof PyStr s) {
            PyObject enc = npos > 1 ? a[1] : Args.keyword(a, k, "encoding");
            if (enc == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return encode(s, enc, npos > 2 ? a[2] : Args.keyword(a, k, "errors"));
        }
        if (src instanceof PyBytes) {
            return src;
        }
        if (src instanceof PyByteArray ba) {
            return new PyBytes(ba.toBytes());
        }
        if (PyInt.asInt(src) != null) {
            long n = PyInt.asInt(src).ssizeValue();
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            return new PyBytes(new byte[(int) n]);
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] r = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.index(items[i], null).ssizeValue();
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            r[i] = (byte) v;
        }
        return new PyBytes(r);
    }
}
