package org.taipan.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code bytes}: an immutable byte string ({@code Objects/bytesobject.c}). The slots are here;
 * the methods shared with {@code bytearray} are installed by {@link BytesMethods}, the
 * constructor's argument handling is {@link BytesConstruct}. Hashes equal the hash of the
 * Latin-1 str with the same code units, as CPython's (both hash the raw bytes).
 */
public sealed class PyBytes extends PyObject permits PyBytes.Sub {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT).instancesOf(PyBytes.class);

    /** The one empty bytes object, as CPython has (every empty exact bytes is it). */
    private static final PyBytes EMPTY = new PyBytes(new byte[0]);
    /** The one-byte objects CPython shares, one per byte value. */
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = new PyBytes(new byte[] {(byte) i});
        }
    }

    static {
        TYPE.tp_repr = o -> PyStr.of(repr(((PyBytes) o).bytes));
        TYPE.tp_str = o -> {
            BytesWarnings.str("bytes");
            return PyStr.of(repr(((PyBytes) o).bytes));
        };
        TYPE.tp_hash = o -> ((PyBytes) o).hash();
        TYPE.tp_richcompare = (a, b, op) -> {
            if (b instanceof PyBytes y) {
                return PyBool.of(op.test(Arrays.compareUnsigned(((PyBytes) a).bytes, y.bytes)));
            }
            BytesWarnings.compare("bytes", b, op);
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        TYPE.mp_length = o -> ((PyBytes) o).bytes.length;
        TYPE.mp_subscript = (o, k) -> {
            byte[] b = ((PyBytes) o).bytes;
            if (k instanceof PySlice s) {
                PySlice.Indices ix = s.indices(b.length);
                if (ix.step() != 1) {
                    return PyBytes.of(slice(b, ix));
                }
                // bytes_subscript: an exact bytes sliced whole is itself; a step-1 slice copies a range
                if (ix.length() == b.length && o.getClass() == PyBytes.class) {
                    return o;
                }
                return copyOf(b, (int) ix.start(), (int) (ix.start() + ix.length()));
            }
            if (PyInt.asInt(k) == null && k.type().nb_index == null) {
                throw Errors.typeError("byte indices must be integers or slices, not %s", k.type().name());
            }
            return PyInt.of(b[(int) Sequences.index(k, b.length, "index out of range")] & 0xff);
        };
        TYPE.sq_contains = (o, x) -> contains(((PyBytes) o).bytes, x);
        TYPE.sq_concat = (a, b) -> {
            byte[] y = Buffers.simpleOrNull(b);
            if (y == null) {
                throw Errors.typeError("can't concat %s to %s", b.type().name(), a.type().name());
            }
            byte[] x = ((PyBytes) a).bytes;
            // bytes_concat: with one side empty, the other is the result when it is an exact bytes
            if (x.length == 0 && b.getClass() == PyBytes.class) {
                return b;
            }
            if (y.length == 0 && a.getClass() == PyBytes.class) {
                return a;
            }
            return PyBytes.of(concat(x, y));
        };
        TYPE.sq_repeat = (a, n) -> {
            byte[] r = repeat(((PyBytes) a).bytes, n);
            // bytes_repeat: an exact bytes whose repetition has its own length is itself
            return r.length == ((PyBytes) a).bytes.length && a.getClass() == PyBytes.class ? a : PyBytes.of(r);
        };
        TYPE.tp_iter = o -> new BytesIterator(BytesIterator.BYTES, o);
        TYPE.tp_new = BytesConstruct::newBytes;
        BytesMethods.install(TYPE, PyBytes::of);
        TYPE.addMethodNoArgs("__getnewargs__", self -> PyTuple.of(ofCopy(((PyBytes) self).bytes.clone())));
        TYPE.addMethodNoArgs("__bytes__", self -> self.getClass() == PyBytes.class ? self
                : ofCopy(((PyBytes) self).bytes.clone()));
        TYPE.ready();
    }

    private final byte[] bytes;
    private long hash;
    private boolean hashed;

    /**
     * Takes ownership of {@code bytes}. Results made here should use {@link #of} or
     * {@link #ofCopy}, which share the empty object as CPython does; this constructor is for
     * {@link Sub} and the singletons.
     */
    PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A bytes object taking ownership of {@code bytes}, which its maker filled in: the shared
     * empty object when it is empty, else a new object (CPython's
     * {@code PyBytes_FromStringAndSize(NULL, n)}, whose one-byte results are not shared).
     */
    public static PyBytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new PyBytes(bytes);
    }

    /**
     * A bytes object taking ownership of {@code copy}, a copy of bytes some other object holds:
     * the shared empty or one-byte object when there is one, as CPython's
     * {@code PyBytes_FromStringAndSize(source, n)} returns (so {@code b'ab'[:1] is b'a'}).
     */
    public static PyBytes ofCopy(byte[] copy) {
        return switch (copy.length) {
            case 0 -> EMPTY;
            case 1 -> SINGLE[copy[0] & 0xff];
            default -> new PyBytes(copy);
        };
    }

    /** {@link #ofCopy} of {@code b[from:to]}. */
    public static PyBytes copyOf(byte[] b, int from, int to) {
        return ofCopy(Arrays.copyOfRange(b, from, to));
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

    private long hash() {
        if (!hashed) {
            hash = PyHash.bytes(bytes, 0, bytes.length);
            hashed = true;
        }
        return hash;
    }

    /** The bytes of {@code b[s]} for a slice over the first {@code len} bytes of {@code b}. */
    static byte[] slice(byte[] b, int len, PySlice s) {
        return slice(b, s.indices(len));
    }

    /** The bytes of {@code b} that {@code ix} selects. */
    static byte[] slice(byte[] b, PySlice.Indices ix) {
        byte[] r = new byte[(int) ix.length()];
        if (ix.step() == 1) {
            System.arraycopy(b, (int) ix.start(), r, 0, r.length);
            return r;
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = b[(int) (ix.start() + i * ix.step())];
        }
        return r;
    }

    /** {@code x in b}: a bytes-like subsequence or an int in range(256). */
    static boolean contains(byte[] b, PyObject x) {
        byte[] n = PyInt.asInt(x) != null || x.type().nb_index != null ? BytesSearch.needle(x) : Buffers.require(x);
        return BytesSearch.indexOf(b, n, 0, b.length) >= 0;
    }

    static byte[] concat(byte[] x, byte[] y) {
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    static byte[] repeat(byte[] x, PyObject n) {
        long c = Math.max(0, Sequences.repeatCount(n));
        if (x.length > 0 && c > Integer.MAX_VALUE / x.length) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        byte[] r = new byte[(int) (x.length * c)];
        fillRepeating(x, r);
        return r;
    }

    /**
     * Fills {@code r} (a multiple of {@code x.length} long, {@code x} not empty unless {@code r}
     * is) with copies of {@code x}: one byte by {@code Arrays.fill}, longer ones by doubling
     * ({@link Sequences#fillByDoubling}).
     */
    static void fillRepeating(byte[] x, byte[] r) {
        if (r.length == 0) {
            return;
        }
        if (x.length == 1) {
            java.util.Arrays.fill(r, x[0]);
            return;
        }
        System.arraycopy(x, 0, r, 0, x.length);
        Sequences.fillByDoubling(r, x.length, r.length);
    }

    /** {@code repr(b)}: {@code b'...'} with CPython's escapes and quote choice. */
    public static String repr(byte[] b) {
        return repr(b, b.length, false);
    }

    /**
     * The repr of the first {@code len} bytes of {@code b}; bytearray's ({@code alwaysEscapeQuote})
     * escapes a single quote even inside double quotes, as {@code bytearray_repr} does.
     */
    static String repr(byte[] b, int len, boolean alwaysEscapeQuote) {
        boolean single = false, dbl = false;
        for (int i = 0; i < len; i++) {
            if (b[i] == '\'') {
                single = true;
            } else if (b[i] == '"') {
                dbl = true;
            }
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3).append('b').append(q);
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\' || alwaysEscapeQuote && c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** {@code b.decode(encoding, errors)}: see {@link Codecs#decode(byte[], PyObject, PyObject)}. */
    public static PyStr decode(PyBytes b, PyObject encoding, PyObject errors) {
        return Codecs.decode(b.bytes, encoding, errors);
    }

    /** {@code s.encode(encoding, errors)}: see {@link Codecs#encode(PyStr, PyObject, PyObject)}. */
    public static PyBytes encode(PyStr s, PyObject encoding, PyObject errors) {
        return Codecs.encode(s, encoding, errors);
    }

    /**
     * An instance of a user subclass of {@code bytes}: the same data plus its class and a
     * {@code __dict__}. Fast paths test {@code getClass() == PyBytes.class}.
     */
    public static final class Sub extends PyBytes implements HasDict, ClassAssignable, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;

        Sub(PyType type, byte[] bytes) {
            super(bytes);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }
    }
}
