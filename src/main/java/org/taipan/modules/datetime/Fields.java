package org.taipan.modules.datetime;

import java.util.function.Function;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/** The read-only attributes of the datetime types ({@code year}, {@code days}, {@code tzinfo}, ...). */
final class Fields {
    private Fields() {}

    /**
     * The types' {@code __module__}: one str object, so that a pickle of several datetime objects
     * memoizes it and repeats it as a memo reference, as CPython's interned name does.
     */
    static final PyStr MODULE = PyStr.of("datetime");

    static void readOnly(PyType type, String name, Function<PyObject, PyObject> getter) {
        type.addAttr(name, new PyGetSetDescr(type, name, getter, null));
    }

    /** A read-only attribute that CPython declares as a member ({@code timedelta.days}): "readonly attribute" on assignment. */
    static void readOnlyMember(PyType type, String name, Function<PyObject, PyObject> getter) {
        type.addAttr(name, new PyGetSetDescr(type, name, getter, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        }));
    }
}
