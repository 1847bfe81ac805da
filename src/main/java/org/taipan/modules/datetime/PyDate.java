package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.PyType;

/**
 * A {@code datetime.date} (CPython's {@code PyDateTime_Date}): a valid proleptic Gregorian date.
 * {@link PyDateTime} extends it, as {@code datetime} subclasses {@code date} in Python. Immutable;
 * the methods are in {@link DateType}.
 */
class PyDate extends TypedObject {
    final int year;
    final int month;
    final int day;
    /** The hash, computed on first use ({@code -1}: not yet). */
    long hash = -1;

    PyDate(PyType type, int year, int month, int day) {
        super(type);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    long toOrdinal() {
        return Calendar.toOrdinal(year, month, day);
    }

    /** The date's pickle state: year (big-endian, two bytes), month, day. */
    byte[] dateState() {
        return new byte[] {(byte) (year >> 8), (byte) year, (byte) month, (byte) day};
    }

    int compareDate(PyDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }
}
