package org.taipan.modules.pyexpat;

/**
 * Where expat stands during a start or end tag's handler: at the tag's {@code <}
 * ({@code CurrentLineNumber}, {@code CurrentColumnNumber}, {@code CurrentByteIndex}; expat's
 * XML_GetCurrentLineNumber and friends), where the JDK's parser reports the position just past the
 * tag's {@code >}. An empty-element tag's end is reported past it by both.
 *
 * <p>The document's bytes are read alongside the events: a cursor moves forward to each event's
 * position, counting lines, columns (characters) and bytes, and the tag's start is found back from
 * there (no {@code <} can occur inside a tag, nor inside a multi-byte UTF-8 sequence). Bytes behind
 * the previous event are dropped, so a document fed in pieces is not kept whole, and one given
 * whole is not copied. Only documents whose bytes are UTF-8 (or US-ASCII) or ISO-8859-1 are
 * followed; for others the positions stay the JDK's and the byte index is unknown.
 */
final class EventPositions {
    /** How the bytes encode characters: UTF-8, ISO-8859-1, or not followed. */
    enum Encoding { UTF_8, LATIN_1, NONE }

    /** Chunks beyond this many kept bytes behind the cursor are dropped. */
    private static final int KEEP = 65_536;

    private final Encoding encoding;
    /** The kept bytes: {@code bytes[0:length]}, the document's bytes from index {@link #base} on. */
    private byte[] bytes = new byte[0];
    private int length;
    /** Whether {@link #bytes} is this object's own array (else the caller's, never written). */
    private boolean owned;
    private long base;
    /** The column at {@link #base} (the line may have begun before the kept bytes). */
    private int baseColumn;
    private boolean first = true;
    /**
     * The cursor: index in the document's bytes, its line (from 1) and column (from 0) in
     * characters as expat counts them, and in UTF-16 units as the JDK's parser counts them (a
     * character outside the BMP is two).
     */
    private long index;
    private int line = 1, column, jdkColumn;
    /** Columns expat counts on the first line that the JDK's parser does not: a byte order mark. */
    private int firstLineShift;
    /** Whether the last character passed was a {@code \r} (a {@code \n} after it ends no second line). */
    private boolean afterCr;

    EventPositions(Encoding encoding) {
        this.encoding = encoding;
    }

    /** Adds the document's next bytes, as given to the JDK's parser (kept, not copied, when nothing is kept yet). */
    void append(byte[] piece) {
        if (encoding == Encoding.NONE) {
            return;
        }
        if (first) {
            first = false;
            if (encoding == Encoding.UTF_8 && piece.length >= 3 && (piece[0] & 0xff) == 0xEF
                    && (piece[1] & 0xff) == 0xBB && (piece[2] & 0xff) == 0xBF) {
                firstLineShift = 1; // a byte order mark: a column for expat, nothing for the JDK's parser
                index = 3;
            }
        }
        int kept = (int) (index - base);
        if (length == 0) {
            bytes = piece;
            length = piece.length;
            owned = false;
            return;
        }
        int from = kept > KEEP ? kept : 0; // what lies behind the cursor is no longer looked at
        if (!owned || length - from + piece.length > bytes.length) {
            byte[] grown = new byte[Math.max(length - from + piece.length, 2 * (length - from))];
            System.arraycopy(bytes, from, grown, 0, length - from);
            bytes = grown;
            owned = true;
        } else if (from > 0) {
            System.arraycopy(bytes, from, bytes, 0, length - from);
        }
        if (from > 0) {
            length -= from;
            base += from;
            baseColumn = column;
        }
        System.arraycopy(piece, 0, bytes, length, piece.length);
        length += piece.length;
    }

    /**
     * Moves to the JDK's position (line from 1, column from 0) of the tag an event was reported
     * at, and answers expat's position for that event: {line, column, byte index} of the tag's
     * {@code <}, or of the position itself when {@code atEnd} (an empty-element tag's end), or
     * null when the kept bytes do not reach it.
     */
    long[] tagStart(int jdkLine, int jdkColumn, boolean atEnd) {
        if (encoding == Encoding.NONE || !advanceTo(jdkLine, jdkColumn)) {
            return null;
        }
        if (atEnd) {
            return here();
        }
        int at = (int) (index - base);
        int lt = at - 1;
        while (lt >= 0 && bytes[lt] != '<') {
            lt--;
        }
        if (lt < 0) {
            return null;
        }
        // count back from the cursor to the '<': its line, and its column
        int lines = 0;
        int chars = 0;
        for (int i = at - 1; i >= lt; i--) {
            int b = bytes[i] & 0xff;
            if (b == '\n' || b == '\r' && !(i + 1 < length && bytes[i + 1] == '\n')) {
                lines++;
            }
            if (lines == 0 && isCharStart(b)) {
                chars++;
            }
        }
        int col;
        if (lines == 0) {
            col = column - chars;
        } else {
            col = 0;
            int i = lt - 1;
            for (; i >= 0 && bytes[i] != '\n' && bytes[i] != '\r'; i--) {
                if (isCharStart(bytes[i] & 0xff)) {
                    col++;
                }
            }
            if (i < 0) {
                col += baseColumn; // the line began before the kept bytes
            }
        }
        int tagLine = line - lines;
        return new long[] {tagLine, Math.max(0, col) + (tagLine == 1 ? firstLineShift : 0), base + lt};
    }

    /**
     * {@link #tagStart}, or when the JDK's position cannot be followed (after entity expansions
     * it can be a column off), the next tag {@code <name} ({@code </name} for an end tag) after
     * the cursor; null when neither is found.
     */
    long[] tagStart(int jdkLine, int jdkColumn, boolean atEnd, String name, boolean endTag) {
        long[] found = tagStart(jdkLine, jdkColumn, atEnd);
        if (found != null || atEnd || encoding == Encoding.NONE) {
            return found;
        }
        byte[] open = ((endTag ? "</" : "<") + name).getBytes(encoding == Encoding.UTF_8
                ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int at = (int) (index - base); at + open.length < length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + open.length, open, 0, open.length)
                    && isTagNameEnd(bytes[at + open.length])) {
                while (index - base < at) {
                    step();
                }
                long[] tag = here();
                int close = tagClose(at);
                while (close > 0 && index - base <= close) {
                    step();
                }
                return tag;
            }
        }
        return null;
    }

    private static boolean isTagNameEnd(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** The index of the {@code >} closing the tag that starts at {@code at} (quoted values skipped), or -1. */
    private int tagClose(int at) {
        byte quote = 0;
        for (int i = at + 1; i < length; i++) {
            byte b = bytes[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Expat's position of the next reference {@code &name;} in the kept bytes, where it stands for
     * every event of the entity's replacement text (the JDK's parser reports those at positions
     * in the entity's own text); null when there is none.
     */
    long[] referenceStart(String name) {
        if (encoding == Encoding.NONE) {
            return null;
        }
        byte[] ref = ("&" + name + ";").getBytes(encoding == Encoding.UTF_8
                ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.StandardCharsets.ISO_8859_1);
        int from = (int) (index - base);
        if (from > 0 && bytes[from - 1] == '&' && from - 1 + ref.length <= length
                && java.util.Arrays.equals(bytes, from - 1, from - 1 + ref.length, ref, 0, ref.length)) {
            // the JDK's position of the tag before was past this reference's '&'
            long[] amp = {line, column - 1 + (line == 1 ? firstLineShift : 0), index - 1};
            while (index - base < from - 1 + ref.length) {
                step();
            }
            return amp;
        }
        for (int at = from; at + ref.length <= length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + ref.length, ref, 0, ref.length)) {
                while (index - base < at) {
                    step();
                }
                long[] amp = here();
                while (index - base < at + ref.length) {
                    step(); // past the reference, so that the next one is found next
                }
                return amp;
            }
        }
        return null;
    }

    private long[] here() {
        return new long[] {line, column + (line == 1 ? firstLineShift : 0), index};
    }

    /** Whether the position (line, column) was reached; moves the cursor there (never back). */
    private boolean advanceTo(int toLine, int toColumn) {
        long savedIndex = index;
        int savedLine = line, savedColumn = column, savedJdkColumn = jdkColumn;
        boolean savedCr = afterCr;
        while (line < toLine || line == toLine && jdkColumn < toColumn) {
            if (index - base >= length) {
                index = savedIndex; // not reached: the cursor stays where it was
                line = savedLine;
                column = savedColumn;
                jdkColumn = savedJdkColumn;
                afterCr = savedCr;
                return false;
            }
            step();
        }
        // a character's continuation bytes belong before the position
        while (index - base < length && !isCharStart(bytes[(int) (index - base)] & 0xff)) {
            index++;
        }
        return line == toLine && jdkColumn == toColumn;
    }

    /** Moves the cursor over one byte of the kept bytes. */
    private void step() {
        int b = bytes[(int) (index - base)] & 0xff;
        index++;
        if (b == '\n') {
            if (!afterCr) {
                line++;
                column = 0;
                jdkColumn = 0;
            }
            afterCr = false;
        } else if (b == '\r') {
            line++;
            column = 0;
            jdkColumn = 0;
            afterCr = true;
        } else {
            afterCr = false;
            if (isCharStart(b)) {
                column++;
                jdkColumn += encoding == Encoding.UTF_8 && b >= 0xF0 ? 2 : 1;
            }
        }
    }

    /** Whether byte {@code b} begins a character (not a UTF-8 continuation byte). */
    private boolean isCharStart(int b) {
        return encoding == Encoding.LATIN_1 || (b & 0xC0) != 0x80;
    }
}
