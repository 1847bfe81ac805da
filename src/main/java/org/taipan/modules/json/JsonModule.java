package org.taipan.modules.json;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The {@code _json} module (CPython's {@code Modules/_json.c}), the accelerator the standard
 * library's {@code json} package imports when present: {@code scanstring},
 * {@code encode_basestring_ascii}, {@code encode_basestring}, {@code make_scanner}
 * ({@link PyScanner}) and {@code make_encoder} ({@link PyEncoder}).
 */
public final class JsonModule {
    private JsonModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_json", true);
        m.set("__doc__", PyStr.of("json speedups\n"));
        m.def("scanstring", JsonModule::scanstring);
        m.def("encode_basestring_ascii", (a, k) -> encodeArg("encode_basestring_ascii", a, k, true));
        m.def("encode_basestring", (a, k) -> encodeArg("encode_basestring", a, k, false));
        m.set("make_scanner", PyScanner.TYPE);
        m.set("make_encoder", PyEncoder.TYPE);
        return m;
    }

    /**
     * {@code scanstring(string, end, strict=True)}: the JSON string literal whose content starts
     * at {@code end} (just past the opening quote), decoded, and the index past its closing quote.
     *
     * @throws org.taipan.runtime.PyException TypeError for a non-str first argument or wrong argument
     *     counts; ValueError "end is out of bounds"; JSONDecodeError for a malformed literal
     */
    private static PyObject scanstring(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("scanstring() takes no keyword arguments");
        }
        if (a.length < 2) {
            throw Errors.typeError("scanstring() takes at least 2 arguments (%d given)", a.length);
        }
        if (a.length > 3) {
            throw Errors.typeError("scanstring() takes at most 3 arguments (%d given)", a.length);
        }
        long end = Abstract.index(a[1], null).ssizeValue();
        boolean strict = a.length < 3 || Abstract.isTrue(a[2]);
        if (!(a[0] instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not %s", a[0].type().name());
        }
        StringScanner scanner = new StringScanner(new JsonText(s), strict);
        int at = end < 0 ? -1 : (int) Math.min(end, Integer.MAX_VALUE);
        PyStr r = scanner.scan(at);
        return PyTuple.of(r, PyInt.of(scanner.next));
    }

    private static PyObject encodeArg(String name, PyObject[] a, String[] k, boolean ascii) {
        // METH_O functions name themselves with their module in argument errors.
        PyObject o = Args.oneArg("_json." + name, a, k);
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not %s", o.type().name());
        }
        return StringEscaper.encode(s, ascii);
    }
}
