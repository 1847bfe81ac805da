package org.taipan.modules.cjkcodecs;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _multibytecodec.MultibyteIncrementalEncoder} (CPython's
 * {@code MultibyteIncrementalEncoderObject}), the base of each CJK {@code IncrementalEncoder}:
 * {@code encode(input, final=False)} keeps the codec state between calls and ends it only on
 * the final call; {@code getstate()}/{@code setstate(int)} carry the pending text in CPython's
 * packing (a length byte, UTF-8, then the 8 bytes of codec state, little-endian); the JDK's
 * shift state is not part of it and reads as zero.
 */
final class PyIncrementalEncoder extends CodecContext {
    static final PyType TYPE = PyType.builtin("_multibytecodec.MultibyteIncrementalEncoder", PyType.OBJECT)
            .markOwnLayout();

    /** CPython's {@code MAXENCPENDING}: at most two characters wait, so eight UTF-8 bytes. */
    private static final int MAX_PENDING_BYTES = 8;

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] v = MethodArgs.bind("IncrementalEncoder", a, k, 0, "errors");
            return new PyIncrementalEncoder(t, errorsArg("IncrementalEncoder", 1, v[0]));
        };
        install(TYPE);
        TYPE.addMethod("encode", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("encode", a, k, 0, "input", "final");
            PyObject input = MethodArgs.required("encode", v, 0, "input");
            boolean last = v[1] != null && Abstract.isTrue(v[1]);
            PyStr text = input instanceof PyStr s ? s : Abstract.str(input);
            return PyBytes.of(((PyIncrementalEncoder) self).encode(text, last));
        });
        TYPE.addMethodNoArgs("getstate", self -> ((PyIncrementalEncoder) self).getstate());
        TYPE.addMethodOneArg("setstate", (self, state) -> {
            ((PyIncrementalEncoder) self).setstate(state);
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("reset", self -> {
            PyIncrementalEncoder e = (PyIncrementalEncoder) self;
            e.session.reset();
            e.pending = null;
            e.codecState = 0;
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private final EncodeSession session;
    /**
     * The 8 bytes of codec state a {@code setstate} gave, kept only to be given back: the JDK's
     * stateless encoders have none, and its ISO-2022 state cannot be set.
     */
    private long codecState;
    /** Text a previous {@code setstate} left to be encoded first, or null. */
    private PyStr pending;

    private PyIncrementalEncoder(PyType type, String errors) {
        super(type, errors);
        this.session = new EncodeSession(codec);
    }

    private byte[] encode(PyStr text, boolean last) {
        PyStr input = pending == null ? text : PyStr.of(pending.toString() + text);
        byte[] out = session.encode(input, errors, last);
        pending = null;
        return out;
    }

    private PyObject getstate() {
        byte[] p = pending == null ? new byte[0] : pending.toString().getBytes(StandardCharsets.UTF_8);
        if (p.length > MAX_PENDING_BYTES) {
            throw Errors.of(ExceptionTypes.UnicodeError, "pending buffer too large");
        }
        // little-endian: the length byte is the lowest, then the UTF-8 bytes, then the codec state
        BigInteger v = BigInteger.valueOf(p.length);
        for (int i = 0; i < p.length; i++) {
            v = v.or(BigInteger.valueOf(p[i] & 0xff).shiftLeft(8 * (i + 1)));
        }
        BigInteger st = new BigInteger(Long.toUnsignedString(codecState));
        return PyInt.of(v.or(st.shiftLeft(8 * (p.length + 1))));
    }

    private void setstate(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw Errors.typeError("setstate() argument must be int, not %s", state.type().name());
        }
        BigInteger v = i.bigValue();
        if (v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        if (v.bitLength() > 8 * (1 + MAX_PENDING_BYTES + 8)) {
            throw Errors.overflow("int too big to convert");
        }
        int n = v.intValue() & 0xff;
        if (n > MAX_PENDING_BYTES) {
            throw Errors.of(ExceptionTypes.UnicodeError, "pending buffer too large");
        }
        byte[] p = new byte[n];
        for (int k = 0; k < n; k++) {
            p[k] = (byte) v.shiftRight(8 * (k + 1)).intValue();
        }
        // strict UTF-8, so bad bytes raise CPython's UnicodeDecodeError
        PyStr s = PyBytes.decode(PyBytes.of(p), PyStr.of("utf-8"), PyStr.of("strict"));
        pending = s.length() == 0 ? null : s;
        codecState = v.shiftRight(8 * (n + 1)).longValue();
    }
}
