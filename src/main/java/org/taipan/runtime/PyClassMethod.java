package org.taipan.runtime;

/** {@code classmethod(f)}: reading it binds {@code f} to the class. */
public final class PyClassMethod extends PyMethodDecorator {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyObject f = ((PyClassMethod) d).callable();
            PyObject cls = type != null ? type : obj.type();
            if (f instanceof PyBuiltinFunction bf) {
                return bf.bindFirst(cls);
            }
            return new PyMethod(f, cls);
        };
        initCommon(TYPE, "classmethod", () -> new PyClassMethod(PyNone.NONE));
        TYPE.ready();
    }

    public PyClassMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
