package org.taipan.modules.datetime;

import java.math.BigInteger;
import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyHash;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The type {@code datetime.datetime} (CPython's {@code PyDateTime_DateTimeType}, a subclass of
 * {@code date}): construction (also from a pickle's 10-byte state), the alternative constructors
 * from timestamps (rounding half to even, detecting a local fold), the clock and ISO strings,
 * naive and aware arithmetic and comparison (with PEP 495's exception for times in a fold), the
 * hash (aware datetimes hash by UTC), conversions between zones and the text forms.
 */
final class DateTimeType {
    private DateTimeType() {}

    static final PyType TYPE = PyType.builtin("datetime.datetime", DateType.TYPE);

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;
    private static final String[] PARAMS = {"year", "month", "day", "hour", "minute", "second", "microsecond",
        "tzinfo", "fold"};

    static PyDateTime dt(PyObject o) {
        return (PyDateTime) o;
    }

    /** A datetime of {@code type}: directly for {@code datetime} itself, through the constructor for a subclass. */
    static PyObject newDateTime(PyType type, int year, int month, int day, int hour, int minute, int second, int us,
            PyObject tzinfo, int fold) {
        if (type == TYPE) {
            return new PyDateTime(TYPE, year, month, day, hour, minute, second, us, tzinfo, fold);
        }
        PyObject[] args = {PyInt.of(year), PyInt.of(month), PyInt.of(day), PyInt.of(hour), PyInt.of(minute),
            PyInt.of(second), PyInt.of(us), tzinfo, PyInt.of(1)};
        if (fold == 1) {
            return Callables.call(type, args, new String[] {"fold"});
        }
        return Callables.call(type, java.util.Arrays.copyOf(args, 8), null);
    }

    private static PyObject newDateTime(PyType type, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos >= 1 && npos <= 2 && npos == a.length) {
            byte[] state = Pickles.stateBytes(a[0], 10, "datetime");
            if (state != null && (state[2] & 0x7f) >= 1 && (state[2] & 0x7f) <= 12) {
                PyObject tzinfo = npos == 2 ? a[1] : PyNone.NONE;
                if (tzinfo != PyNone.NONE && !TzInfoType.isTzInfo(tzinfo)) {
                    throw Errors.typeError("bad tzinfo state arg");
                }
                int year = ((state[0] & 0xff) << 8) | (state[1] & 0xff);
                int us = ((state[7] & 0xff) << 16) | ((state[8] & 0xff) << 8) | (state[9] & 0xff);
                return new PyDateTime(type, year, state[2] & 0x7f, state[3], state[4], state[5], state[6], us, tzinfo,
                        (state[2] & 0x80) != 0 ? 1 : 0);
            }
        }
        int[] v = new int[9];
        PyObject[] p = ArgParser.bindInts(null, a, k, 8, 3, 7, v, PARAMS);
        int year = v[0];
        int month = v[1];
        int day = v[2];
        int hour = v[3];
        int minute = v[4];
        int second = v[5];
        int us = v[6];
        PyObject tzinfo = p[7] == null ? PyNone.NONE : p[7];
        int fold = v[8];
        Calendar.checkDate(year, month, day);
        Calendar.checkTime(hour, minute, second, us, fold);
        TzInfoType.checkTzInfo(tzinfo);
        return new PyDateTime(type, year, month, day, hour, minute, second, us, tzinfo, fold);
    }

    /**
     * {@code dt + sign * delta}, as the type of {@code dt}, keeping its tzinfo (fold 0).
     *
     * @throws org.taipan.runtime.PyException OverflowError "date value out of range"
     */
    static PyObject addDelta(PyDateTime dt, PyTimedelta delta, int sign) {
        long us = dt.microsecond + sign * (long) delta.microseconds;
        long secs = dt.hour * 3600L + dt.minute * 60L + dt.second + sign * (long) delta.seconds
                + Math.floorDiv(us, 1_000_000L);
        us = Math.floorMod(us, 1_000_000L);
        long ord = dt.toOrdinal() + sign * (long) delta.days + Math.floorDiv(secs, 86400L);
        secs = Math.floorMod(secs, 86400L);
        if (ord < 1 || ord > Calendar.MAX_ORDINAL) {
            throw Errors.overflow("date value out of range");
        }
        int[] ymd = Calendar.fromOrdinal(ord);
        return newDateTime(dt.type(), ymd[0], ymd[1], ymd[2], (int) (secs / 3600), (int) (secs / 60 % 60),
                (int) (secs % 60), (int) us, dt.tzinfo, 0);
    }

    private static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyDateTime d && b instanceof PyTimedelta t) {
            return addDelta(d, t, 1);
        }
        if (b instanceof PyDateTime d && a instanceof PyTimedelta t) {
            return addDelta(d, t, 1);
        }
        return NI;
    }

    private static PyObject subtract(PyObject a, PyObject b) {
        if (!(a instanceof PyDateTime left)) {
            return NI;
        }
        if (b instanceof PyTimedelta t) {
            return addDelta(left, t, -1);
        }
        if (!(b instanceof PyDateTime right)) {
            return NI;
        }
        PyTimedelta offdiff = null;
        if (left.tzinfo != right.tzinfo) {
            PyTimedelta o1 = utcoffset(left);
            PyTimedelta o2 = utcoffset(right);
            if ((o1 == null) != (o2 == null)) {
                throw Errors.typeError("can't subtract offset-naive and offset-aware datetimes");
            }
            if (o1 != null && o1.compareTo(o2) != 0) {
                offdiff = TimedeltaType.add(o1, TimedeltaType.negate(o2));
            }
        }
        PyTimedelta r = PyTimedelta.of(left.toOrdinal() - right.toOrdinal(),
                left.hour * 3600L + left.minute * 60L + left.second - (right.hour * 3600L + right.minute * 60L
                        + right.second), (long) left.microsecond - right.microsecond);
        return offdiff == null ? r : TimedeltaType.add(r, TimedeltaType.negate(offdiff));
    }

    static PyTimedelta utcoffset(PyDateTime d) {
        return TzInfoType.utcoffset(d.tzinfo, d);
    }

    /** The datetime with the other fold (for PEP 495's comparison and hash rules), of the exact type. */
    private static PyDateTime withFold(PyDateTime d, int fold) {
        return new PyDateTime(TYPE, d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, fold);
    }

    /** Whether flipping the fold of either side changes its UTC offset: such datetimes are never equal to others. */
    private static boolean pep495Exception(PyDateTime a, PyDateTime b, PyTimedelta oa, PyTimedelta ob) {
        return offsetChangesWithFold(a, oa) || offsetChangesWithFold(b, ob);
    }

    private static boolean offsetChangesWithFold(PyDateTime d, PyTimedelta offset) {
        PyTimedelta flipped = utcoffset(withFold(d, 1 - d.fold));
        if (flipped == offset) {
            return false;
        }
        return flipped == null || offset == null || flipped.compareTo(offset) != 0;
    }

    private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDateTime other)) {
            if (b instanceof PyDate) {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    return PyBool.of(op == CompareOp.NE);
                }
                throw Errors.typeError("can't compare %s to %s", a.type().name(), b.type().name());
            }
            return NI;
        }
        PyDateTime self = dt(a);
        if (self.tzinfo == other.tzinfo) {
            return PyBool.of(op.test(self.compareFields(other)));
        }
        PyTimedelta o1 = utcoffset(self);
        PyTimedelta o2 = utcoffset(other);
        int diff;
        if (o1 == o2 || (o1 != null && o2 != null && o1.compareTo(o2) == 0)) {
            diff = self.compareFields(other);
        } else if (o1 != null && o2 != null) {
            PyTimedelta d = (PyTimedelta) subtract(self, other);
            diff = d.days != 0 ? d.days : (d.seconds | d.microseconds);
        } else if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(op == CompareOp.NE);
        } else {
            throw Errors.typeError("can't compare offset-naive and offset-aware datetimes");
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && diff == 0 && pep495Exception(self, other, o1, o2)) {
            diff = 1;
        }
        return PyBool.of(op.test(Integer.signum(diff)));
    }

    private static long hash(PyDateTime d) {
        if (d.hash == -1) {
            PyDateTime d0 = d.fold == 0 ? d : withFold(d, 0);
            PyTimedelta off = utcoffset(d0);
            if (off == null) {
                byte[] s = d0.state(false);
                d.hash = PyHash.bytes(s, 0, s.length);
            } else {
                PyTimedelta local = PyTimedelta.of(d.toOrdinal(), d.hour * 3600L + d.minute * 60L + d.second,
                        d.microsecond);
                d.hash = TimedeltaType.hash(TimedeltaType.add(local, TimedeltaType.negate(off)));
            }
        }
        return d.hash;
    }

    static String repr(PyDateTime d) {
        StringBuilder sb = new StringBuilder(d.type().name()).append('(').append(d.year).append(", ").append(d.month)
                .append(", ").append(d.day).append(", ").append(d.hour).append(", ").append(d.minute);
        if (d.microsecond != 0) {
            sb.append(", ").append(d.second).append(", ").append(d.microsecond);
        } else if (d.second != 0) {
            sb.append(", ").append(d.second);
        }
        // unlike time's repr, datetime's shows the fold before the tzinfo
        if (d.fold == 1) {
            sb.append(", fold=1");
        }
        if (d.tzinfo != PyNone.NONE) {
            sb.append(", tzinfo=").append(Abstract.repr(d.tzinfo));
        }
        return sb.append(')').toString();
    }

    static String isoformat(PyDateTime d, int sep, String timespec) {
        StringBuilder sb = new StringBuilder(32);
        Formats.isoDate(sb, d);
        sb.appendCodePoint(sep);
        Formats.isoTime(sb, d.hour, d.minute, d.second, d.microsecond, timespec);
        PyTimedelta off = utcoffset(d);
        if (off != null) {
            sb.append(Formats.offset(off, ":"));
        }
        return sb.toString();
    }

    /** The tzinfo of a parsed ISO time: None, {@code timezone.utc} for a zero offset, else a fixed timezone. */
    static PyObject isoTzInfo(IsoParser.Time t) {
        if (!t.hasOffset) {
            return PyNone.NONE;
        }
        if (t.offsetSeconds == 0 && t.offsetMicros == 0) {
            return TimezoneType.UTC;
        }
        return TimezoneType.of(PyTimedelta.of(0, t.offsetSeconds, t.offsetMicros), null);
    }

    /**
     * The datetime of a POSIX timestamp in local time ({@code local}) or UTC, as
     * {@code datetime_from_timet_and_us}: a leap second reads as :59, a local time that is the
     * second of a fold gets fold 1, and an aware result is converted by {@code tzinfo.fromutc}.
     */
    static PyObject fromTimestamp(PyType cls, boolean local, long t, long us, PyObject tzinfo) {
        long[] f = local ? LocalTime.localFields(t) : LocalTime.utcFields(t);
        int second = (int) Math.min(59, f[5]);
        int fold = 0;
        Calendar.checkDate(f[0], f[1], f[2]);
        if (local && tzinfo == PyNone.NONE) {
            long resultSeconds = LocalTime.seconds(new long[] {f[0], f[1], f[2], f[3], f[4], second});
            fold = LocalTime.isSecondInFold(t, resultSeconds) ? 1 : 0;
        }
        PyObject r = newDateTime(cls, (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], second, (int) us,
                tzinfo, fold);
        return tzinfo == PyNone.NONE ? r : Callables.callAttr(tzinfo, "fromutc", r);
    }

    /** The system clock as whole seconds and microseconds (floored). */
    private static long[] now() {
        long ns = org.taipan.modules.time.TimeModule.realtimeNanos();
        return new long[] {Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L) / 1000};
    }

    private static PyObject combine(PyType cls, PyObject[] a, String[] k) {
        PyObject[] p = ArgParser.bind("combine", a, k, 3, 2, "date", "time", "tzinfo");
        if (!(p[0] instanceof PyDate d)) {
            throw Errors.typeError("combine() argument 1 must be datetime.date, not %s", p[0].type().name());
        }
        if (!(p[1] instanceof PyTime t)) {
            throw Errors.typeError("combine() argument 2 must be datetime.time, not %s", p[1].type().name());
        }
        PyObject tzinfo = p[2] == null ? t.tzinfo : TzInfoType.checkTzInfo(p[2]);
        return newDateTime(cls, d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo, t.fold);
    }

    private static PyObject fromisoformat(PyType cls, PyObject[] a, String[] k) {
        PyObject s = Args.oneArg(DateType.qualified(cls, "fromisoformat"), a, k);
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("fromisoformat: argument must be str");
        }
        Object[] parsed = IsoParser.parseDateTime(str);
        int[] ymd = (int[]) parsed[0];
        IsoParser.Time t = (IsoParser.Time) parsed[1];
        Calendar.checkDate(ymd[0], ymd[1], ymd[2]);
        if (t == null) {
            return newDateTime(cls, ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, PyNone.NONE, 0);
        }
        Calendar.checkTime(t.hour, t.minute, t.second, t.microsecond, 0);
        return newDateTime(cls, ymd[0], ymd[1], ymd[2], t.hour, t.minute, t.second, t.microsecond, isoTzInfo(t), 0);
    }

    /** The local zone, as a fixed timezone, at the local wall time of a naive (or treated as naive) datetime. */
    private static PyTimezone localZoneOfLocal(PyDateTime d) {
        long seconds = LocalTime.localToSeconds(d.localSeconds(), d.fold);
        return LocalTime.zoneAt(seconds - LocalTime.EPOCH_SECONDS);
    }

    private static PyObject astimezone(PyDateTime self, PyObject tz) {
        TzInfoType.checkTzInfo(tz);
        PyObject selfTz = self.tzinfo;
        if (selfTz == PyNone.NONE) {
            selfTz = localZoneOfLocal(self);
        }
        if (selfTz == tz) {
            return self;
        }
        PyTimedelta offset = TzInfoType.utcoffset(selfTz, self);
        if (offset == null) {
            selfTz = localZoneOfLocal(self);
            offset = TzInfoType.utcoffset(selfTz, self);
        }
        PyDateTime shifted = (PyDateTime) addDelta(self, offset, -1);
        // CPython attaches the target zone to the UTC fields and lets its fromutc convert them
        PyObject target = tz == PyNone.NONE ? LocalTime.zoneAt(shifted.localSeconds() - LocalTime.EPOCH_SECONDS) : tz;
        PyDateTime attached = new PyDateTime(shifted.type(), shifted.year, shifted.month, shifted.day, shifted.hour,
                shifted.minute, shifted.second, shifted.microsecond, target, shifted.fold);
        return Callables.callAttr(target, "fromutc", attached);
    }

    private static PyObject timestamp(PyDateTime d) {
        PyTimedelta off = utcoffset(d);
        if (off != null) {
            long us = (d.localSeconds() - LocalTime.EPOCH_SECONDS) * 1_000_000L + d.microsecond - off.micros();
            return PyFloat.of(org.taipan.runtime.PyInt.trueDiv(PyInt.of(us), PyInt.of(1_000_000L)));
        }
        long seconds = LocalTime.localToSeconds(d.localSeconds(), d.fold);
        return PyFloat.of((double) (seconds - LocalTime.EPOCH_SECONDS) + d.microsecond / 1e6);
    }

    private static PyObject reduce(PyDateTime d, int proto) {
        PyBytes state = PyBytes.of(d.state(proto > 3));
        return PyTuple.of(d.type(), d.tzinfo == PyNone.NONE ? PyTuple.of(state) : PyTuple.of(state, d.tzinfo));
    }

    private static PyObject pyOrNone(PyTimedelta d) {
        return d == null ? PyNone.NONE : d;
    }

    static {
        TYPE.tp_new = DateTimeType::newDateTime;
        TYPE.tp_repr = o -> PyStr.of(repr(dt(o)));
        TYPE.tp_str = o -> Callables.callAttr(o, "isoformat", PyStr.of(" "));
        TYPE.tp_hash = o -> hash(dt(o));
        TYPE.tp_richcompare = DateTimeType::compare;
        TYPE.nb_add = DateTimeType::add;
        TYPE.nb_subtract = DateTimeType::subtract;
        TYPE.addAttr("now", DateType.classMethod("now", (cls, a, k) -> {
            PyObject[] p = ArgParser.bind("now", a, k, 1, 0, "tz");
            PyObject tz = TzInfoType.checkTzInfo(p[0] == null ? PyNone.NONE : p[0]);
            long[] tv = now();
            return fromTimestamp(cls, tz == PyNone.NONE, tv[0], tv[1], tz);
        }));
        TYPE.addAttr("utcnow", DateType.classMethod("utcnow", (cls, a, k) -> {
            Args.noArgs(DateType.qualified(cls, "utcnow"), a, k);
            long[] tv = now();
            return fromTimestamp(cls, false, tv[0], tv[1], PyNone.NONE);
        }));
        TYPE.addAttr("fromtimestamp", DateType.classMethod("fromtimestamp", (cls, a, k) -> {
            PyObject[] p = ArgParser.bind("fromtimestamp", a, k, 2, 1, "timestamp", "tz");
            PyObject tz = TzInfoType.checkTzInfo(p[1] == null ? PyNone.NONE : p[1]);
            long[] tv = LocalTime.timeval(p[0], false);
            return fromTimestamp(cls, tz == PyNone.NONE, tv[0], tv[1], tz);
        }));
        TYPE.addAttr("utcfromtimestamp", DateType.classMethod("utcfromtimestamp", (cls, a, k) -> {
            PyObject ts = ArgParser.exactly("utcfromtimestamp", a, k, 1)[0];
            long[] tv = LocalTime.timeval(ts, false);
            return fromTimestamp(cls, false, tv[0], tv[1], PyNone.NONE);
        }));
        TYPE.addAttr("combine", DateType.classMethod("combine", DateTimeType::combine));
        TYPE.addAttr("fromisoformat", DateType.classMethod("fromisoformat", DateTimeType::fromisoformat));
        TYPE.addAttr("strptime", DateType.classMethod("strptime", (cls, a, k) -> {
            ArgParser.exactly("strptime", a, k, 2);
            ArgParser.str("strptime", 1, a[0]);
            ArgParser.str("strptime", 2, a[1]);
            PyObject mod = ThreadState.current().interpreter.importModule("_strptime", new PyDict(), PyNone.NONE, 0);
            return Callables.callAttr(mod, "_strptime_datetime", cls, a[0], a[1]);
        }));
        TYPE.addMethodNoArgs("date", o -> new PyDate(DateType.TYPE, dt(o).year, dt(o).month, dt(o).day));
        TYPE.addMethodNoArgs("time", o -> {
            PyDateTime d = dt(o);
            return new PyTime(TimeType.TYPE, d.hour, d.minute, d.second, d.microsecond, PyNone.NONE, d.fold);
        });
        TYPE.addMethodNoArgs("timetz", o -> {
            PyDateTime d = dt(o);
            return new PyTime(TimeType.TYPE, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold);
        });
        TYPE.addMethodNoArgs("utcoffset", o -> pyOrNone(utcoffset(dt(o))));
        TYPE.addMethodNoArgs("dst", o -> pyOrNone(TzInfoType.dst(dt(o).tzinfo, o)));
        TYPE.addMethodNoArgs("tzname", o -> TzInfoType.tzname(dt(o).tzinfo, o));
        TYPE.addMethod("replace", (o, a, k) -> {
            PyDateTime d = dt(o);
            int[] v = new int[9];
            PyObject[] p = ArgParser.bindInts("replace", a, k, 8, 0, 7, v, PARAMS);
            int year = p[0] == null ? d.year : v[0];
            int month = p[1] == null ? d.month : v[1];
            int day = p[2] == null ? d.day : v[2];
            int hour = p[3] == null ? d.hour : v[3];
            int minute = p[4] == null ? d.minute : v[4];
            int second = p[5] == null ? d.second : v[5];
            int us = p[6] == null ? d.microsecond : v[6];
            PyObject tzinfo = p[7] == null ? d.tzinfo : p[7];
            int fold = p[8] == null ? d.fold : v[8];
            Calendar.checkDate(year, month, day);
            Calendar.checkTime(hour, minute, second, us, fold);
            TzInfoType.checkTzInfo(tzinfo);
            // datetime_replace calls datetime_new on the subclass: its __new__ is not called
            return new PyDateTime(d.type(), year, month, day, hour, minute, second, us, tzinfo, fold);
        });
        TYPE.addMethod("astimezone", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("astimezone", a, k, 1, 0, "tz");
            return astimezone(dt(o), p[0] == null ? PyNone.NONE : p[0]);
        });
        TYPE.addMethodNoArgs("ctime", o -> {
            PyDateTime d = dt(o);
            return PyStr.of(Formats.ctime(d, d.hour, d.minute, d.second));
        });
        TYPE.addMethodNoArgs("timetuple", o -> {
            PyDateTime d = dt(o);
            PyTimedelta dst = TzInfoType.dst(d.tzinfo, d);
            int flag = dst == null ? -1 : dst.isZero() ? 0 : 1;
            return Formats.structTime(d.year, d.month, d.day, d.hour, d.minute, d.second, flag);
        });
        TYPE.addMethodNoArgs("utctimetuple", o -> {
            PyDateTime d = dt(o);
            PyTimedelta off = utcoffset(d);
            PyDateTime u = off == null ? d : (PyDateTime) addDelta(d, off, -1);
            return Formats.structTime(u.year, u.month, u.day, u.hour, u.minute, u.second, 0);
        });
        TYPE.addMethodNoArgs("timestamp", o -> timestamp(dt(o)));
        TYPE.addMethod("isoformat", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("isoformat", a, k, 2, 0, "sep", "timespec");
            int sep = 'T';
            if (p[0] != null) {
                if (!(p[0] instanceof PyStr s) || s.length() != 1) {
                    throw Errors.typeError("isoformat() argument 1 must be a unicode character, not %s",
                            Errors.argTypeName(p[0]));
                }
                sep = s.codePointAt(0);
            }
            String timespec = p[1] == null ? "auto" : ArgParser.cString("isoformat", 2, p[1]);
            return PyStr.of(isoformat(dt(o), sep, timespec));
        });
        TYPE.addMethod("strftime", (o, a, k) -> {
            PyObject[] p = ArgParser.bind("strftime", a, k, 1, 1, "format");
            PyDateTime d = dt(o);
            return Formats.strftime(p[0], d.tzinfo, d, d.microsecond, Callables.callAttr(o, "timetuple"));
        });
        TYPE.addMethod("__reduce_ex__", (o, a, k) -> reduce(dt(o), ArgParser.cInt(ArgParser.exactly("__reduce_ex__", a, k, 1)[0])));
        TYPE.addMethodNoArgs("__reduce__", o -> reduce(dt(o), 2));
        Fields.readOnly(TYPE, "hour", o -> PyInt.of(dt(o).hour));
        Fields.readOnly(TYPE, "minute", o -> PyInt.of(dt(o).minute));
        Fields.readOnly(TYPE, "second", o -> PyInt.of(dt(o).second));
        Fields.readOnly(TYPE, "microsecond", o -> PyInt.of(dt(o).microsecond));
        Fields.readOnly(TYPE, "tzinfo", o -> dt(o).tzinfo);
        Fields.readOnly(TYPE, "fold", o -> PyInt.of(dt(o).fold));
        TYPE.addAttr("min", new PyDateTime(TYPE, 1, 1, 1, 0, 0, 0, 0, PyNone.NONE, 0));
        TYPE.addAttr("max", new PyDateTime(TYPE, 9999, 12, 31, 23, 59, 59, 999999, PyNone.NONE, 0));
        TYPE.addAttr("resolution", new PyTimedelta(TimedeltaType.TYPE, 0, 0, 1));
        TYPE.addAttr("__doc__", PyStr.of("datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"
                + "\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a "
                + "tzinfo subclass. The remaining arguments may be ints.\n"));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
