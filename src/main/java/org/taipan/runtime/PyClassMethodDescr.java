package org.taipan.runtime;

/**
 * A class method of a builtin type implemented in Java ({@code dict.fromkeys},
 * {@code int.from_bytes}): CPython's {@code classmethod_descriptor} ({@code PyDescr_NewClassMethod}).
 * Reading it through the class or an instance binds the function to the class
 * ({@code classmethod_get}); calling it directly takes the class as the first argument
 * ({@code classmethoddescr_call}).
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("classmethod_descriptor", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = PyClassMethodDescr::descrGet;
        TYPE.tp_call = PyClassMethodDescr::callUnbound;
        TYPE.tp_repr = d -> {
            PyClassMethodDescr m = (PyClassMethodDescr) d;
            return PyStr.of("<method '" + m.function.name() + "' of '" + m.owner.name() + "' objects>");
        };
        TYPE.addAttr("__name__", PyMemberDescr.readOnly(TYPE, "__name__",
                o -> PyStr.of(((PyClassMethodDescr) o).function.name())));
        TYPE.addAttr("__qualname__", new PyGetSetDescr(TYPE, "__qualname__", o -> {
            PyClassMethodDescr m = (PyClassMethodDescr) o;
            return PyStr.of(m.owner.qualname() + "." + m.function.name());
        }, null));
        TYPE.addAttr("__objclass__", PyMemberDescr.readOnly(TYPE, "__objclass__", o -> ((PyClassMethodDescr) o).owner));
        TYPE.addAttr("__text_signature__", new PyGetSetDescr(TYPE, "__text_signature__",
                o -> ((PyClassMethodDescr) o).function.textSignature(), null));
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> ((PyClassMethodDescr) o).function.doc(), null));
        // No __reduce__: CPython's classmethod_descriptor type has none, so pickling the raw
        // descriptor (dict.__dict__['fromkeys']) fails in object.__reduce_ex__; only the bound
        // method read through the class (dict.fromkeys) pickles.
        TYPE.ready();
    }

    private final PyType owner;
    /** The body, called with the class as its first argument. */
    private final PyBuiltinFunction function;

    /**
     * The class method {@code function} of the builtin type {@code owner}; {@code function}
     * receives the class as its first argument.
     */
    public PyClassMethodDescr(PyType owner, PyBuiltinFunction function) {
        this.owner = owner;
        this.function = function.withSignatureOwner(owner);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The function the descriptor binds, which takes the class first. */
    public PyBuiltinFunction function() {
        return function;
    }

    private PyType checkClass(PyObject cls) {
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                    function.name(), owner.name(), cls.type().name());
        }
        if (!t.isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'",
                    function.name(), owner.name(), t.name());
        }
        return t;
    }

    private static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        PyClassMethodDescr m = (PyClassMethodDescr) d;
        if (type == null) {
            if (obj == null) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            type = obj.type();
        }
        return m.function.bindFirst(m.checkClass(type));
    }

    private static PyObject callUnbound(PyObject d, PyObject[] args, String[] kwnames) {
        PyClassMethodDescr m = (PyClassMethodDescr) d;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", m.function.name(),
                    m.owner.name());
        }
        m.checkClass(args[0]);
        return m.function.call(args, kwnames);
    }
}
