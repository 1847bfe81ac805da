package org.taipan.runtime;

import org.taipan.code.CodeObject;
import org.taipan.interp.Frame;

/**
 * {@code super()} construction, including the zero-argument form, which reads the calling
 * frame's first argument and its {@code __class__} cell (CPython's {@code super_init_without_args}).
 */
final class SuperSupport {
    private SuperSupport() {}

    /** Sets {@code super}'s construction slots (from its class initializer, before {@code ready()}). */
    static void install(PyType t) {
        t.tp_new = SuperSupport::newSuper;
        t.tp_init = (self, a, k) -> { };
    }

    private static PyObject newSuper(PyType t, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("super() takes no keyword arguments");
        }
        if (a.length > 2) {
            throw Errors.typeError("super() expected at most 2 arguments, got %d", a.length);
        }
        PySuper s;
        if (a.length == 0) {
            s = zeroArg(ThreadState.current().frame);
        } else if (!(a[0] instanceof PyType start)) {
            throw Errors.typeError("super() argument 1 must be a type, not %s", a[0].type().name());
        } else {
            s = new PySuper(start, a.length > 1 ? a[1] : null);
        }
        // a Python subclass of super gets an instance of its own class (with a __dict__)
        return t == PySuper.TYPE ? s : new PySuper.Sub(t, s.start, s.obj);
    }

    private static PySuper zeroArg(Frame f) {
        if (f == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        CodeObject co = f.code.code;
        if (co.argcount == 0 && (co.flags & CodeObject.CO_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.fast[0];
        if (first instanceof PyCell c && (co.localsplusKinds[0] & CodeObject.CO_FAST_CELL) != 0) {
            first = c.value;
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < co.localsplusNames.length; i++) {
            if (co.localsplusNames[i].equals("__class__") && (co.localsplusKinds[i] & CodeObject.CO_FAST_FREE) != 0) {
                PyObject cls = ((PyCell) f.fast[i]).value;
                if (cls == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType type)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (%s)", cls.type().name());
                }
                return new PySuper(type, first);
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }
}
