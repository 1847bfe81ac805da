package org.taipan.runtime;

/**
 * {@code classmethod(f)}: reading it binds {@code f} to the class. As CPython 3.11's
 * {@code cm_descr_get}, a wrapped object with a {@code __get__} of its own is asked for the
 * binding ({@code __get__(cls, cls)}): {@code classmethod(property(...))} reads the property on the
 * class.
 */
public sealed class PyClassMethod extends PyMethodDecorator permits PyClassMethod.Sub {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyObject f = ((PyClassMethod) d).callable();
            PyType cls = type != null ? type : obj.type();
            if (f instanceof PyBuiltinFunction bf) {
                return bf.bindFirst(cls);
            }
            Slots.DescrGet g = f.type().tp_descr_get;
            if (g != null && !(f instanceof PyFunction)) {
                return g.call(f, cls, cls);
            }
            return new PyMethod(f, cls);
        };
        initCommon(TYPE, "classmethod", t -> t == TYPE ? new PyClassMethod(PyNone.NONE) : new Sub(t));
        TYPE.ready();
    }

    public PyClassMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * An instance of a Python subclass of classmethod: its class (its slot values are kept by
     * {@link PyMethodDecorator}). Fast paths test the exact Java class, so a subclass's overridden
     * {@code __get__} is never bypassed.
     */
    static final class Sub extends PyClassMethod {
        private final PyType type;

        Sub(PyType type) {
            super(PyNone.NONE);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
