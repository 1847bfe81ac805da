package org.taipan.runtime;

/** {@code staticmethod(f)}: reading it through a class or instance gives {@code f} itself. */
public final class PyStaticMethod extends PyMethodDecorator {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable();
        TYPE.tp_call = (self, a, k) -> Callables.call(((PyStaticMethod) self).callable(), a, k);
        initCommon(TYPE, "staticmethod", () -> new PyStaticMethod(PyNone.NONE));
        TYPE.ready();
    }

    public PyStaticMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
