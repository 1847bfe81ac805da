package org.taipan.modules.hashlib;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _hashlib.HMAC} (RFC 2104 over any {@link HashEngine}): the key, hashed first when
 * longer than a block, padded and XORed into an inner and an outer engine that are fed once,
 * so every later message costs only the hashing of the message.
 */
final class HmacObject extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_hashlib.HMAC", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_hashlib"));
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '_hashlib.HMAC' instances");
        };
        TYPE.addMethod("update", (self, a, k) -> {
            ((HmacObject) self).update(HashObject.data(Args.oneArg("HMAC.update", a, k)));
            return PyNone.NONE;
        });
        TYPE.addMethod("copy", (self, a, k) -> {
            Args.noArgs("HMAC.copy", a, k);
            return ((HmacObject) self).copyHmac();
        });
        TYPE.addMethod("digest", (self, a, k) -> {
            Args.noArgs("HMAC.digest", a, k);
            return PyBytes.of(((HmacObject) self).digest());
        });
        TYPE.addMethod("hexdigest", (self, a, k) -> {
            Args.noArgs("HMAC.hexdigest", a, k);
            return PyStr.of(HashObject.hex(((HmacObject) self).digest()));
        });
        TYPE.addAttr("name", new PyGetSetDescr(TYPE, "name",
                o -> PyStr.of("hmac-" + ((HmacObject) o).inner.name()), null));
        TYPE.addAttr("digest_size", new PyGetSetDescr(TYPE, "digest_size",
                o -> PyInt.of(((HmacObject) o).inner.digestSize()), null));
        TYPE.addAttr("block_size", new PyGetSetDescr(TYPE, "block_size",
                o -> PyInt.of(((HmacObject) o).inner.blockSize()), null));
        TYPE.ready();
    }

    private final HashEngine inner;
    private final HashEngine outer;

    private HmacObject(HashEngine inner, HashEngine outer) {
        this.inner = inner;
        this.outer = outer;
    }

    /** An HMAC of {@code fresh}'s algorithm ({@code fresh} is consumed) keyed with {@code key}. */
    HmacObject(HashEngine fresh, byte[] key) {
        int block = fresh.blockSize();
        byte[] k = key;
        if (k.length > block) {
            HashEngine h = fresh.copy();
            h.update(k, 0, k.length);
            k = h.digest(fresh.digestSize());
        }
        byte[] ipad = new byte[block];
        byte[] opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        this.inner = fresh.copy();
        this.outer = fresh;
        inner.update(ipad, 0, block);
        outer.update(opad, 0, block);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void update(byte[] msg) {
        inner.update(msg, 0, msg.length);
    }

    byte[] digest() {
        byte[] in = inner.digest(inner.digestSize());
        HashEngine o = outer.copy();
        o.update(in, 0, in.length);
        return o.digest(o.digestSize());
    }

    HmacObject copyHmac() {
        return new HmacObject(inner.copy(), outer.copy());
    }
}
