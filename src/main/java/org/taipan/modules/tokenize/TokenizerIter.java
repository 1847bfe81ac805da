package org.taipan.modules.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.parse.Token;
import org.taipan.parse.TokenKind;
import org.taipan.parse.Tokenizer;
import org.taipan.parse.WarningSink;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.SyntaxErrors;

/**
 * A {@code _tokenize.TokenizerIter}: the tokens of a str as CPython 3.11's
 * {@code tokenizeriter_next} yields them, each a tuple
 * {@code (string, type, lineno, end_lineno, col_offset, end_col_offset, line)}:
 *
 * <ul>
 *   <li>{@code string} is the token's source text as written (a name is not NFKC-normalised); a
 *       NEWLINE's is "" or, after a trailing comment, the comment; INDENT and DEDENT have "".
 *   <li>{@code type} is the exact type of {@code token}: EQUAL, LPAR, ... for operators, OP for a
 *       character that is no operator ({@code $}), ASYNC and AWAIT for those keywords.
 *   <li>Columns count UTF-8 bytes from the start of their physical line (a multi-line string's
 *       start from its first line); INDENT and DEDENT have -1 for both.
 *   <li>{@code line} is what CPython's tokenizer buffer holds: the current physical line, preceded
 *       by the lines joined to it by a backslash or by a string spanning them.
 * </ul>
 *
 * <p>No COMMENT, NL or ENDMARKER tokens; an empty or blank source yields nothing. An error the
 * tokenizer raises itself (unterminated string, invalid character, bad number, unmatched bracket)
 * propagates as its SyntaxError; one CPython's tokenizer only reports as a status code for the
 * parser (bad indentation, unclosed bracket at the end, a stray backslash) ends the iteration
 * silently, as 3.11 does.
 */
final class TokenizerIter extends PyObject {
    /** CPython 3.11's {@code token} numbers for the kinds the tokenizer produces. */
    private static final int NAME = 1;
    private static final int NUMBER = 2;
    private static final int STRING = 3;
    private static final int NEWLINE = 4;
    private static final int INDENT = 5;
    private static final int DEDENT = 6;
    private static final int NOTEQUAL = 28;
    private static final int OP = 54;
    private static final int AWAIT = 55;
    private static final int ASYNC = 56;

    /** {@code token.EXACT_TOKEN_TYPES} of 3.11 (and {@code <>}, which the C tokenizer reads as NOTEQUAL). */
    private static final Map<String, Integer> EXACT_TYPES = Map.ofEntries(
            Map.entry("(", 7), Map.entry(")", 8), Map.entry("[", 9), Map.entry("]", 10), Map.entry(":", 11),
            Map.entry(",", 12), Map.entry(";", 13), Map.entry("+", 14), Map.entry("-", 15), Map.entry("*", 16),
            Map.entry("/", 17), Map.entry("|", 18), Map.entry("&", 19), Map.entry("<", 20), Map.entry(">", 21),
            Map.entry("=", 22), Map.entry(".", 23), Map.entry("%", 24), Map.entry("{", 25), Map.entry("}", 26),
            Map.entry("==", 27), Map.entry("!=", NOTEQUAL), Map.entry("<>", NOTEQUAL), Map.entry("<=", 29),
            Map.entry(">=", 30), Map.entry("~", 31), Map.entry("^", 32), Map.entry("<<", 33), Map.entry(">>", 34),
            Map.entry("**", 35), Map.entry("+=", 36), Map.entry("-=", 37), Map.entry("*=", 38), Map.entry("/=", 39),
            Map.entry("%=", 40), Map.entry("&=", 41), Map.entry("|=", 42), Map.entry("^=", 43), Map.entry("<<=", 44),
            Map.entry(">>=", 45), Map.entry("**=", 46), Map.entry("//", 47), Map.entry("//=", 48), Map.entry("@", 49),
            Map.entry("@=", 50), Map.entry("->", 51), Map.entry("...", 52), Map.entry(":=", 53));

    private final PyType type;
    private final Tokenizer tokenizer;
    /** The newline-normalised source's physical lines, each with its "\n", as the tokenizer reads them. */
    private final String[] lines;
    private boolean done;

    /** 0-based index of the last physical line the tokenizer has read (-1 before the first). */
    private int lastLineRead = -1;
    /** 0-based index of the first line in CPython's tokenizer buffer ({@code tok->buf}). */
    private int bufferStart;
    /** 0-based index of the last line joined by backslashes to the end of the previous token. */
    private int continuedThrough = -1;

    TokenizerIter(PyType type, String source, WarningSink warnings) {
        this.type = type;
        this.tokenizer = new Tokenizer(source, "<string>");
        tokenizer.setWarnings(warnings);
        this.lines = physicalLines(source);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Splits {@code source} into lines as {@link Tokenizer} normalises it: universal newlines, a final newline. */
    private static String[] physicalLines(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\n");
        }
        return out.toArray(new String[0]);
    }

    /** The next token's tuple, or null (StopIteration) at the end or after a status-code error. */
    PyObject next() {
        if (done) {
            return null;
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (SyntaxErrorException e) {
            done = true;
            if (tokenizer.errorIsStatusCode()) {
                return null;
            }
            throw SyntaxErrors.toPython(e);
        }
        return switch (t.kind()) {
            case ENDMARKER -> {
                done = true;
                yield null;
            }
            case INDENT, DEDENT -> positionless(t);
            default -> positioned(t);
        };
    }

    /**
     * INDENT or DEDENT: CPython gives them no text and no columns, on the line the tokenizer is
     * at (the next token's, or the last line of the source for the DEDENTs at its end).
     */
    private PyObject positionless(Token t) {
        int line = t.kind() == TokenKind.DEDENT && tokenizer.isEndOfInput(t) ? lines.length - 1 : t.line() - 1;
        readThrough(line);
        PyInt lineno = PyInt.of(line + 1);
        return PyTuple.of(PyStr.of(""), PyInt.of(t.kind() == TokenKind.INDENT ? INDENT : DEDENT), lineno, lineno,
                PyInt.of(-1), PyInt.of(-1), bufferText(line));
    }

    private PyObject positioned(Token t) {
        int first = t.line() - 1;
        int last = t.endLine() - 1;
        readThrough(first);
        // The lines a string spans are read while it is being scanned, so they join its first line.
        lastLineRead = Math.max(lastLineRead, last);
        String text = sourceText(first, t.col(), last, t.endCol());
        int kind = switch (t.kind()) {
            case NAME -> text.equals("async") ? ASYNC : text.equals("await") ? AWAIT : NAME;
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case NEWLINE -> NEWLINE;
            default -> EXACT_TYPES.getOrDefault(text, OP);
        };
        continuedThrough = continuation(last, t.endCol());
        return PyTuple.of(PyStr.of(text), PyInt.of(kind), PyInt.of(first + 1), PyInt.of(last + 1),
                PyInt.of(byteColumn(first, t.col())), PyInt.of(byteColumn(last, t.endCol())), bufferText(last));
    }

    /**
     * Moves the tokenizer's reading position to 0-based {@code line}: each new line replaces the
     * buffer unless a backslash at the end of the previous one joined it.
     */
    private void readThrough(int line) {
        for (int l = lastLineRead + 1; l <= line; l++) {
            if (l > continuedThrough) {
                bufferStart = l;
            }
        }
        lastLineRead = Math.max(lastLineRead, line);
    }

    /**
     * The last line joined by line continuations to a token ending at code-point column {@code col}
     * of 0-based {@code line}: each line whose rest is blanks and a backslash joins the next.
     */
    private int continuation(int line, int col) {
        int l = line;
        int from = col;
        while (l + 1 < lines.length && endsWithBackslash(lines[l], from)) {
            l++;
            from = 0;
        }
        return l;
    }

    /** True if what follows code-point column {@code col} of {@code line} is blanks, a backslash and the newline. */
    private static boolean endsWithBackslash(String line, int col) {
        int i = line.offsetByCodePoints(0, Math.min(col, line.codePointCount(0, line.length())));
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return i + 2 == line.length() && line.charAt(i) == '\\';
    }

    /** The source between two code-point positions (0-based lines). */
    private String sourceText(int line, int col, int endLine, int endCol) {
        if (line == endLine) {
            return substring(lines[line], col, endCol);
        }
        StringBuilder sb = new StringBuilder(substring(lines[line], col, Integer.MAX_VALUE));
        for (int l = line + 1; l < endLine; l++) {
            sb.append(lines[l]);
        }
        return sb.append(substring(lines[endLine], 0, endCol)).toString();
    }

    private static String substring(String s, int fromCp, int toCp) {
        int cps = s.codePointCount(0, s.length());
        int a = s.offsetByCodePoints(0, Math.min(fromCp, cps));
        int b = s.offsetByCodePoints(0, Math.min(toCp, cps));
        return s.substring(a, b);
    }

    /** {@code tok->buf} up to {@code tok->inp}: the buffered lines through 0-based {@code line}. */
    private PyStr bufferText(int line) {
        StringBuilder sb = new StringBuilder();
        for (int l = Math.min(bufferStart, line); l <= line && l < lines.length; l++) {
            sb.append(lines[l]);
        }
        return PyStr.of(sb.toString());
    }

    /** A code-point column of 0-based {@code line} as the UTF-8 byte offset CPython 3.11 reports. */
    private int byteColumn(int line, int cpCol) {
        if (line >= lines.length) {
            return cpCol;
        }
        String s = lines[line];
        int bytes = 0;
        int i = 0;
        for (int k = 0; k < cpCol && i < s.length(); k++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }
}
