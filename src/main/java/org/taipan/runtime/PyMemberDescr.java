package org.taipan.runtime;

/** A {@code __slots__} member ({@code member_descriptor}): a data descriptor over the instance's slot storage. */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("member_descriptor", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyMemberDescr) d).get(obj);
        TYPE.tp_descr_set = (d, obj, v) -> ((PyMemberDescr) d).set(obj, v);
        TYPE.tp_repr = o -> PyStr.of("<member '" + ((PyMemberDescr) o).name + "' of '" + ((PyMemberDescr) o).owner.name()
                + "' objects>");
        TYPE.addAttr("__name__", new PyGetSetDescr(TYPE, "__name__", o -> ((PyMemberDescr) o).name, null));
        TYPE.ready();
    }

    private final PyType owner;
    private final PyStr name;

    PyMemberDescr(PyType owner, PyStr name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyInstance instance(PyObject obj) {
        if (!(obj instanceof PyInstance i) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), obj.type().name());
        }
        return i;
    }

    private PyObject get(PyObject obj) {
        PyInstance i = instance(obj);
        PyObject v = i.slots == null ? null : i.slots.getItem(name);
        if (v == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name);
        }
        return v;
    }

    private void set(PyObject obj, PyObject v) {
        PyInstance i = instance(obj);
        if (v == null) {
            if (i.slots == null || i.slots.pop(name) == null) {
                // CPython 3.11's member_set deleting an unset slot: the bare name as the message.
                throw Errors.attributeError("%s", name);
            }
            return;
        }
        if (i.slots == null) {
            i.slots = new PyDict();
        }
        i.slots.setItem(name, v);
    }
}
