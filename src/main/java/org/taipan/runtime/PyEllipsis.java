package org.taipan.runtime;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("ellipsis", PyType.OBJECT);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    static {
        TYPE.tp_repr = o -> PyStr.of("Ellipsis");
        TYPE.tp_new = (t, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("EllipsisType takes no arguments");
            }
            return ELLIPSIS;
        };
        // ellipsis_reduce: pickled as the global name
        TYPE.addMethodNoArgs("__reduce__", self -> PyStr.of("Ellipsis"));
        TYPE.ready();
    }

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
