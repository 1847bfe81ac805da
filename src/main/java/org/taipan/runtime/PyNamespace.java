package org.taipan.runtime;

/**
 * {@code types.SimpleNamespace} (CPython's {@code Objects/namespaceobject.c}): an object whose
 * attributes are its keyword arguments. It is also the type of {@code sys.implementation}, which
 * is how the standard library's {@code types.py} finds it. Subclassable; instances are unhashable
 * because the type defines equality.
 */
public sealed class PyNamespace extends PyObject implements HasDict permits PyNamespace.Sub {
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PyType.OBJECT);

    static {
        ObjectSlots.addInstanceDict(TYPE);
        TYPE.tp_new = (type, a, k) -> type == TYPE ? new PyNamespace() : new Sub(type);
        TYPE.tp_init = PyNamespace::init;
        TYPE.tp_repr = PyNamespace::repr;
        TYPE.tp_richcompare = PyNamespace::richCompare;
        TYPE.tp_hash = ObjectSlots.UNHASHABLE;
        TYPE.addAttr("__hash__", PyNone.NONE);
        TYPE.addMethodNoArgs("__reduce__", self -> {
            return PyTuple.of(self.type(), PyTuple.EMPTY, ((PyNamespace) self).dict());
        });
        TYPE.ready();
    }

    private PyDict dict;

    PyNamespace() {}

    /** A plain namespace holding {@code names[i] = values[i]}, as {@code SimpleNamespace(**kw)}. */
    public static PyNamespace of(String[] names, PyObject[] values) {
        PyNamespace ns = new PyNamespace();
        for (int i = 0; i < names.length; i++) {
            ns.dict().setItem(PyStr.of(names[i]), values[i]);
        }
        return ns;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** {@code SimpleNamespace(**kwargs)}: 3.11 takes no positional arguments. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        int positional = Args.positional(args, kwnames);
        if (positional > 0) {
            throw Errors.typeError("no positional arguments expected");
        }
        PyDict d = ((PyNamespace) self).dict();
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[positional + i]);
        }
    }

    /** {@code namespace(a=1, b=2)}, the subclass's name for subclasses, {@code ...} when recursive. */
    private static PyStr repr(PyObject self) {
        String name = self.type() == TYPE ? "namespace" : self.type().shortName();
        if (!ReprGuard.enter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            PyDict d = ((PyNamespace) self).dict();
            // A snapshot: a value's repr may change the namespace.
            int n = d.size();
            PyObject[] keys = new PyObject[n];
            PyObject[] values = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = d.keyAt(i);
                values[i] = d.valueAt(i);
            }
            for (int i = 0; i < n; i++) {
                if (keys[i] instanceof PyStr s) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(s.toString()).append('=').append(Abstract.repr(values[i]));
                }
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ReprGuard.exit(self);
        }
    }

    /** Every comparison of two namespaces is that of their attribute dicts (so {@code <} fails as dict's). */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(a instanceof PyNamespace x) || !(b instanceof PyNamespace y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(x.dict(), y.dict(), op);
    }

    /** An instance of a Python subclass of SimpleNamespace. */
    public static final class Sub extends PyNamespace implements HasSlotValues {
        private final PyType type;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
