package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyHash;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The type {@code datetime.time} (CPython's {@code PyDateTime_TimeType}): construction (also
 * from a pickle's 6-byte state), comparison of naive and aware times, the hash (aware times hash
 * by their UTC time), {@code replace}, the text forms and pickling with the fold bit for protocol 4+.
 */
final class TimeType {
    private TimeType() {}

    static final PyType TYPE = PyType.builtin("datetime.time", PyType.OBJECT).markOwnLayout();

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;
    private static final String[] PARAMS = {"hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    static PyTime time(PyObject o) {
        return (PyTime) o;
    }

    /** A time of {@code type}: directly for {@code time} itself, through the constructor for a subclass. */
    static PyObject newTime(PyType type, int hour, int minute, int second, int us, PyObject tzinfo, int fold) {
        if (type == TYPE) {
            return new PyTime(TYPE, hour, minute, second, us, tzinfo, fold);
        }
        PyObject[] args = {PyInt.of(hour), PyInt.of(minute), PyInt.of(second), PyInt.of(us), tzinfo, PyInt.of(1)};
        if (fold == 1) {
            return Callables.call(type, args, new String[] {"fold"});
        }
        return Callables.call(type, java.util.Arrays.copyOf(args, 5), null);
    }

    private static PyObject newTime(PyType type, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos >= 1 && npos <= 2 && npos == a.length) {
            byte[] state = Pickles.stateBytes(a[0], 6, "time");
            if (state != null && (state[0] & 0x7f) < 24) {
                PyObject tzinfo = npos == 2 ? a[1] : PyNone.NONE;
                if (tzinfo != PyNone.NONE && !TzInfoType.isTzInfo(tzinfo)) {
                    throw Errors.typeError("bad tzinfo state arg");
                }
                int us = ((state[3] & 0xff) << 16) | ((state[4] & 0xff) << 8) | (state[5] & 0xff);
                return new PyTime(type, state[0] & 0x7f, state[1], state[2], us, tzinfo, (state[0] & 0x80) != 0 ? 1 : 0);
            }
        }
        int[] v = new int[6];
        PyObject[] p = ArgParser.bindInts(null, a, k, 5, 0, 4, v, PARAMS);
        int hour = v[0];
        int minute = v[1];
        int second = v[2];
        int us = v[3];
        PyObject tzinfo = p[4] == null ? PyNone.NONE : p[4];
        int fold = v[5];
        Calendar.checkTime(hour, minute, second, us, fold);
        TzInfoType.checkTzInfo(tzinfo);
        return new PyTime(type, hour, minute, second, us, tzinfo, fold);
    }

    static PyTimedelta utcoffset(PyTime t) {
        return TzInfoType.utcoffset(t.tzinfo, PyNone.NONE);
    }

    static String repr(PyTime t) {
        StringBuilder sb = new StringBuilder(t.type().name()).append('(').append(t.hour).append(", ").append(t.minute);
        if (t.microsecond != 0) {
            sb.append(", ").append(t.second).append(", ").append(t.microsecond);
        } else if (t.second != 0) {
            sb.append(", ").append(t.second);
        }
        if (t.tzinfo != PyNone.NONE) {
            sb.append(", tzinfo=").append(Abstract.repr(t.tzinfo));
        }
        if (t.fold == 1) {
            sb.append(", fold=1");
        }
        return sb.append(')').toString();
    }

    static String isoformat(PyTime t, String timespec) {
        StringBuilder sb = new StringBuilder(15);
        Formats.isoTime(sb, t.hour, t.minute, t.second, t.microsecond, timespec);
        PyTimedelta off = utcoffset(t);
        if (off != null) {
            sb.append(Formats.offset(off, ":"));
        }
        return sb.toString();
    }

    private static long hash(PyTime t) {
        if (t.hash == -1) {
            PyTime t0 = t.fold == 0 ? t : new PyTime(TYPE, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, 0);
            PyTimedelta off = utcoffset(t0);
            if (off == null) {
                byte[] s = t0.state(false);
                t.hash = PyHash.bytes(s, 0, s.length);
            } else {
                long secs = t.hour * 3600L + t.minute * 60L + t.second;
                PyTimedelta d = PyTimedelta.of(0, secs - off.wholeSeconds(), t.microsecond - (long) off.microseconds);
                t.hash = TimedeltaType.hash(d);
            }
        }
        return t.hash;
    }

    private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyTime other)) {
            return NI;
        }
        PyTime self = time(a);
        if (self.tzinfo == other.tzinfo) {
            return PyBool.of(op.test(self.compareFields(other)));
        }
        PyTimedelta o1 = utcoffset(self);
        PyTimedelta o2 = utcoffset(other);
        if ((o1 == null && o2 == null) || (o1 != null && o2 != null && o1.compareTo(o2) == 0)) {
            return PyBool.of(op.test(self.compareFields(other)));
        }
        if (o1 != null && o2 != null) {
            long s1 = self.hour * 3600L + self.minute * 60L + self.second - o1.wholeSeconds();
            long s2 = other.hour * 3600L + other.minute * 60L + other.second - o2.wholeSeconds();
            int c = Long.compare(s1, s2);
            if (c == 0) {
                c = Integer.compare(self.microsecond, other.microsecond);
            }
            return PyBool.of(op.test(c));
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(op == CompareOp.NE);
        }
        throw Errors.typeError("can't compare offset-naive and offset-aware times");
    }

    private static PyObject reduce(PyTime t, int proto) {
        PyBytes state = PyBytes.of(t.state(proto > 3));
        return PyTuple.of(t.type(), t.tzinfo == PyNone.NONE ? PyTuple.of(state) : PyTuple.of(state, t.tzinfo));
    }

    static {
        TYPE.tp_new = TimeType::newTime;
        TYPE.tp_repr = o -> PyStr.of(repr(time(o)));
        TYPE.tp_str = o -> Callables.callAttr(o, "isoformat");
        TYPE.tp_hash = o -> hash(time(o));
        TYPE.tp_richcompare = TimeType::compare;
        TYPE.addAttr("fromisoformat", DateType.classMethod("fromisoformat", (t, a, k) -> {
            PyObject s = Args.oneArg(DateType.qualified(t, "fromisoformat"), a, k);
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("fromisoformat: argument must be str");
            }
            IsoParser.Time p = IsoParser.parseTimeOnly(str);
            Calendar.checkTime(p.hour, p.minute, p.second, p.microsecond, 0);
            return newTime(t, p.hour, p.minute, p.second, p.microsecond, DateTimeType.isoTzInfo(p), 0);
        }));
        TYPE.addMethod("isoformat", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("isoformat", a, k, 1, 0, "timespec");
            return PyStr.of(isoformat(time(o), p[0] == null ? "auto" : ArgParser.cString("isoformat", 1, p[0])));
        });
        TYPE.addMethod("strftime", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("strftime", a, k, 1, 1, "format");
            PyTime t = time(o);
            PyObject tuple = PyTuple.of(PyInt.of(1900), PyInt.of(1), PyInt.of(1), PyInt.of(t.hour), PyInt.of(t.minute),
                    PyInt.of(t.second), PyInt.of(0), PyInt.of(1), PyInt.of(-1));
            return Formats.strftime(p[0], t.tzinfo, PyNone.NONE, t.microsecond, tuple);
        });
        TYPE.addMethodOneArg("__format__", (o, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument 1 must be str, not %s", Errors.argTypeName(spec));
            }
            return s.length() == 0 ? Abstract.str(o) : Callables.callAttr(o, "strftime", s);
        });
        TYPE.addMethodNoArgs("utcoffset", o -> {
            PyTimedelta d = utcoffset(time(o));
            return d == null ? PyNone.NONE : d;
        });
        TYPE.addMethodNoArgs("dst", o -> {
            PyTimedelta d = TzInfoType.dst(time(o).tzinfo, PyNone.NONE);
            return d == null ? PyNone.NONE : d;
        });
        TYPE.addMethodNoArgs("tzname", o -> TzInfoType.tzname(time(o).tzinfo, PyNone.NONE));
        TYPE.addMethod("replace", (o, a, k) -> {
            PyTime t = time(o);
            int[] v = new int[6];
            PyObject[] p = ArgParser.bindInts("replace", a, k, 5, 0, 4, v, PARAMS);
            int hour = p[0] == null ? t.hour : v[0];
            int minute = p[1] == null ? t.minute : v[1];
            int second = p[2] == null ? t.second : v[2];
            int us = p[3] == null ? t.microsecond : v[3];
            PyObject tzinfo = p[4] == null ? t.tzinfo : p[4];
            int fold = p[5] == null ? t.fold : v[5];
            Calendar.checkTime(hour, minute, second, us, fold);
            TzInfoType.checkTzInfo(tzinfo);
            // time_replace calls time_new on the subclass: its __new__ is not called
            return new PyTime(t.type(), hour, minute, second, us, tzinfo, fold);
        });
        TYPE.addMethod("__reduce_ex__", (o, a, k) -> reduce(time(o), ArgParser.cInt(ArgParser.exactly("__reduce_ex__", a, k, 1)[0])));
        TYPE.addMethodNoArgs("__reduce__", o -> reduce(time(o), 2));
        Fields.readOnly(TYPE, "hour", o -> PyInt.of(time(o).hour));
        Fields.readOnly(TYPE, "minute", o -> PyInt.of(time(o).minute));
        Fields.readOnly(TYPE, "second", o -> PyInt.of(time(o).second));
        Fields.readOnly(TYPE, "microsecond", o -> PyInt.of(time(o).microsecond));
        Fields.readOnly(TYPE, "tzinfo", o -> time(o).tzinfo);
        Fields.readOnly(TYPE, "fold", o -> PyInt.of(time(o).fold));
        TYPE.addAttr("min", new PyTime(TYPE, 0, 0, 0, 0, PyNone.NONE, 0));
        TYPE.addAttr("max", new PyTime(TYPE, 23, 59, 59, 999999, PyNone.NONE, 0));
        TYPE.addAttr("resolution", new PyTimedelta(TimedeltaType.TYPE, 0, 0, 1));
        TYPE.addAttr("__doc__", PyStr.of("time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
                + "All arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining "
                + "arguments may be ints.\n"));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
