package org.taipan.modules.json;

import java.util.IdentityHashMap;
import java.util.function.Function;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyStrBuilder;
import org.taipan.runtime.PyType;
import org.taipan.runtime.FloatRepr;

/**
 * {@code _json.Encoder}, exported as {@code _json.make_encoder} (CPython 3.11's
 * {@code PyEncoderObject}): {@code make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan)}; calling it as
 * {@code encoder(obj, _current_indent_level)} returns a one-element list holding the whole JSON
 * text ({@code json.encoder} joins what it gets). As in CPython 3.11 the indent is accepted and
 * ignored ({@code json} only uses this encoder when indent is None). The encoding itself is
 * {@link Encoding}. Not subclassable, attributes read-only.
 */
public final class PyEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_json.Encoder", PyType.OBJECT).markFromSpec();

    private static final String[] PARAMS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};

    /** How strings are quoted: by calling {@link #encoder}, or directly when it is one of {@code _json}'s own. */
    enum StringMode { CALL, ASCII, UNICODE }

    final PyObject markers;
    final PyObject defaultFn;
    final PyObject encoder;
    final PyObject indent;
    final PyStr keySeparator;
    final PyStr itemSeparator;
    final boolean sortKeys;
    final boolean skipKeys;
    final boolean allowNan;
    final StringMode stringMode;

    private PyEncoder(PyObject[] b, boolean[] flags) {
        markers = b[0];
        defaultFn = b[1];
        encoder = b[2];
        indent = b[3];
        keySeparator = (PyStr) b[4];
        itemSeparator = (PyStr) b[5];
        sortKeys = flags[0];
        skipKeys = flags[1];
        allowNan = flags[2];
        stringMode = modeOf(encoder);
    }

    /** CPython recognises its own {@code encode_basestring(_ascii)} and calls them without a Python call. */
    private static StringMode modeOf(PyObject encoder) {
        if (encoder instanceof PyBuiltinFunction f && f.self() instanceof PyModule m && m.isBuiltin()
                && "_json".equals(m.name())) {
            if (f.name().equals("encode_basestring_ascii")) {
                return StringMode.ASCII;
            }
            if (f.name().equals("encode_basestring")) {
                return StringMode.UNICODE;
            }
        }
        return StringMode.CALL;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject construct(PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind("make_encoder", a, k, 0, PARAMS);
        for (int i = 0; i < PARAMS.length; i++) {
            MethodArgs.required("make_encoder", b, i, PARAMS[i]);
        }
        for (int i = 4; i <= 5; i++) {
            if (!(b[i] instanceof PyStr)) {
                throw Errors.typeError("make_encoder() argument %d must be str, not %s", i + 1, b[i].type().name());
            }
        }
        // The 'p' conversions run while the arguments are parsed, before the markers check.
        boolean[] flags = {Abstract.isTrue(b[6]), Abstract.isTrue(b[7]), Abstract.isTrue(b[8])};
        if (b[0] != PyNone.NONE && !(b[0] instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not %s", b[0].type().name());
        }
        return new PyEncoder(b, flags);
    }

    /**
     * {@code encoder(obj, _current_indent_level)}: {@code [json_text]}.
     *
     * @throws org.taipan.runtime.PyException ValueError "Circular reference detected" or
     *     "Out of range float values are not JSON compliant"; TypeError for a key of another type
     *     ("keys must be str, int, float, bool or None, not tuple") or what {@code default} raises
     *     ("Object of type X is not JSON serializable"); RecursionError
     */
    PyObject call(PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind("_iterencode", a, k, 0, "obj", "_current_indent_level");
        PyObject obj = MethodArgs.required("_iterencode", b, 0, "obj");
        Abstract.index(MethodArgs.required("_iterencode", b, 1, "_current_indent_level"), null).ssizeValue();
        PyStrBuilder out = new PyStrBuilder();
        new Encoding(this, out, markers == PyNone.NONE ? null : new IdentityHashMap<>()).encode(obj);
        PyList r = new PyList();
        r.append(out.build());
        return r;
    }

    /** The JSON text of a float: its {@code float.__repr__}, or Infinity/-Infinity/NaN when allowed. */
    String floatText(PyFloat f) {
        double v = f.value();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return FloatRepr.repr(v);
    }

    /** Appends the JSON literal of a str, through the encoder function unless it is {@code _json}'s own. */
    void appendString(PyStrBuilder out, PyStr s) {
        switch (stringMode) {
            case ASCII -> StringEscaper.append(out, s, true);
            case UNICODE -> StringEscaper.append(out, s, false);
            default -> {
                PyObject r = Callables.call(encoder, s);
                if (!(r instanceof PyStr rs)) {
                    throw Errors.typeError("encoder() must return a string, not %s", r.type().name());
                }
                out.append(rs);
            }
        }
    }

    private static void member(String name, Function<PyEncoder, PyObject> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> get.apply((PyEncoder) o), (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        }));
    }

    static {
        TYPE.tp_new = (t, a, k) -> construct(a, k);
        TYPE.tp_call = (self, a, k) -> ((PyEncoder) self).call(a, k);
        member("markers", e -> e.markers);
        member("default", e -> e.defaultFn);
        member("encoder", e -> e.encoder);
        member("indent", e -> e.indent);
        member("key_separator", e -> e.keySeparator);
        member("item_separator", e -> e.itemSeparator);
        member("sort_keys", e -> PyBool.of(e.sortKeys));
        member("skipkeys", e -> PyBool.of(e.skipKeys));
        TYPE.addAttr("__doc__", PyStr.of("_iterencode(obj, _current_indent_level) -> iterable"));
        TYPE.ready();
    }
}
