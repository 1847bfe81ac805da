package org.taipan.ast;

/**
 * Converts the columns of {@link Pos} (code points from the start of the line) into CPython's
 * columns, which count UTF-8 bytes: what {@code ast} nodes' {@code col_offset} and a code
 * object's {@code co_positions} report (the tokenizer's byte offsets in CPython 3.11).
 *
 * <p>Lines are split at {@code '\n'}, as the tokenizer numbers them; a column past the end of its
 * line counts one byte per missing character. Without a source text (an AST built from Python
 * objects, whose columns are already bytes) or for a source that is all ASCII, columns are
 * returned unchanged.
 */
public final class Utf8Columns {
    private final String source;
    /** Code points of each line, built on the first non-ASCII source's first question; null until then. */
    private int[][] lines;
    private final boolean ascii;

    /** @param source the decoded source the positions refer to, or null */
    public Utf8Columns(String source) {
        this.source = source;
        this.ascii = source == null || source.chars().allMatch(c -> c < 0x80);
    }

    /**
     * The UTF-8 length of the first {@code col} code points of line {@code line} (1-based); a
     * negative column (no position) or a line outside the source unchanged.
     */
    public int of(int line, int col) {
        if (ascii || col <= 0) {
            return col;
        }
        if (lines == null) {
            String[] ls = source.split("\n", -1);
            lines = new int[ls.length][];
            for (int i = 0; i < ls.length; i++) {
                lines[i] = ls[i].codePoints().toArray();
            }
        }
        if (line < 1 || line > lines.length) {
            return col;
        }
        int[] cps = lines[line - 1];
        int bytes = 0;
        for (int i = 0; i < col && i < cps.length; i++) {
            bytes += utf8Length(cps[i]);
        }
        return bytes + Math.max(0, col - cps.length);
    }

    /** As {@link #of} for one line's text: the UTF-8 length of its first {@code col} code points. */
    public static int bytes(String text, int col) {
        int bytes = 0;
        int i = 0;
        int n = 0;
        for (; n < col && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
        }
        return bytes + Math.max(0, col - n);
    }

    /** Bytes of code point {@code c} in UTF-8 (a lone surrogate counts 3, as surrogatepass writes it). */
    public static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    /**
     * The inverse on one line's code points: how many whole characters the first {@code bytes}
     * UTF-8 bytes of {@code cps} hold (CPython's {@code _byte_offset_to_character_offset}, where a
     * character cut by the offset is decoded as one replacement character and counts).
     */
    public static int characters(int[] cps, int bytes) {
        int n = 0, used = 0;
        while (n < cps.length && used < bytes) {
            used += utf8Length(cps[n]);
            n++;
        }
        return n + Math.max(0, bytes - used);
    }
}
