package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StringSearch} and {@link TwoWaySearch} against a naive search: every needle over small
 * alphabets, periodic and random texts, every start offset, forwards and backwards.
 */
class StringSearchTest {
    private static int naive(int[] h, int[] n, int from, int to) {
        for (int i = from; i + n.length <= to; i++) {
            if (java.util.Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int naiveLast(int[] h, int[] n, int from, int to) {
        for (int i = to - n.length; i >= from; i--) {
            if (java.util.Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] random(Random r, int length, int alphabet) {
        int[] a = new int[length];
        for (int i = 0; i < length; i++) {
            a[i] = 'a' + r.nextInt(alphabet);
        }
        return a;
    }

    private static String string(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int c : a) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    private static byte[] bytes(int[] a) {
        byte[] b = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = (byte) a[i];
        }
        return b;
    }

    /** A text made of a random unit repeated, with a few random changes: many near misses. */
    private static int[] periodic(Random r, int length, int alphabet) {
        int[] unit = random(r, 1 + r.nextInt(5), alphabet);
        int[] a = new int[length];
        for (int i = 0; i < length; i++) {
            a[i] = unit[i % unit.length];
        }
        for (int k = r.nextInt(3); k > 0 && length > 0; k--) {
            a[r.nextInt(length)] = 'a' + r.nextInt(alphabet);
        }
        return a;
    }

    @Test
    void twoWayFindsEveryNeedleOfSmallAlphabets() {
        Random r = new Random(1);
        for (int trial = 0; trial < 3000; trial++) {
            int alphabet = 1 + r.nextInt(3);
            int[] h = r.nextBoolean() ? random(r, r.nextInt(60), alphabet) : periodic(r, r.nextInt(200), alphabet);
            int[] n;
            if (h.length > 0 && r.nextBoolean()) {
                int at = r.nextInt(h.length);
                n = java.util.Arrays.copyOfRange(h, at, Math.min(h.length, at + 1 + r.nextInt(40)));
                if (r.nextBoolean()) {
                    n[r.nextInt(n.length)] = 'a' + r.nextInt(alphabet);
                }
            } else {
                n = r.nextBoolean() ? random(r, 1 + r.nextInt(12), alphabet) : periodic(r, 1 + r.nextInt(40), alphabet);
            }
            TwoWaySearch tw = new TwoWaySearch(n);
            int[] text = h;
            TwoWaySearch.Text view = new TwoWaySearch.Text(text.length) {
                @Override
                int at(int k) {
                    return text[k];
                }
            };
            for (int from = 0; from <= h.length; from++) {
                assertEquals(naive(h, n, from, h.length), tw.indexIn(view, from),
                        () -> string(n) + " in " + string(h));
            }
        }
    }

    @Test
    void entryPointsMatchNaiveSearch() {
        Random r = new Random(2);
        for (int trial = 0; trial < 4000; trial++) {
            int alphabet = 1 + r.nextInt(3);
            int[] h = periodic(r, r.nextInt(400), alphabet);
            int[] n = periodic(r, r.nextInt(80), alphabet);
            if (r.nextBoolean() && n.length > 0) {
                n[r.nextBoolean() ? 0 : n.length - 1] = 'a' + r.nextInt(alphabet);
            }
            int from = r.nextInt(h.length + 1), to = from + r.nextInt(h.length - from + 1);
            String hs = string(h), ns = string(n);
            byte[] hb = bytes(h), nb = bytes(n);
            int first = naive(h, n, from, to), last = naiveLast(h, n, from, to);
            String what = ns + " in " + hs + "[" + from + ":" + to + "]";
            assertEquals(first, StringSearch.indexOf(hs, ns, from, to), what);
            assertEquals(last, StringSearch.lastIndexOf(hs, ns, from, to), what);
            assertEquals(first, StringSearch.indexOf(hb, nb, from, to), what);
            assertEquals(last, StringSearch.lastIndexOf(hb, nb, from, to), what);
            assertEquals(first, StringSearch.indexOf(h, n, from, to), what);
        }
    }

    @Test
    void byteSearchHandlesEveryByteValueAndAlignment() {
        Random r = new Random(3);
        int[] values = {0x00, 0x01, 0x7f, 0x80, 0x81, 0xfe, 0xff};
        for (int trial = 0; trial < 3000; trial++) {
            int[] h = new int[r.nextInt(70)];
            for (int i = 0; i < h.length; i++) {
                h[i] = values[r.nextInt(values.length)];
            }
            int[] n = new int[1 + r.nextInt(3)];
            for (int i = 0; i < n.length; i++) {
                n[i] = values[r.nextInt(values.length)];
            }
            int from = r.nextInt(h.length + 1), to = from + r.nextInt(h.length - from + 1);
            byte[] hb = bytes(h), nb = bytes(n);
            assertEquals(naive(h, n, from, to), StringSearch.indexOf(hb, nb, from, to));
            assertEquals(naiveLast(h, n, from, to), StringSearch.lastIndexOf(hb, nb, from, to));
        }
    }

    @Test
    void pathologicalInputsFallBackAndStayCorrect() {
        String h = "a".repeat(200_000) + "b" + "a".repeat(50);
        String n = "a".repeat(5000) + "b";
        assertEquals(195_000, StringSearch.indexOf(h, n, 0, h.length()));
        assertEquals(-1, StringSearch.indexOf(h, n, 0, 200_000));
        assertEquals(200_000, StringSearch.lastIndexOf(h, "b" + "a".repeat(50), 0, h.length()));
        assertEquals(-1, StringSearch.lastIndexOf(h, "b" + "a".repeat(5000), 0, h.length()));
        byte[] hb = h.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] nb = n.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(195_000, StringSearch.indexOf(hb, nb, 0, hb.length));
        assertEquals(1, StringSearch.count(hb, nb, 0, hb.length, Long.MAX_VALUE));
        assertEquals(40, StringSearch.count(h, "a".repeat(5000), 0, h.length(), Long.MAX_VALUE));
    }
}
