package org.taipan.modules.cjkcodecs;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * What the four stateful objects of {@code _multibytecodec} share (CPython's
 * {@code MultibyteStatefulCodecContext}): the codec, found as the {@code codec} attribute of the
 * Python subclass being instantiated, and the error handler's name, the {@code errors}
 * attribute.
 */
abstract class CodecContext extends TypedObject {
    final CjkCodec codec;
    String errors;

    CodecContext(PyType type, String errors) {
        super(type);
        PyObject c = type.lookup("codec");
        if (c == null) {
            throw Errors.attributeError("type object '%s' has no attribute 'codec'", type.name());
        }
        if (!(c instanceof PyMultibyteCodec mc)) {
            throw Errors.typeError("codec is unexpected type");
        }
        this.codec = mc.codec;
        this.errors = errors == null ? "strict" : errors;
    }

    /**
     * The constructor's {@code errors} argument ({@code "|s"}): null when absent.
     *
     * @throws org.taipan.runtime.PyException TypeError "IncrementalEncoder() argument 1 must be str, not None"
     */
    static String errorsArg(String fname, int position, PyObject o) {
        if (o == null) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            // CPython's argument parser names None by itself, other objects by their type
            throw Errors.typeError("%s() argument %d must be str, not %s", fname, position,
                    o == org.taipan.runtime.PyNone.NONE ? "None" : o.type().name());
        }
        return s.toString();
    }

    /** Adds the {@code errors} attribute and an {@code __init__} that accepts anything (CPython's no-op {@code tp_init}). */
    static void install(PyType t) {
        t.addAttr("errors", new PyGetSetDescr(t, "errors", o -> PyStr.of(((CodecContext) o).errors), (o, v) -> {
            if (v == null) {
                throw Errors.of(ExceptionTypes.AttributeError, "cannot delete attribute");
            }
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("errors must be a string");
            }
            ((CodecContext) o).errors = s.toString();
        }));
        t.tp_init = (self, a, k) -> { };
    }
}
