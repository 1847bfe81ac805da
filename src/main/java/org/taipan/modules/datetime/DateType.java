package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyClassMethod;
import org.taipan.runtime.PyHash;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The type {@code datetime.date} (CPython's {@code PyDateTime_DateType}): construction (also
 * from a pickle's 4-byte state), the alternative constructors, arithmetic with timedeltas
 * (keeping a subclass's type, through its constructor), comparisons, the hash of the state
 * bytes, and the text forms.
 */
final class DateType {
    private DateType() {}

    static final PyType TYPE = PyType.builtin("datetime.date", PyType.OBJECT).markOwnLayout();
    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static PyDate date(PyObject o) {
        return (PyDate) o;
    }

    /** A date of {@code type}: made directly for {@code date} itself, through the constructor for a subclass. */
    static PyObject newDate(PyType type, int year, int month, int day) {
        if (type == TYPE) {
            return new PyDate(TYPE, year, month, day);
        }
        return Callables.call(type, PyInt.of(year), PyInt.of(month), PyInt.of(day));
    }

    /** A date of the exact type from an ordinal, with the range errors of {@code date.fromordinal}. */
    static int[] ymdOfOrdinal(long ordinal) {
        if (ordinal < 1) {
            throw Errors.valueError("ordinal must be >= 1");
        }
        if (ordinal > Calendar.MAX_ORDINAL) {
            long year = Calendar.fromOrdinal(ordinal)[0];
            throw Errors.valueError("year %d is out of range", year);
        }
        return Calendar.fromOrdinal(ordinal);
    }

    private static PyObject newDate(PyType type, PyObject[] a, String[] k) {
        if (a.length == 1 && (k == null || k.length == 0)) {
            byte[] state = Pickles.stateBytes(a[0], 4, "date");
            if (state != null && (state[2] & 0xff) >= 1 && (state[2] & 0xff) <= 12) {
                int year = ((state[0] & 0xff) << 8) | (state[1] & 0xff);
                return new PyDate(type, year, state[2], state[3]);
            }
        }
        int[] v = new int[3];
        ArgParser.bindInts(null, a, k, 3, 3, -1, v, "year", "month", "day");
        Calendar.checkDate(v[0], v[1], v[2]);
        return new PyDate(type, v[0], v[1], v[2]);
    }

    /**
     * {@code date + delta} ({@code negate}: minus), as the type of {@code d}.
     *
     * @throws org.taipan.runtime.PyException OverflowError "date value out of range"
     */
    static PyObject addDays(PyDate d, long days) {
        long ord = d.toOrdinal() + days;
        if (ord < 1 || ord > Calendar.MAX_ORDINAL) {
            throw Errors.overflow("date value out of range");
        }
        int[] ymd = Calendar.fromOrdinal(ord);
        return newDate(d.type(), ymd[0], ymd[1], ymd[2]);
    }

    private static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyDateTime || b instanceof PyDateTime) {
            return NI;
        }
        if (a instanceof PyDate d && b instanceof PyTimedelta t) {
            return addDays(d, t.days);
        }
        if (b instanceof PyDate d && a instanceof PyTimedelta t) {
            return addDays(d, t.days);
        }
        return NI;
    }

    private static PyObject subtract(PyObject a, PyObject b) {
        if (a instanceof PyDateTime || b instanceof PyDateTime || !(a instanceof PyDate d)) {
            return NI;
        }
        if (b instanceof PyDate e) {
            return PyTimedelta.of(d.toOrdinal() - e.toOrdinal(), 0, 0);
        }
        if (b instanceof PyTimedelta t) {
            return addDays(d, -(long) t.days);
        }
        return NI;
    }

    static String repr(PyDate d) {
        return d.type().name() + "(" + d.year + ", " + d.month + ", " + d.day + ")";
    }

    static String isoformat(PyDate d) {
        StringBuilder sb = new StringBuilder(10);
        Formats.isoDate(sb, d);
        return sb.toString();
    }

    private static PyObject fromisocalendar(PyType type, PyObject[] a, String[] k) {
        int[] v = new int[3];
        try {
            ArgParser.bindInts("fromisocalendar", a, k, 3, 3, -1, v, "year", "week", "day");
        } catch (org.taipan.runtime.PyException e) {
            if (e.value.type().isSubtypeOf(org.taipan.runtime.ExceptionTypes.OverflowError)) {
                throw Errors.valueError("ISO calendar component out of range");
            }
            throw e;
        }
        int[] ymd = IsoParser.isoCalendarToYmd(v[0], v[1], v[2]);
        return newDate(type, ymd[0], ymd[1], ymd[2]);
    }

    /**
     * A METH_O or METH_NOARGS classmethod's name in its argument errors: CPython qualifies it with
     * the class it was bound to ("date.today() takes no arguments (1 given)", "Sub.today()").
     */
    static String qualified(PyType cls, String name) {
        return cls.qualname() + "." + name;
    }

    /** A classmethod of this module's types, named for its errors. */
    static PyObject classMethod(String name, org.taipan.runtime.Slots.New body) {
        return new PyClassMethod(new PyBuiltinFunction(name, (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t)) {
                throw Errors.typeError("descriptor '%s' needs a type", name);
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return body.call(t, rest, k);
        }));
    }

    static PyObject timetuple(PyDate d) {
        return Formats.structTime(d.year, d.month, d.day, 0, 0, 0, -1);
    }

    static {
        TYPE.tp_new = DateType::newDate;
        TYPE.tp_repr = o -> PyStr.of(repr(date(o)));
        TYPE.tp_str = o -> Callables.callAttr(o, "isoformat");
        TYPE.tp_hash = o -> {
            PyDate d = date(o);
            if (d.hash == -1) {
                byte[] s = d.dateState();
                d.hash = PyHash.bytes(s, 0, s.length);
            }
            return d.hash;
        };
        TYPE.tp_richcompare = (a, b, op) -> b instanceof PyDate e ? PyBool.of(op.test(date(a).compareDate(e))) : NI;
        TYPE.nb_add = DateType::add;
        TYPE.nb_subtract = DateType::subtract;
        TYPE.addAttr("today", classMethod("today", (t, a, k) -> {
            org.taipan.runtime.Args.noArgs(qualified(t, "today"), a, k);
            PyObject now = Callables.callAttr(Formats.timeModule(), "time");
            return Callables.callAttr(t, "fromtimestamp", now);
        }));
        TYPE.addAttr("fromtimestamp", classMethod("fromtimestamp", (t, a, k) -> {
            PyObject ts = org.taipan.runtime.Args.oneArg(qualified(t, "fromtimestamp"), a, k);
            long[] tv = LocalTime.timeval(ts, true);
            long[] f = LocalTime.localFields(tv[0]);
            Calendar.checkDate(f[0], f[1], f[2]);
            return newDate(t, (int) f[0], (int) f[1], (int) f[2]);
        }));
        TYPE.addAttr("fromordinal", classMethod("fromordinal", (t, a, k) -> {
            PyObject n = ArgParser.exactly("fromordinal", a, k, 1)[0];
            int[] ymd = ymdOfOrdinal(ArgParser.cInt(n));
            return newDate(t, ymd[0], ymd[1], ymd[2]);
        }));
        TYPE.addAttr("fromisoformat", classMethod("fromisoformat", (t, a, k) -> {
            PyObject s = org.taipan.runtime.Args.oneArg(qualified(t, "fromisoformat"), a, k);
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("fromisoformat: argument must be str");
            }
            int[] ymd = IsoParser.parseDateOnly(str);
            return newDate(t, ymd[0], ymd[1], ymd[2]);
        }));
        TYPE.addAttr("fromisocalendar", classMethod("fromisocalendar", DateType::fromisocalendar));
        TYPE.addMethodNoArgs("isoformat", o -> PyStr.of(isoformat(date(o))));
        TYPE.addMethodNoArgs("ctime", o -> PyStr.of(Formats.ctime(date(o), 0, 0, 0)));
        TYPE.addMethod("strftime", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("strftime", a, k, 1, 1, "format");
            return Formats.strftime(p[0], PyNone.NONE, PyNone.NONE, 0, Callables.callAttr(o, "timetuple"));
        });
        TYPE.addMethodOneArg("__format__", (o, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument 1 must be str, not %s", Errors.argTypeName(spec));
            }
            return s.length() == 0 ? Abstract.str(o) : Callables.callAttr(o, "strftime", s);
        });
        TYPE.addMethodNoArgs("timetuple", o -> timetuple(date(o)));
        TYPE.addMethodNoArgs("toordinal", o -> PyInt.of(date(o).toOrdinal()));
        TYPE.addMethodNoArgs("weekday", o -> PyInt.of(Calendar.weekday(date(o).year, date(o).month, date(o).day)));
        TYPE.addMethodNoArgs("isoweekday", o -> PyInt.of(Calendar.weekday(date(o).year, date(o).month,
                date(o).day) + 1));
        TYPE.addMethodNoArgs("isocalendar", o -> {
            int[] c = Calendar.isoCalendar(date(o).year, date(o).month, date(o).day);
            return IsoCalendarDate.of(c[0], c[1], c[2]);
        });
        TYPE.addMethod("replace", (o, a, k) -> {
            PyDate d = date(o);
            int[] v = new int[3];
            PyObject[] p = ArgParser.bindInts("replace", a, k, 3, 0, -1, v, "year", "month", "day");
            int year = p[0] == null ? d.year : v[0];
            int month = p[1] == null ? d.month : v[1];
            int day = p[2] == null ? d.day : v[2];
            Calendar.checkDate(year, month, day);
            // date_replace calls date_new on the subclass: its __new__ is not called
            return new PyDate(d.type(), year, month, day);
        });
        TYPE.addMethodNoArgs("__reduce__", o -> PyTuple.of(o.type(), PyTuple.of(PyBytes.of(date(o).dateState()))));
        Fields.readOnly(TYPE, "year", o -> PyInt.of(date(o).year));
        Fields.readOnly(TYPE, "month", o -> PyInt.of(date(o).month));
        Fields.readOnly(TYPE, "day", o -> PyInt.of(date(o).day));
        TYPE.addAttr("min", new PyDate(TYPE, 1, 1, 1));
        TYPE.addAttr("max", new PyDate(TYPE, 9999, 12, 31));
        TYPE.addAttr("resolution", new PyTimedelta(TimedeltaType.TYPE, 1, 0, 0));
        TYPE.addAttr("__doc__", PyStr.of("date(year, month, day) --> date object"));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
