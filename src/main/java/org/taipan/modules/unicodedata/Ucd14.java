package org.taipan.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Unicode 14.0 character properties CPython 3.11's {@code unicodedata} reports and the JDK
 * either lacks (canonical combining class, East Asian width, decomposition with its tag) or has
 * in a newer version: loaded once, on first use, from the resource {@code ucd14.txt} that
 * {@code tools/gen-unicodedata.py} writes (ranges of equal values, and per code point
 * decompositions and numeric values). Immutable after loading, so shared by all interpreters.
 */
final class Ucd14 {
    /** Sorted ranges of one property: starts, ends and values (absent ranges have the default). */
    private record Ranges(int[] first, int[] last, String[] value) {
        String get(int c, String dflt) {
            int lo = 0, hi = first.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < first[mid]) {
                    hi = mid - 1;
                } else if (c > last[mid]) {
                    lo = mid + 1;
                } else {
                    return value[mid];
                }
            }
            return dflt;
        }
    }

    /** Decimal, digit (null when none) and numeric value of a numeric character. */
    record Numeric(Integer decimal, Integer digit, double numeric) {}

    private static volatile Ucd14 instance;

    private final Map<String, Ranges> ranges = new HashMap<>();
    private final Map<Integer, String> decomposition = new HashMap<>();
    private final Map<Integer, Numeric> numeric = new HashMap<>();

    static Ucd14 get() {
        Ucd14 u = instance;
        if (u == null) {
            synchronized (Ucd14.class) {
                if (instance == null) {
                    instance = load();
                }
                u = instance;
            }
        }
        return u;
    }

    private static Ucd14 load() {
        Ucd14 u = new Ucd14();
        Map<String, List<String[]>> raw = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Ucd14.class.getResourceAsStream("ucd14.txt"), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("R ")) {
                    String[] f = line.split(" ", 5);
                    raw.computeIfAbsent(f[1], x -> new ArrayList<>()).add(f);
                } else if (line.startsWith("D ")) {
                    int sp = line.indexOf(' ', 2);
                    u.decomposition.put(Integer.parseInt(line.substring(2, sp), 16), line.substring(sp + 1));
                } else if (line.startsWith("N ")) {
                    String[] f = line.split(" ", -1);
                    u.numeric.put(Integer.parseInt(f[1], 16), new Numeric(f[2].isEmpty() ? null : Integer.valueOf(f[2]),
                            f[3].isEmpty() ? null : Integer.valueOf(f[3]), Double.parseDouble(f[4])));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the Unicode 14 data resource ucd14.txt cannot be read", e);
        }
        for (Map.Entry<String, List<String[]>> e : raw.entrySet()) {
            List<String[]> l = e.getValue();
            int[] first = new int[l.size()];
            int[] last = new int[l.size()];
            String[] value = new String[l.size()];
            for (int i = 0; i < l.size(); i++) {
                first[i] = Integer.parseInt(l.get(i)[2], 16);
                last[i] = Integer.parseInt(l.get(i)[3], 16);
                value[i] = l.get(i)[4];
            }
            u.ranges.put(e.getKey(), new Ranges(first, last, value));
        }
        return u;
    }

    String category(int c) {
        return ranges.get("cat").get(c, "Cn");
    }

    String bidirectional(int c) {
        return ranges.get("bidi").get(c, "");
    }

    int combining(int c) {
        return Integer.parseInt(ranges.get("ccc").get(c, "0"));
    }

    String eastAsianWidth(int c) {
        return ranges.get("eaw").get(c, "N");
    }

    int mirrored(int c) {
        return Integer.parseInt(ranges.get("mir").get(c, "0"));
    }

    String decomposition(int c) {
        return decomposition.getOrDefault(c, "");
    }

    Numeric numeric(int c) {
        return numeric.get(c);
    }
}
