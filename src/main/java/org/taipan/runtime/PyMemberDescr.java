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
        TYPE.addAttr("__name__", readOnly(TYPE, "__name__", o -> ((PyMemberDescr) o).name));
        TYPE.addAttr("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                o -> PyStr.of(((PyMemberDescr) o).owner.qualname() + "." + ((PyMemberDescr) o).name), null));
        TYPE.addAttr("__objclass__", readOnly(TYPE, "__objclass__", o -> ((PyMemberDescr) o).owner));
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__",
                o -> Docstrings.ofAttribute(((PyMemberDescr) o).owner, ((PyMemberDescr) o).name.toString()), null));
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
    /** A {@code __slots__} member's index in a {@link PyInstance}'s member array; -1 for a field. */
    private final int index;

    /** A {@code __slots__} member of {@code owner} at {@code index} of its instances' member array. */
    PyMemberDescr(PyType owner, PyStr name, int index) {
        this.owner = owner;
        this.name = name;
        this.field = null;
        this.index = index;
    }

    PyMemberDescr(PyType owner, PyStr name, Field field) {
        this.owner = owner;
        this.name = name;
        this.field = field;
        this.index = -1;
    }

    /** The class whose instances this descriptor serves ({@code __objclass__}). */
    public PyType owner() {
        return owner;
    }

    /** The attribute name this descriptor serves. */
    public PyStr name() {
        return name;
    }

    /**
     * The index of a {@code __slots__} member in the member array of instances of its class and
     * subclasses ({@link PyInstance#memberAt}); -1 for a builtin type's field. Inline caches and
     * traces read and write that index directly once the instance's type is checked.
     */
    public int memberIndex() {
        return index;
    }

    /**
     * A read-only member of a builtin type (CPython's {@code PyMemberDef} with {@code READONLY},
     * such as {@code complex.real}): assigning or deleting raises AttributeError "readonly
     * attribute", as {@code PyMember_SetOne} does, after the type check.
     */
    public static PyMemberDescr readOnly(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter) {
        return new PyMemberDescr(owner, PyStr.of(name), new Field() {
            public PyObject get(PyObject obj) {
                return getter.apply(obj);
            }

            public void set(PyObject obj, PyObject value) {
                throw Errors.attributeError("readonly attribute");
            }
        });
    }

    /**
     * A writable member of a builtin type (CPython's {@code PyMemberDef} of type {@code T_OBJECT},
     * such as {@code function.__doc__}): {@code set} receives null to delete.
     */
    static PyMemberDescr writable(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter,
                                  java.util.function.BiConsumer<PyObject, PyObject> setter) {
        return new PyMemberDescr(owner, PyStr.of(name), new Field() {
            public PyObject get(PyObject obj) {
                return getter.apply(obj);
            }

            public void set(PyObject obj, PyObject value) {
                setter.accept(obj, value);
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

    /**
     * The member storage owner: the plain instance, or null for a builtin subclass instance that
     * keeps its members by name ({@link HasSlotValues}).
     */
    private PyInstance instance(PyObject obj) {
        if (!(obj instanceof PyInstance || obj instanceof HasSlotValues) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), obj.type().name());
        }
        return obj instanceof PyInstance i ? i : null;
    }

    private PyObject get(PyObject obj) {
        if (field != null) {
            check(obj);
            return field.get(obj);
        }
        PyInstance i = instance(obj);
        PyObject v;
        if (i != null) {
            v = i.memberAt(index);
        } else {
            PyDict sv = ((HasSlotValues) obj).slotValues(false);
            v = sv == null ? null : sv.getItem(name);
        }
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
        if (i != null) {
            if (v == null && i.memberAt(index) == null) {
                throw unsetDelete();
            }
            i.setMemberAt(index, v);
        } else if (v == null) {
            PyDict sv = ((HasSlotValues) obj).slotValues(false);
            if (sv == null || sv.pop(name) == null) {
                throw unsetDelete();
            }
        } else {
            ((HasSlotValues) obj).slotValues(true).setItem(name, v);
        }
    }

    /** CPython 3.11's {@code member_set} deleting an unset slot: the bare name as the message. */
    private PyException unsetDelete() {
        return Errors.attributeError("%s", name);
    }
}
