package org.taipan.modules.pyexpat;

import java.util.function.Consumer;
import org.taipan.ast.Utf8Columns;

/**
 * Character data cut into the pieces expat hands its character-data handler, and gathered as
 * pyexpat's {@code buffer_text} gathers them ({@code my_CharacterDataHandler} and
 * {@code flush_character_buffer} in CPython's Modules/pyexpat.c).
 *
 * <p>The JDK's parser reports a run of text in pieces of its own choosing; expat reports each line
 * end as a piece {@code "\n"} of its own, and when the document is not in UTF-8 or US-ASCII it
 * converts a run to UTF-8 through a 1,024-byte buffer, one piece per buffer filled (characters
 * are not split). Under {@code buffer_text} a piece joins the buffer unless that would pass
 * {@code buffer_size} UTF-8 bytes: then the buffer is delivered first, and a piece longer than the
 * whole buffer is delivered at once.
 */
final class CharacterData {
    /** expat's conversion buffer (XML_Char units, bytes of UTF-8): INIT_DATA_BUF_SIZE in xmlparse.c. */
    private static final int CONVERSION_BYTES = 1024;

    private final StringBuilder buffer = new StringBuilder();
    /** The buffer's length in UTF-8 bytes: pyexpat's {@code buffer_used}. */
    private int used;
    /** Whether pieces are gathered ({@code buffer_text}). */
    boolean buffering;
    /** {@code buffer_size}, in UTF-8 bytes, at least 1. */
    int size = 8192;
    /** Whether the document's text reaches expat in another encoding than UTF-8, so it is converted. */
    boolean converted;

    /**
     * Hands on {@code text}, one run the JDK's parser reported, as expat's pieces.
     *
     * @param handler the character-data handler, read again before each piece (a handler may
     *                replace it), or null when none is set: the text is dropped, as expat calls no one
     */
    void text(String text, java.util.function.Supplier<Consumer<String>> handler) {
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl == start) {
                piece("\n", handler);
                start++;
                continue;
            }
            int end = nl < 0 ? text.length() : nl;
            if (converted) {
                convertedPieces(text, start, end, handler);
            } else {
                piece(text.substring(start, end), handler);
            }
            start = end;
        }
    }

    /** {@code text[start:end]} (no line end) in pieces of at most {@link #CONVERSION_BYTES} UTF-8 bytes. */
    private void convertedPieces(String text, int start, int end,
                                 java.util.function.Supplier<Consumer<String>> handler) {
        int from = start, bytes = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int n = Utf8Columns.utf8Length(cp);
            if (bytes + n > CONVERSION_BYTES) {
                piece(text.substring(from, i), handler);
                from = i;
                bytes = 0;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        piece(text.substring(from, end), handler);
    }

    private void piece(String piece, java.util.function.Supplier<Consumer<String>> handler) {
        Consumer<String> h = handler.get();
        if (h == null) {
            return;
        }
        if (!buffering) {
            h.accept(piece);
            return;
        }
        int n = utf8Length(piece);
        if (used + n > size) {
            flush(h);
            h = handler.get();
            if (h == null) {
                return; // the flush's handler removed itself: the rest is dropped, as in CPython
            }
        }
        if (n > size) {
            h.accept(piece);
        } else {
            buffer.append(piece);
            used += n;
        }
    }

    /** Delivers what is buffered to {@code handler} (when there is any and a handler). */
    void flush(Consumer<String> handler) {
        if (buffer.isEmpty()) {
            return;
        }
        String t = buffer.toString();
        buffer.setLength(0);
        used = 0;
        if (handler != null) {
            handler.accept(t);
        }
    }

    /** {@code buffer_used}: UTF-8 bytes buffered, 0 between calls of Parse. */
    int used() {
        return used;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += Utf8Columns.utf8Length(cp);
            i += Character.charCount(cp);
        }
        return n;
    }
}
