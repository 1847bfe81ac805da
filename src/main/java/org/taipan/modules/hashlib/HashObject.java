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
        PyType t = PyType.builtinFinal(module + "." + name, PyType.OBJECT);
        t.addAttr("__module__", PyStr.of(module));
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
            t.addMethod("digest", (self, a, k) -> new PyBytes(((HashObject) self).digest(length(t, "digest", a, k))));
            t.addMethod("hexdigest", (self, a, k) -> PyStr.of(hex(((HashObject) self).digest(length(t, "hexdigest", a, k)))));
        } else {
            t.addMethod("digest", (self, a, k) -> {
                Args.noArgs(t.shortName() + ".digest", a, k);
                return new PyBytes(((HashObject) self).engine.digest(0));
            });
            t.addMethod("hexdigest", (self, a, k) -> {
                Args.noArgs(t.shortName() + ".hexdigest", a, k);
                return PyStr.of(hex(((HashObject) self).engine.digest(0)));
            });
        }
        t.addAttr("name", new PyGetSetDescr(t, "name", o -> PyStr.of(((HashObject) o).engine.name()), null));
        t.addAttr("digest_size", new PyGetSetDescr(t, "digest_size",
                o -> PyInt.of(((HashObject) o).engine.digestSize()), null));
        t.addAttr("block_size", new PyGetSetDescr(t, "block_size",
                o -> PyInt.of(((HashObject) o).engine.blockSize()), null));
        return t;
    }

    private byte[] digest(long length) {
        return engine.digest((int) length);
    }

    private static long length(PyType t, String method, PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind(method, a, k, 0, "length");
        if (v[0] == null) {
            throw Errors.typeError("%s.%s() takes exactly one argument (0 given)", t.shortName(), method);
        }
        PyInt n = PyInt.asInt(v[0]);
        if (n == null) {
            n = org.taipan.runtime.Abstract.index(v[0], null);
        }
        if (n.signum() < 0) {
            if (t.name().startsWith("_hashlib.")) {
                // OpenSSL's HASHXOF passes the length straight to PyBytes_FromStringAndSize.
                throw Errors.of(org.taipan.runtime.ExceptionTypes.SystemError,
                        "Negative size passed to PyBytes_FromStringAndSize");
            }
            throw Errors.valueError("value must be positive");
        }
        if (!n.fitsLong() || n.longValue() >= (1L << 29)) {
            throw Errors.valueError("length is too large");
        }
        return n.longValue();
    }

    /** The bytes of the data argument, with the hash modules' TypeErrors. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = Buffers.bytesOrNull(o);
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
