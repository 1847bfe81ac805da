package org.taipan.runtime;

/**
 * {@code object.__reduce_ex__} and {@code object.__reduce__}, the default pickling protocol that
 * {@code copy} and {@code pickle} use (CPython's {@code object___reduce_ex___impl},
 * {@code _common_reduce} and {@code reduce_newobj} in {@code Objects/typeobject.c}): protocol 2
 * and above give {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)} with the
 * arguments of {@code __getnewargs_ex__}/{@code __getnewargs__} and the state of
 * {@code __getstate__}; protocols 0 and 1 go through {@code copyreg._reduce_ex}. The default
 * {@code __getstate__} is {@code object_getstate_default}: the instance dict and the set
 * {@code __slots__} values.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    static void install(PyType object) {
        PyMethodDescr reduce = new PyMethodDescr(object, "__reduce__", (self, a, k) -> {
            Args.noArgs("__reduce__", a, k);
            return commonReduce(self, 0);
        });
        object.addAttr("__reduce__", reduce);
        object.addMethod("__reduce_ex__", (self, a, k) -> {
            PyObject p = Args.oneArg("object.__reduce_ex__", a, k);
            if (p instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            int protocol = Abstract.index(p, null).intValue();
            PyObject own = self.type().lookup("__reduce__");
            if (own != null && own != reduce) {
                return Callables.call(Abstract.getAttr(self, "__reduce__"));
            }
            return commonReduce(self, protocol);
        });
    }

    private static PyObject copyreg() {
        return ThreadState.current().interpreter.importModule("copyreg", new PyDict(), PyNone.NONE, 0);
    }

    private static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        return Callables.call(Abstract.getAttr(copyreg(), "_reduce_ex"), self, PyInt.of(protocol));
    }

    private static PyObject reduceNewobj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.tp_new == null) {
            throw Errors.typeError("cannot pickle '%s' object", cls.name());
        }
        PyObject args = null;
        PyObject kwargs = null;
        // CPython's _PyObject_GetNewArguments looks both hooks up on the type (_PyObject_LookupSpecial):
        // an instance __getattr__ is never asked for them.
        PyObject getnewargsEx = cls.lookup("__getnewargs_ex__");
        if (getnewargsEx != null) {
            PyObject r = Callables.callMethod(getnewargsEx, obj, Callables.NO_ARGS, null);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name());
            }
            if (t.size() != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.type().name());
            }
            if (!(kwargs instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.type().name());
            }
        } else {
            PyObject getnewargs = cls.lookup("__getnewargs__");
            if (getnewargs != null) {
                args = Callables.callMethod(getnewargs, obj, Callables.NO_ARGS, null);
                if (!(args instanceof PyTuple)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", args.type().name());
                }
            }
        }
        PyTuple argTuple = args == null ? PyTuple.EMPTY : (PyTuple) args;
        PyObject copyreg = copyreg();
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            PyObject[] items = new PyObject[argTuple.size() + 1];
            items[0] = cls;
            for (int i = 0; i < argTuple.size(); i++) {
                items[i + 1] = argTuple.get(i);
            }
            newargs = PyTuple.of(items);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, argTuple, kwargs);
        }
        boolean required = !(args != null || obj instanceof PyList || obj instanceof PyDict);
        PyObject state = getState(obj, required);
        PyObject listitems = obj instanceof PyList ? Abstract.iter(obj) : PyNone.NONE;
        PyObject dictitems = obj instanceof PyDict ? Abstract.iter(Callables.callAttr(obj, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
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
        PyType solid = type.solidBase();
        if (required && isVarSized(solid)) {
            throw Errors.typeError("cannot pickle %s objects", type.name());
        }
        if (required && solid != PyType.OBJECT) {
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

    /** The builtin layouts CPython allocates with a variable size ({@code tp_itemsize != 0}). */
    private static boolean isVarSized(PyType solid) {
        return solid == PyMemoryView.TYPE || solid == PyInt.TYPE || solid == PyBytes.TYPE || solid == PyTuple.TYPE
                || solid == PyType.TYPE;
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
