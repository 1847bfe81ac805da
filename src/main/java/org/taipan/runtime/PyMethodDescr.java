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

    /**
     * The method called with no arguments: what {@link Impl#call} does for an empty argument
     * array and no keywords, without the array or the argument-count check (CPython's
     * {@code METH_NOARGS} body as {@code CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS} calls it).
     * {@code self} is an instance of the owner type or of a subclass.
     */
    @FunctionalInterface
    public interface NoArgs {
        PyObject call(PyObject self);
    }

    /** The method called with exactly one positional argument ({@code METH_O}); see {@link NoArgs}. */
    @FunctionalInterface
    public interface OneArg {
        PyObject call(PyObject self, PyObject arg);
    }

    /** The method called with exactly two positional arguments ({@code d.get(k, default)}); see {@link NoArgs}. */
    @FunctionalInterface
    public interface TwoArgs {
        PyObject call(PyObject self, PyObject arg1, PyObject arg2);
    }

    public static final PyType METHOD_DESCRIPTOR = PyType.builtinFinal("method_descriptor", PyType.OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = PyType.builtinFinal("wrapper_descriptor", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR}) {
            t.tp_descr_get = PyMethodDescr::descrGet;
            t.tp_call = PyMethodDescr::callUnbound;
            t.tp_repr = d -> {
                PyMethodDescr m = (PyMethodDescr) d;
                String kind = m.wrapper ? "slot wrapper" : "method";
                return PyStr.of("<" + kind + " '" + m.name + "' of '" + m.owner.name() + "' objects>");
            };
            t.addAttr("__name__", PyMemberDescr.readOnly(t, "__name__", o -> PyStr.of(((PyMethodDescr) o).name)));
            t.addAttr("__qualname__", new PyGetSetDescr(t, "__qualname__",
                    o -> PyStr.of(((PyMethodDescr) o).owner.qualname() + "." + ((PyMethodDescr) o).name), null));
            t.addAttr("__objclass__", PyMemberDescr.readOnly(t, "__objclass__", o -> ((PyMethodDescr) o).owner));
            t.addAttr("__text_signature__", new PyGetSetDescr(t, "__text_signature__", o -> {
                PyMethodDescr m = (PyMethodDescr) o;
                if (m.textSignature != null) {
                    return PyStr.of(m.textSignature);
                }
                return TextSignatures.ofMethod(m.owner, m.name, m.wrapper);
            }, null));
            t.addAttr("__doc__", new PyGetSetDescr(t, "__doc__", o -> {
                PyMethodDescr m = (PyMethodDescr) o;
                return Docstrings.ofMethod(m.owner, m.name, m.wrapper);
            }, null));
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
    /** Whether this is a slot wrapper ({@code wrapper_descriptor}), not a method ({@code method_descriptor}). */
    private final boolean wrapper;
    /**
     * Array-free bodies for calls with 0, 1 or 2 positional arguments and no keywords (null where
     * the method has none): set once while the owner type is built, then only read by the
     * interpreter's specialized call forms.
     */
    private NoArgs noArgs;
    private OneArg oneArg;
    private TwoArgs twoArgs;
    /** The method's own {@code __text_signature__}, or null to look it up in the table ({@link TextSignatures}). */
    private String textSignature;

    public PyMethodDescr(PyType owner, String name, Impl impl) {
        this(owner, name, impl, null, null);
    }

    PyMethodDescr(PyType owner, String name, Impl impl, SlotDefs.SlotDef slot, Object slotFunction) {
        this(owner, name, impl, slot, slotFunction, slot != null);
    }

    private PyMethodDescr(PyType owner, String name, Impl impl, SlotDefs.SlotDef slot, Object slotFunction,
                          boolean wrapper) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.slot = slot;
        this.slotFunction = slotFunction;
        this.wrapper = wrapper;
    }

    /**
     * A slot wrapper whose body is not one of {@link SlotDefs}' slot functions: the sequence
     * slots CPython exposes as wrappers ({@code list.__add__} of {@code sq_concat}, {@code __mul__}
     * and {@code __rmul__} of {@code sq_repeat}), a {@code wrapper_descriptor} binding to a
     * {@code method-wrapper}.
     */
    static PyMethodDescr slotWrapper(PyType owner, String name, Impl impl) {
        return new PyMethodDescr(owner, name, impl, null, null, true);
    }

    public String name() {
        return name;
    }

    /** The body for a call without arguments, or null; see {@link NoArgs}. */
    public NoArgs noArgs() {
        return noArgs;
    }

    /** The body for a call with one positional argument, or null; see {@link OneArg}. */
    public OneArg oneArg() {
        return oneArg;
    }

    /** The body for a call with two positional arguments, or null; see {@link TwoArgs}. */
    public TwoArgs twoArgs() {
        return twoArgs;
    }

    /**
     * Gives the method its array-free body for calls without arguments, which must do exactly
     * what {@link #impl} does for such a call (errors included). Only while the type is built.
     *
     * @return this descriptor
     */
    public PyMethodDescr withNoArgs(NoArgs body) {
        noArgs = body;
        return this;
    }

    /** The body for one positional argument; as {@link #withNoArgs}. */
    public PyMethodDescr withOneArg(OneArg body) {
        oneArg = body;
        return this;
    }

    /** The body for two positional arguments; as {@link #withNoArgs}. */
    public PyMethodDescr withTwoArgs(TwoArgs body) {
        twoArgs = body;
        return this;
    }

    /**
     * Gives the method its own {@code __text_signature__} (CPython's form, such as
     * {@code "($self, /, code=None)"}), for a method of a type that the table of CPython's C
     * signatures does not cover: one that is a Python method in CPython, which
     * {@code inspect.signature} must be able to read. Only while the type is built.
     *
     * @return this descriptor
     */
    public PyMethodDescr withTextSignature(String signature) {
        textSignature = signature;
        return this;
    }

    public PyType owner() {
        return owner;
    }

    /**
     * Whether this wraps a slot the slot table does not map to its name (a sequence's
     * {@code sq_repeat} or {@code sq_concat} behind {@code __mul__} or {@code __add__}).
     */
    boolean wrapsUnmappedSlot() {
        return wrapper && slot == null;
    }

    /**
     * Calls the method with {@code self} already separated (the fast path of a method call).
     * A {@code self} of another type is refused with the message of CPython's
     * {@code wrapperdescr_call} for a slot wrapper, of {@code descr_check} for a method.
     */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if (wrapper && !self.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", name, owner.name(),
                    self.type().name());
        }
        checkSelf(self);
        if (!wrapper) {
            return impl.call(self, args, kwnames);
        }
        // A slot wrapper has no vectorcall in CPython: its call passes the recursion check of
        // _PyObject_MakeTpCall, which is what stops `C.__repr__ = C.__str__` recursing in Java.
        ThreadState ts = RecursionGuard.enter(RecursionGuard.CALL);
        try {
            return impl.call(self, args, kwnames);
        } finally {
            RecursionGuard.leave(ts);
        }
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
        return wrapper ? WRAPPER_DESCRIPTOR : METHOD_DESCRIPTOR;
    }

    private static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        PyMethodDescr m = (PyMethodDescr) d;
        if (obj == null) {
            return m;
        }
        m.checkSelf(obj);
        return new PyBuiltinFunction(m.name, obj, m.impl, m.wrapper).withSignatureOwner(m.owner);
    }

    private static PyObject callUnbound(PyObject d, PyObject[] args, String[] kwnames) {
        PyMethodDescr m = (PyMethodDescr) d;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            if (m.wrapper) {
                // CPython's wrapperdescr_call words it differently from a method's vectorcall.
                throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", m.name, m.owner.name());
            }
            throw Errors.typeError("unbound method %s.%s() needs an argument", m.owner.name(), m.name);
        }
        PyObject self = args[0];
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return m.callWithSelf(self, rest, kwnames);
    }
}
