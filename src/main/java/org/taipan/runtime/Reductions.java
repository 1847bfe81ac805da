package org.taipan.runtime;

/**
 * The {@code __reduce__} methods of the builtin types that {@code object.__reduce_ex__} cannot
 * pickle on its own, so {@code pickle} and {@code copy} handle builtin functions, methods,
 * descriptors, slices, sets and bytearrays as CPython does:
 * <ul>
 * <li>a builtin function or method ({@code meth_reduce} in {@code Objects/methodobject.c}): its
 * name when unbound or bound to a module (pickle then saves it as a global), else
 * {@code (getattr, (self, name))};
 * <li>method, wrapper, getset and member descriptors ({@code descr_reduce}) and method-wrappers
 * ({@code wrapper_reduce}): {@code (getattr, (owner_or_self, name))};
 * <li>a bound Python method ({@code method_reduce}): {@code (getattr, (self, func.__name__))}.
 * </ul>
 */
final class Reductions {
    private Reductions() {}

    /** The interpreter's builtin {@code getattr}, which every reduction here names as its callable. */
    static PyObject getattrFunction() {
        return ThreadState.current().interpreter.builtins().getItem(PyStr.of("getattr"));
    }

    /** {@code (getattr, (obj, name))}. */
    static PyTuple getattrOf(PyObject obj, String name) {
        return PyTuple.of(getattrFunction(), PyTuple.of(obj, PyStr.of(name)));
    }

    /** {@code meth_reduce}: a bare name for a function, {@code (getattr, (self, name))} for a bound method. */
    static PyObject builtinFunction(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noArgs("__reduce__", args, kwnames);
        PyBuiltinFunction f = (PyBuiltinFunction) self;
        PyObject bound = f.self();
        if (bound == null && f.staticOwner != null) {
            return getattrOf(f.staticOwner, f.name());
        }
        if (bound == null || bound instanceof PyModule) {
            return PyStr.of(f.name());
        }
        return getattrOf(bound, f.name());
    }

    /** {@code method_reduce}: a bound Python method as {@code getattr(self, name)}. */
    static PyObject boundMethod(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noArgs("__reduce__", args, kwnames);
        PyMethod m = (PyMethod) self;
        PyObject name = Abstract.getAttr(m.function, "__name__");
        return PyTuple.of(getattrFunction(), PyTuple.of(m.self, name));
    }

    /** {@code set_reduce}: {@code (type(s), (list(s),), state)}, state being the instance dict or None. */
    static PyObject set(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length > 0 || kwnames != null && kwnames.length > 0) {
            Args.noArgs(self.type().isSubtypeOf(PySet.FROZENSET) ? "frozenset.__reduce__" : "set.__reduce__", args, kwnames);
        }
        PyObject keys = new PyList();
        for (PyObject it = Abstract.iter(self), v; (v = Abstract.next(it)) != null; ) {
            ((PyList) keys).append(v);
        }
        PyObject state = Callables.callAttr(self, "__getstate__");
        return PyTuple.of(self.type(), PyTuple.of(keys), state);
    }

    /**
     * {@code bytearray_reduce_ex}: protocols below 3 rebuild from a latin-1 str (Python 2
     * compatible), 3 and above from bytes; the instance dict, or None, is the state.
     */
    static PyObject bytearray(PyObject self, int protocol) {
        // CPython 3.11's _common_reduce: the state is __getstate__()'s, so a subclass's __slots__
        // travel with its __dict__ ((dict, slots) as object.__getstate__ makes it)
        PyObject dict = Callables.callAttr(self, "__getstate__");
        byte[] data = ((PyByteArray) self).toBytes();
        if (protocol < 3) {
            String latin1 = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
            return PyTuple.of(self.type(), PyTuple.of(PyStr.of(latin1), PyStr.of("latin-1")), dict);
        }
        if (data.length == 0) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, dict);
        }
        return PyTuple.of(self.type(), PyTuple.of(PyBytes.of(data)), dict);
    }
}
