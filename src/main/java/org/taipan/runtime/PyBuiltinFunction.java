package org.taipan.runtime;

/**
 * A function implemented in Java: a builtin such as {@code print} ({@code self == null}) or a
 * builtin method bound to its object ({@code [].append}). CPython's
 * {@code builtin_function_or_method} (and {@code method-wrapper} for bound slot wrappers).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("builtin_function_or_method", PyType.OBJECT);
    public static final PyType METHOD_WRAPPER = PyType.builtinFinal("method-wrapper", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {TYPE, METHOD_WRAPPER}) {
            t.tp_call = (f, args, kw) -> ((PyBuiltinFunction) f).call(args, kw);
            t.tp_repr = PyBuiltinFunction::repr;
            t.ready();
        }
    }

    /** A module-level builtin: just the arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final PyObject self;
    private final PyMethodDescr.Impl impl;
    private final boolean wrapper;

    /** A builtin function without {@code self}. */
    public PyBuiltinFunction(String name, Body body) {
        this(name, null, (s, a, k) -> body.call(a, k), false);
    }

    PyBuiltinFunction(String name, PyObject self, PyMethodDescr.Impl impl, boolean wrapper) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.wrapper = wrapper;
    }

    public String name() {
        return name;
    }

    /** The bound object, or null for a plain builtin function. */
    public PyObject self() {
        return self;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    @Override
    public PyType type() {
        return wrapper ? METHOD_WRAPPER : TYPE;
    }

    private static PyObject repr(PyObject o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.self == null || f.self instanceof PyModule) {
            return PyStr.of("<built-in function " + f.name + ">");
        }
        String what = f.wrapper ? "<method-wrapper '" + f.name + "' of " : "<built-in method " + f.name + " of ";
        return PyStr.of(what + f.self.type().name() + " object at " + ObjectSlots.address(f.self) + ">");
    }
}
