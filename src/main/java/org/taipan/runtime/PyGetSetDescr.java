package org.taipan.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A computed attribute of a builtin type ({@code type.__name__}, {@code exc.__traceback__}):
 * CPython's {@code getset_descriptor}, a data descriptor.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("getset_descriptor", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyGetSetDescr) d).get(obj);
        TYPE.tp_descr_set = PyGetSetDescr::set;
        TYPE.tp_repr = d -> PyStr.of("<attribute '" + ((PyGetSetDescr) d).name + "' of '"
                + ((PyGetSetDescr) d).owner.name() + "' objects>");
        // Descriptors of descriptors: made here, after the slots above, from this same class.
        TYPE.addAttr("__name__", PyMemberDescr.readOnly(TYPE, "__name__", d -> PyStr.of(((PyGetSetDescr) d).name)));
        TYPE.addAttr("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                d -> PyStr.of(((PyGetSetDescr) d).owner.qualname() + "." + ((PyGetSetDescr) d).name), null));
        TYPE.addAttr("__objclass__", PyMemberDescr.readOnly(TYPE, "__objclass__", d -> ((PyGetSetDescr) d).owner));
        TYPE.addAttr("__doc__", new PyGetSetDescr(TYPE, "__doc__", d -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            return g.doc != null ? PyStr.of(g.doc) : Docstrings.ofAttribute(g.owner, g.name);
        }, null));
        TYPE.ready();
    }

    private final String name;
    private final PyType owner;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;
    /** The descriptor's {@code __doc__}, or null for None. */
    private final String doc;

    /** @param setter receives null to delete; null when the attribute is read-only */
    public PyGetSetDescr(PyType owner, String name, Function<PyObject, PyObject> getter,
                         BiConsumer<PyObject, PyObject> setter) {
        this(owner, name, getter, setter, null);
    }

    private PyGetSetDescr(PyType owner, String name, Function<PyObject, PyObject> getter,
                          BiConsumer<PyObject, PyObject> setter, String doc) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /**
     * This descriptor with {@code doc} as its {@code __doc__} (CPython's {@code PyGetSetDef.doc}),
     * such as a class's {@code __dict__} and {@code __weakref__} have.
     */
    public PyGetSetDescr withDoc(String doc) {
        return new PyGetSetDescr(owner, name, getter, setter, doc);
    }

    /** {@code obj.<name>} through this descriptor; TypeError for an object not of the owner type (CPython's descr_check). */
    private PyObject get(PyObject obj) {
        check(obj);
        return getter.apply(obj);
    }

    /**
     * CPython's {@code descr_check}: the getter and setter are written for the owner type's
     * instances (a Java cast inside them would fail on another object).
     *
     * @throws PyException TypeError "descriptor 'x' for 'T' objects doesn't apply to a 'U' object"
     */
    private void check(PyObject obj) {
        PyType t = obj.type();
        if (t != owner && !t.isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.name(),
                    t.name());
        }
    }

    private static void set(PyObject d, PyObject obj, PyObject value) {
        PyGetSetDescr g = (PyGetSetDescr) d;
        g.check(obj);
        if (g.setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", g.name, g.owner.name());
        }
        g.setter.accept(obj, value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
