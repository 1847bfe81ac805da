package org.taipan.modules.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * {@code time.struct_time} and C's {@code struct tm}: the broken-down time of {@code gmtime},
 * {@code localtime}, {@code mktime}, {@code asctime} and {@code strftime}. {@link Tm} holds the
 * fields in C's conventions (month 0-11, Sunday = 0, day of year 0-365) as CPython's
 * {@code gettmarg}/{@code checktm} convert them ({@code Modules/timemodule.c}).
 */
public final class StructTime {
    private StructTime() {}

    /** The struct sequence type: nine visible items, then {@code tm_zone} and {@code tm_gmtoff}. */
    public static final PyType TYPE = StructSeq.newType("time", "struct_time", 9, "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    /** C's {@code struct tm}, the year as the full year (not minus 1900). */
    static final class Tm {
        long year;
        int mon, mday, hour, min, sec, wday, yday, isdst;
        /** null: unknown (a plain tuple was given), as a NULL {@code tm_zone}. */
        String zone;
        long gmtoff;
    }

    /** The struct_time of a broken-down time. */
    static PyObject toPython(Tm tm) {
        PyObject[] v = {PyInt.of(tm.year), PyInt.of(tm.mon + 1), PyInt.of(tm.mday), PyInt.of(tm.hour),
            PyInt.of(tm.min), PyInt.of(tm.sec), PyInt.of((tm.wday + 6) % 7), PyInt.of(tm.yday + 1),
            PyInt.of(tm.isdst)};
        PyObject[] hidden = {PyStr.of(tm.zone), PyInt.of(tm.gmtoff)};
        return StructSeq.makeWithHidden(TYPE, v, hidden);
    }

    /** The broken-down time of {@code t} in {@code zone} ({@code gmtime} when {@code utc}). */
    static Tm breakDown(long seconds, ZoneId zone, boolean utc) {
        ZonedDateTime z;
        try {
            z = Instant.ofEpochSecond(seconds).atZone(utc ? ZoneOffset.UTC : zone);
        } catch (DateTimeException e) {
            throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
        }
        Tm tm = new Tm();
        tm.year = z.getYear();
        tm.mon = z.getMonthValue() - 1;
        tm.mday = z.getDayOfMonth();
        tm.hour = z.getHour();
        tm.min = z.getMinute();
        tm.sec = z.getSecond();
        tm.wday = z.getDayOfWeek().getValue() % 7;
        tm.yday = z.getDayOfYear() - 1;
        if (utc) {
            tm.zone = "GMT";
        } else {
            tm.isdst = zone.getRules().isDaylightSavings(z.toInstant()) ? 1 : 0;
            tm.zone = zoneAbbreviation(z);
            tm.gmtoff = z.getOffset().getTotalSeconds();
        }
        return tm;
    }

    /**
     * The C library's {@code tm_zone} abbreviation ("UTC", "CET", "CEST", "EST") as near as the
     * JDK's English short names give it (the fallback without the C library): a zone the JDK has
     * no abbreviation for is named by its offset, as the tz database does ("+04", "+0330", "-05"),
     * not "GMT+04:00".
     */
    static String zoneAbbreviation(ZonedDateTime z) {
        String id = z.getZone().getId();
        if (id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Etc/Universal")) {
            return "UTC";
        }
        String name = DateTimeFormatter.ofPattern("zzz", Locale.US).format(z);
        if (name.length() == 9 && name.startsWith("GMT") && name.charAt(6) == ':') {
            // GMT+04:00 -> +04, GMT+03:30 -> +0330
            String minutes = name.substring(7);
            return name.substring(3, 6) + (minutes.equals("00") ? "" : minutes);
        }
        return name;
    }

    /**
     * CPython's {@code gettmarg}: a struct_time or a tuple of nine ints to a {@code Tm}
     * (the zone and offset are taken from a struct_time only). The fields are C ints, read as
     * {@code PyArg_ParseTuple}'s "i" reads them, and the year must leave {@code year - 1900} a C
     * int; {@code tm_zone} must be a str or None, {@code tm_gmtoff} a C long or None.
     *
     * @throws org.taipan.runtime.PyException TypeError "Tuple or struct_time argument required",
     *     "asctime(): illegal time tuple argument", or the int conversion's TypeError;
     *     OverflowError "signed integer is greater than maximum", "year out of range", ...
     */
    static Tm fromPython(PyObject o, String fname) {
        if (!(o instanceof PyTuple t)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw Errors.typeError("%s(): illegal time tuple argument", fname);
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            PyObject x = t.get(i);
            if (x instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            v[i] = Args.cInt(x);
        }
        if (v[0] < Integer.MIN_VALUE + 1900) {
            throw Errors.overflow("year out of range");
        }
        Tm tm = new Tm();
        tm.year = v[0];
        tm.mon = v[1] - 1;
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        tm.wday = (v[6] + 1) % 7;
        tm.yday = v[7] - 1;
        tm.isdst = v[8];
        if (t.type() == TYPE) {
            PyObject zone = Abstract.getAttr(t, "tm_zone");
            if (zone instanceof PyStr s) {
                tm.zone = s.toString();
            } else if (zone != PyNone.NONE) {
                // PyUnicode_AsUTF8's complaint about a non-str
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyObject off = Abstract.getAttr(t, "tm_gmtoff");
            if (off != PyNone.NONE) {
                PyInt n = Abstract.index(off, null);
                if (!n.fitsLong()) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                tm.gmtoff = n.longValue();
            }
        }
        return tm;
    }

    /**
     * CPython's {@code checktm} after its {@code strftime}/{@code asctime} normalisation: a zero
     * month, day of month or day of year stands for the first, the others must be in range.
     *
     * @throws org.taipan.runtime.PyException ValueError "month out of range", ...
     */
    static void check(Tm tm) {
        if (tm.mon == -1) {
            tm.mon = 0;
        } else if (tm.mon < 0 || tm.mon > 11) {
            throw Errors.valueError("month out of range");
        }
        if (tm.mday == 0) {
            tm.mday = 1;
        } else if (tm.mday < 0 || tm.mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (tm.hour < 0 || tm.hour > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (tm.min < 0 || tm.min > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (tm.sec < 0 || tm.sec > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if (tm.wday < 0) {
            throw Errors.valueError("day of week out of range");
        }
        if (tm.yday == -1) {
            tm.yday = 0;
        } else if (tm.yday < 0 || tm.yday > 365) {
            throw Errors.valueError("day of year out of range");
        }
    }

    /**
     * C's {@code mktime}: the fields (normalised, out-of-range values carry over) as local time
     * in {@code zone}, in seconds since the epoch.
     *
     * @throws org.taipan.runtime.PyException OverflowError "mktime argument out of range"
     */
    static long mktime(Tm tm, ZoneId zone) {
        try {
            LocalDateTime l = LocalDateTime.of((int) Math.addExact(tm.year, 0L), 1, 1, 0, 0, 0)
                    .plusMonths(tm.mon).plusDays(tm.mday - 1L).plusHours(tm.hour).plusMinutes(tm.min)
                    .plusSeconds(tm.sec);
            ZonedDateTime z = l.atZone(zone);
            if (tm.isdst >= 0) {
                // An ambiguous local time (the hour repeated when DST ends) takes the offset tm_isdst names.
                ZonedDateTime later = z.withLaterOffsetAtOverlap();
                ZonedDateTime earlier = z.withEarlierOffsetAtOverlap();
                boolean dstEarlier = zone.getRules().isDaylightSavings(earlier.toInstant());
                z = (tm.isdst > 0) == dstEarlier ? earlier : later;
            }
            return z.toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.of(ExceptionTypes.OverflowError, "mktime argument out of range");
        }
    }

    private static final String[] WDAY = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** CPython's {@code _asctime}: "Thu Jan  1 00:00:00 1970". */
    static String asctime(Tm tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", WDAY[tm.wday], MON[tm.mon], tm.mday, tm.hour, tm.min,
                tm.sec, tm.year);
    }
}
