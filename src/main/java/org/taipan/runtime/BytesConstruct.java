package org.taipan.runtime;

/**
 * The constructors {@code bytes(source, encoding, errors)} and {@code bytearray(...)}
 * ({@code bytes_new_impl}, {@code bytearray___init___impl}): from nothing, a str with an
 * encoding, {@code __bytes__} (bytes only), an int count, a buffer, or an iterable of ints,
 * with CPython's TypeErrors and ValueErrors for each way it can go wrong.
 */
final class BytesConstruct {
    private BytesConstruct() {}

    /** {@code bytes.__new__}: exact bytes for {@code bytes}, a {@link PyBytes.Sub} for subclasses. */
    static PyObject newBytes(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("bytes", a, k, 0, "source", "encoding", "errors");
        if (type == PyBytes.TYPE && p[1] == null && p[2] == null && p[0] != null
                && p[0].getClass() == PyBytes.class) {
            return p[0];
        }
        if (type == PyBytes.TYPE && p[1] == null && p[2] == null && p[0] != null) {
            // bytes_new: what __bytes__ returned is the result itself, a bytes subclass included
            PyObject m = p[0].type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Callables.callMethod(m, p[0], new PyObject[0], null);
                if (!(r instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
                }
                return r;
            }
        }
        byte[] b = contents("bytes", p[0], p[1], p[2]);
        if (type != PyBytes.TYPE) {
            return new PyBytes.Sub(type, b);
        }
        // what CPython gathers through a writer (an encoded str, the ints of an iterable) comes out
        // as the shared one-byte object; a buffer's copy and bytes(n) are new objects
        return b.length == 1 && gathered(p[0]) ? PyBytes.ofCopy(b) : PyBytes.of(b);
    }

    /** Whether {@code bytes(src)} takes its bytes from a str or an iterable of ints. */
    private static boolean gathered(PyObject src) {
        return src instanceof PyStr || Buffers.bytesOrNull(src) == null && PyInt.asInt(src) == null
                && src.type().nb_index == null;
    }

    /**
     * The bytes for a constructor call of {@code fname} ("bytes" or "bytearray"), the three
     * arguments null when absent.
     */
    static byte[] contents(String fname, PyObject src, PyObject encoding, PyObject errors) {
        if (src == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (encoding != null || errors != null) {
            if (!(src instanceof PyStr s)) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            String enc = Codecs.stringArg(fname, "encoding", encoding, "utf-8");
            String err = Codecs.stringArg(fname, "errors", errors, "strict");
            // PyUnicode_AsEncodedString's check: under -X dev a named codec or handler must exist
            Codecs.checkInDevMode(encoding, errors, enc, err);
            return Codecs.encode(s, enc, err).bytes();
        }
        if (fname.equals("bytes")) {
            PyObject m = src.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Callables.callMethod(m, src, new PyObject[0], null);
                if (!(r instanceof PyBytes rb)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
                }
                return rb.bytes().clone();
            }
        }
        if (src instanceof PyStr) {
            throw Errors.typeError("string argument without an encoding");
        }
        PyInt n = PyInt.asInt(src);
        if (n == null && src.type().nb_index != null) {
            try {
                n = Abstract.index(src, null);
            } catch (PyException e) {
                // an __index__ that raises TypeError: the object is taken as a buffer or an
                // iterable instead (bpo-29159)
                if (!Abstract.isInstance(e.value, ExceptionTypes.TypeError)) {
                    throw e;
                }
            }
        }
        if (n != null) {
            if (n.signum() < 0) {
                throw Errors.valueError("negative count");
            }
            if (!n.fitsLong() || n.longValue() > Integer.MAX_VALUE - 8) {
                throw n.fitsLong() ? Errors.of(ExceptionTypes.MemoryError)
                        : Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            return new byte[(int) n.longValue()];
        }
        byte[] buf = Buffers.bytesOrNull(src);
        if (buf != null) {
            return src instanceof PyBytes ? buf.clone() : buf;
        }
        if (src.type().tp_iter == null && src.type().lookup("__getitem__") == null) {
            throw Errors.typeError("cannot convert '%s' object to %s", src.type().name(), fname);
        }
        String message = fname.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
        if (src.getClass() == PyList.class) {
            // read the list as it is at each item: an __index__ may grow or clear it (bpo-34973)
            PyList list = (PyList) src;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < list.size(); i++) {
                out.write(byteValue(list.get(i), message));
            }
            return out.toByteArray();
        }
        if (src.getClass() == PyTuple.class) {
            PyObject[] items = ((PyTuple) src).array();
            byte[] r = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                r[i] = (byte) byteValue(items[i], message);
            }
            return r;
        }
        return fromIterator(fname, src, message);
    }

    /**
     * The bytes of any other iterable, a list or tuple subclass included (its own
     * {@code __iter__} used): CPython's {@code _PyBytes_FromIterator} for bytes, which sizes its
     * buffer from {@code PyObject_LengthHint(src, 64)} after getting the iterator, so a hint that
     * raises or is not an int makes {@code bytes(x)} raise; {@code bytearray.__init__} asks no
     * hint. Each item is converted as soon as it is produced, as CPython interleaves the two.
     */
    private static byte[] fromIterator(String fname, PyObject src, String message) {
        PyObject it = Abstract.iter(src);
        int capacity = 64;
        if (fname.equals("bytes")) {
            long hint = Abstract.lengthHint(src, 64);
            // CPython allocates the hinted size up front: one no array can hold fails as its malloc would
            if (hint > Integer.MAX_VALUE - 8) {
                throw Errors.of(ExceptionTypes.MemoryError);
            }
            capacity = (int) Math.min(hint, 1 << 16);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(capacity);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.write(byteValue(x, message));
        }
        return out.toByteArray();
    }

    /** An int in range(256): "'str' object cannot be interpreted as an integer", else ValueError {@code message}. */
    static int byteValue(PyObject v, String message) {
        if (PyInt.asInt(v) == null && v.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        PyInt n = Abstract.index(v, null);
        if (!n.fitsLong() || n.longValue() < 0 || n.longValue() > 255) {
            throw Errors.valueError(message);
        }
        return (int) n.longValue();
    }
}
