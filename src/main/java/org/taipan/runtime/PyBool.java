package org.taipan.runtime;

/**
 * {@code True} and {@code False}. In Python {@code bool} subclasses {@code int}: the int slots
 * accept bools through {@link PyInt#asInt}, so {@code True + 1 == 2}.
 */
public final class PyBool extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("bool", PyInt.TYPE);
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    static {
        TYPE.tp_repr = o -> PyStr.of(((PyBool) o).value ? "True" : "False");
        TYPE.tp_new = (t, a, k) -> {
            Args.noKeywords("bool", k);
            if (a.length > 1) {
                throw Errors.typeError("bool expected at most 1 argument, got %d", a.length);
            }
            return a.length == 0 ? FALSE : of(Abstract.isTrue(a[0]));
        };
        TYPE.nb_and = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value & y.value) : PyInt.and(a, b);
        TYPE.nb_or = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value | y.value) : PyInt.or(a, b);
        TYPE.nb_xor = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value ^ y.value) : PyInt.xor(a, b);
        TYPE.ready();
    }

    private final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return value;
    }

    /** The int this bool equals (0 or 1). */
    public PyInt asInt() {
        return value ? PyInt.ONE : PyInt.ZERO;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
