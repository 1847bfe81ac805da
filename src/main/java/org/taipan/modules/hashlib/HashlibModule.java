package org.taipan.modules.hashlib;

import java.util.Locale;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _hashlib} (CPython's {@code Modules/_hashopenssl.c}) over the JDK and the project's own
 * BLAKE2/SHAKE: {@code new}, the {@code openssl_*} constructors, {@code HASH}/{@code HASHXOF}
 * objects, {@code hmac_new}/{@code hmac_digest} and the {@code HMAC} type, {@code pbkdf2_hmac},
 * {@code compare_digest}, {@code get_fips_mode} (0) and {@code UnsupportedDigestmodError}.
 * With it {@code hashlib} and {@code hmac} take their fast paths as on CPython (and
 * {@code pbkdf2_hmac} needs no deprecated Python fallback).
 */
public final class HashlibModule {
    private HashlibModule() {}

    static final PyType HASH = HashObject.newType("_hashlib", "HASH", false).ready();
    static final PyType HASHXOF = HashObject.newType("_hashlib", "HASHXOF", true, HASH).ready();

    /** {@code _hashlib.UnsupportedDigestmodError}, a ValueError. */
    static final PyType UNSUPPORTED;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_hashlib"));
        UNSUPPORTED = PyType.newHeapType(PyType.TYPE, "UnsupportedDigestmodError",
                new PyType[] {ExceptionTypes.ValueError}, ns);
    }

    /** The algorithms of {@code openssl_md_meth_names} and the {@code openssl_*} constructors. */
    private static final String[] NAMES = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224",
        "sha512_256", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"};
    private static final String[] CONSTRUCTORS = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
        "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};

    static PyException unsupported() {
        return Errors.of(UNSUPPORTED, "[digital envelope routines] unsupported");
    }

    /** The engine for an OpenSSL digest name (any case, {@code sha-256}/{@code sha2-256} spellings too). */
    static HashEngine engine(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
        n = switch (n) {
            case "sha2_224" -> "sha224";
            case "sha2_256" -> "sha256";
            case "sha2_384" -> "sha384";
            case "sha2_512" -> "sha512";
            case "sha_1" -> "sha1";
            case "sha_224", "sha_256", "sha_384", "sha_512" -> n.replace("_", "");
            case "sha512/224" -> "sha512_224";
            case "sha512/256" -> "sha512_256";
            case "blake2b512" -> "blake2b";
            case "blake2s256" -> "blake2s";
            default -> n;
        };
        HashEngine e = HashEngine.byName(n);
        if (e == null) {
            throw unsupported();
        }
        return e;
    }

    static HashObject newHash(HashEngine e, byte[] data) {
        e.update(data, 0, data.length);
        return new HashObject(e.digestSize() == 0 ? HASHXOF : HASH, e);
    }

    /** The digest name for {@code hmac_new}'s digestmod: a name, or one of the openssl constructors. */
    private static String digestName(PyObject digestmod) {
        if (digestmod instanceof PyStr s) {
            return s.toString();
        }
        if (digestmod instanceof PyBuiltinFunction f && f.name().startsWith("openssl_")) {
            return f.name().substring("openssl_".length());
        }
        throw unsupported();
    }

    /** Builds {@code _hashlib}. */
    public static PyModule create() {
        PyModule m = new PyModule("_hashlib", true);
        m.set("HASH", HASH);
        m.set("HASHXOF", HASHXOF);
        m.set("HMAC", HmacObject.TYPE);
        m.set("UnsupportedDigestmodError", UNSUPPORTED);
        PySet names = new PySet(true);
        for (String n : NAMES) {
            names.add(PyStr.of(n));
        }
        m.set("openssl_md_meth_names", names);
        m.def("new", (a, k) -> {
            int npos = Args.positional(a, k);
            if (npos > 2) {
                throw Errors.typeError("new() takes at most 2 positional arguments (%d given)", npos);
            }
            PyObject[] v = MethodArgs.bind("new", a, k, 0, "name", "string", "usedforsecurity");
            PyObject name = MethodArgs.required("new", v, 0, "name");
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("new() argument 'name' must be str, not %s", name.type().name());
            }
            return newHash(engine(s.toString()), v[1] == null ? new byte[0] : HashObject.data(v[1]));
        });
        PyDict constructors = new PyDict();
        for (String n : CONSTRUCTORS) {
            String fname = "openssl_" + n;
            m.def(fname, (a, k) -> newHash(engine(n), HashModules.initialData(fname, a, k, 0, "string")));
            constructors.setItem(m.dict().getItem(PyStr.of(fname)), PyStr.of(n));
        }
        m.set("_constructors", new org.taipan.runtime.PyMappingProxy(constructors));
        m.def("get_fips_mode", (a, k) -> {
            Args.noArgs("get_fips_mode", a, k);
            return PyInt.ZERO;
        });
        m.def("compare_digest", (a, k) -> {
            PyObject[] v = MethodArgs.bind("compare_digest", a, k, 2, "a", "b");
            if (a.length != 2) {
                throw Errors.typeError("compare_digest expected 2 arguments, got %d", a.length);
            }
            return PyBool.of(compareDigest(v[0], v[1]));
        });
        m.def("hmac_new", (a, k) -> {
            PyObject[] v = MethodArgs.bind("hmac_new", a, k, 0, "key", "msg", "digestmod");
            byte[] key = Buffers.require(MethodArgs.required("hmac_new", v, 0, "key"));
            if (v[2] == null || v[2] == PyNone.NONE) {
                throw Errors.typeError("Missing required parameter 'digestmod'.");
            }
            HmacObject h = new HmacObject(engine(digestName(v[2])), key);
            if (v[1] != null && v[1] != PyNone.NONE) {
                byte[] msg = HashObject.data(v[1]);
                h.update(msg);
            }
            return h;
        });
        m.def("hmac_digest", (a, k) -> {
            PyObject[] v = MethodArgs.bind("hmac_digest", a, k, 0, "key", "msg", "digest");
            byte[] key = Buffers.require(MethodArgs.required("hmac_digest", v, 0, "key"));
            byte[] msg = Buffers.require(MethodArgs.required("hmac_digest", v, 1, "msg"));
            HmacObject h = new HmacObject(engine(digestName(MethodArgs.required("hmac_digest", v, 2, "digest"))), key);
            h.update(msg);
            return PyBytes.of(h.digest());
        });
        m.def("pbkdf2_hmac", (a, k) -> {
            PyObject[] v = MethodArgs.bind("pbkdf2_hmac", a, k, 0, "hash_name", "password", "salt", "iterations",
                    "dklen");
            PyObject name = MethodArgs.required("pbkdf2_hmac", v, 0, "hash_name");
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", name.type().name());
            }
            byte[] password = Buffers.require(MethodArgs.required("pbkdf2_hmac", v, 1, "password"));
            byte[] salt = Buffers.require(MethodArgs.required("pbkdf2_hmac", v, 2, "salt"));
            long iterations = Abstract.index(MethodArgs.required("pbkdf2_hmac", v, 3, "iterations"), null).longValue();
            HashEngine e = engine(s.toString());
            if (iterations < 1) {
                throw Errors.valueError("iteration value must be greater than 0.");
            }
            long dklen = v[4] == null || v[4] == PyNone.NONE ? e.digestSize() : Abstract.index(v[4], null).longValue();
            if (dklen < 1) {
                throw Errors.valueError("key length must be greater than 0.");
            }
            return PyBytes.of(pbkdf2(e, password, salt, iterations, (int) dklen));
        });
        return m;
    }

    /** {@code compare_digest(a, b)}: ASCII strs or bytes-like objects, in time independent of where they differ. */
    static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.toString()) || !isAscii(sb.toString())) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = sa.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            if (!Buffers.isBuffer(a) && !Buffers.isBuffer(b)) {
                throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        a.type().name(), b.type().name());
            }
            x = Buffers.require(a);
            y = Buffers.require(b);
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** PBKDF2 (RFC 8018) with HMAC over {@code e}'s algorithm. */
    static byte[] pbkdf2(HashEngine e, byte[] password, byte[] salt, long iterations, int dklen) {
        HmacObject prf = new HmacObject(e, password);
        byte[] out = new byte[dklen];
        int hlen = e.digestSize();
        for (int block = 1, at = 0; at < dklen; block++, at += hlen) {
            HmacObject h = prf.copyHmac();
            h.update(salt);
            h.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = h.digest();
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                HmacObject hi = prf.copyHmac();
                hi.update(u);
                u = hi.digest();
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, out, at, Math.min(hlen, dklen - at));
        }
        return out;
    }
}
