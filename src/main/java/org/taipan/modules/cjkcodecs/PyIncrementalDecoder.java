package org.taipan.modules.cjkcodecs;

import java.util.Arrays;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _multibytecodec.MultibyteIncrementalDecoder} (CPython's
 * {@code MultibyteIncrementalDecoderObject}), the base of each CJK {@code IncrementalDecoder}:
 * {@code decode(input, final=False)} keeps the bytes of an unfinished character (at most eight)
 * for the next call and reports them as "incomplete multibyte sequence" on the final one;
 * {@code getstate()} is {@code (pending bytes, codec state)}, the state being 0 or what
 * {@code setstate} gave, because the JDK's shift state can be neither read nor set.
 */
final class PyIncrementalDecoder extends CodecContext {
    static final PyType TYPE = PyType.builtin("_multibytecodec.MultibyteIncrementalDecoder", PyType.OBJECT)
            .markOwnLayout();

    /** CPython's {@code MAXDECPENDING}. */
    static final int MAX_PENDING = 8;

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] v = MethodArgs.bind("IncrementalDecoder", a, k, 0, "errors");
            return new PyIncrementalDecoder(t, errorsArg("IncrementalDecoder", 1, v[0]));
        };
        install(TYPE);
        TYPE.addMethod("decode", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("decode", a, k, 0, "input", "final");
            PyObject input = MethodArgs.required("decode", v, 0, "input");
            byte[] data = Buffers.require(input);
            boolean last = v[1] != null && Abstract.isTrue(v[1]);
            return PyStr.of(((PyIncrementalDecoder) self).decode(data, last));
        });
        TYPE.addMethodNoArgs("getstate", self -> {
            PyIncrementalDecoder d = (PyIncrementalDecoder) self;
            return PyTuple.of(PyBytes.of(d.pending.clone()),
                    PyInt.of(new java.math.BigInteger(Long.toUnsignedString(d.codecState))));
        });
        TYPE.addMethodOneArg("setstate", (self, state) -> {
            if (!(state instanceof PyTuple)) {
                throw Errors.typeError("setstate() argument must be tuple, not %s", state.type().name());
            }
            if (!(state instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyBytes b)
                    || !(t.get(1) instanceof PyInt)) {
                throw Errors.typeError("setstate(): illegal state argument");
            }
            if (b.bytes().length > MAX_PENDING) {
                throw Errors.of(ExceptionTypes.UnicodeError, "pending buffer too large");
            }
            java.math.BigInteger st = ((PyInt) t.get(1)).bigValue();
            if (st.signum() < 0) {
                throw Errors.overflow("can't convert negative int to unsigned");
            }
            if (st.bitLength() > 64) {
                throw Errors.overflow("int too big to convert");
            }
            ((PyIncrementalDecoder) self).pending = b.bytes().clone();
            ((PyIncrementalDecoder) self).codecState = st.longValue();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("reset", self -> {
            PyIncrementalDecoder d = (PyIncrementalDecoder) self;
            d.session.reset();
            d.pending = new byte[0];
            d.codecState = 0;
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private final DecodeSession session;
    private byte[] pending = new byte[0];
    /** The codec state a {@code setstate} gave, kept only to be given back (the JDK's cannot be set). */
    private long codecState;

    private PyIncrementalDecoder(PyType type, String errors) {
        super(type, errors);
        this.session = new DecodeSession(codec);
    }

    private String decode(byte[] input, boolean last) {
        byte[] data = pending.length == 0 ? input : concat(pending, input);
        DecodeSession.Result r = session.decode(data, errors, last);
        pending = keep(data, r.consumed());
        return r.text();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * The unfinished tail of {@code data} from {@code consumed}, to keep for the next call.
     *
     * @throws org.taipan.runtime.PyException UnicodeError "pending buffer overflow" past eight bytes
     */
    static byte[] keep(byte[] data, int consumed) {
        if (data.length - consumed > MAX_PENDING) {
            throw Errors.of(ExceptionTypes.UnicodeError, "pending buffer overflow");
        }
        return Arrays.copyOfRange(data, consumed, data.length);
    }
}
