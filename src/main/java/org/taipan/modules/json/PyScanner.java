package org.taipan.modules.json;

import java.util.function.Function;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _json.Scanner}, exported as {@code _json.make_scanner} (CPython's {@code PyScannerObject}):
 * built from a {@code JSONDecoder}-like context whose {@code strict}, {@code object_hook},
 * {@code object_pairs_hook}, {@code parse_float}, {@code parse_int} and {@code parse_constant} it
 * reads once; calling it as {@code scanner(string, idx)} decodes the value at {@code idx} and
 * returns {@code (value, end)} (see {@link Decoding}). Not subclassable, attributes read-only.
 */
public final class PyScanner extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_json.Scanner", PyType.OBJECT).markFromSpec();

    final boolean strict;
    final PyObject objectHook;
    final PyObject objectPairsHook;
    final PyObject parseFloat;
    final PyObject parseInt;
    final PyObject parseConstant;

    private PyScanner(PyObject ctx) {
        // CPython reads them in this order; a failing one (AttributeError, a bad __bool__) stops there.
        strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
        objectHook = Abstract.getAttr(ctx, "object_hook");
        objectPairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
        parseFloat = Abstract.getAttr(ctx, "parse_float");
        parseInt = Abstract.getAttr(ctx, "parse_int");
        parseConstant = Abstract.getAttr(ctx, "parse_constant");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code scanner(string, idx)}: the value at {@code idx} and the index after it.
     *
     * @throws org.taipan.runtime.PyException TypeError "first argument must be a string, not T";
     *     StopIteration(idx) when no value starts at idx; JSONDecodeError; ValueError for a negative idx
     */
    PyObject call(PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind("scan_once", a, k, 0, "string", "idx");
        PyObject string = MethodArgs.required("scan_once", b, 0, "string");
        long idx = Abstract.index(MethodArgs.required("scan_once", b, 1, "idx"), null).ssizeValue();
        if (!(string instanceof PyStr str)) {
            throw Errors.typeError("first argument must be a string, not %s", string.type().name());
        }
        JsonText text = new JsonText(str);
        Decoding d = new Decoding(this, text);
        int at = idx < 0 ? -1 : (int) Math.min(idx, Integer.MAX_VALUE);
        if (idx >= text.length) {
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.StopIteration, PyInt.of(idx));
        }
        PyObject value = d.scanOnce(at);
        return PyTuple.of(value, PyInt.of(d.next));
    }

    private static void member(String name, Function<PyScanner, PyObject> get) {
        TYPE.addAttr(name, new PyGetSetDescr(TYPE, name, o -> get.apply((PyScanner) o), (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        }));
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("make_scanner", a, k, 0, "context");
            return new PyScanner(MethodArgs.required("make_scanner", b, 0, "context"));
        };
        TYPE.tp_call = (self, a, k) -> ((PyScanner) self).call(a, k);
        member("strict", s -> PyBool.of(s.strict));
        member("object_hook", s -> s.objectHook);
        member("object_pairs_hook", s -> s.objectPairsHook);
        member("parse_float", s -> s.parseFloat);
        member("parse_int", s -> s.parseInt);
        member("parse_constant", s -> s.parseConstant);
        TYPE.addAttr("__doc__", PyStr.of("JSON scanner object"));
        TYPE.ready();
    }
}
