package org.taipan.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors. A user
 * subclass's instances are {@link Sub}s: fast paths that test the exact Java class
 * ({@code getClass() == PyProperty.class}) never bypass a subclass's overridden {@code __get__}.
 */
public sealed class PyProperty extends PyObject permits PyProperty.Sub {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT);

    static {
        TYPE.tp_new = (t, a, k) -> t == TYPE ? new PyProperty() : new Sub(t);
        TYPE.tp_init = (self, a, k) -> {
            PyProperty p = (PyProperty) self;
            Args.onlyKeywords("property", k, "fget", "fset", "fdel", "doc");
            int npos = Args.positional(a, k);
            if (npos > 4) {
                throw Errors.typeError("property() takes at most 4 arguments (%d given)", npos);
            }
            p.fget = arg(a, k, npos, 0, "fget");
            p.fset = arg(a, k, npos, 1, "fset");
            p.fdel = arg(a, k, npos, 2, "fdel");
            p.doc = arg(a, k, npos, 3, "doc");
            p.getterDoc = false;
            if (p.doc == null && p.fget != null) {
                PyObject d = Abstract.lookupAttr(p.fget, PyStr.of("__doc__"));
                p.doc = d == PyNone.NONE ? null : d;
                p.getterDoc = p.doc != null;
                if (d != null && p instanceof Sub) {
                    // property_init (3.11): the subclass's own __doc__ (None) would shadow the
                    // descriptor, so the getter's doc, None too, goes into the instance's attributes
                    Abstract.setAttr(p, PyStr.of("__doc__"), d);
                }
            }
        };
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyProperty p = (PyProperty) d;
            if (obj == null) {
                return p;
            }
            if (p.fget == null) {
                throw Errors.attributeError("property %sof %s object has no getter", p.nameRepr(),
                        qualnameRepr(obj));
            }
            return Callables.call(p.fget, obj);
        };
        TYPE.tp_descr_set = (d, obj, v) -> {
            PyProperty p = (PyProperty) d;
            PyObject f = v == null ? p.fdel : p.fset;
            if (f == null) {
                throw Errors.attributeError(v == null ? "property %sof %s object has no deleter"
                        : "property %sof %s object has no setter", p.nameRepr(), qualnameRepr(obj));
            }
            if (v == null) {
                Callables.call(f, obj);
            } else {
                Callables.call(f, obj, v);
            }
        };
        TYPE.addMethodOneArg("getter", (self, arg) -> ((PyProperty) self).copyWith(0, arg));
        TYPE.addMethodOneArg("setter", (self, arg) -> ((PyProperty) self).copyWith(1, arg));
        TYPE.addMethodOneArg("deleter", (self, arg) -> ((PyProperty) self).copyWith(2, arg));
        TYPE.addMethod("__set_name__", (self, a, k) -> {
            Args.noKeywords("__set_name__", k);
            if (a.length != 2) {
                throw Errors.typeError("__set_name__() takes 2 positional arguments but %d were given", a.length);
            }
            ((PyProperty) self).name = a[1];
            return PyNone.NONE;
        });
        // read-only members in CPython: assigning one says "readonly attribute"
        TYPE.addAttr("fget", PyMemberDescr.readOnly(TYPE, "fget", o -> orNone(((PyProperty) o).fget)));
        TYPE.addAttr("fset", PyMemberDescr.readOnly(TYPE, "fset", o -> orNone(((PyProperty) o).fset)));
        TYPE.addAttr("fdel", PyMemberDescr.readOnly(TYPE, "fdel", o -> orNone(((PyProperty) o).fdel)));
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> orNone(((PyProperty) o).doc),
                (o, v) -> ((PyProperty) o).doc = v));
        TYPE.addAttr("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__", o -> {
            PyProperty p = (PyProperty) o;
            return PyBool.of(PyMethodDecorator.isAbstract(p.fget) || PyMethodDecorator.isAbstract(p.fset)
                    || PyMethodDecorator.isAbstract(p.fdel));
        }, null));
        TYPE.ready();
    }

    private static PyObject arg(PyObject[] a, String[] k, int npos, int i, String name) {
        PyObject v = i < npos ? a[i] : Args.keyword(a, k, name);
        return v == PyNone.NONE ? null : v;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private PyObject fget, fset, fdel, doc, name;
    /** Whether {@link #doc} came from the getter's {@code __doc__} (CPython's {@code getter_doc}). */
    private boolean getterDoc;

    /** CPython's {@code %R} of the instance's type's qualified name, as the accessor errors give it. */
    private static String qualnameRepr(PyObject obj) {
        return Abstract.repr(PyStr.of(obj.type().qualname()));
    }

    /** The getter, or null (for the interpreter's specialized property load). */
    public PyObject fget() {
        return fget;
    }

    /**
     * The name part of "property 'x' of 'C' object has no setter": only the name {@code __set_name__}
     * gave (CPython 3.11's {@code prop_name}); a property assigned to a class after its creation has
     * none, and 3.11 does not fall back to the getter's {@code __name__} (3.12 does).
     */
    private String nameRepr() {
        return name != null ? Abstract.repr(name) + " " : "";
    }

    private PyObject copyWith(int which, PyObject f) {
        if (f == PyNone.NONE) {
            f = null; // property_init takes None for a missing accessor
        }
        if (this instanceof Sub) {
            // property_copy: a subclass is called with the accessors; a doc taken from the old
            // getter is left for the new getter to give
            PyObject getter = which == 0 ? f : fget;
            PyObject d = getterDoc && getter != null ? PyNone.NONE : orNone(doc);
            PyObject made = Callables.call(type(), orNone(getter), orNone(which == 1 ? f : fset),
                    orNone(which == 2 ? f : fdel), d);
            if (made instanceof PyProperty q) {
                q.name = name;
            }
            return made;
        }
        PyProperty p = new PyProperty();
        p.fget = which == 0 ? f : fget;
        p.fset = which == 1 ? f : fset;
        p.fdel = which == 2 ? f : fdel;
        p.name = name;
        // property_copy: a doc the old getter gave is taken afresh from the new accessors' getter;
        // one given explicitly stays
        if (getterDoc && p.fget != null) {
            PyObject d = Abstract.lookupAttr(p.fget, PyStr.of("__doc__"));
            p.doc = d == PyNone.NONE ? null : d;
            p.getterDoc = p.doc != null;
        } else {
            p.doc = doc;
        }
        return p;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of property: its class, instance dict and slot values. */
    static final class Sub extends PyProperty implements HasDict, HasSlotValues {
        private final PyType type;
        private PyDict dict;
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
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
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
