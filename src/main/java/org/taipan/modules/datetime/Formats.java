package org.taipan.modules.datetime;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The text forms of the datetime types: ISO 8601 pieces, UTC offsets, {@code ctime} and the
 * {@code strftime} wrapper that substitutes {@code %z}, {@code %Z} and {@code %f} before handing
 * the format to {@code time.strftime}, as CPython's {@code wrap_strftime} does.
 */
final class Formats {
    private Formats() {}

    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTH_NAMES = {null, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** {@code ±HH<sep>MM[<sep>SS[.ffffff]]} of a UTC offset (CPython's {@code format_utcoffset}). */
    static String offset(PyTimedelta offset, String sep) {
        StringBuilder sb = new StringBuilder();
        long us = offset.micros();
        sb.append(us < 0 ? '-' : '+');
        us = Math.abs(us);
        long seconds = us / 1_000_000L;
        long micros = us % 1_000_000L;
        pad(sb, seconds / 3600, 2);
        sb.append(sep);
        pad(sb, seconds / 60 % 60, 2);
        if (seconds % 60 != 0 || micros != 0) {
            sb.append(sep);
            pad(sb, seconds % 60, 2);
            if (micros != 0) {
                sb.append('.');
                pad(sb, micros, 6);
            }
        }
        return sb.toString();
    }

    static void isoDate(StringBuilder sb, PyDate d) {
        pad(sb, d.year, 4);
        sb.append('-');
        pad(sb, d.month, 2);
        sb.append('-');
        pad(sb, d.day, 2);
    }

    /**
     * The time of day for {@code isoformat(timespec=...)}.
     *
     * @throws org.taipan.runtime.PyException ValueError "Unknown timespec value"
     */
    static void isoTime(StringBuilder sb, int hour, int minute, int second, int us, String timespec) {
        if (timespec.equals("auto")) {
            timespec = us != 0 ? "microseconds" : "seconds";
        }
        switch (timespec) {
            case "hours" -> pad(sb, hour, 2);
            case "minutes" -> {
                pad(sb, hour, 2);
                sb.append(':');
                pad(sb, minute, 2);
            }
            case "seconds", "milliseconds", "microseconds" -> {
                pad(sb, hour, 2);
                sb.append(':');
                pad(sb, minute, 2);
                sb.append(':');
                pad(sb, second, 2);
                if (timespec.equals("milliseconds")) {
                    sb.append('.');
                    pad(sb, us / 1000, 3);
                } else if (timespec.equals("microseconds")) {
                    sb.append('.');
                    pad(sb, us, 6);
                }
            }
            default -> throw Errors.valueError("Unknown timespec value");
        }
    }

    /** {@code ctime()}: {@code "Sat Jan  1 00:00:00 2000"}. */
    static String ctime(PyDate d, int hour, int minute, int second) {
        StringBuilder sb = new StringBuilder();
        sb.append(DAY_NAMES[Calendar.weekday(d.year, d.month, d.day)]).append(' ').append(MONTH_NAMES[d.month])
                .append(' ');
        if (d.day < 10) {
            sb.append(' ');
        }
        sb.append(d.day).append(' ');
        pad(sb, hour, 2);
        sb.append(':');
        pad(sb, minute, 2);
        sb.append(':');
        pad(sb, second, 2);
        sb.append(' ');
        pad(sb, d.year, 4);
        return sb.toString();
    }

    /**
     * {@code strftime(format)} of a date, time or datetime: {@code %z} becomes the UTC offset
     * ({@code +HHMM[SS[.ffffff]]}, empty when naive), {@code %Z} the tzname (its {@code %} doubled,
     * empty when None), {@code %f} the microseconds; then {@code time.strftime} formats the rest
     * with {@code timetuple}.
     *
     * @param tzinfoArg what {@code utcoffset}/{@code tzname} receive (the datetime, or None for a time)
     */
    static PyObject strftime(PyObject format, PyObject tzinfo, PyObject tzinfoArg, int microsecond,
            PyObject timetuple) {
        if (!(format instanceof PyStr f)) {
            throw Errors.typeError("strftime() argument 1 must be str, not %s", Errors.argTypeName(format));
        }
        String fmt = f.toString();
        StringBuilder sb = null;
        int n = fmt.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (fmt.charAt(i) != '%' || i + 1 >= n) {
                continue;
            }
            char c = fmt.charAt(i + 1);
            String repl = null;
            if (c == 'z') {
                PyTimedelta off = tzinfo == PyNone.NONE ? null : TzInfoType.utcoffset(tzinfo, tzinfoArg);
                repl = off == null ? "" : offset(off, "");
            } else if (c == 'Z') {
                repl = tznameReplacement(TzInfoType.tzname(tzinfo, tzinfoArg));
            } else if (c == 'f') {
                StringBuilder us = new StringBuilder();
                pad(us, microsecond, 6);
                repl = us.toString();
            }
            if (repl != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 8);
                }
                sb.append(fmt, copied, i).append(repl);
                copied = i + 2;
            }
            i++;
        }
        if (sb != null) {
            sb.append(fmt, copied, n);
            fmt = sb.toString();
        }
        requireUtf8(f);
        return Callables.callAttr(timeModule(), "strftime", PyStr.of(fmt), timetuple);
    }

    /**
     * {@code %Z}'s text: the tzname with each {@code %} doubled (through the str's own
     * {@code replace}, as CPython calls it), empty for None.
     */
    private static String tznameReplacement(PyObject name) {
        if (name == PyNone.NONE) {
            return "";
        }
        PyObject r = name.getClass() == PyStr.class ? PyStr.of(name.toString().replace("%", "%%"))
                : Callables.callAttr(name, "replace", PyStr.of("%"), PyStr.of("%%"));
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("tzname.replace() did not return a string");
        }
        requireUtf8(s);
        return s.toString();
    }

    /** CPython reads the format (and the tzname) as UTF-8: a lone surrogate raises its UnicodeEncodeError. */
    private static void requireUtf8(PyStr s) {
        String j = s.toString();
        for (int i = 0; i < j.length(); i++) {
            if (Character.isSurrogate(j.charAt(i))) {
                org.taipan.runtime.PyBytes.encode(s, PyStr.of("utf-8"), PyStr.of("strict"));
                return;
            }
        }
    }

    /** The interpreter's {@code time} module (a Java module: importing it runs no Python). */
    static PyObject timeModule() {
        return ThreadState.current().interpreter.importModule("time", null, null, 0);
    }

    /** {@code time.struct_time} of nine ints (the {@code timetuple()} of the datetime types). */
    static PyObject structTime(long year, int month, int day, int hour, int minute, int second, int dstFlag) {
        int wday = Calendar.weekday(year, month, day);
        int yday = Calendar.daysBeforeMonth(year, month) + day;
        PyObject[] items = new PyObject[9];
        long[] v = {year, month, day, hour, minute, second, wday, yday, dstFlag};
        for (int i = 0; i < 9; i++) {
            items[i] = org.taipan.runtime.PyInt.of(v[i]);
        }
        return Callables.call(Abstract.getAttr(timeModule(), "struct_time"), org.taipan.runtime.PyTuple.of(items));
    }
}
