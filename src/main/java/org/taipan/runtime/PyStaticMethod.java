package org.taipan.runtime;

/** {@code staticmethod(f)}: reading it through a class or instance gives {@code f} itself. */
public sealed class PyStaticMethod extends PyMethodDecorator permits PyStaticMethod.Sub {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable();
        TYPE.tp_call = (self, a, k) -> Callables.call(((PyStaticMethod) self).callable(), a, k);
        initCommon(TYPE, "staticmethod", t -> t == TYPE ? new PyStaticMethod(PyNone.NONE) : new Sub(t));
        TYPE.ready();
    }

    public PyStaticMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * An instance of a Python subclass of staticmethod: its class (its slot values are kept by
     * {@link PyMethodDecorator}). Fast paths test the exact Java class, so a subclass's overridden
     * {@code __get__} is never bypassed.
     */
    static final class Sub extends PyStaticMethod {
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
