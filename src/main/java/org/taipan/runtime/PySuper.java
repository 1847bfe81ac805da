package org.taipan.runtime;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s class. The zero-argument form is resolved by the interpreter (from the
 * frame's first argument and its {@code __class__} cell) before calling the type.
 */
public sealed class PySuper extends PyObject permits PySuper.Sub {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT);

    static {
        TYPE.tp_getattro = PySuper::getAttr;
        TYPE.tp_repr = o -> {
            PySuper s = (PySuper) o;
            return PyStr.of("<super: <class '" + s.start.name() + "'>, " + (s.obj == null ? "NULL"
                    : "<" + s.objType.name() + " object>") + ">");
        };
        TYPE.tp_descr_get = (d, obj, type) -> {
            PySuper s = (PySuper) d;
            if (obj == null || s.obj != null) {
                return s;
            }
            if (s.type() != TYPE) {
                // a subclass makes its bound form by calling itself (super_descr_get)
                return Callables.call(s.type(), s.start, obj);
            }
            return new PySuper(s.start, obj);
        };
        TYPE.addAttr("__thisclass__", new PyGetSetDescr(TYPE, "__thisclass__", o -> ((PySuper) o).start, null));
        TYPE.addAttr("__self__", new PyGetSetDescr(TYPE, "__self__", o -> {
            PyObject obj = ((PySuper) o).obj;
            return obj == null ? PyNone.NONE : obj;
        }, null));
        TYPE.addAttr("__self_class__", new PyGetSetDescr(TYPE, "__self_class__", o -> {
            PyType t = ((PySuper) o).objType;
            return t == null ? PyNone.NONE : t;
        }, null));
        SuperSupport.install(TYPE);
        TYPE.ready();
    }

    final PyType start;
    final PyObject obj;
    final PyType objType;

    /**
     * @throws PyException TypeError "super(type, obj): obj must be an instance or subtype of type"
     */
    public PySuper(PyType start, PyObject obj) {
        this.start = start;
        this.obj = obj;
        if (obj == null) {
            this.objType = null;
        } else if (obj instanceof PyType t && t.isSubtypeOf(start)) {
            this.objType = t;
        } else if (obj.type().isSubtypeOf(start)) {
            this.objType = obj.type();
        } else if (Abstract.lookupAttr(obj, PyStr.of("__class__")) instanceof PyType c && c != obj.type()
                && c.isSubtypeOf(start)) {
            // supercheck's slow way: a proxy whose __class__ claims the class
            this.objType = c;
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of super: its class and its instance dict. */
    static final class Sub extends PySuper implements HasDict {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Sub(PyType type, PyType start, PyObject obj) {
            super(start, obj);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    private static PyObject getAttr(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.toString().equals("__class__")) {
            PyType[] mro = s.objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != s.start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getItem(name);
                if (v != null) {
                    Slots.DescrGet g = v.type().tp_descr_get;
                    if (g != null) {
                        return g.call(v, s.obj == s.objType ? null : s.obj, s.objType);
                    }
                    return v;
                }
            }
        }
        return ObjectSlots.genericGetAttr(self, name);
    }
}
