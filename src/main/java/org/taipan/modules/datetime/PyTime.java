package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * A {@code datetime.time} (CPython's {@code PyDateTime_Time}): a time of day with an optional
 * {@code tzinfo} (None when naive) and the PEP 495 {@code fold}. Immutable; the methods are in
 * {@link TimeType}.
 */
final class PyTime extends TypedObject {
    final int hour;
    final int minute;
    final int second;
    final int microsecond;
    final int fold;
    /** The tzinfo, {@link PyNone#NONE} when naive. */
    final PyObject tzinfo;
    long hash = -1;

    PyTime(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold) {
        super(type);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    /** The pickle state: hour (with the fold in its top bit when asked), minute, second, microsecond in three bytes. */
    byte[] state(boolean withFold) {
        return new byte[] {(byte) (hour | (withFold && fold == 1 ? 128 : 0)), (byte) minute, (byte) second,
            (byte) (microsecond >> 16), (byte) (microsecond >> 8), (byte) microsecond};
    }

    int compareFields(PyTime o) {
        int c = Integer.compare(hour, o.hour);
        if (c == 0) {
            c = Integer.compare(minute, o.minute);
        }
        if (c == 0) {
            c = Integer.compare(second, o.second);
        }
        return c != 0 ? c : Integer.compare(microsecond, o.microsecond);
    }
}
