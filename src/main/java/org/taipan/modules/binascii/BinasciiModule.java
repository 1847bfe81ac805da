package org.taipan.modules.binascii;

import java.io.ByteArrayOutputStream;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code binascii} module (CPython's {@code Modules/binascii.c}): hex, base64, uuencode
 * and quoted-printable conversions, {@code crc32} and {@code crc_hqx}, and the exceptions
 * {@code Error} (a ValueError) and {@code Incomplete}. The {@code a2b_*} functions also take
 * ASCII-only str, as CPython's {@code ascii_buffer_converter} does.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = exception("Error", ExceptionTypes.ValueError);
    static final PyType INCOMPLETE = exception("Incomplete", ExceptionTypes.Exception);

    private static PyType exception(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {base}, ns);
    }

    static PyException error(String message) {
        return Errors.of(ERROR, message);
    }

    /** The data of an {@code a2b_*} argument: a bytes-like object or an ASCII-only str. */
    static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String t = s.toString();
            byte[] b = new byte[t.length()];
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return b;
        }
        byte[] b = Buffers.isStridedView(o) ? null : Buffers.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type().name());
        }
        return b;
    }

    private static boolean flag(PyObject o) {
        return o != null && Abstract.isTrue(o);
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("binascii", true);
        m.set("Error", ERROR);
        m.set("Incomplete", INCOMPLETE);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            m.def(name, (a, k) -> {
                PyObject[] v = MethodArgs.bind(name, a, k, 0, "data", "sep", "bytes_per_sep");
                byte[] data = Buffers.require(MethodArgs.required(name, v, 0, "data"));
                return PyBytes.of(org.taipan.runtime.BytesHex.hex(data, v[1], v[2], true));
            });
        }
        PyBuiltinFunction.Body unhexlify = (a, k) -> {
            byte[] s = ascii(Args.oneArg("unhexlify", a, k));
            if (s.length % 2 != 0) {
                throw error("Odd-length string");
            }
            byte[] out = new byte[s.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(s[2 * i], 16);
                int lo = Character.digit(s[2 * i + 1], 16);
                if (hi < 0 || lo < 0) {
                    throw error("Non-hexadecimal digit found");
                }
                out[i] = (byte) (hi << 4 | lo);
            }
            return PyBytes.of(out);
        };
        m.def("unhexlify", unhexlify);
        m.def("a2b_hex", unhexlify);
        m.def("b2a_base64", (a, k) -> {
            PyObject[] v = MethodArgs.bind("b2a_base64", a, k, 1, "data", "newline");
            if (Args.positional(a, k) > 1) {
                throw Errors.typeError("b2a_base64() takes exactly 1 positional argument (%d given)", Args.positional(a, k));
            }
            byte[] data = Buffers.require(MethodArgs.required("b2a_base64", v, 0, "data"));
            byte[] enc = java.util.Base64.getEncoder().encode(data);
            if (v[1] != null && !Abstract.isTrue(v[1])) {
                return PyBytes.of(enc);
            }
            byte[] out = java.util.Arrays.copyOf(enc, enc.length + 1);
            out[enc.length] = '\n';
            return PyBytes.of(out);
        });
        m.def("a2b_base64", (a, k) -> {
            PyObject[] v = MethodArgs.bind("a2b_base64", a, k, 1, "data", "strict_mode");
            if (Args.positional(a, k) > 1) {
                throw Errors.typeError("a2b_base64() takes exactly 1 positional argument (%d given)", Args.positional(a, k));
            }
            return PyBytes.of(Base64Decoder.decode(ascii(MethodArgs.required("a2b_base64", v, 0, "data")), flag(v[1])));
        });
        m.def("b2a_uu", (a, k) -> {
            PyObject[] v = MethodArgs.bind("b2a_uu", a, k, 1, "data", "backtick");
            if (Args.positional(a, k) > 1) {
                // backtick is keyword-only
                throw Errors.typeError("b2a_uu() takes exactly 1 positional argument (%d given)", Args.positional(a, k));
            }
            return PyBytes.of(Uu.encode(Buffers.require(MethodArgs.required("b2a_uu", v, 0, "data")), flag(v[1])));
        });
        m.def("a2b_uu", (a, k) -> PyBytes.of(Uu.decode(ascii(Args.oneArg("a2b_uu", a, k)))));
        m.def("a2b_qp", (a, k) -> {
            PyObject[] v = MethodArgs.bind("a2b_qp", a, k, 0, "data", "header");
            return PyBytes.of(QuotedPrintable.decode(ascii(MethodArgs.required("a2b_qp", v, 0, "data")), flag(v[1])));
        });
        m.def("b2a_qp", (a, k) -> {
            PyObject[] v = MethodArgs.bind("b2a_qp", a, k, 0, "data", "quotetabs", "istext", "header");
            byte[] data = Buffers.require(MethodArgs.required("b2a_qp", v, 0, "data"));
            return PyBytes.of(QuotedPrintable.encode(data, flag(v[1]), v[2] == null || Abstract.isTrue(v[2]),
                    flag(v[3])));
        });
        m.def("crc32", (a, k) -> {
            Args.noKeywords("crc32", k);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length < 1 ? "crc32 expected at least 1 argument, got 0"
                        : "crc32 expected at most 2 arguments, got " + a.length);
            }
            byte[] data = Buffers.require(a[0]);
            long crc = a.length > 1 ? unsignedMask(a[1]) : 0;
            return PyInt.of(Crc.crc32(data, 0, data.length, crc));
        });
        m.def("crc_hqx", (a, k) -> {
            Args.noKeywords("crc_hqx", k);
            if (a.length != 2) {
                throw Errors.typeError("crc_hqx expected 2 arguments, got %d", a.length);
            }
            byte[] data = Buffers.require(a[0]);
            return PyInt.of(Crc.crcHqx(data, (int) unsignedMask(a[1])));
        });
        return m;
    }

    /** An int argument reduced to its low 32 bits ({@code PyLong_AsUnsignedLongMask}). */
    public static long unsignedMask(PyObject o) {
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            if (o.type().nb_index == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
            }
            i = Abstract.index(o, null);
        }
        return i.bigValue().longValue() & 0xffffffffL;
    }

    /** Appends to a growing byte array. */
    static final class Out extends ByteArrayOutputStream {
        byte last() {
            return buf[count - 1];
        }

        void setLast(byte b) {
            buf[count - 1] = b;
        }
    }
}
