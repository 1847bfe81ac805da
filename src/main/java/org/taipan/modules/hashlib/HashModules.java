package org.taipan.modules.hashlib;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The builtin hash modules CPython has beside OpenSSL's: {@code _md5}, {@code _sha1},
 * {@code _sha256} (sha224, sha256), {@code _sha512} (sha384, sha512), {@code _sha3}
 * (sha3_*, shake_*) and {@code _blake2} (blake2b, blake2s with their parameter blocks).
 * {@code hashlib} uses them for blake2 always and for the others when {@code _hashlib} lacks
 * an algorithm; {@code random} seeds from {@code _sha512}.
 */
public final class HashModules {
    private HashModules() {}

    static final PyType MD5 = HashObject.newType("_md5", "md5", false).ready();
    static final PyType SHA1 = HashObject.newType("_sha1", "sha1", false).ready();
    static final PyType SHA224 = HashObject.newType("_sha256", "sha224", false).ready();
    static final PyType SHA256 = HashObject.newType("_sha256", "sha256", false).ready();
    static final PyType SHA384 = HashObject.newType("_sha512", "sha384", false).ready();
    static final PyType SHA512 = HashObject.newType("_sha512", "sha512", false).ready();
    private static final String[] SHA3 = {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};
    static final PyType[] SHA3_TYPES = new PyType[SHA3.length];
    static final PyType BLAKE2B = HashObject.newType("_blake2", "blake2b", false);
    static final PyType BLAKE2S = HashObject.newType("_blake2", "blake2s", false);

    static {
        for (int i = 0; i < SHA3.length; i++) {
            String name = SHA3[i];
            PyType t = HashObject.newType("_sha3", name, name.startsWith("shake"));
            int rateBits = 8 * HashEngine.byName(name).blockSize();
            t.addAttr("_rate_bits", new org.taipan.runtime.PyGetSetDescr(t, "_rate_bits", o -> PyInt.of(rateBits), null));
            t.addAttr("_capacity_bits", new org.taipan.runtime.PyGetSetDescr(t, "_capacity_bits",
                    o -> PyInt.of(1600 - rateBits), null));
            int suffix = name.startsWith("shake") ? 0x1f : 0x06;
            t.addAttr("_suffix", new org.taipan.runtime.PyGetSetDescr(t, "_suffix",
                    o -> org.taipan.runtime.PyBytes.ofCopy(new byte[] {(byte) suffix}), null));
            t.tp_new = (type, a, k) -> {
                byte[] d = initialData(name, a, k, 1, "data");
                HashEngine e = HashEngine.byName(name);
                e.update(d, 0, d.length);
                return new HashObject(type, e);
            };
            SHA3_TYPES[i] = t.ready();
        }
        blake2Type(BLAKE2B, true);
        blake2Type(BLAKE2S, false);
    }

    /**
     * Binds {@code (data=b'', [/,] *, usedforsecurity=True)} and returns the data's bytes; the
     * first {@code posOnly} parameters are positional-only.
     */
    static byte[] initialData(String fname, PyObject[] a, String[] k, int posOnly, String dataName) {
        int npos = Args.positional(a, k);
        if (npos > 1) {
            throw Errors.typeError("%s() takes at most 1 positional argument (%d given)", fname, npos);
        }
        PyObject[] v = MethodArgs.bind(fname, a, k, posOnly, dataName, "usedforsecurity");
        return v[0] == null ? new byte[0] : HashObject.data(v[0]);
    }

    private static PyBuiltinFunction constructor(String fname, PyType type, String algorithm) {
        return new PyBuiltinFunction(fname, (a, k) -> {
            byte[] d = initialData(fname, a, k, 0, "string");
            HashEngine e = HashEngine.byName(algorithm);
            e.update(d, 0, d.length);
            return new HashObject(type, e);
        });
    }

    private static PyModule module(String name) {
        return new PyModule(name, true);
    }

    private static void def(PyModule m, String name, PyType type, String algorithm) {
        PyBuiltinFunction f = constructor(name, type, algorithm);
        f.setModule(m);
        m.set(name, f);
    }

    /** {@code _md5}. */
    public static PyModule md5() {
        PyModule m = module("_md5");
        m.set("MD5Type", MD5);
        def(m, "md5", MD5, "md5");
        return m;
    }

    /** {@code _sha1}. */
    public static PyModule sha1() {
        PyModule m = module("_sha1");
        m.set("SHA1Type", SHA1);
        def(m, "sha1", SHA1, "sha1");
        return m;
    }

    /** {@code _sha256}. */
    public static PyModule sha256() {
        PyModule m = module("_sha256");
        m.set("SHA224Type", SHA224);
        m.set("SHA256Type", SHA256);
        def(m, "sha224", SHA224, "sha224");
        def(m, "sha256", SHA256, "sha256");
        return m;
    }

    /** {@code _sha512}. */
    public static PyModule sha512() {
        PyModule m = module("_sha512");
        m.set("SHA384Type", SHA384);
        m.set("SHA512Type", SHA512);
        def(m, "sha384", SHA384, "sha384");
        def(m, "sha512", SHA512, "sha512");
        return m;
    }

    /** {@code _sha3}. */
    public static PyModule sha3() {
        PyModule m = module("_sha3");
        for (int i = 0; i < SHA3.length; i++) {
            m.set(SHA3[i], SHA3_TYPES[i]);
        }
        m.set("implementation", PyStr.of("Taipan Keccak / JDK SHA-3"));
        m.set("keccakopt", PyInt.of(64));
        return m;
    }

    /** {@code _blake2}. */
    public static PyModule blake2() {
        PyModule m = module("_blake2");
        m.set("blake2b", BLAKE2B);
        m.set("blake2s", BLAKE2S);
        m.set("BLAKE2B_SALT_SIZE", PyInt.of(16));
        m.set("BLAKE2B_PERSON_SIZE", PyInt.of(16));
        m.set("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        m.set("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        m.set("BLAKE2S_SALT_SIZE", PyInt.of(8));
        m.set("BLAKE2S_PERSON_SIZE", PyInt.of(8));
        m.set("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        m.set("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        return m;
    }

    private static final String[] BLAKE2_PARAMS = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    private static void blake2Type(PyType t, boolean big) {
        int maxDigest = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        String fname = big ? "blake2b" : "blake2s";
        t.addAttr("SALT_SIZE", PyInt.of(saltSize));
        t.addAttr("PERSON_SIZE", PyInt.of(saltSize));
        t.addAttr("MAX_KEY_SIZE", PyInt.of(maxDigest));
        t.addAttr("MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        t.tp_new = (type, a, k) -> {
            int npos = Args.positional(a, k);
            if (npos > 1) {
                throw Errors.typeError("%s() takes at most 1 positional argument (%d given)", fname, npos);
            }
            PyObject[] v = MethodArgs.bind(fname, a, k, 1, BLAKE2_PARAMS);
            int digestSize = intParam(v[1], maxDigest);
            if (digestSize < 1 || digestSize > maxDigest) {
                throw Errors.valueError("digest_size must be between 1 and %d bytes", maxDigest);
            }
            byte[] key = v[2] == null ? new byte[0] : Buffers.require(v[2]);
            if (key.length > maxDigest) {
                throw Errors.valueError("maximum key length is %d bytes", maxDigest);
            }
            byte[] salt = v[3] == null ? new byte[0] : Buffers.require(v[3]);
            if (salt.length > saltSize) {
                throw Errors.valueError("maximum salt length is %d bytes", saltSize);
            }
            byte[] person = v[4] == null ? new byte[0] : Buffers.require(v[4]);
            if (person.length > saltSize) {
                throw Errors.valueError("maximum person length is %d bytes", saltSize);
            }
            int fanout = intParam(v[5], 1);
            if (fanout < 0 || fanout > 255) {
                throw Errors.valueError("fanout must be between 0 and 255");
            }
            int depth = intParam(v[6], 1);
            if (depth < 1 || depth > 255) {
                throw Errors.valueError("depth must be between 1 and 255");
            }
            long leafSize = v[7] == null ? 0 : unsignedArg(v[7], -1L, "Python int too large to convert to C unsigned long");
            if (Long.compareUnsigned(leafSize, 0xffffffffL) > 0) {
                throw Errors.overflow("leaf_size is too large");
            }
            long nodeOffset = v[8] == null ? 0 : unsignedArg(v[8], -1L, "int too big to convert");
            if (!big && Long.compareUnsigned(nodeOffset, (1L << 48) - 1) > 0) {
                throw Errors.overflow("node_offset is too large");
            }
            int nodeDepth = intParam(v[9], 0);
            if (nodeDepth < 0 || nodeDepth > 255) {
                throw Errors.valueError("node_depth must be between 0 and 255");
            }
            int innerSize = intParam(v[10], 0);
            if (innerSize < 0 || innerSize > maxDigest) {
                throw Errors.valueError("inner_size must be between 0 and is %d", maxDigest);
            }
            boolean lastNode = v[11] != null && Abstract.isTrue(v[11]);
            HashEngine e = big
                    ? Blake2.b(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth,
                            innerSize, lastNode)
                    : Blake2.s(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth,
                            innerSize, lastNode);
            if (v[0] != null) {
                byte[] d = HashObject.data(v[0]);
                e.update(d, 0, d.length);
            }
            return new HashObject(type, e);
        };
        t.ready();
    }

    /**
     * An {@code int} parameter as Argument Clinic's {@code int} converter reads it
     * ({@code _PyLong_AsInt}: {@code __index__}, then the C int range); {@code dflt} when absent.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-integer, OverflowError "Python
     *     int too large to convert to C int" outside a Java int
     */
    private static int intParam(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            if (o.type().nb_index == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
            }
            i = Abstract.index(o, null);
        }
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /**
     * An unsigned 64-bit argument as CPython's {@code _PyLong_UnsignedLong_Converter} and
     * {@code _PyLong_UnsignedLongLong_Converter} read it: an int (bool included; no
     * {@code __index__}), not negative, at most {@code max} (compared unsigned; -1 for 2**64 - 1).
     *
     * @param tooLarge the OverflowError's message past {@code max} ("Python int too large to
     *                 convert to C unsigned long" for {@code PyLong_AsUnsignedLong}, "int too big
     *                 to convert" for {@code PyLong_AsUnsignedLongLong})
     * @return the value's 64 bits
     * @throws org.taipan.runtime.PyException TypeError "an integer is required", ValueError "value
     *     must be positive", OverflowError {@code tooLarge}
     */
    static long unsignedArg(PyObject o, long max, String tooLarge) {
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (i.bigValue().bitLength() > 64 || Long.compareUnsigned(i.bigValue().longValue(), max) > 0) {
            throw Errors.overflow(tooLarge);
        }
        return i.bigValue().longValue();
    }
}
