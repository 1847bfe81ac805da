package org.taipan.modules.struct;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _struct.unpack_iterator}, what {@code iter_unpack} returns: one tuple per
 * {@code size} bytes of a snapshot of the buffer, with {@code __length_hint__}.
 */
final class UnpackIterator extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_struct.unpack_iterator", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_struct"));
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '_struct.unpack_iterator' instances");
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((UnpackIterator) o).next();
        TYPE.addMethodNoArgs("__length_hint__", self -> {
            UnpackIterator it = (UnpackIterator) self;
            return PyInt.of(it.format == null ? 0 : (it.buf.length - it.pos) / it.format.size);
        });
        TYPE.ready();
    }

    private StructFormat format;
    private final byte[] buf;
    private int pos;

    UnpackIterator(StructFormat format, byte[] buf) {
        this.format = format;
        this.buf = buf;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (format == null || pos >= buf.length) {
            format = null;
            return null;
        }
        PyObject r = format.unpack(buf, pos);
        pos += (int) format.size;
        return r;
    }
}
