package org.taipan.modules.datetime;

import java.util.function.Function;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyMemberDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/** The read-only attributes of the datetime types ({@code year}, {@code days}, {@code tzinfo}, ...). */
final class Fields {
    private Fields() {}

    static void readOnly(PyType type, String name, Function<PyObject, PyObject> getter) {
        type.addAttr(name, new PyGetSetDescr(type, name, getter, null));
    }

    /** A read-only attribute that CPython declares as a member ({@code timedelta.days}): "readonly attribute" on assignment. */
    static void readOnlyMember(PyType type, String name, Function<PyObject, PyObject> getter) {
        // a member_descriptor, as CPython's: inspect.ismemberdescriptor(timedelta.days) is true
        type.addAttr(name, PyMemberDescr.readOnly(type, name, getter));
    }
}
