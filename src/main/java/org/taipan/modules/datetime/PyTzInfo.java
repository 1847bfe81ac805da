package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.PyType;

/** An instance of {@code datetime.tzinfo} or of a Python subclass of it (the abstract base of time zones). */
final class PyTzInfo extends TypedObject {
    PyTzInfo(PyType type) {
        super(type);
    }
}
