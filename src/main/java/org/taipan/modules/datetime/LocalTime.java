package org.taipan.modules.datetime;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * POSIX timestamps and the local time zone for the datetime types. Local time comes from the
 * interpreter's {@code time.localtime} (so {@code TZ} and {@code time.tzset} apply, as the C
 * library's {@code localtime} does for CPython); the inverse, local fields to a timestamp, is
 * CPython's {@code local_to_seconds} search, which honours PEP 495's {@code fold} in gaps and folds.
 */
final class LocalTime {
    private LocalTime() {}

    /** {@code utc_to_seconds(1970, 1, 1, 0, 0, 0)}: seconds from 0001-01-01 to the POSIX epoch. */
    static final long EPOCH_SECONDS = 719162L * 86400L;
    /** The widest fold or gap a local zone may have (CPython's {@code max_fold_seconds}). */
    private static final long MAX_FOLD_SECONDS = 24 * 3600;

    /**
     * A timestamp object as whole seconds and microseconds ({@code _PyTime_ObjectToTimeval}):
     * floats rounded half to even, or floored when {@code floor}.
     *
     * @return {@code {seconds, microseconds}}, microseconds in 0..999999
     */
    static long[] timeval(PyObject ts, boolean floor) {
        if (ts instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = (d - whole) * 1e6;
            frac = floor ? Math.floor(frac) : roundHalfEven(frac);
            if (frac >= 1e6) {
                frac -= 1e6;
                whole += 1;
            } else if (frac < 0) {
                frac += 1e6;
                whole -= 1;
            }
            if (!(whole >= -9.223372036854776E18 && whole < 9.223372036854776E18)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            return new long[] {(long) whole, (long) frac};
        }
        PyInt i = Abstract.index(ts, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return new long[] {i.longValue(), 0};
    }

    static double roundHalfEven(double x) {
        double r = TimedeltaType.cRound(x);
        if (Math.abs(x - r) == 0.5) {
            r = 2.0 * TimedeltaType.cRound(x / 2.0);
        }
        return r;
    }

    /** {@code time.localtime(t)}: the struct_time of the interpreter's local zone. */
    static PyTuple localtime(long t) {
        return (PyTuple) Callables.callAttr(Formats.timeModule(), "localtime", PyInt.of(t));
    }

    /**
     * The first six fields of {@code time.localtime(t)}: read from the interpreter's own
     * {@code time} module's zone directly when {@code sys.modules['time']} is that module (no
     * struct_time made), else through its {@code localtime}.
     */
    static long[] localFields(long t) {
        org.taipan.runtime.Interpreter interp = org.taipan.runtime.ThreadState.current().interpreter;
        PyObject mod = Formats.timeModule();
        long[] f = org.taipan.modules.time.TimeModule.localFields(interp, mod, t);
        return f != null ? f : fields((PyTuple) Callables.callAttr(mod, "localtime", PyInt.of(t)));
    }

    /** The first six fields (year, month, day, hour, minute, second) of a struct_time. */
    static long[] fields(PyTuple tm) {
        long[] f = new long[6];
        for (int i = 0; i < 6; i++) {
            f[i] = ((PyInt) PyInt.asInt(tm.get(i))).longValue();
        }
        return f;
    }

    /** The UTC fields of a timestamp, as {@code gmtime} gives them. */
    static long[] utcFields(long t) {
        long days = Math.floorDiv(t, 86400L);
        long secs = Math.floorMod(t, 86400L);
        long ordinal = days + 719163L;
        if (ordinal < 1 || ordinal > Calendar.MAX_ORDINAL) {
            throw Errors.valueError("year %d is out of range", Calendar.fromOrdinal(ordinal)[0]);
        }
        int[] ymd = Calendar.fromOrdinal(ordinal);
        return new long[] {ymd[0], ymd[1], ymd[2], secs / 3600, secs / 60 % 60, secs % 60};
    }

    /** Seconds from 0001-01-01 of six local fields ({@code utc_to_seconds}). */
    static long seconds(long[] f) {
        if (f[0] < Calendar.MINYEAR || f[0] > Calendar.MAXYEAR) {
            throw Errors.valueError("year %d is out of range", f[0]);
        }
        return (Calendar.toOrdinal(f[0], (int) f[1], (int) f[2]) - 1) * 86400L + f[3] * 3600 + f[4] * 60 + f[5];
    }

    /** {@code local(u)}: the local wall time, in seconds from 0001-01-01, at {@code u} seconds from 0001-01-01 UTC. */
    static long local(long u) {
        return seconds(localFields(u - EPOCH_SECONDS));
    }

    /**
     * The UTC seconds (from 0001-01-01) at which the local wall clock reads {@code t}; in a fold,
     * the earlier (fold 0) or later (fold 1) instant; in a gap, as CPython resolves it.
     */
    static long localToSeconds(long t, int fold) {
        long lt = local(t);
        long a = lt - t;
        long u1 = t - a;
        long t1 = local(u1);
        long b;
        if (t1 == t) {
            long u2 = fold == 1 ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
            b = local(u2) - u2;
            if (a == b) {
                return u1;
            }
        } else {
            b = t1 - u1;
        }
        long u2 = t - b;
        long t2 = local(u2);
        if (t2 == t) {
            return u2;
        }
        if (t1 == t) {
            return u1;
        }
        return fold == 1 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /** Whether the local wall time of timestamp {@code t} (whose fields give {@code resultSeconds}) is the second of a fold. */
    static boolean isSecondInFold(long t, long resultSeconds) {
        long probe = local(EPOCH_SECONDS + t - MAX_FOLD_SECONDS);
        long transition = resultSeconds - probe - MAX_FOLD_SECONDS;
        return transition < 0 && local(EPOCH_SECONDS + t + transition) == resultSeconds;
    }

    /** {@code timezone(timedelta(seconds=tm_gmtoff), tm_zone)} of the local zone at timestamp {@code t}. */
    static PyTimezone zoneAt(long t) {
        PyTuple tm = localtime(t);
        PyObject gmtoff = Abstract.getAttr(tm, "tm_gmtoff");
        PyObject zone = Abstract.getAttr(tm, "tm_zone");
        PyTimedelta offset = PyTimedelta.of(0, PyInt.asInt(gmtoff).longValue(), 0);
        return TimezoneType.of(offset, zone instanceof PyStr s ? s : null);
    }
}
