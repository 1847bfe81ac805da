package org.taipan.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up {@code \N{name}} escapes as CPython's {@code unicodedata} name database does: names are
 * case-insensitive; CJK unified ideographs and Hangul syllables have algorithmic names; the
 * Unicode name aliases (such as {@code LATIN CAPITAL LETTER GHA} or {@code NBSP}) that Java does
 * not know come from the resource {@code name-aliases.txt}.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** Loaded on first use: most programs never write a {@code \N} escape. */
    private static final class Aliases {
        static final Map<String, Integer> MAP = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> map = new HashMap<>();
            try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt")) {
                if (in == null) {
                    return map;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int semi = line.indexOf(';');
                    if (!line.startsWith("#") && semi > 0) {
                        map.put(line.substring(0, semi), Integer.parseInt(line.substring(semi + 1).strip(), 16));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return map;
        }
    }

    /** The code point named {@code name}, or -1 (also used by the {@code unicode_escape} codec). */
    public static int lookup(String name) {
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = upper.substring("CJK UNIFIED IDEOGRAPH-".length());
            if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0
                    && c < 128)) {
                return -1;
            }
            int cp = Integer.parseInt(hex, 16);
            return Character.isIdeographic(cp) && Character.getType(cp) == Character.OTHER_LETTER ? cp : -1;
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring("HANGUL SYLLABLE ".length()));
        }
        if (upper.startsWith("CJK UNIFIED IDEOGRAPHS") || upper.startsWith("HANGUL SYLLABLES")) {
            return -1; // Java's own spelling of the algorithmic names, unknown to Python
        }
        Integer alias = Aliases.MAP.get(upper);
        if (alias != null) {
            return alias;
        }
        try {
            return Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * The name of code point {@code c} as {@code unicodedata.name} gives it (algorithmic names for
     * CJK ideographs and Hangul syllables), or null for unnamed ones (controls, unassigned,
     * surrogates, private use); used by the {@code namereplace} error handler.
     */
    public static String name(int c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return null;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int s = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        String name = Character.getName(c);
        if (name == null) {
            return null;
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) {
            return String.format("CJK UNIFIED IDEOGRAPH-%04X", c);
        }
        if (name.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) {
            return String.format("CJK COMPATIBILITY IDEOGRAPH-%04X", c);
        }
        return name;
    }

    private static int hangul(String rest) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!rest.startsWith(JAMO_L[l])) {
                continue;
            }
            String afterL = rest.substring(JAMO_L[l].length());
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!afterL.startsWith(JAMO_V[v])) {
                    continue;
                }
                String afterV = afterL.substring(JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (afterV.equals(JAMO_T[t])) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
