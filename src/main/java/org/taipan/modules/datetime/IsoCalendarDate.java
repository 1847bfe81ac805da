package org.taipan.modules.datetime;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code datetime.IsoCalendarDate}, what {@code isocalendar()} returns: a tuple
 * {@code (year, week, weekday)} with those attributes, shown as
 * {@code datetime.IsoCalendarDate(year=2004, week=9, weekday=7)} and pickled as a plain tuple
 * (CPython's {@code iso_calendar_date_reduce}), so that its pickles load where the type is unknown.
 */
final class IsoCalendarDate {
    private IsoCalendarDate() {}

    static final PyType TYPE = PyType.builtinFinal("datetime.IsoCalendarDate", PyTuple.TYPE);
    private static final String[] FIELDS = {"year", "week", "weekday"};

    static PyObject of(int year, int week, int weekday) {
        return PyTuple.TYPE.tp_new.call(TYPE, new PyObject[] {PyTuple.of(PyInt.of(year), PyInt.of(week),
            PyInt.of(weekday))}, null);
    }

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] p = ArgParser.bind("IsoCalendarDate", a, k, 3, 3, FIELDS);
            return PyTuple.TYPE.tp_new.call(t, new PyObject[] {PyTuple.of(p)}, null);
        };
        TYPE.tp_repr = o -> {
            PyTuple t = (PyTuple) o;
            return PyStr.of(String.format("%s(year=%s, week=%s, weekday=%s)", o.type().name(),
                    Abstract.repr(t.get(0)), Abstract.repr(t.get(1)), Abstract.repr(t.get(2))));
        };
        for (int i = 0; i < FIELDS.length; i++) {
            int index = i;
            TYPE.addAttr(FIELDS[i], new PyGetSetDescr(TYPE, FIELDS[i], o -> ((PyTuple) o).get(index), null));
        }
        TYPE.addMethodNoArgs("__reduce__", o -> PyTuple.of(PyTuple.TYPE,
                PyTuple.of(PyTuple.of(((PyTuple) o).array().clone()))));
        TYPE.ready();
    }
}
