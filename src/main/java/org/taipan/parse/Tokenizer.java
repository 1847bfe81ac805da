package org.taipan.parse;

import java.text.Normalizer;
import org.taipan.ast.TypeIgnore;

/**
 * Python 3.11 tokenizer: turns decoded source text into {@link Token}s on demand, as CPython's
 * {@code Parser/tokenizer.c} ({@code tok_get}) does.
 *
 * <p>The source is first given universal newlines ({@code \r\n} and {@code \r} become
 * {@code \n}) and a final newline if it lacks one, as CPython does for both strings and files.
 * Columns are 0-based code-point offsets; a character outside the BMP is one column.
 *
 * <p>Produced: {@code NAME} (NFKC-normalised), {@code NUMBER}, {@code STRING} (the whole literal,
 * prefix included; an f-string is one token, as in 3.11), {@code OP}, {@code NEWLINE},
 * {@code INDENT}, {@code DEDENT}, {@code ENDMARKER}. Comments, blank lines and newlines inside
 * brackets are skipped. A character that is no Python token (such as {@code $} or {@code ?}) comes
 * out as a one-character {@code OP} that the parser rejects with {@code invalid syntax}, as
 * CPython's {@code ERRORTOKEN} is.
 *
 * <p>Positions follow what CPython's parser sees, since its error positions derive from them: a
 * NEWLINE is zero-width at the newline, or starts at the {@code #} of a trailing comment; INDENT
 * spans the indentation; DEDENT and ENDMARKER are zero-width where CPython's errors at them
 * point (for these three, CPython's error offset is the token's {@code endCol}).
 *
 * <p>Tokenizer errors are raised lazily, by the {@link #next()} call that reaches them, with
 * CPython 3.11's messages and positions (including those that {@code Parser/pegen_errors.c}
 * gives to the tokenizer's error codes: {@code unexpected EOF while parsing},
 * {@code '(' was never closed}, indentation errors). Errors the tokenizer raises itself count
 * columns in characters; those pegen raises count UTF-8 bytes, as CPython does for a file.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    /** CPython's {@code MAXINDENT}. */
    private static final int MAX_INDENT = 100;
    /** CPython's {@code MAXLEVEL}. */
    private static final int MAX_LEVEL = 200;
    private static final int TAB_SIZE = 8;
    /** CPython's {@code ALTTABSIZE}: tabs compared as one column to catch inconsistent tabs. */
    private static final int ALT_TAB_SIZE = 1;

    private final String filename;
    private final int[] cps;
    private final int n;
    private final int[] lineStarts;
    private int lastLine; // cache for lineOf, 0-based line index

    private int pos;
    private boolean atBol = true;
    private int pendingIndents;
    private final int[] indStack = new int[MAX_INDENT];
    private final int[] altIndStack = new int[MAX_INDENT];
    private int indent;
    private int level;
    private final int[] parenChar = new int[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];
    private Token endmarker;
    private boolean statusCodeError;

    /**
     * @param source   decoded source text (see {@link SourceDecoder})
     * @param filename used in {@link SyntaxErrorException}s
     * @throws SyntaxErrorException {@code source code string cannot contain null bytes}
     */
    /** Where the tokenizer's warnings go (numbers run into a keyword: {@code 1if x else y}). */
    private WarningSink warnings = WarningSink.IGNORE;

    /** Sends this tokenizer's warnings to {@code sink} (by default they are dropped). */
    public void setWarnings(WarningSink sink) {
        this.warnings = sink;
    }

    /** Whether the source's last line had no newline (the tokenizer reads it as if it had one). */
    private final boolean unterminated;

    /**
     * Whether line {@code line} (1-based) is the source's last line and had no newline at its
     * end: 'single' input there has one NEWLINE fewer than CPython's parser needs after a
     * compound statement ({@code Parser}'s interactive rule).
     */
    boolean isUnterminatedLastLine(int line) {
        return unterminated && line == lineStarts.length - 1;
    }

    /**
     * Whether scanning has run out of input as CPython's tokenizer would: read past the last
     * character, or in 'single' and 'eval' input without a final newline (CPython adds none to
     * those) read the newline added here.
     */
    private boolean reachedEnd;
    /** Tokens returned by {@link #next}, the end marker once. */
    private int emitted;
    /** The index (in the order {@link #next} returned them) of the first token scanned once input ran out, or -1. */
    private int firstAtEnd = -1;

    /** Whether scanning has run out of input (CPython's {@code tok->done == E_EOF}): see {@link #reachedEnd}. */
    boolean reachedEnd() {
        return reachedEnd;
    }

    /**
     * Whether the {@code index}-th token returned (0-based) was scanned once the input had run
     * out: a parse that failed there failed for want of more input.
     */
    boolean scannedAtEnd(int index) {
        return firstAtEnd >= 0 && index >= firstAtEnd;
    }

    public Tokenizer(String source, String filename) {
        this.filename = filename;
        if (source.indexOf('\0') >= 0) {
            throw nullBytes(source, filename);
        }
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        unterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        if (unterminated) {
            text = text + "\n";
        }
        this.cps = text.codePoints().toArray();
        this.n = cps.length;
        int count = 1;
        for (int c : cps) {
            if (c == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int k = 1;
        for (int i = 0; i < n; i++) {
            if (cps[i] == '\n' && k < count) {
                lineStarts[k++] = i + 1;
            }
        }
    }

    /** compile() of a str holding a null byte: CPython 3.11.7 raises this without a location. */
    private static SyntaxErrorException nullBytes(String source, String filename) {
        return SyntaxErrorException.syntax("source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
    }

    /**
     * True if the last error {@link #next()} threw is one that CPython's tokenizer reports as a
     * status code ({@code tok->done}: E_TABSPACE, E_DEDENT, E_TOODEEP, E_LINECONT, E_EOF, which
     * pegen's {@code tokenizer_error} turns into the exception) rather than raising it itself.
     * It matters after a parser error: {@code _PyPegen_tokenize_full_source_to_check_for_errors}
     * lets a raised tokenizer error replace the parser's, but keeps the parser's on a status code
     * (then only an unclosed bracket opened before the parser's error line replaces it).
     */
    public boolean errorIsStatusCode() {
        return statusCodeError;
    }

    /** 1-based line of the innermost open bracket, or 0 if none is open. */
    public int innermostBracketLine() {
        return level == 0 ? 0 : parenLine[level - 1];
    }

    /** Current bracket nesting depth (0 outside brackets). */
    public int level() {
        return level;
    }

    /**
     * The next token; after {@link TokenKind#ENDMARKER} keeps returning it.
     *
     * @throws SyntaxErrorException for tokenizer errors (unterminated string, bad indentation,
     *         invalid character, ...), with CPython's message and position
     */
    public Token next() {
        if (endmarker != null) {
            return endmarker;
        }
        Token t = scan();
        if (t.kind() == TokenKind.ENDMARKER) {
            endmarker = t;
        }
        if (reachedEnd && firstAtEnd < 0) {
            firstAtEnd = emitted;
        }
        emitted++;
        return t;
    }

    // ---- character access ------------------------------------------------------------------

    private int nextc() {
        noteEnd(pos);
        if (pos >= n) {
            pos = n + 1; // remember that EOF was read, so backup() is a no-op
            return EOF;
        }
        return cps[pos++];
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        } else if (pos > n) {
            pos = n;
        }
    }

    private int peek() {
        noteEnd(pos);
        return pos < n ? cps[pos] : EOF;
    }

    /** Notes a read at code point index {@code at}: past the input's end, or of the newline added to it. */
    private void noteEnd(int at) {
        if (at >= n || addedNewlineIsEnd && at == n - 1) {
            reachedEnd = true;
        }
    }

    /** 0-based index of the line holding code point index {@code i}. */
    private int lineOf(int i) {
        if (i >= n) {
            i = n - 1;
        }
        if (i < 0) {
            return 0;
        }
        int l = lastLine;
        if (l < lineStarts.length && lineStarts[l] <= i && (l + 1 == lineStarts.length || lineStarts[l + 1] > i)) {
            return l;
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return lo;
    }

    /**
     * The text of 1-based line {@code lineno} with its newline (the newline-normalised source),
     * or "" past the end: what a SyntaxError's {@code text} shows.
     */
    public String line(int lineno) {
        return lineText(lineno - 1, true);
    }

    /**
     * The text CPython 3.11 shows in a SyntaxError raised by the parser on 1-based line
     * {@code lineno}: that line with its newline, preceded by the lines it continues with
     * backslashes (CPython's tokenizer buffer holds them all).
     */
    public String errorText(int lineno) {
        int first = lineno - 1;
        while (first > 0 && lineText(first - 1, true).endsWith("\\\n")) {
            first--;
        }
        StringBuilder sb = new StringBuilder();
        for (int l = first; l < lineno; l++) {
            sb.append(lineText(l, true));
        }
        return sb.toString();
    }

    /** Text of 0-based line {@code l}, with its newline if {@code withNewline}. */
    String lineText(int l, boolean withNewline) {
        if (l >= lineStarts.length || n == 0) {
            return "";
        }
        int start = lineStarts[l];
        int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : n;
        // the newline added to 'single' or 'eval' input is not part of its text, as in CPython
        if ((!withNewline || addedNewlineIsEnd && end == n) && end > start && cps[end - 1] == '\n') {
            end--;
        }
        return new String(cps, start, end - start);
    }

    private Token token(TokenKind kind, int start, int end) {
        int l1 = lineOf(start);
        int l2 = end > start ? lineOf(end - 1) : l1;
        String text = new String(cps, start, end - start);
        if (kind == TokenKind.NAME && !isAscii(start, end)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return new Token(kind, text, l1 + 1, start - lineStarts[l1], l2 + 1, end - lineStarts[l2]);
    }

    private boolean isAscii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (cps[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    // ---- errors ------------------------------------------------------------------------------

    /**
     * CPython's {@code syntaxerror()}: located at the current position (offset = characters read
     * on the line), the line's text without its newline.
     */
    private SyntaxErrorException error(String msg) {
        int l = lineOf(Math.max(pos - 1, 0));
        int off = Math.min(pos, n) - lineStarts[l];
        return SyntaxErrorException.syntax(msg, filename, l + 1, off, l + 1, off, lineText(l, false));
    }

    private SyntaxErrorException errorRange(String msg, int startCol1, int endCol1) {
        int l = lineOf(Math.max(pos - 1, 0));
        return SyntaxErrorException.syntax(msg, filename, l + 1, startCol1, l + 1, endCol1, lineText(l, false));
    }

    /**
     * A code-point column of {@code text} as a UTF-8 byte column. CPython 3.11 reports the
     * columns of errors raised by pegen (not by the tokenizer itself) in bytes when it reads a
     * file, as the parser here does too.
     */
    static int utf8Col(String text, int cpCol) {
        int bytes = 0;
        int i = 0;
        for (int k = 0; k < cpCol; k++) {
            if (i >= text.length()) {
                bytes++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    /** Whether pegen-raised errors count columns in characters ({@link Parser#parse(String, String, Mode, WarningSink, int, boolean)}). */
    private boolean characterColumns;

    /** Makes the errors pegen raises for this tokenizer's status codes count columns in characters, not UTF-8 bytes. */
    void useCharacterColumns() {
        characterColumns = true;
    }

    /** A code-point column of {@code text} as such an error reports it. */
    private int errCol(String text, int cpCol) {
        return characterColumns ? cpCol : utf8Col(text, cpCol);
    }

    /** The pegen form for tokenizer error codes: text with its newline. */
    private SyntaxErrorException pegenError(SyntaxErrorException.Kind kind, String msg, int l, int offset,
                                            int endOffset) {
        statusCodeError = true;
        return new SyntaxErrorException(kind, msg, filename, l + 1, offset, l + 1, endOffset, lineText(l, true));
    }

    private SyntaxErrorException unexpectedEof() {
        statusCodeError = true;
        if (level > 0) {
            return neverClosed();
        }
        int l = lineOf(n - 1);
        String text = lineText(l, true);
        return SyntaxErrorException.syntax("unexpected EOF while parsing", filename, l + 1,
                errCol(text, text.codePointCount(0, text.length())), l + 1, -1, text);
    }

    /**
     * {@code '(' was never closed}, at the innermost open bracket; pegen's
     * {@code raise_unclosed_parentheses_error}.
     */
    public SyntaxErrorException neverClosed() {
        int l = parenLine[level - 1] - 1;
        int col = parenCol[level - 1];
        boolean current = l == lineOf(n - 1);
        return SyntaxErrorException.syntax("'" + Character.toString(parenChar[level - 1]) + "' was never closed",
                filename, l + 1, errCol(lineText(l, true), col) + 1, l + 1, 0, lineText(l, current));
    }

    // ---- type comments (PyCF_TYPE_COMMENTS) -----------------------------------------------------

    /** Whether comments starting "# type:" are tokens ({@code ast.parse(..., type_comments=True)}). */
    private boolean typeComments;
    /** The "# type: ignore" comments read so far, as (1-based line, tag) pairs. */
    private final java.util.List<TypeIgnore> typeIgnores = new java.util.ArrayList<>();

    /**
     * Makes this tokenizer produce {@link TokenKind#TYPE_COMMENT} tokens and collect
     * {@link #typeIgnores()}, as CPython's does under {@code PyCF_TYPE_COMMENTS}.
     */
    void enableTypeComments() {
        typeComments = true;
    }

    /** The "# type: ignore" comments read so far, in order: {@code Module.type_ignores}. */
    java.util.List<TypeIgnore> typeIgnores() {
        return typeIgnores;
    }

    /**
     * After a comment from {@code start} to the end of its line ({@code c}, just read, is its
     * newline): the TYPE_COMMENT token if it reads "#", blanks, "type:", blanks, then text that is
     * not an ignore; null otherwise. A "type: ignore" (followed by nothing, or by an ASCII
     * character that is neither letter nor digit) is recorded with the rest of the line as its tag
     * and produces no token; the newline after one alone on its line is then a blank line's.
     */
    private Token typeComment(int start, int c, boolean blankLine) {
        int end = c == EOF ? n : pos - 1;
        int p = start + 1;
        while (p < end && (cps[p] == ' ' || cps[p] == '\t')) {
            p++;
        }
        if (!startsWith(p, end, "type:")) {
            return null;
        }
        p += 5;
        while (p < end && (cps[p] == ' ' || cps[p] == '\t')) {
            p++;
        }
        int after = p + 6;
        boolean ignore = startsWith(p, end, "ignore")
                && (after == end || (cps[after] < 128 && !Character.isLetterOrDigit(cps[after])));
        if (ignore) {
            typeIgnores.add(new TypeIgnore(lineOf(start) + 1, new String(cps, after, end - after)));
            return null;
        }
        backup(c); // the newline still ends the line (a NEWLINE token even after a comment-only line)
        return token(TokenKind.TYPE_COMMENT, p, end);
    }

    private boolean startsWith(int p, int end, String s) {
        if (end - p < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (cps[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- the scanner ---------------------------------------------------------------------------

    private Token scan() {
        for (;;) {
            boolean blankLine = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altCol = 0;
                int contLineCol = 0;
                int c;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altCol++;
                    } else if (c == '\t') {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altCol = (altCol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
                    } else if (c == '\f') {
                        col = 0;
                        altCol = 0;
                    } else if (c == '\\') {
                        // The first backslash decides the indentation of what follows it.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankLine = true;
                }
                if (!blankLine && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altCol = contLineCol;
                    }
                    int lineIdx = lineOf(Math.min(pos, n - 1));
                    if (col == indStack[indent]) {
                        if (altCol != altIndStack[indent]) {
                            throw tabError(lineIdx);
                        }
                    } else if (col > indStack[indent]) {
                        if (indent + 1 >= MAX_INDENT) {
                            throw pegenError(SyntaxErrorException.Kind.INDENTATION_ERROR,
                                    "too many levels of indentation", lineIdx, 1, 0);
                        }
                        if (altCol <= altIndStack[indent]) {
                            throw tabError(lineIdx);
                        }
                        pendingIndents++;
                        indStack[++indent] = col;
                        altIndStack[indent] = altCol;
                    } else {
                        while (indent > 0 && col < indStack[indent]) {
                            pendingIndents--;
                            indent--;
                        }
                        if (col != indStack[indent]) {
                            String text = lineText(lineIdx, true);
                            throw pegenError(SyntaxErrorException.Kind.INDENTATION_ERROR,
                                    "unindent does not match any outer indentation level", lineIdx,
                                    errCol(text, text.codePointCount(0, text.length())), -1);
                        }
                        if (altCol != altIndStack[indent]) {
                            throw tabError(lineIdx);
                        }
                    }
                }
            }

            int start = pos;
            if (pendingIndents != 0) {
                if (pendingIndents < 0) {
                    pendingIndents++;
                    return dedentToken(start);
                }
                pendingIndents--;
                // INDENT spans the line's leading whitespace, as the tokenize module shows it.
                int l = lineOf(start);
                return new Token(TokenKind.INDENT, new String(cps, lineStarts[l], start - lineStarts[l]),
                        l + 1, 0, l + 1, start - lineStarts[l]);
            }

            // again: skip spaces, comments, continuation lines
            int c;
            for (;;) {
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = pos - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (typeComments) {
                        Token comment = typeComment(start, c, blankLine);
                        if (comment != null) {
                            return comment;
                        }
                    }
                }
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                break;
            }

            if (c == EOF) {
                if (level > 0) {
                    statusCodeError = true;
                    throw neverClosed();
                }
                return endOfInput();
            }

            if (isPotentialIdentifierStart(c)) {
                Token t = nameOrString(c, start);
                if (t != null) {
                    return t;
                }
                continue;
            }

            if (c == '\n') {
                atBol = true;
                if (blankLine || level > 0) {
                    continue;
                }
                // As CPython's parser sees it (its errors at a NEWLINE depend on it): from a
                // comment's '#' if the line ends with one, else zero-width, to the newline.
                int l = lineOf(start);
                return new Token(TokenKind.NEWLINE, "", l + 1, start - lineStarts[l], l + 1,
                        pos - 1 - lineStarts[l]);
            }

            if (c == '.') {
                int c2 = nextc();
                if (isDigit(c2)) {
                    return number(fraction(c2), start, "decimal");
                }
                if (c2 == '.') {
                    int c3 = nextc();
                    if (c3 == '.') {
                        return token(TokenKind.OP, start, pos);
                    }
                    backup(c3);
                }
                backup(c2);
                return token(TokenKind.OP, start, pos);
            }

            if (isDigit(c)) {
                return number(c, start);
            }

            if (c == '\'' || c == '"') {
                return string(c, start);
            }

            return operator(c, start);
        }
    }

    private SyntaxErrorException tabError(int lineIdx) {
        return pegenError(SyntaxErrorException.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                lineIdx, 1, 0);
    }

    /**
     * A DEDENT before the token at {@code at}, zero-width at the end of the line's indentation.
     * CPython gives INDENT, DEDENT and ENDMARKER no column; its errors at them use the
     * tokenizer's position, which is these tokens' {@code endCol}.
     */
    private Token dedentToken(int at) {
        if (at >= n) {
            return eofToken(TokenKind.DEDENT);
        }
        int l = lineOf(at);
        int col = at - lineStarts[l];
        return new Token(TokenKind.DEDENT, "", l + 1, col, l + 1, col);
    }

    /** True if {@code t} is a DEDENT or ENDMARKER this tokenizer made at the end of the input. */
    public boolean isEndOfInput(Token t) {
        if (t.kind() != TokenKind.DEDENT && t.kind() != TokenKind.ENDMARKER) {
            return false;
        }
        Token eof = eofToken(t.kind());
        return t.line() == eof.line() && t.col() == eof.col();
    }

    /** DEDENT or ENDMARKER at EOF: on the last line, after its newline (CPython's error position). */
    private Token eofToken(TokenKind kind) {
        if (n == 0) {
            return new Token(kind, "", 1, 0, 1, 0);
        }
        int l = lineOf(n - 1);
        int col = n - lineStarts[l];
        return new Token(kind, "", l + 1, col, l + 1, col);
    }

    private Token endOfInput() {
        // A file ends with NEWLINE (always present: a newline was appended), DEDENTs, ENDMARKER.
        if (indent > 0) {
            indent--;
            pos = n; // stay at EOF for the next call
            atBol = false;
            return eofToken(TokenKind.DEDENT);
        }
        return eofToken(TokenKind.ENDMARKER);
    }

    /**
     * Makes the newline this tokenizer adds to an unterminated source count as the end of input,
     * as CPython's tokenizer sees 'single' and 'eval' input (it adds a newline to 'exec' input
     * only): reading it is running out of input ({@link #reachedEnd}), a backslash before it is
     * followed by nothing, not by a line end, and a last line of blanks closes no block
     * ({@link #blankUnterminatedLastLine}).
     */
    void addedNewlineEndsInput() {
        addedNewlineIsEnd = unterminated;
    }

    private boolean addedNewlineIsEnd;

    /**
     * The number (1-based) of the input's last line when that line has no newline, none counts
     * as added ({@link #addedNewlineEndsInput}) and it holds nothing but blanks and a comment;
     * else 0. CPython's tokenizer meets the end of input on such a line without the line end
     * that would have let it close the blocks open there.
     */
    int blankUnterminatedLastLine() {
        if (!addedNewlineIsEnd) {
            return 0;
        }
        int last = lineStarts.length - 1;
        for (int i = lineStarts[last - 1]; i < n - 1; i++) {
            int c = cps[i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return 0;
            }
        }
        return last;
    }

    /**
     * Whether {@code t} is the NEWLINE of the newline added to 'single' or 'eval' input: CPython's
     * parser meets the end marker there (its column -1, an error's offset 0).
     */
    boolean isAddedNewline(Token t) {
        if (!addedNewlineIsEnd || t.kind() != TokenKind.NEWLINE) {
            return false;
        }
        int line = t.line() - 1;
        return line < lineStarts.length && lineStarts[line] + t.col() == n - 1;
    }

    /** Whether the input ends without a newline and none counts as added (see {@link #addedNewlineEndsInput}). */
    boolean endsWithoutNewline() {
        return addedNewlineIsEnd;
    }

    /** After a backslash: CPython's {@code tok_continuation_line}. */
    private void continuationLine() {
        int c = nextc();
        boolean atEnd = addedNewlineIsEnd && pos == n;
        if (c != '\n' || atEnd) {
            int l = lineOf(Math.max(pos - 1, 0));
            // pegen reports the column after the character that follows the backslash (after the
            // backslash itself when nothing follows)
            int col = errCol(lineText(l, true), Math.min(atEnd ? pos - 1 : pos, n) - lineStarts[l]);
            throw pegenError(SyntaxErrorException.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", l, col, 0);
        }
        c = nextc();
        if (c == EOF) {
            throw unexpectedEof();
        }
        backup(c);
    }

    // ---- names and strings -------------------------------------------------------------------

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString(int c, int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c, start);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonAscii) {
            verifyIdentifier(start);
        }
        return token(TokenKind.NAME, start, pos);
    }

    /** CPython's {@code verify_identifier}: PEP 3131 XID_Start / XID_Continue. */
    private void verifyIdentifier(int start) {
        for (int i = start; i < pos; i++) {
            int ch = cps[i];
            boolean ok = i == start ? Identifiers.isXidStart(ch) || ch == '_' : Identifiers.isXidContinue(ch);
            if (!ok) {
                pos = i + 1;
                throw error(invalidCharacterMessage(ch));
            }
        }
    }

    static String invalidCharacterMessage(int ch) {
        String hex = String.format("%04X", ch);
        if (Identifiers.isPrintable(ch)) {
            return "invalid character '" + Character.toString(ch) + "' (U+" + hex + ")";
        }
        return "invalid non-printable character U+" + hex;
    }

    private Token string(int quote, int start) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // reported at the token's first character, naming the line where the scan stopped
                int detected = lineOf(c == EOF ? n - 1 : pos - 1) + 1;
                int l = lineOf(start);
                int off = start + 1 - lineStarts[l];
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")";
                throw SyntaxErrorException.syntax(msg, filename, l + 1, off, l + 1, off, lineText(l, false));
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return token(TokenKind.STRING, start, pos);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private Token number(int c, int start) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw error("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw error("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw error("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw error("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw error("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw error("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return number(fraction(nextc()), start, "decimal");
                } else if (c == 'e' || c == 'E') {
                    return number(c, start, "decimal");
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start);
                } else if (nonzero) {
                    backup(c);
                    int ls = lineStarts[lineOf(start)];
                    throw errorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", start + 1 - ls, zerosEnd - ls);
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return token(TokenKind.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == '.') {
            c = fraction(nextc());
        }
        return number(c, start, "decimal");
    }

    /** Continues a decimal number after its integer and fraction part: exponent, suffix, end. */
    private Token number(int c, int start, String kind) {
        if (c == 'e' || c == 'E') {
            c = exponent(c, start);
            if (c == Integer.MIN_VALUE) {
                return token(TokenKind.NUMBER, start, pos);
            }
        }
        return afterExponent(c, start, kind);
    }

    private Token afterExponent(int c, int start, String kind) {
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        verifyEndOfNumber(c, kind);
        backup(c);
        return token(TokenKind.NUMBER, start, pos);
    }

    private Token imaginary(int start) {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return token(TokenKind.NUMBER, start, pos);
    }

    /** After the '.': the fraction digits; returns the character after them. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return c;
    }

    /**
     * The exponent after {@code e}; returns the character after it, or {@link Integer#MIN_VALUE}
     * when the {@code e} was not an exponent and the number ends before it.
     */
    private int exponent(int e, int start) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return Integer.MIN_VALUE;
        }
        return decimalTail();
    }

    /** Reads the first digit's continuation: digits with single underscores between them. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * CPython's {@code verify_end_of_number}: a number directly followed by a keyword that can
     * legally follow it ({@code and else for if in is or not}) is accepted (CPython warns); any
     * other name character is an error.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = peek();
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) {
            // CPython warns (SyntaxWarning), and raises the SyntaxError at the keyword when the
            // warning is made an error
            backup(c);
            String msg = "invalid " + kind + " literal";
            SyntaxErrorException asError = error(msg);
            nextc();
            if (warnings.warn(new WarningSink.Warning(WarningSink.Category.SYNTAX_WARNING, msg, filename,
                    asError.lineno, asError))) {
                throw asError;
            }
            return;
        }
        // CPython compares a signed char here: a non-ASCII character ends the number instead
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (pos + i >= n || cps[pos + i] != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- operators -----------------------------------------------------------------------------

    private Token operator(int c, int start) {
        int c2 = nextc();
        if (isTwoChar(c, c2)) {
            int c3 = nextc();
            if (!isThreeChar(c, c2, c3)) {
                backup(c3);
            }
            return token(TokenKind.OP, start, pos);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw error("too many nested parentheses");
                }
                int l = lineOf(start);
                parenChar[level] = c;
                parenLine[level] = l + 1;
                parenCol[level] = start - lineStarts[l];
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw error("unmatched '" + (char) c + "'");
                }
                level--;
                int opening = parenChar[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    int l = lineOf(start) + 1;
                    if (parenLine[level] != l) {
                        throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + (char) opening + "' on line " + parenLine[level]);
                    }
                    throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'");
                }
            }
            default -> {
            }
        }
        if (!Identifiers.isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c));
        }
        return token(TokenKind.OP, start, pos);
    }

    private static boolean isTwoChar(int c1, int c2) {
        return switch (c1) {
            case '!', '%', '&', '^', '|', '@', '=' -> c2 == '=';
            case '*' -> c2 == '*' || c2 == '=';
            case '+' -> c2 == '=';
            case '-' -> c2 == '=' || c2 == '>';
            case '/' -> c2 == '/' || c2 == '=';
            case ':' -> c2 == '=';
            case '<' -> c2 == '<' || c2 == '=' || c2 == '>';
            case '>' -> c2 == '=' || c2 == '>';
            default -> false;
        };
    }

    private static boolean isThreeChar(int c1, int c2, int c3) {
        return c3 == '=' && ((c1 == '*' && c2 == '*') || (c1 == '/' && c2 == '/') || (c1 == '<' && c2 == '<')
                || (c1 == '>' && c2 == '>'));
    }
}
