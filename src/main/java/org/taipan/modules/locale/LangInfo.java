package org.taipan.modules.locale;

import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;

/**
 * {@code nl_langinfo} keys (glibc's {@code nl_item} values) and their answers in the C and
 * C.UTF-8 locales, which differ only in {@code CODESET}.
 */
final class LangInfo {
    private LangInfo() {}

    private static final int CODESET = 14;

    /** Name, glibc value, C-locale answer. */
    private static final String[][] ITEMS = {
        {"ABDAY_1", "131072", "Sun"},
        {"ABDAY_2", "131073", "Mon"},
        {"ABDAY_3", "131074", "Tue"},
        {"ABDAY_4", "131075", "Wed"},
        {"ABDAY_5", "131076", "Thu"},
        {"ABDAY_6", "131077", "Fri"},
        {"ABDAY_7", "131078", "Sat"},
        {"DAY_1", "131079", "Sunday"},
        {"DAY_2", "131080", "Monday"},
        {"DAY_3", "131081", "Tuesday"},
        {"DAY_4", "131082", "Wednesday"},
        {"DAY_5", "131083", "Thursday"},
        {"DAY_6", "131084", "Friday"},
        {"DAY_7", "131085", "Saturday"},
        {"ABMON_1", "131086", "Jan"},
        {"ABMON_2", "131087", "Feb"},
        {"ABMON_3", "131088", "Mar"},
        {"ABMON_4", "131089", "Apr"},
        {"ABMON_5", "131090", "May"},
        {"ABMON_6", "131091", "Jun"},
        {"ABMON_7", "131092", "Jul"},
        {"ABMON_8", "131093", "Aug"},
        {"ABMON_9", "131094", "Sep"},
        {"ABMON_10", "131095", "Oct"},
        {"ABMON_11", "131096", "Nov"},
        {"ABMON_12", "131097", "Dec"},
        {"MON_1", "131098", "January"},
        {"MON_2", "131099", "February"},
        {"MON_3", "131100", "March"},
        {"MON_4", "131101", "April"},
        {"MON_5", "131102", "May"},
        {"MON_6", "131103", "June"},
        {"MON_7", "131104", "July"},
        {"MON_8", "131105", "August"},
        {"MON_9", "131106", "September"},
        {"MON_10", "131107", "October"},
        {"MON_11", "131108", "November"},
        {"MON_12", "131109", "December"},
        {"AM_STR", "131110", "AM"},
        {"PM_STR", "131111", "PM"},
        {"D_T_FMT", "131112", "%a %b %e %H:%M:%S %Y"},
        {"D_FMT", "131113", "%m/%d/%y"},
        {"T_FMT", "131114", "%H:%M:%S"},
        {"T_FMT_AMPM", "131115", "%I:%M:%S %p"},
        {"ERA", "131116", ""},
        {"ERA_D_FMT", "131118", ""},
        {"ERA_D_T_FMT", "131120", ""},
        {"ERA_T_FMT", "131121", ""},
        {"ALT_DIGITS", "131119", ""},
        {"RADIXCHAR", "65536", "."},
        {"THOUSEP", "65537", ""},
        {"YESEXPR", "327680", "^[yY]"},
        {"NOEXPR", "327681", "^[nN]"},
        {"CRNCYSTR", "262159", "-"},
        {"CODESET", "14", "UTF-8"},
        {"_DATE_FMT", "131180", "%a %b %e %H:%M:%S %Z %Y"},
    };

    static void addConstants(PyModule m) {
        for (String[] item : ITEMS) {
            m.set(item[0], PyInt.of(Integer.parseInt(item[1])));
        }
    }

    /** The answer for {@code key}, or null for an unknown key. */
    static String value(int key, boolean utf8) {
        if (key == CODESET) {
            return utf8 ? "UTF-8" : "ANSI_X3.4-1968";
        }
        for (String[] item : ITEMS) {
            if (Integer.parseInt(item[1]) == key) {
                return item[2];
            }
        }
        return null;
    }
}
