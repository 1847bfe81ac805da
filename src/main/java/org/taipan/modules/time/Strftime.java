package org.taipan.modules.time;

import java.util.Locale;

/**
 * glibc's {@code strftime} in the C locale, which CPython's {@code time.strftime} calls: every
 * conversion glibc knows, its flags ({@code -} no padding, {@code _} spaces, {@code 0} zeros,
 * {@code ^} upper case, {@code #} swapped case), a field width, and the {@code E}/{@code O}
 * modifiers (no effect in the C locale). An unknown conversion is copied as written, as glibc
 * does. Years are not padded unless a width is given ({@code %Y} of year 5 is {@code 5}).
 */
final class Strftime {
    private Strftime() {}

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** Formats {@code tm} (already checked by {@link StructTime#check}); {@code zone} gives {@code %s}. */
    static String format(String fmt, StructTime.Tm tm, LocalZone zone, String[] tzname) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false, swap = false;
            while (i < n && "_-0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    pad = f;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = Math.max(width, 0) * 10 + (fmt.charAt(i++) - '0');
            }
            char modifier = 0;
            if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                modifier = fmt.charAt(i++);
            }
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            char conv = fmt.charAt(i++);
            if (modifier == 'E' && "cCxXyYz".indexOf(conv) < 0 || modifier == 'O' && "deHIlmMSuUVwWykz".indexOf(conv) < 0) {
                out.append(fmt, start, i);
                continue;
            }
            String s = conversion(conv, tm, zone, tzname, pad, width);
            if (s == null) {
                out.append(fmt, start, i);
                continue;
            }
            if (conv == 'P') {
                upper = false;
                swap = false;
            }
            if (swap) {
                // glibc's '#': names in upper case, but %p and %Z in lower case
                s = conv == 'p' || conv == 'Z' ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
            } else if (upper) {
                s = s.toUpperCase(Locale.ROOT);
            }
            out.append(s);
        }
        return out.toString();
    }

    /** One conversion, padded; null for an unknown conversion character. */
    private static String conversion(char conv, StructTime.Tm tm, LocalZone zone, String[] tzname, char pad, int width) {
        int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
        return switch (conv) {
            case 'a' -> text(DAYS[tm.wday].substring(0, 3), pad, width);
            case 'A' -> text(DAYS[tm.wday], pad, width);
            case 'b', 'h' -> text(MONTHS[tm.mon].substring(0, 3), pad, width);
            case 'B' -> text(MONTHS[tm.mon], pad, width);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm, zone, tzname), pad, width);
            case 'C' -> number(Math.floorDiv(tm.year, 100L), 1, '0', pad, width);
            case 'd' -> number(tm.mday, 2, '0', pad, width);
            case 'D', 'x' -> text(format("%m/%d/%y", tm, zone, tzname), pad, width);
            case 'e' -> number(tm.mday, 2, ' ', pad, width);
            case 'F' -> text(format("%Y-%m-%d", tm, zone, tzname), pad, width);
            case 'G' -> number(isoYear(tm), 1, '0', pad, width);
            case 'g' -> number(Math.floorMod(isoYear(tm), 100L), 2, '0', pad, width);
            case 'H' -> number(tm.hour, 2, '0', pad, width);
            case 'I' -> number(hour12, 2, '0', pad, width);
            case 'j' -> number(tm.yday + 1, 3, '0', pad, width);
            case 'k' -> number(tm.hour, 2, ' ', pad, width);
            case 'l' -> number(hour12, 2, ' ', pad, width);
            case 'm' -> number(tm.mon + 1, 2, '0', pad, width);
            case 'M' -> number(tm.min, 2, '0', pad, width);
            case 'n' -> text("\n", pad, width);
            case 'p' -> text(tm.hour < 12 ? "AM" : "PM", pad, width);
            case 'P' -> text(tm.hour < 12 ? "am" : "pm", pad, width);
            case 'r' -> text(format("%I:%M:%S %p", tm, zone, tzname), pad, width);
            case 'R' -> text(format("%H:%M", tm, zone, tzname), pad, width);
            case 's' -> number(zone.mktime(copyOf(tm)), 1, '0', pad, width);
            case 'S' -> number(tm.sec, 2, '0', pad, width);
            case 't' -> text("\t", pad, width);
            case 'T', 'X' -> text(format("%H:%M:%S", tm, zone, tzname), pad, width);
            case 'u' -> number(tm.wday == 0 ? 7 : tm.wday, 1, '0', pad, width);
            case 'U' -> number((tm.yday + 7 - tm.wday) / 7, 2, '0', pad, width);
            case 'V' -> number(isoWeek(tm), 2, '0', pad, width);
            case 'w' -> number(tm.wday, 1, '0', pad, width);
            case 'W' -> number((tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2, '0', pad, width);
            case 'y' -> number(Math.floorMod(tm.year, 100L), 2, '0', pad, width);
            case 'Y' -> number(tm.year, 1, '0', pad, width);
            case 'z' -> tm.isdst < 0 ? "" : offset(tm.gmtoff, pad, width);
            case 'Z' -> text(tm.zone != null ? tm.zone : tm.isdst < 0 ? "" : tzname[tm.isdst > 0 ? 1 : 0], pad, width);
            case '%' -> text("%", pad, width);
            default -> null;
        };
    }

    private static StructTime.Tm copyOf(StructTime.Tm tm) {
        StructTime.Tm c = new StructTime.Tm();
        c.year = tm.year;
        c.mon = tm.mon;
        c.mday = tm.mday;
        c.hour = tm.hour;
        c.min = tm.min;
        c.sec = tm.sec;
        c.isdst = tm.isdst;
        return c;
    }

    /** A text field: padded on the left to {@code width} with spaces, or zeros under the '0' flag. */
    private static String text(String s, char pad, int width) {
        if (width <= s.length()) {
            return s;
        }
        return String.valueOf(pad == '0' ? '0' : ' ').repeat(width - s.length()) + s;
    }

    /**
     * A number field: at least {@code digits} wide (or {@code width}), padded with the natural
     * {@code natural} character unless a flag says otherwise; the sign counts in the width.
     */
    private static String number(long v, int digits, char natural, char pad, int width) {
        String d = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (pad == '-') {
            return sign + d;
        }
        int w = width >= 0 ? width : digits;
        char p = pad == '_' ? ' ' : pad == '0' ? '0' : natural;
        int fill = w - d.length() - sign.length();
        if (fill <= 0) {
            return sign + d;
        }
        return p == '0' ? sign + "0".repeat(fill) + d : " ".repeat(fill) + sign + d;
    }

    /** {@code %z}: +hhmm, of the offset cut to a C int as glibc's {@code strftime} cuts it. */
    private static String offset(long gmtoff, char pad, int width) {
        long diff = (int) gmtoff;
        String sign = diff < 0 ? "-" : "+";
        long a = Math.abs(diff) / 60;
        return sign + number(a / 60 * 100 + a % 60, 4, '0', pad, width < 0 ? -1 : width - 1);
    }

    /** The ISO 8601 week-based year of the date. */
    private static long isoYear(StructTime.Tm tm) {
        int week = rawIsoWeek(tm.yday, tm.wday);
        if (week < 1) {
            return tm.year - 1;
        }
        if (week > weeksInYear(tm.year)) {
            return tm.year + 1;
        }
        return tm.year;
    }

    private static int isoWeek(StructTime.Tm tm) {
        int week = rawIsoWeek(tm.yday, tm.wday);
        if (week < 1) {
            long prev = tm.year - 1;
            return weeksInYear(prev);
        }
        if (week > weeksInYear(tm.year)) {
            return 1;
        }
        return week;
    }

    /** The week number counted from the year's first ISO week (may be 0 or 53 past the year's end). */
    private static int rawIsoWeek(int yday, int wday) {
        int isoWday = wday == 0 ? 7 : wday;
        return (yday + 1 - isoWday + 10) / 7;
    }

    private static boolean leap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
    private static int weeksInYear(long y) {
        // weekday of January 1 (0 = Sunday) by Zeller-like arithmetic on the proleptic Gregorian calendar
        long d = y - 1;
        int jan1 = (int) Math.floorMod(1 + 5 * Math.floorMod(d, 4L) + 4 * Math.floorMod(d, 100L)
                + 6 * Math.floorMod(d, 400L), 7L);
        return jan1 == 4 || (jan1 == 3 && leap(y)) ? 53 : 52;
    }
}
