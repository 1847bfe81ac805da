package org.taipan.modules.datetime;

import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * A {@code datetime.datetime} (CPython's {@code PyDateTime_DateTime}): a date and a time of day,
 * with an optional {@code tzinfo} (None when naive) and the PEP 495 {@code fold}. Immutable; the
 * methods are in {@link DateTimeType}.
 */
final class PyDateTime extends PyDate {
    final int hour;
    final int minute;
    final int second;
    final int microsecond;
    final int fold;
    /** The tzinfo, {@link PyNone#NONE} when naive. */
    final PyObject tzinfo;

    PyDateTime(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond,
            PyObject tzinfo, int fold) {
        super(type, year, month, day);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    /** The pickle state: the date's four bytes (the fold in the month's top bit when asked), then the time's six. */
    byte[] state(boolean withFold) {
        return new byte[] {(byte) (year >> 8), (byte) year, (byte) (month | (withFold && fold == 1 ? 128 : 0)),
            (byte) day, (byte) hour, (byte) minute, (byte) second, (byte) (microsecond >> 16),
            (byte) (microsecond >> 8), (byte) microsecond};
    }

    /** Seconds since 0001-01-01T00:00 of the local fields (ignoring the tzinfo), as CPython's {@code utc_to_seconds}. */
    long localSeconds() {
        return (toOrdinal() - 1) * 86400L + hour * 3600L + minute * 60L + second;
    }

    int compareFields(PyDateTime o) {
        int c = compareDate(o);
        if (c == 0) {
            c = Integer.compare(hour, o.hour);
        }
        if (c == 0) {
            c = Integer.compare(minute, o.minute);
        }
        if (c == 0) {
            c = Integer.compare(second, o.second);
        }
        return c != 0 ? c : Integer.compare(microsecond, o.microsecond);
    }
}
