package org.taipan.runtime;

/**
 * A {@code member_descriptor}: a data descriptor over a {@code __slots__} member's storage in the
 * instance, or over a Java field of a builtin type's instances (CPython's {@code PyMemberDef}
 * members of a C struct, such as {@code OSError.errno}).
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("member_descriptor", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyMemberDescr) d).get(obj);
        TYPE.tp_descr_set = (d, obj, v) -> ((PyMemberDescr) d).set(obj, v);
        TYPE.tp_repr = o -> PyStr.of("<member '" + ((PyMemberDescr) o).name + "' of '" + ((PyMemberDescr) o).owner.name()
                + "' objects>");
        TYPE.addAttr("__name__", new PyGetSetDescr(TYPE, "__name__", o -> ((PyMemberDescr) o).name, null));
        TYPE.addMethodNoArgs("__reduce__", self -> {
            return PyTuple.of(Reductions.getattrFunction(), PyTuple.of(((PyMemberDescr) self).owner, ((PyMemberDescr) self).name));
        });
        TYPE.ready();
    }

    /** How a builtin type's member reads and writes its field; {@code set} receives null to delete. */
    interface Field {
        PyObject get(PyObject obj);

        void set(PyObject obj, PyObject value);
    }

    private final PyType owner;
    private final PyStr name;
    /** The field of a builtin type's member; null for a {@code __slots__} member. */
    private final Field field;

    PyMemberDescr(PyType owner, PyStr name) {
        this(owner, name, null);
    }

    PyMemberDescr(PyType owner, PyStr name, Field field) {
        this.owner = owner;
        this.name = name;
        this.field = field;
    }

    /**
     * A read-only member of a builtin type (CPython's {@code PyMemberDef} with {@code READONLY},
     * such as {@code complex.real}): assigning or deleting raises AttributeError "readonly
     * attribute", as {@code PyMember_SetOne} does, after the type check.
     */
    static PyMemberDescr readOnly(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter) {
        return new PyMemberDescr(owner, PyStr.of(name), new Field() {
            public PyObject get(PyObject obj) {
                return getter.apply(obj);
            }

            public void set(PyObject obj, PyObject value) {
                throw Errors.attributeError("readonly attribute");
            }
        });
    }

    /** CPython's {@code descr_check}: the instance must be of the owner type. */
    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), obj.type().name());
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyInstance instance(PyObject obj) {
        if (!(obj instanceof PyInstance || obj instanceof HasSlotValues) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), obj.type().name());
        }
        return obj instanceof PyInstance i ? i : null;
    }

    /** The slot storage of {@code obj}: a plain instance's, or a builtin subclass instance's ({@link HasSlotValues}). */
    private static PyDict slots(PyObject obj, PyInstance i, boolean create) {
        if (i != null) {
            if (i.slots == null && create) {
                i.slots = new PyDict();
            }
            return i.slots;
        }
        return ((HasSlotValues) obj).slotValues(create);
    }

    private PyObject get(PyObject obj) {
        if (field != null) {
            check(obj);
            return field.get(obj);
        }
        PyInstance i = instance(obj);
        PyDict sv = slots(obj, i, false);
        PyObject v = sv == null ? null : sv.getItem(name);
        if (v == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name);
        }
        return v;
    }

    private void set(PyObject obj, PyObject v) {
        if (field != null) {
            check(obj);
            field.set(obj, v);
            return;
        }
        PyInstance i = instance(obj);
        if (v == null) {
            PyDict sv = slots(obj, i, false);
            if (sv == null || sv.pop(name) == null) {
                // CPython 3.11's member_set deleting an unset slot: the bare name as the message.
                throw Errors.attributeError("%s", name);
            }
            return;
        }
        slots(obj, i, true).setItem(name, v);
    }
}
