package org.taipan.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unicode 3.2.0 as CPython 3.11's {@code unicodedata.ucd_3_2_0} reports it (IDNA's nameprep and
 * {@code stringprep} use it): the 14.0 data of {@link Ucd14} with the differences the resource
 * {@code ucd32.txt} lists ({@code tools/gen-ucd32.py} writes it from CPython): the code points
 * unassigned in 3.2.0 (category {@code Cn}, no name, no decomposition, no numeric value), older
 * values of category, bidirectional class, East Asian width, mirroring and decimal value, and five
 * CJK compatibility ideographs whose normalization was corrected after 3.2.0. Immutable after
 * loading, so shared by all interpreters.
 */
final class Ucd32 {
    private static volatile Ucd32 instance;

    /** Sorted, disjoint ranges of code points, each with a value (null for the unassigned set). */
    private record Ranges(int[] first, int[] last, String[] value) {
        /** The value of the range holding {@code c}, or null (also for the unassigned set's ranges). */
        String get(int c) {
            int i = find(c);
            return i < 0 ? null : value[i];
        }

        int find(int c) {
            int lo = 0, hi = first.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < first[mid]) {
                    hi = mid - 1;
                } else if (c > last[mid]) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        static Ranges of(List<String[]> rows, int from) {
            int n = rows.size();
            int[] first = new int[n];
            int[] last = new int[n];
            String[] value = new String[n];
            for (int i = 0; i < n; i++) {
                String[] f = rows.get(i);
                first[i] = Integer.parseInt(f[from], 16);
                last[i] = Integer.parseInt(f[from + 1], 16);
                value[i] = f.length > from + 2 ? f[from + 2] : null;
            }
            return new Ranges(first, last, value);
        }
    }

    private Ranges unassigned;
    private final Map<String, Ranges> changed = new HashMap<>();
    private final Map<Integer, Integer> mapped = new HashMap<>();

    static Ucd32 get() {
        Ucd32 u = instance;
        if (u == null) {
            synchronized (Ucd32.class) {
                if (instance == null) {
                    instance = load();
                }
                u = instance;
            }
        }
        return u;
    }

    private static Ucd32 load() {
        Ucd32 u = new Ucd32();
        List<String[]> unassigned = new ArrayList<>();
        Map<String, List<String[]>> changed = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Ucd32.class.getResourceAsStream("ucd32.txt"), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "U" -> unassigned.add(f);
                    case "R" -> changed.computeIfAbsent(f[1], x -> new ArrayList<>()).add(f);
                    case "M" -> u.mapped.put(Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16));
                    default -> throw new IOException("bad line: " + line);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the Unicode 3.2 data resource ucd32.txt cannot be read", e);
        }
        u.unassigned = Ranges.of(unassigned, 1);
        for (Map.Entry<String, List<String[]>> e : changed.entrySet()) {
            u.changed.put(e.getKey(), Ranges.of(e.getValue(), 2));
        }
        return u;
    }

    /** Whether {@code c} was not yet assigned in Unicode 3.2.0 (but is in 14.0). */
    boolean unassigned(int c) {
        return unassigned.find(c) >= 0;
    }

    /**
     * The 3.2.0 value of {@code prop} (cat, bidi, eaw, mir, dec) for an assigned code point, or
     * null when it is 14.0's. For dec, {@code "-"} means no decimal value.
     */
    String changed(String prop, int c) {
        Ranges r = changed.get(prop);
        return r == null ? null : r.get(c);
    }

    /**
     * {@code ucd_3_2_0.normalize(form, s)}: code points unassigned in 3.2.0 are left as they are
     * (the decomposition steps skip them, so the text between them is normalized piece by piece),
     * the corrected ideographs map to their 3.2.0 targets, and the composing forms then compose
     * with the current tables, as CPython's do.
     */
    String normalize(String s, Normalizer.Form form) {
        boolean compose = form == Normalizer.Form.NFC || form == Normalizer.Form.NFKC;
        Normalizer.Form decompose = form == Normalizer.Form.NFC || form == Normalizer.Form.NFD
                ? Normalizer.Form.NFD : Normalizer.Form.NFKD;
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Integer target = mapped.get(c);
            if (target != null) {
                piece.appendCodePoint(target);
            } else if (unassigned(c)) {
                out.append(Normalizer.normalize(piece, decompose)).appendCodePoint(c);
                piece.setLength(0);
            } else {
                piece.appendCodePoint(c);
            }
        }
        out.append(Normalizer.normalize(piece, decompose));
        if (!compose) {
            return out.toString();
        }
        // composing decomposes canonically again: a kept code point's own decomposition is 14.0's there
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
