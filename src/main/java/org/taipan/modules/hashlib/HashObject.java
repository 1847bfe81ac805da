package org.taipan.modules.hashlib;

import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A hash object of any of the hash modules ({@code _hashlib.HASH}, {@code _md5.md5},
 * {@code _sha3.shake_128}, {@code _blake2.blake2b}, ...; CPython's {@code Modules/*md5module.c},
 * {@code sha*module.c}, {@code _sha3}, {@code _blake2}, {@code _hashopenssl.c}): {@code update},
 * {@code digest}, {@code hexdigest}, {@code copy}, {@code name}, {@code digest_size} and
 * {@code block_size}. For extendable-output types (SHAKE) {@code digest} and {@code hexdigest}
 * take the length.
 */
final class HashObject extends PyObject {
    private final PyType type;
    final HashEngine engine;

    HashObject(PyType type, HashEngine engine) {
        this.type = type;
        this.engine = engine;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * A hash type named {@code module.name} with the hash object methods; {@code xof} types take
     * the output length in {@code digest(length)}.
     */
    static PyType newType(String module, String name, boolean xof) {
        return newType(module, name, xof, PyType.OBJECT);
    }

    /**
     * {@link #newType(String, String, boolean)} with base {@code base} ({@code _hashlib.HASHXOF}
     * derives from {@code _hashlib.HASH}, as in {@code _hashopenssl.c}). The {@code _hashlib} types
     * show the algorithm in their repr, {@code <md5 _hashlib.HASH object @ 0x7f...>} (CPython's
     * {@code EVP_repr}); the other modules' types keep object's.
     */
    static PyType newType(String module, String name, boolean xof, PyType base) {
        PyType t = PyType.builtinFinal(module + "." + name, base);
        t.addAttr("__module__", PyStr.of(module));
        if (module.equals("_hashlib")) {
            t.tp_repr = o -> PyStr.of("<" + ((HashObject) o).engine.name() + " " + o.type().name() + " object @ "
                    + org.taipan.runtime.ObjectSlots.address(o) + ">");
        }
        t.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '%s' instances", type.name());
        };
        t.addMethod("update", (self, a, k) -> {
            byte[] b = data(Args.oneArg(t.shortName() + ".update", a, k));
            ((HashObject) self).engine.update(b, 0, b.length);
            return PyNone.NONE;
        });
        t.addMethod("copy", (self, a, k) -> {
            Args.noArgs(t.shortName() + ".copy", a, k);
            return new HashObject(self.type(), ((HashObject) self).engine.copy());
        });
        if (xof) {
            t.addMethod("digest", (self, a, k) -> PyBytes.of(((HashObject) self).digest(length(t, "digest", a, k))));
            t.addMethod("hexdigest", (self, a, k) -> PyStr.of(hex(((HashObject) self).digest(length(t, "hexdigest", a, k)))));
        } else {
            t.addMethod("digest", (self, a, k) -> {
                Args.noArgs(t.shortName() + ".digest", a, k);
                return PyBytes.of(((HashObject) self).fixedDigest());
            });
            t.addMethod("hexdigest", (self, a, k) -> {
                Args.noArgs(t.shortName() + ".hexdigest", a, k);
                return PyStr.of(hex(((HashObject) self).fixedDigest()));
            });
        }
        t.addAttr("name", new PyGetSetDescr(t, "name", o -> PyStr.of(((HashObject) o).engine.name()), null));
        t.addAttr("digest_size", new PyGetSetDescr(t, "digest_size",
                o -> PyInt.of(xof ? ((HashObject) o).engine.digestSize() : ((HashObject) o).fixedDigestSize()), null));
        t.addAttr("block_size", new PyGetSetDescr(t, "block_size",
                o -> PyInt.of(((HashObject) o).engine.blockSize()), null));
        return t;
    }

    /**
     * The digest size of the fixed-size view of this hash: an extendable-output function's is
     * OpenSSL's default for it (16 bytes for SHAKE128, 32 for SHAKE256), what
     * {@code _hashlib.HASH}'s methods give when called on a {@code HASHXOF} object.
     */
    private int fixedDigestSize() {
        int n = engine.digestSize();
        return n != 0 ? n : engine.name().equals("shake_128") ? 16 : 32;
    }

    /** {@code digest()} of the fixed-size view ({@link #fixedDigestSize}). */
    private byte[] fixedDigest() {
        return engine.digestSize() != 0 ? engine.digest(0) : engine.digest(fixedDigestSize());
    }

    private byte[] digest(long length) {
        return engine.digest((int) length);
    }

    /**
     * The {@code length} of an XOF's {@code digest}/{@code hexdigest}. {@code _hashlib.HASHXOF}
     * reads a {@code Py_ssize_t} (through {@code __index__}) and hands it to the allocation: a
     * negative one fails there (SystemError from {@code PyBytes_FromStringAndSize} for
     * {@code digest}, a MemoryError for {@code hexdigest}'s buffer). {@code _sha3}'s SHAKE types
     * read an {@code unsigned long} ({@code _PyLong_UnsignedLong_Converter}: an int only, "value
     * must be positive"); both refuse 2**29 bytes or more ("length is too large": Taipan's bound
     * for OpenSSL's, whose allocation would fail or take gigabytes).
     */
    private static long length(PyType t, String method, PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind(method, a, k, 0, "length");
        if (v[0] == null) {
            throw Errors.typeError("%s.%s() takes exactly one argument (0 given)", t.shortName(), method);
        }
        if (t.name().startsWith("_hashlib.")) {
            PyInt n = org.taipan.runtime.Abstract.index(v[0], null);
            if (!n.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            if (n.signum() < 0) {
                if (method.equals("hexdigest")) {
                    throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError, "");
                }
                throw Errors.of(org.taipan.runtime.ExceptionTypes.SystemError,
                        "Negative size passed to PyBytes_FromStringAndSize");
            }
            if (n.longValue() >= (1L << 29)) {
                throw Errors.valueError("length is too large");
            }
            return n.longValue();
        }
        long n = HashModules.unsignedArg(v[0], -1L, "Python int too large to convert to C unsigned long");
        if (Long.compareUnsigned(n, 1L << 29) >= 0) {
            throw Errors.valueError("length is too large");
        }
        return n;
    }

    /** The bytes of the data argument, with the hash modules' TypeErrors. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = Buffers.contiguousOrNull(o);
        if (b == null) {
            throw Errors.typeError("object supporting the buffer API required");
        }
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }
}
