package org.taipan.modules.pickle;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code pickle.PickleBuffer} (CPython's {@code Objects/picklebufobject.c}, exported by
 * {@code _pickle}): a wrapper over any buffer-protocol object that protocol 5 pickles out of band
 * when the pickler's {@code buffer_callback} says so. It is itself a buffer with the wrapped
 * object's format, shape and read-only flag; {@code raw()} is that buffer as a flat {@code 'B'}
 * memoryview; after {@code release()} every use raises ValueError.
 */
public final class PyPickleBuffer extends PyObject implements Buffers.ViewHolder {
    public static final PyType TYPE = PyType.builtinFinal("pickle.PickleBuffer", PyType.OBJECT);

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] p = MethodArgs.bind("PickleBuffer", a, k, 1, "");
            if (p[0] == null) {
                throw Errors.typeError("PickleBuffer() missing required argument 'buffer' (pos 1)");
            }
            if (!Buffers.isBuffer(p[0])) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", p[0].type().name());
            }
            return new PyPickleBuffer(PyMemoryView.of(p[0]));
        };
        TYPE.addMethodNoArgs("raw", self -> {
            PyMemoryView v = PyMemoryView.of(((PyPickleBuffer) self).heldView());
            if (!Abstract.isTrue(Abstract.getAttr(v, "contiguous"))) {
                throw Errors.of(ExceptionTypes.BufferError, "cannot extract raw buffer from non-contiguous buffer");
            }
            return Callables.callAttr(v, "cast", PyStr.of("B"));
        });
        TYPE.addMethodNoArgs("release", self -> {
            PyPickleBuffer b = (PyPickleBuffer) self;
            if (b.view != null) {
                b.view.release();
                b.view = null;
            }
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    private PyMemoryView view;

    private PyPickleBuffer(PyMemoryView view) {
        this.view = view;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The wrapped object's view; ValueError once released. */
    @Override
    public PyMemoryView heldView() {
        if (view == null) {
            throw Errors.valueError("operation forbidden on released PickleBuffer object");
        }
        return view;
    }
}
