package org.taipan.runtime;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("NoneType", PyType.OBJECT);
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.tp_repr = o -> PyStr.of("None");
        TYPE.nb_bool = o -> false;
        TYPE.tp_hash = o -> 0xFCA86420L;
        TYPE.tp_new = (t, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return NONE;
        };
        TYPE.ready();
    }

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
