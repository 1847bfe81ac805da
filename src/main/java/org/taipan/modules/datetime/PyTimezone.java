package org.taipan.modules.datetime;

import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A {@code datetime.timezone}: a fixed offset from UTC strictly within a day, with an optional
 * name. The type cannot be subclassed, so its offset is read directly where CPython would call
 * {@code utcoffset}. The methods are in {@link TimezoneType}.
 */
final class PyTimezone extends PyObject {
    final PyTimedelta offset;
    /** The name given to the constructor, or null for none. */
    final PyStr name;

    PyTimezone(PyTimedelta offset, PyStr name) {
        this.offset = offset;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TimezoneType.TYPE;
    }
}
