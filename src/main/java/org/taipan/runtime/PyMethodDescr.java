package org.taipan.runtime;

/**
 * A method of a builtin type implemented in Java ({@code list.append}): CPython's
 * {@code method_descriptor}, or when it exposes a slot ({@code int.__add__}) its
 * {@code wrapper_descriptor}. Reading it through an instance binds it.
 */
public final class PyMethodDescr extends PyObject {
    /** The Java body: {@code self} then the call's arguments in vectorcall form. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    public static final PyType METHOD_DESCRIPTOR = PyType.builtinFinal("method_descriptor", PyType.OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = PyType.builtinFinal("wrapper_descriptor", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR}) {
            t.tp_descr_get = PyMethodDescr::descrGet;
            t.tp_call = PyMethodDescr::callUnbound;
            t.tp_repr = d -> {
                PyMethodDescr m = (PyMethodDescr) d;
                String kind = m.slot != null ? "slot wrapper" : "method";
                return PyStr.of("<" + kind + " '" + m.name + "' of '" + m.owner.name() + "' objects>");
            };
            t.addAttr("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyMethodDescr) o).name), null));
            t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__",
                    o -> PyStr.of(((PyMethodDescr) o).owner.name() + "." + ((PyMethodDescr) o).name), null));
            t.addAttr("__objclass__", new PyGetSetDescr(t, "__objclass__", o -> ((PyMethodDescr) o).owner, null));
            t.addMethodNoArgs("__reduce__", self -> {
                return Reductions.getattrOf(((PyMethodDescr) self).owner, ((PyMethodDescr) self).name);
            });
            t.ready();
        }
    }

    final PyType owner;
    final String name;
    final Impl impl;
    /** For a slot wrapper: the slot it exposes and the slot function, else null. */
    final SlotDefs.SlotDef slot;
    final Object slotFunction;

    public PyMethodDescr(PyType owner, String name, Impl impl) {
        this(owner, name, impl, null, null);
    }

    PyMethodDescr(PyType owner, String name, Impl impl, SlotDefs.SlotDef slot, Object slotFunction) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.slot = slot;
        this.slotFunction = slotFunction;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method with {@code self} already separated (the fast path of a method call). */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return impl.call(self, args, kwnames);
    }

    /**
     * Calls the method on a {@code self} whose type the caller has already checked to be
     * {@link #owner()} or a subtype (a specialized call site that saw this exact type before).
     */
    public PyObject callChecked(PyObject self, PyObject[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    private void checkSelf(PyObject self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), self.type().name());
        }
    }

    @Override
    public PyType type() {
        return slot != null ? WRAPPER_DESCRIPTOR : METHOD_DESCRIPTOR;
    }

    private static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        PyMethodDescr m = (PyMethodDescr) d;
        if (obj == null) {
            return m;
        }
        m.checkSelf(obj);
        return new PyBuiltinFunction(m.name, obj, m.impl, m.slot != null);
    }

    private static PyObject callUnbound(PyObject d, PyObject[] args, String[] kwnames) {
        PyMethodDescr m = (PyMethodDescr) d;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Errors.typeError("unbound method %s.%s() needs an argument", m.owner.name(), m.name);
        }
        PyObject self = args[0];
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return m.callWithSelf(self, rest, kwnames);
    }
}
