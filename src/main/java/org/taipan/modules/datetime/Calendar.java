package org.taipan.modules.datetime;

import org.taipan.runtime.Errors;

/**
 * The proleptic Gregorian calendar of {@code datetime}: ordinals (day 1 is 0001-01-01), month
 * lengths, weekdays and ISO weeks, for years {@link #MINYEAR}..{@link #MAXYEAR}. All arithmetic is
 * on Java longs; callers check ranges and raise the exceptions CPython's {@code _datetime} raises.
 */
final class Calendar {
    private Calendar() {}

    static final int MINYEAR = 1;
    static final int MAXYEAR = 9999;
    /** The ordinal of 9999-12-31. */
    static final int MAX_ORDINAL = 3652059;

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(long year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    static long daysBeforeYear(long year) {
        long y = year - 1;
        return y * 365 + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
    }

    static int daysBeforeMonth(long year, int month) {
        return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    /** The ordinal of a valid date: 0001-01-01 is 1. */
    static long toOrdinal(long year, int month, int day) {
        return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
    }

    /** {@code {year, month, day}} of an ordinal in 1..MAX_ORDINAL. */
    static int[] fromOrdinal(long ordinal) {
        // Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01; the last day of a 4th year
        // (or of a 400-year cycle) is the leap day's year-end, which the n==4 checks catch.
        long n = ordinal - 1;
        long n400 = Math.floorDiv(n, 146097);
        n = Math.floorMod(n, 146097);
        long n100 = n / 36524;
        n %= 36524;
        long n4 = n / 1461;
        n %= 1461;
        long n1 = n / 365;
        n %= 365;
        long year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
        if (n1 == 4 || n100 == 4) {
            return new int[] {(int) (year - 1), 12, 31};
        }
        int month = (int) ((n + 50) >> 5);
        int before = daysBeforeMonth(year, month);
        if (before > n) {
            month--;
            before = daysBeforeMonth(year, month);
        }
        return new int[] {(int) year, month, (int) (n - before + 1)};
    }

    /** Monday is 0, Sunday is 6. */
    static int weekday(long year, int month, int day) {
        return (int) Math.floorMod(toOrdinal(year, month, day) + 6, 7);
    }

    /** The ordinal of the Monday starting ISO week 1 of {@code year}. */
    static long isoWeek1Monday(long year) {
        long first = daysBeforeYear(year) + 1;
        long firstWeekday = Math.floorMod(first + 6, 7);
        long monday = first - firstWeekday;
        if (firstWeekday > 3) {
            monday += 7;
        }
        return monday;
    }

    /** {@code {isoyear, week, isoweekday}} of a valid date. */
    static int[] isoCalendar(int year, int month, int day) {
        long ord = toOrdinal(year, month, day);
        int y = year;
        long monday = isoWeek1Monday(y);
        long diff = ord - monday;
        if (diff < 0) {
            y--;
            monday = isoWeek1Monday(y);
            diff = ord - monday;
        } else if (diff >= 52 * 7 && ord >= isoWeek1Monday(y + 1)) {
            y++;
            diff = ord - isoWeek1Monday(y);
        }
        return new int[] {y, (int) (diff / 7 + 1), (int) (diff % 7 + 1)};
    }

    /** Raises CPython's ValueError for a date outside the calendar ("year 0 is out of range", ...). */
    static void checkDate(long year, long month, long day) {
        if (year < MINYEAR || year > MAXYEAR) {
            throw Errors.valueError("year %d is out of range", year);
        }
        if (month < 1 || month > 12) {
            throw Errors.valueError("month must be in 1..12");
        }
        if (day < 1 || day > daysInMonth(year, (int) month)) {
            throw Errors.valueError("day is out of range for month");
        }
    }

    /** Raises CPython's ValueError for a time of day outside its ranges, or a fold other than 0 or 1. */
    static void checkTime(long hour, long minute, long second, long microsecond, long fold) {
        if (hour < 0 || hour > 23) {
            throw Errors.valueError("hour must be in 0..23");
        }
        if (minute < 0 || minute > 59) {
            throw Errors.valueError("minute must be in 0..59");
        }
        if (second < 0 || second > 59) {
            throw Errors.valueError("second must be in 0..59");
        }
        if (microsecond < 0 || microsecond > 999999) {
            throw Errors.valueError("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw Errors.valueError("fold must be either 0 or 1");
        }
    }
}
