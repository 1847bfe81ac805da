package org.taipan.runtime;

/** {@code NotImplemented}: what a binary slot returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("NotImplementedType", PyType.OBJECT);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    static {
        TYPE.tp_repr = o -> PyStr.of("NotImplemented");
        // CPython 3.9+'s notimplemented_bool: true, with a DeprecationWarning (shown for __main__ only by default).
        TYPE.nb_bool = o -> {
            org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.DeprecationWarning,
                    "NotImplemented should not be used in a boolean context", 1);
            return true;
        };
        TYPE.tp_new = (t, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        };
        TYPE.addMethodNoArgs("__reduce__", self -> PyStr.of("NotImplemented"));
        TYPE.ready();
    }

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
