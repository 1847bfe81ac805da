package org.taipan.runtime;

/**
 * The pickle protocol of {@code object}: {@code __reduce_ex__}, {@code __reduce__} and
 * {@code __getstate__}, as CPython 3.11's typeobject.c does them ({@code object___reduce_ex___impl},
 * {@code _common_reduce}, {@code reduce_newobj}, {@code object_getstate_default}). {@code copy},
 * {@code pickle} and {@code enum} rely on them. Protocols below 2 go through the stdlib's
 * {@code copyreg._reduce_ex}; 2 and above build {@code (copyreg.__newobj__, (cls, *args), state,
 * listitems, dictitems)} here.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static final PyStr REDUCE = PyStr.of("__reduce__");

    /** {@code object.__reduce_ex__(protocol)}: an overriding {@code __reduce__} wins. */
    static PyObject reduceEx(PyObject self, PyObject protocolArg) {
        int protocol = Abstract.index(protocolArg, null).intValue();
        PyObject reduce = Abstract.lookupAttr(self, REDUCE);
        if (reduce != null) {
            PyObject clsReduce = Abstract.getAttr(self.type(), REDUCE);
            if (clsReduce != PyType.OBJECT.dict().getItem(REDUCE)) {
                return Callables.call(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    /** {@code object.__reduce__()}: protocol 0's reduction. */
    static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        return Callables.callAttr(copyreg(), "_reduce_ex", self, PyInt.of(protocol));
    }

    private static PyObject copyreg() {
        return ThreadState.current().interpreter.importModule("copyreg", new PyDict(), PyNone.NONE, 0);
    }

    private static PyObject reduceNewObj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.tp_new == null) {
            throw Errors.typeError("cannot pickle '%s' object", cls.name());
        }
        PyObject[] newArgs = getNewArguments(obj);
        PyObject args = newArgs[0];
        PyObject kwargs = newArgs[1];
        PyObject copyreg = copyreg();
        boolean hasArgs = args != null;
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            PyObject[] a = args == null ? new PyObject[0] : ((PyTuple) args).array();
            PyObject[] all = new PyObject[a.length + 1];
            all[0] = cls;
            System.arraycopy(a, 0, all, 1, a.length);
            newargs = PyTuple.of(all);
        } else if (args != null) {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        } else {
            throw Errors.of(ExceptionTypes.SystemError, "bad internal call");
        }
        boolean required = !(hasArgs || obj instanceof PyList || obj instanceof PyDict);
        PyObject state = getState(obj, required);
        PyObject listItems = obj instanceof PyList ? Abstract.iter(obj) : PyNone.NONE;
        PyObject dictItems = obj instanceof PyDict ? Abstract.iter(Callables.callAttr(obj, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /**
     * {@code _PyObject_GetNewArguments}: {@code [args, kwargs]} from {@code __getnewargs_ex__} or
     * {@code __getnewargs__}, each null when absent.
     */
    private static PyObject[] getNewArguments(PyObject obj) {
        PyObject ex = Abstract.lookupAttr(obj, PyStr.of("__getnewargs_ex__"));
        if (ex != null) {
            PyObject r = Callables.call(ex);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name());
            }
            if (t.size() != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            PyObject a = t.get(0);
            PyObject k = t.get(1);
            if (!(a instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        a.type().name());
            }
            if (!(k instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        k.type().name());
            }
            return new PyObject[] {a, k};
        }
        PyObject plain = Abstract.lookupAttr(obj, PyStr.of("__getnewargs__"));
        if (plain != null) {
            PyObject r = Callables.call(plain);
            if (!(r instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", r.type().name());
            }
            return new PyObject[] {r, null};
        }
        return new PyObject[] {null, null};
    }

    /** {@code object_getstate}: the object's {@code __getstate__}, or the default when not overridden. */
    private static PyObject getState(PyObject obj, boolean required) {
        PyStr name = PyStr.of("__getstate__");
        if (obj.type().lookup(name) == PyType.OBJECT.dict().getItem(name)) {
            return defaultState(obj, required);
        }
        return Callables.call(Abstract.getAttr(obj, "__getstate__"));
    }

    /**
     * {@code object_getstate_default}: the instance dict (None when empty), paired with a dict of
     * the {@code __slots__} values that are set, as {@code (dict, slots)}.
     *
     * @throws PyException TypeError "cannot pickle 'X' object" when {@code required} and the object
     *                     has state of a builtin layout that this cannot see
     */
    static PyObject defaultState(PyObject obj, boolean required) {
        PyType type = obj.type();
        if (required && type.solidBase() != PyType.OBJECT) {
            throw Errors.typeError("cannot pickle '%s' object", type.name());
        }
        PyObject state = PyNone.NONE;
        if (obj instanceof HasDict d && !(obj instanceof PyType) && type.instancesHaveDict() && d.dict().size() > 0) {
            state = d.dict();
        }
        PyObject slotNames = slotNames(type);
        if (slotNames instanceof PyList names && names.size() > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < names.size(); i++) {
                PyObject name = names.get(i);
                PyObject value = name instanceof PyStr s ? Abstract.lookupAttr(obj, s) : null;
                if (value != null) {
                    slots.setItem(name, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** {@code _PyType_GetSlotNames}: {@code cls.__slotnames__} or {@code copyreg._slotnames(cls)}. */
    private static PyObject slotNames(PyType type) {
        PyObject cached = type.dict().getItem(PyStr.of("__slotnames__"));
        if (cached != null) {
            if (cached != PyNone.NONE && !(cached instanceof PyList)) {
                throw Errors.typeError("%s.__slotnames__ should be a list or None, not %s", type.name(),
                        cached.type().name());
            }
            return cached;
        }
        if (!type.isHeapType()) {
            return PyNone.NONE;
        }
        PyObject r = Callables.callAttr(copyreg(), "_slotnames", type);
        if (r != PyNone.NONE && !(r instanceof PyList)) {
            throw Errors.typeError("copyreg._slotnames didn't return a list or None");
        }
        return r;
    }
}
