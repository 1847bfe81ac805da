package org.taipan.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A short, readable line diff for test failures: common lines at both ends are trimmed, the
 * middle is aligned by longest common subsequence when small, and at most {@link #MAX_LINES}
 * lines are shown, with a few lines of context.
 */
final class TextDiff {
    static final int MAX_LINES = 60;
    private static final int CONTEXT = 3;
    private static final int MAX_ALIGNED = 2_000;

    private TextDiff() {}

    /**
     * @param expectedBytes, actualBytes the raw bytes when the texts are decoded from bytes
     *        (to report a difference the decoding hid), or null
     */
    static String diff(String expected, String actual, byte[] expectedBytes, byte[] actualBytes) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        if (prefix == a.size() && prefix == b.size()) {
            if (expectedBytes != null && actualBytes != null) {
                return "  (the texts decode equal; the bytes differ first at offset "
                        + Arrays.mismatch(expectedBytes, actualBytes) + ")\n";
            }
            return "  (no line differs)\n";
        }
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, prefix - CONTEXT); i < prefix; i++) {
            out.add("  " + a.get(i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if (midA.size() <= MAX_ALIGNED && midB.size() <= MAX_ALIGNED) {
            align(midA, midB, out);
        } else {
            midA.forEach(line -> out.add("- " + line));
            midB.forEach(line -> out.add("+ " + line));
        }
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + CONTEXT); i++) {
            out.add("  " + a.get(i));
        }
        StringBuilder text = new StringBuilder();
        if (prefix > CONTEXT) {
            text.append("  @@ from line ").append(prefix - CONTEXT + 1).append(" @@\n");
        }
        for (int i = 0; i < out.size() && i < MAX_LINES; i++) {
            text.append(out.get(i)).append('\n');
        }
        if (out.size() > MAX_LINES) {
            text.append("  ... ").append(out.size() - MAX_LINES).append(" more diff lines\n");
        }
        return text.toString();
    }

    /** Lines with a visible end: {@code ⏎} shows no newline at the end of the text. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        } else {
            lines.set(lines.size() - 1, lines.getLast() + "⏎(no newline at end)");
        }
        return lines.stream().map(TextDiff::visible).toList();
    }

    /** Makes trailing blanks and control characters visible. */
    private static String visible(String line) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\n' || (c >= ' ' && c != 0x7f)) {
                s.append(c);
            } else {
                s.append(String.format("\\x%02x", (int) c));
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < s.length()) {
            s.append("·(trailing blanks)");
        }
        return s.toString();
    }

    /** Longest-common-subsequence alignment of two small line lists. */
    private static void align(List<String> a, List<String> b, List<String> out) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a.get(i++));
            } else {
                out.add("+ " + b.get(j++));
            }
        }
    }
}
