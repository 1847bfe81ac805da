package org.taipan.modules.datetime;

import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code _datetime} module (CPython's {@code Modules/_datetimemodule.c}), whose names the
 * standard library's {@code datetime.py} imports over its pure-Python classes: {@code date},
 * {@code time}, {@code datetime}, {@code timedelta}, {@code tzinfo}, {@code timezone},
 * {@code UTC}, {@code MINYEAR}, {@code MAXYEAR} and the C API capsule (a placeholder object here).
 */
public final class DatetimeModule {
    private DatetimeModule() {}

    /** The placeholder for {@code datetime_CAPI}, which only C extensions read. */
    private static final PyType CAPSULE = PyType.builtinFinal("PyCapsule", PyType.OBJECT);

    static {
        CAPSULE.tp_repr = o -> PyStr.of("<capsule object \"datetime.datetime_CAPI\">");
        CAPSULE.ready();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_datetime", true);
        m.set("__doc__", PyStr.of("Fast implementation of the datetime type."));
        m.set("MINYEAR", PyInt.of(Calendar.MINYEAR));
        m.set("MAXYEAR", PyInt.of(Calendar.MAXYEAR));
        m.set("date", DateType.TYPE);
        m.set("datetime", DateTimeType.TYPE);
        m.set("time", TimeType.TYPE);
        m.set("timedelta", TimedeltaType.TYPE);
        m.set("tzinfo", TzInfoType.TYPE);
        m.set("timezone", TimezoneType.TYPE);
        m.set("UTC", TimezoneType.UTC);
        m.set("datetime_CAPI", new PyObject() {
            @Override
            public PyType type() {
                return CAPSULE;
            }
        });
        return m;
    }
}
