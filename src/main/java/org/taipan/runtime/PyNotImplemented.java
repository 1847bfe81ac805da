package org.taipan.runtime;

/** {@code NotImplemented}: what a binary slot returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("NotImplementedType", PyType.OBJECT);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    static {
        TYPE.tp_repr = o -> PyStr.of("NotImplemented");
        TYPE.tp_new = (t, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        };
        TYPE.ready();
    }

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
