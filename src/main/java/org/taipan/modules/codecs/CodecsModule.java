package org.taipan.modules.codecs;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CodecFunctions;
import org.taipan.runtime.CodecRegistry;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.Utf7Codec;
import org.taipan.runtime.Codecs;

/**
 * The {@code _codecs} module (CPython's {@code Modules/_codecsmodule.c}), on which
 * {@code codecs.py} and the {@code encodings} package are built: the registry
 * ({@code register}, {@code unregister}, {@code lookup}, {@code _forget_codec},
 * {@code register_error}, {@code lookup_error}; {@link CodecRegistry}), {@code encode} and
 * {@code decode} through it, and the per-codec functions over the Java codecs
 * ({@link CodecFunctions}).
 */
public final class CodecsModule {
    private CodecsModule() {}

    /** Positional-only arguments {@code [min, max]} of {@code fname}. */
    private static PyObject[] args(String fname, PyObject[] a, String[] k, int min, int max) {
        Args.noKeywords(fname, k);
        if (a.length < min || a.length > max) {
            if (min == max) {
                throw Errors.typeError("%s expected %d argument%s, got %d", fname, min, min == 1 ? "" : "s", a.length);
            }
            throw Errors.typeError(a.length < min ? "%s expected at least %d argument%s, got %d"
                    : "%s expected at most %d argument%s, got %d", fname, a.length < min ? min : max,
                    (a.length < min ? min : max) == 1 ? "" : "s", a.length);
        }
        PyObject[] r = new PyObject[max];
        System.arraycopy(a, 0, r, 0, a.length);
        return r;
    }

    private static String errors(String fname, PyObject o, int pos) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument %d must be str or None, not %s", fname, pos, o.type().name());
        }
        return s.toString();
    }

    private static PyStr str(String fname, PyObject o, int pos) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument %d must be str, not %s", fname, pos, o.type().name());
        }
        return s;
    }

    private static String name(String fname, PyObject o, int pos) {
        return str(fname, o, pos).toString();
    }

    private static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    private static int intArg(PyObject o) {
        return o == null ? 0 : Abstract.index(o, null).intValue();
    }

    /** The data of a decoder: a bytes-like object (the escape decoders also take str, as UTF-8). */
    private static byte[] data(PyObject o, boolean strOk) {
        if (strOk && o instanceof PyStr s) {
            return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return Buffers.require(o);
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_codecs", true);
        m.def("register", (a, k) -> {
            CodecRegistry.current().register(args("register", a, k, 1, 1)[0]);
            return PyNone.NONE;
        });
        m.def("unregister", (a, k) -> {
            CodecRegistry.current().unregister(args("unregister", a, k, 1, 1)[0]);
            return PyNone.NONE;
        });
        m.def("lookup", (a, k) -> CodecRegistry.current().lookup(name("lookup", args("lookup", a, k, 1, 1)[0], 1)));
        m.def("_forget_codec", (a, k) -> {
            CodecRegistry.current().forget(name("_forget_codec", args("_forget_codec", a, k, 1, 1)[0], 1));
            return PyNone.NONE;
        });
        m.def("encode", (a, k) -> transcode(a, k, "encode", 0, "encoder"));
        m.def("decode", (a, k) -> transcode(a, k, "decode", 1, "decoder"));
        m.def("register_error", (a, k) -> {
            PyObject[] v = args("register_error", a, k, 2, 2);
            CodecRegistry.current().registerError(name("register_error", v[0], 1), v[1]);
            return PyNone.NONE;
        });
        m.def("lookup_error", (a, k) -> {
            return lookupError(name("lookup_error", args("lookup_error", a, k, 1, 1)[0], 1));
        });
        // Encoders over the Java codecs, by function prefix and codec name.
        String[][] simple = {{"utf_8", "utf-8"}, {"latin_1", "latin-1"}, {"ascii", "ascii"},
            {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32_le", "utf-32-le"},
            {"utf_32_be", "utf-32-be"}, {"unicode_escape", "unicode_escape"},
            {"raw_unicode_escape", "raw_unicode_escape"}};
        for (String[] c : simple) {
            String fn = c[0] + "_encode";
            m.def(fn, (a, k) -> {
                PyObject[] v = args(fn, a, k, 1, 2);
                return CodecFunctions.encode(c[1], str(fn, v[0], 1), errors(fn, v[1], 2));
            });
        }
        for (String[] c : new String[][] {{"utf_16", "2"}, {"utf_32", "4"}}) {
            String fn = c[0] + "_encode";
            m.def(fn, (a, k) -> {
                PyObject[] v = args(fn, a, k, 1, 3);
                return CodecFunctions.encodeWide(Integer.parseInt(c[1]), str(fn, v[0], 1), errors(fn, v[1], 2),
                        Integer.signum(intArg(v[2])));
            });
        }
        String[][] streaming = {{"utf_8", "utf-8"}, {"utf_16", "utf-16"}, {"utf_16_le", "utf-16-le"},
            {"utf_16_be", "utf-16-be"}, {"utf_32", "utf-32"}, {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"}};
        for (String[] c : streaming) {
            String fn = c[0] + "_decode";
            m.def(fn, (a, k) -> {
                PyObject[] v = args(fn, a, k, 1, 3);
                return CodecFunctions.decode(c[1], data(v[0], false), errors(fn, v[1], 2), flag(v[2], false));
            });
        }
        for (String[] c : new String[][] {{"latin_1", "latin-1"}, {"ascii", "ascii"}}) {
            String fn = c[0] + "_decode";
            m.def(fn, (a, k) -> {
                PyObject[] v = args(fn, a, k, 1, 2);
                return CodecFunctions.decode(c[1], data(v[0], false), errors(fn, v[1], 2), true);
            });
        }
        for (String c : new String[] {"unicode_escape", "raw_unicode_escape"}) {
            String fn = c + "_decode";
            m.def(fn, (a, k) -> {
                PyObject[] v = args(fn, a, k, 1, 3);
                return CodecFunctions.decodeEscape(data(v[0], true), errors(fn, v[1], 2), c.startsWith("raw"),
                        flag(v[2], true));
            });
        }
        for (String[] c : new String[][] {{"utf_16_ex_decode", "2"}, {"utf_32_ex_decode", "4"}}) {
            m.def(c[0], (a, k) -> {
                PyObject[] v = args(c[0], a, k, 1, 4);
                return CodecFunctions.decodeEx(Integer.parseInt(c[1]), data(v[0], false), errors(c[0], v[1], 2),
                        intArg(v[2]), flag(v[3], false));
            });
        }
        m.def("utf_7_encode", (a, k) -> {
            PyObject[] v = args("utf_7_encode", a, k, 1, 2);
            PyStr text = str("utf_7_encode", v[0], 1);
            errors("utf_7_encode", v[1], 2);
            return PyTuple.of(PyBytes.of(Utf7Codec.encode(text)), PyInt.of(text.length()));
        });
        m.def("utf_7_decode", (a, k) -> {
            PyObject[] v = args("utf_7_decode", a, k, 1, 3);
            Codecs.Decoded d = Utf7Codec.decode(data(v[0], false), errors("utf_7_decode", v[1], 2), flag(v[2], false));
            return PyTuple.of(d.text(), PyInt.of(d.consumed()));
        });
        m.def("charmap_decode", (a, k) -> {
            PyObject[] v = args("charmap_decode", a, k, 1, 3);
            return CodecFunctions.charmapDecode(data(v[0], false), errors("charmap_decode", v[1], 2), v[2]);
        });
        m.def("charmap_encode", (a, k) -> {
            PyObject[] v = args("charmap_encode", a, k, 1, 3);
            return CodecFunctions.charmapEncode(str("charmap_encode", v[0], 1), errors("charmap_encode", v[1], 2),
                    v[2]);
        });
        m.def("charmap_build", (a, k) -> CodecFunctions.charmapBuild(str("charmap_build",
                args("charmap_build", a, k, 1, 1)[0], 1)));
        m.def("escape_encode", (a, k) -> {
            PyObject[] v = args("escape_encode", a, k, 1, 2);
            if (!(v[0] instanceof PyBytes b)) {
                throw Errors.typeError("escape_encode() argument 1 must be bytes, not %s", v[0].type().name());
            }
            return CodecFunctions.escapeEncode(b.bytes());
        });
        m.def("escape_decode", (a, k) -> {
            PyObject[] v = args("escape_decode", a, k, 1, 2);
            return CodecFunctions.escapeDecode(data(v[0], true), v[1] == null || v[1] == PyNone.NONE ? null
                    : errors("escape_decode", v[1], 2));
        });
        m.def("readbuffer_encode", (a, k) -> {
            PyObject[] v = args("readbuffer_encode", a, k, 1, 2);
            byte[] b = data(v[0], true);
            return PyTuple.of(PyBytes.of(b), PyInt.of(b.length));
        });
        return m;
    }

    /**
     * The error handler registered as {@code name} or the standard one of that name, as
     * CPython's {@code PyCodec_LookupError}.
     *
     * @throws PyException LookupError "unknown error handler name 'x'" when there is none
     */
    public static PyObject lookupError(String name) {
        PyObject h = CodecRegistry.current().errorHandler(name);
        if (h != null) {
            return h;
        }
        PyObject std = StandardErrorHandlers.lookup(name);
        if (std == null) {
            throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '" + name + "'");
        }
        return std;
    }

    /** {@code _codecs.encode}/{@code decode}: through the registry, which wraps the codec's errors as CPython does. */
    private static PyObject transcode(PyObject[] a, String[] k, String fname, int index, String what) {
        PyObject[] v = org.taipan.runtime.MethodArgs.bind(fname, a, k, 0, "obj", "encoding", "errors");
        PyObject obj = org.taipan.runtime.MethodArgs.required(fname, v, 0, "obj");
        String encoding = v[1] == null ? "utf-8" : name(fname, v[1], 2);
        String errors = v[2] == null ? "strict" : name(fname, v[2], 3);
        PyObject info = CodecRegistry.current().lookup(encoding);
        PyObject codec = ((PyTuple) info).get(index);
        return CodecRegistry.callCodec(codec, obj, errors, what, encoding);
    }

    static PyObject call(PyObject f, PyObject... args) {
        return Callables.call(f, args);
    }
}
