package org.taipan.modules.datetime;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyStr;

/**
 * The {@code fromisoformat} parsers of CPython 3.11: dates as {@code YYYY-MM-DD}, {@code YYYYMMDD}
 * or ISO week dates ({@code YYYY-Www[-D]}, {@code YYYYWww[D]}); times as {@code HH[:MM[:SS[.f+]]]}
 * or their basic forms, with a UTC offset ({@code Z}, {@code ±HH[:MM[:SS[.f+]]]}); a datetime as a
 * date, any one separator character, and a time. Anything else is "Invalid isoformat string".
 */
final class IsoParser {
    private IsoParser() {}

    /** A parsed time: fields, and the UTC offset in seconds and microseconds when {@link #hasOffset}. */
    static final class Time {
        int hour;
        int minute;
        int second;
        int microsecond;
        boolean hasOffset;
        int offsetSeconds;
        int offsetMicros;
    }

    /** Thrown inside the parser for any malformed string; the callers turn it into CPython's ValueError. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }

    static PyException invalid(PyStr s) {
        return Errors.valueError("Invalid isoformat string: %s", org.taipan.runtime.Abstract.repr(s));
    }

    /** {@code date.fromisoformat}: {year, month, day} (not yet range-checked beyond the ISO week rules). */
    static int[] parseDateOnly(PyStr s) {
        int[] cps = codePoints(s);
        int n = cps.length;
        if (n != 7 && n != 8 && n != 10) {
            throw invalid(s);
        }
        try {
            return checked(parseDate(cps, 0, n));
        } catch (Malformed e) {
            throw invalid(s);
        }
    }

    private static int[] checked(int[] ymd) {
        Calendar.checkDate(ymd[0], ymd[1], ymd[2]);
        return ymd;
    }

    /** {@code time.fromisoformat}: an optional leading {@code T}, then a time. */
    static Time parseTimeOnly(PyStr s) {
        int[] cps = codePoints(s);
        int start = cps.length > 0 && cps[0] == 'T' ? 1 : 0;
        try {
            if (cps.length - start < 2) {
                throw new Malformed();
            }
            return parseTime(cps, start, cps.length);
        } catch (Malformed e) {
            throw invalid(s);
        }
    }

    /** {@code datetime.fromisoformat}: {year, month, day} and the time (null when absent). */
    static Object[] parseDateTime(PyStr s) {
        int[] cps = codePoints(s);
        int n = cps.length;
        try {
            if (n < 7) {
                throw new Malformed();
            }
            int sep = separator(cps);
            if (sep < 0 || sep > n) {
                throw new Malformed();
            }
            int[] ymd = parseDate(cps, 0, sep);
            Time t = null;
            if (sep < n) {
                if (sep + 1 >= n) {
                    throw new Malformed();
                }
                t = parseTime(cps, sep + 1, n);
            }
            return new Object[] {ymd, t};
        } catch (Malformed e) {
            throw invalid(s);
        }
    }

    private static int[] codePoints(PyStr s) {
        int[] cps = new int[s.length()];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = s.codePointAt(i);
        }
        return cps;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int at(int[] cps, int i, int end) {
        return i < end ? cps[i] : 0;
    }

    private static int digits(int[] cps, int from, int count, int end) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = at(cps, i, end);
            if (!isDigit(c)) {
                throw new Malformed();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Where a datetime's date part ends (the separator's index): the date forms differ in their
     * fifth and sixth characters; a week date without separators is as long as its digits allow.
     */
    private static int separator(int[] cps) {
        int n = cps.length;
        if (n == 7) {
            return 7;
        }
        if (cps[4] == '-') {
            if (cps[5] != 'W') {
                return 10;
            }
            if (n < 8) {
                return -1;
            }
            if (n > 8 && cps[8] == '-') {
                if (n == 9) {
                    return -1;
                }
                return n > 10 && isDigit(cps[10]) ? 8 : 10;
            }
            return 8;
        }
        if (cps[4] == 'W') {
            int i = 7;
            while (i < n && isDigit(cps[i])) {
                i++;
            }
            if (i < 9) {
                return i;
            }
            return i % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    private static int[] parseDate(int[] cps, int from, int end) {
        int p = from;
        int year = digits(cps, p, 4, end);
        p += 4;
        boolean dashes = at(cps, p, end) == '-';
        if (dashes) {
            p++;
        }
        if (at(cps, p, end) == 'W') {
            p++;
            int week = digits(cps, p, 2, end);
            p += 2;
            int day = 1;
            if (p < end) {
                if (dashes && cps[p++] != '-') {
                    throw new Malformed();
                }
                day = digits(cps, p, 1, end);
                p++;
            }
            if (p != end) {
                throw new Malformed();
            }
            int[] ymd = isoToYmd(year, week, day);
            if (ymd == null) {
                throw new Malformed();
            }
            return ymd;
        }
        int month = digits(cps, p, 2, end);
        p += 2;
        if (dashes && at(cps, p++, end) != '-') {
            throw new Malformed();
        }
        int day = digits(cps, p, 2, end);
        p += 2;
        if (p != end) {
            throw new Malformed();
        }
        return new int[] {year, month, day};
    }

    /** The date of an ISO week date, or null for a week or weekday out of range (CPython's {@code iso_to_ymd}). */
    private static int[] isoToYmd(int year, int week, int day) {
        if (week <= 0 || week >= 53) {
            boolean ok = false;
            if (week == 53) {
                int firstWeekday = (int) Math.floorMod(Calendar.toOrdinal(year, 1, 1) + 6, 7);
                ok = firstWeekday == 3 || (firstWeekday == 2 && Calendar.isLeap(year));
            }
            if (!ok) {
                return null;
            }
        }
        if (day <= 0 || day >= 8) {
            return null;
        }
        long ord = Calendar.isoWeek1Monday(year) + (week - 1) * 7L + day - 1;
        int[] ymd = Calendar.fromOrdinal(ord);
        if (ymd[0] > Calendar.MAXYEAR) {
            throw Errors.valueError("year %d is out of range", ymd[0]);
        }
        return ymd;
    }

    /**
     * {@code date.fromisocalendar}'s conversion with its errors ("Year is out of range: 0",
     * "Invalid week: 54", "Invalid day: 8 (range is [1, 7])").
     */
    static int[] isoCalendarToYmd(int year, int week, int day) {
        if (year < Calendar.MINYEAR || year > Calendar.MAXYEAR) {
            throw Errors.valueError("Year is out of range: %d", year);
        }
        if (week <= 0 || week >= 53) {
            int[] probe = isoToYmd(year, week, 1);
            if (probe == null) {
                throw Errors.valueError("Invalid week: %d", week);
            }
        }
        if (day <= 0 || day >= 8) {
            throw Errors.valueError("Invalid day: %d (range is [1, 7])", day);
        }
        int[] ymd = isoToYmd(year, week, day);
        Calendar.checkDate(ymd[0], ymd[1], ymd[2]);
        return ymd;
    }

    private static Time parseTime(int[] cps, int from, int end) {
        int tz = from;
        while (tz < end && cps[tz] != 'Z' && cps[tz] != '+' && cps[tz] != '-') {
            tz++;
        }
        Time t = new Time();
        int[] f = new int[4];
        boolean more = hhmmssff(cps, from, tz, end, f);
        t.hour = f[0];
        t.minute = f[1];
        t.second = f[2];
        t.microsecond = f[3];
        if (tz == end) {
            if (more) {
                throw new Malformed();
            }
            return t;
        }
        t.hasOffset = true;
        if (cps[tz] == 'Z') {
            if (tz + 1 != end) {
                throw new Malformed();
            }
            return t;
        }
        int sign = cps[tz] == '-' ? -1 : 1;
        int[] o = new int[4];
        if (hhmmssff(cps, tz + 1, end, end, o)) {
            throw new Malformed();
        }
        t.offsetSeconds = sign * (o[0] * 3600 + o[1] * 60 + o[2]);
        t.offsetMicros = sign * o[3];
        return t;
    }

    /**
     * Parses {@code HH[:?MM[:?SS[{.,}f+]]]} in {@code [from, stop)} into {@code f} (hour, minute,
     * second, microsecond: digits past the sixth are dropped).
     *
     * @return whether characters other than the end of the string follow (a UTC offset may)
     */
    private static boolean hhmmssff(int[] cps, int from, int stop, int end, int[] f) {
        int p = from;
        boolean separators = true;
        for (int i = 0; i < 3; i++) {
            f[i] = digits(cps, p, 2, end);
            p += 2;
            int c = at(cps, p, end);
            p++;
            if (i == 0) {
                separators = c == ':';
            }
            if (p >= stop) {
                return c != 0;
            }
            if (separators && c == ':') {
                continue;
            }
            if (c == '.' || c == ',') {
                break;
            }
            if (!separators) {
                p--;
            } else {
                throw new Malformed();
            }
        }
        // three fields and more characters: CPython reads them as the fraction too
        int remaining = stop - p;
        int count = Math.min(remaining, 6);
        if (count == 0) {
            throw new Malformed();
        }
        int us = digits(cps, p, count, end);
        p += count;
        for (int i = count; i < 6; i++) {
            us *= 10;
        }
        f[3] = us;
        while (isDigit(at(cps, p, end))) {
            p++;
        }
        return at(cps, p, end) != 0;
    }
}
