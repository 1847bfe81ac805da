package org.taipan.compile;

import java.nio.charset.StandardCharsets;
import org.taipan.ast.Pos;
import org.taipan.parse.SyntaxErrorException;

/**
 * Builds the {@code SyntaxError}s of the symbol-table passes with CPython's positions.
 *
 * <p>CPython reports these errors with {@code PyErr_RangedSyntaxLocationObject(col_offset + 1)},
 * where the AST column is a UTF-8 byte offset, so on a line with non-ASCII text before the
 * node the offset counts bytes, not characters. Our AST columns count code points; when the
 * source is known we convert, so offsets match CPython's exactly, and we fill {@code text}
 * with the source line. Without source we report code-point offsets and no text.
 */
final class ScopeErrorReporter {
    private final String filename;
    private final String[] lines;

    ScopeErrorReporter(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? null : source.split("\r\n|\r|\n", -1);
    }

    SyntaxErrorException at(String msg, Pos pos) {
        int offset = pos.col() + 1;
        int endOffset = pos.endCol() + 1;
        String text = null;
        if (lines != null) {
            offset = byteColumn(pos.line(), pos.col()) + 1;
            endOffset = byteColumn(pos.endLine(), pos.endCol()) + 1;
            if (pos.line() >= 1 && pos.line() <= lines.length) {
                text = lines[pos.line() - 1] + "\n";
            }
        }
        return SyntaxErrorException.syntax(msg, filename, pos.line(), offset, pos.endLine(), endOffset, text);
    }

    /**
     * An error located as {@code PyErr_SyntaxLocationObject} locates it: a statement's start
     * column (UTF-8 bytes when the source is known) plus {@code plus}, and no end column
     * ({@code end_offset} None, {@link SyntaxErrorException#NO_END_OFFSET} here).
     */
    SyntaxErrorException atStatementStart(String msg, Pos pos, int plus) {
        int offset = pos.col() + plus;
        String text = null;
        if (lines != null) {
            offset = byteColumn(pos.line(), pos.col()) + plus;
            if (pos.line() >= 1 && pos.line() <= lines.length) {
                text = lines[pos.line() - 1] + "\n";
            }
        }
        return SyntaxErrorException.syntax(msg, filename, pos.line(), offset, pos.line(),
                SyntaxErrorException.NO_END_OFFSET, text);
    }

    private int byteColumn(int line, int col) {
        if (line < 1 || line > lines.length) {
            return col;
        }
        String s = lines[line - 1];
        int chars = s.offsetByCodePoints(0, Math.min(col, s.codePointCount(0, s.length())));
        int extra = col - s.codePointCount(0, chars);
        return s.substring(0, chars).getBytes(StandardCharsets.UTF_8).length + Math.max(extra, 0);
    }
}
