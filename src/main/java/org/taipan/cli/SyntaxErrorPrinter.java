package org.taipan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.taipan.parse.SyntaxErrorException;

/**
 * Prints a {@code SyntaxError} (or {@code IndentationError}, {@code TabError}) that stopped a
 * program before it ran, exactly as CPython 3.11 prints one on {@code stderr} for a script:
 * <pre>
 *   File "/abs/x.py", line 2
 *     return 1 +
 *               ^
 * SyntaxError: invalid syntax
 * </pre>
 * This follows {@code print_exception} and {@code print_error_text} in CPython 3.11's
 * {@code Python/pythonrun.c}, including its quirks: the source line loses its leading spaces,
 * tabs and form feeds; the caret line is indented with plain spaces; an error spanning several
 * lines is underlined to the end of its first; only a plain {@code SyntaxError} is underlined
 * over its whole range (its subclasses get one caret); no caret is printed when the offset points
 * into the stripped indentation; the text is measured in UTF-8 bytes where CPython measures it
 * so. An error without a line number (a decoding error) is only its last line.
 */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    /** The complete report for {@code e}, lines ending in {@code \n}. */
    public static String format(SyntaxErrorException e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        print(e, out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes the report for {@code e} to {@code err} (UTF-8) and flushes it. */
    public static void print(SyntaxErrorException e, PrintStream err) {
        if (e.lineno > 0) {
            String filename = e.filename != null ? e.filename : "<string>";
            write(err, "  File \"" + filename + "\", line " + e.lineno + "\n");
            if (e.text != null) {
                printErrorText(err, e);
            }
        }
        String msg = e.msg == null ? "" : e.msg;
        write(err, e.kind.pythonName + (msg.isEmpty() ? "" : ": " + msg) + "\n");
        err.flush();
    }

    private static void printErrorText(PrintStream err, SyntaxErrorException e) {
        byte[] text = e.text.getBytes(StandardCharsets.UTF_8);
        int lineSize = text.length;
        long offset = e.fileModeOffset(); // a script run reads the file as CPython's file tokenizer does
        long endOffset;
        long endLineno;
        if (e.kind == SyntaxErrorException.Kind.SYNTAX_ERROR) {
            endLineno = e.endLineno > 0 ? e.endLineno : e.lineno;
            endOffset = e.endOffset > 0 ? e.endOffset : -1;
        } else {
            endLineno = e.lineno;
            endOffset = -1;
        }
        if (endLineno > e.lineno) {
            endOffset = lineSize;
        }
        if (endOffset > lineSize + 1) {
            endOffset = lineSize + 1;
        }
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

        int start = 0;
        offset--;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // A text holding several lines: show the one the offset falls in.
        for (int nl = indexOf(text, start, (byte) '\n'); nl >= 0; nl = indexOf(text, start, (byte) '\n')) {
            int inLine = nl - start;
            if (inLine >= offset) {
                break;
            }
            inLine++;
            start += inLine;
            len -= inLine;
            offset -= inLine;
        }
        err.write(' ');
        err.write(' ');
        err.write(' ');
        err.write(' ');
        err.write(text, start, text.length - start);
        if (start + len >= text.length || text[start + len] != '\n') {
            err.write('\n');
        }
        if (offset < 0) {
            return;
        }
        StringBuilder caretLine = new StringBuilder("    ");
        caretLine.repeat(' ', (int) offset);
        caretLine.repeat('^', (int) Math.min(carets, Integer.MAX_VALUE / 2));
        caretLine.append('\n');
        write(err, caretLine.toString());
    }

    private static int indexOf(byte[] text, int from, byte b) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void write(PrintStream out, String s) {
        out.write(s.getBytes(StandardCharsets.UTF_8), 0, s.getBytes(StandardCharsets.UTF_8).length);
    }
}
