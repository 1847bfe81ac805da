package org.taipan.modules.json;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The errors the decoder raises, as {@code Modules/_json.c} does: {@code raise_errmsg} builds
 * {@code json.decoder.JSONDecodeError(msg, doc, pos)} (whose {@code __init__} adds
 * "{@code : line L column C (char P)}"), and a missing value at a position raises
 * {@code StopIteration(pos)}, which {@code JSONDecoder.raw_decode} turns into
 * "Expecting value".
 */
final class DecodeErrors {
    private DecodeErrors() {}

    /**
     * {@code JSONDecodeError(msg, doc, pos)}. The class is looked up in {@code sys.modules['json.decoder']}
     * (imported if absent) at each error, where CPython caches the first one it finds; the two agree
     * as long as the {@code json} package is not re-imported, which is what test_json arranges.
     */
    static PyException decodeError(String msg, PyStr doc, int pos) {
        PyObject cls = jsonDecodeErrorClass();
        PyObject exc = Callables.call(cls, PyStr.of(msg), doc, PyInt.of(pos));
        if (exc instanceof PyBaseException b) {
            return new PyException(b);
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    private static PyObject jsonDecodeErrorClass() {
        var interp = ThreadState.current().interpreter;
        PyObject mod = interp.modules().getItem(PyStr.of("json.decoder"));
        if (mod == null) {
            interp.importModule("json.decoder", null, null, 0);
            mod = interp.modules().getItem(PyStr.of("json.decoder"));
        }
        return Abstract.getAttr(mod, "JSONDecodeError");
    }

    /** {@code StopIteration(pos)}: no JSON value starts at {@code pos}. */
    static PyException stopIteration(int pos) {
        return Errors.of(ExceptionTypes.StopIteration, PyInt.of(pos));
    }
}
