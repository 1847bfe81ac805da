package org.taipan.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.Pos;

/**
 * One run of adjacent string literal tokens turned into a {@link Expr.Constant} or
 * {@link Expr.JoinedStr}: CPython 3.11's {@code _PyPegen_concatenate_strings}. Each token is
 * decoded in order (so its own errors come first), then checked against the first for mixing
 * bytes and str. Constant parts carry the span of the whole run, as in CPython 3.11; the
 * Constant's {@code kind} is {@code "u"} when the first token starts with a lowercase {@code u}.
 */
final class StringConcatenation {
    private final List<Token> tokens;
    private final String filename;
    private final FStringExpressionParser exprParser;
    private final Token after;
    private final IntFunction<String> lines;
    final Token first;
    final Token last;
    private final WarningSink warnings;
    /** Keys of the warnings already issued by this parse (the parser may decode a token twice). */
    private final java.util.Set<String> warned;
    /** Warnings issued for the current token so far (an f-string warns once per literal piece). */
    private int tokenWarnings;

    StringConcatenation(List<Token> tokens, String filename, FStringExpressionParser exprParser, Token after,
                        IntFunction<String> lines) {
        this(tokens, filename, exprParser, after, lines, WarningSink.IGNORE, new java.util.HashSet<>());
    }

    StringConcatenation(List<Token> tokens, String filename, FStringExpressionParser exprParser, Token after,
                        IntFunction<String> lines, WarningSink warnings, java.util.Set<String> warned) {
        this.warnings = warnings;
        this.warned = warned;
        this.tokens = tokens;
        this.filename = filename;
        this.exprParser = exprParser;
        this.after = after;
        this.lines = lines;
        this.first = tokens.get(0);
        this.last = tokens.get(tokens.size() - 1);
    }

    /** The prefix flags and body of one STRING token. */
    record Parts(boolean bytes, boolean raw, boolean fstring, String body, int prefixLen, int quoteSize) {
        static Parts of(Token t) {
            String text = t.text();
            int p = 0;
            boolean b = false;
            boolean r = false;
            boolean f = false;
            while (text.charAt(p) != '\'' && text.charAt(p) != '"') {
                switch (Character.toLowerCase(text.charAt(p))) {
                    case 'b' -> b = true;
                    case 'r' -> r = true;
                    case 'f' -> f = true;
                    default -> {
                    }
                }
                p++;
            }
            char q = text.charAt(p);
            int qs = text.length() - p >= 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q ? 3 : 1;
            return new Parts(b, r, f, text.substring(p + qs, text.length() - qs), p, qs);
        }
    }

    Expr parse() {
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FStringState state = new FStringState(this);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tokenWarnings = 0;
            Parts parts = Parts.of(t);
            Object decoded = null;
            if (!parts.fstring()) {
                decoded = decode(t, parts);
            }
            if (i != 0 && bytesMode != parts.bytes()) {
                throw errorAfter("cannot mix bytes and nonbytes literals");
            }
            bytesMode = parts.bytes();
            if (parts.fstring()) {
                new FStringParser(this, t, parts).parseInto(state);
            } else if (bytesMode) {
                bytes.writeBytes((byte[]) decoded);
            } else {
                state.concat(decoded);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new ConstantValue.Bytes(bytes.toByteArray()), null, span(first, last));
        }
        return state.finish(first, last);
    }

    private Object decode(Token t, Parts parts) {
        String body = parts.body();
        try {
            if (parts.bytes()) {
                for (int i = 0; i < body.length(); i++) {
                    if (body.charAt(i) >= 128) {
                        throw SyntaxErrorException.syntax("bytes can only contain ASCII literal characters", filename,
                                t.line(), byteCol(t.line(), t.col()) + 1, t.endLine(),
                                byteCol(t.endLine(), t.endCol()) + 1, line(t.line()));
                    }
                }
                String[] invalid = new String[1];
                byte[] b = StringDecoder.decodeBytes(body, parts.raw(), invalid);
                warnInvalidEscape(t, invalid[0]);
                return b;
            }
            if (parts.raw()) {
                return body;
            }
            String[] invalid = new String[1];
            Object v = StringDecoder.decodeStr(body, invalid);
            warnInvalidEscape(t, invalid[0]);
            return v;
        } catch (StringDecoder.DecodeError e) {
            throw errorAfter(e.getMessage());
        }
    }

    /**
     * CPython's {@code warn_invalid_escape_sequence}: a DeprecationWarning at the token's line, or,
     * when the filters make it an error, a SyntaxError spanning the token.
     */
    private void warnInvalidEscape(Token t, String message) {
        if (message == null) {
            return;
        }
        String key = t.line() + ":" + t.col() + ":" + tokenWarnings++;
        if (warned.contains(key)) {
            return;
        }
        SyntaxErrorException asError = SyntaxErrorException.syntax(message, filename, t.line(),
                byteCol(t.line(), t.col()) + 1, t.endLine(), byteCol(t.endLine(), t.endCol()) + 1, line(t.line()));
        if (warnings.warn(new WarningSink.Warning(WarningSink.Category.DEPRECATION_WARNING, message, filename,
                t.line(), asError))) {
            throw asError;
        }
        warned.add(key);
    }

    /** The DeprecationWarning of a backslash before a field's brace in an f-string ({@code f'\{x}'}). */
    void warnEscapedBrace(Token t) {
        warnInvalidEscape(t, "invalid escape sequence '\\{'");
    }

    /** Decodes a literal piece of an f-string (CPython decodes each piece on its own). */
    Object decodeFStringLiteral(String piece, boolean raw, Token t) {
        if (raw) {
            return piece;
        }
        try {
            String[] invalid = new String[1];
            Object v = StringDecoder.decodeStr(piece, invalid);
            warnInvalidEscape(t, invalid[0]);
            return v;
        } catch (StringDecoder.DecodeError e) {
            throw errorAfter(e.getMessage());
        }
    }

    Expr parseExpression(String source, int line, int col) {
        return exprParser.parseFStringExpression(source, line, col);
    }

    /** A replacement field ended in '=' (see {@link FStringExpressionParser#selfDocumentingExpression()}). */
    void selfDocumentingExpression() {
        exprParser.selfDocumentingExpression();
    }

    /**
     * CPython's {@code RAISE_SYNTAX_ERROR} during string concatenation: located at the parser's
     * last fetched token, the one after the strings.
     */
    SyntaxErrorException errorAfter(String msg) {
        String text = line(after.line());
        if (text != null && after.line() == last.endLine() && last.line() < last.endLine()) {
            // CPython's text is its tokenizer buffer, which then holds every line of the string
            StringBuilder sb = new StringBuilder();
            for (int l = last.line(); l <= after.line(); l++) {
                sb.append(line(l));
            }
            text = sb.toString();
        }
        return SyntaxErrorException.syntax(msg, filename, after.line(), byteCol(after.line(), after.col()) + 1,
                after.endLine(), byteCol(after.endLine(), after.endCol()) + 1, text);
    }

    /** pegen reports these errors' columns in UTF-8 bytes (as the parser does); needs the line text. */
    private int byteCol(int lineno, int col) {
        String text = line(lineno);
        return text == null ? col : Tokenizer.utf8Col(text, col);
    }

    private String line(int lineno) {
        return lines == null ? null : lines.apply(lineno);
    }

    static Pos span(Token a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** CPython's {@code FstringParser}: pending literal text and the finished parts. */
    static final class FStringState {
        private final StringConcatenation owner;
        private StringBuilder lastStr;
        /**
         * The pending text as code points instead of {@link #lastStr}, once it holds a lone high
         * surrogate followed by a lone low one (which a Java String would read as one character).
         */
        private int[] lastCps;
        private final List<Expr> values = new ArrayList<>();
        boolean fmode;

        FStringState(StringConcatenation owner) {
            this.owner = owner;
        }

        /** Appends decoded text: a String, or code points ({@code int[]}) from the decoder. */
        void concat(Object piece) {
            if (piece instanceof String s && s.isEmpty() || piece instanceof int[] a && a.length == 0) {
                return;
            }
            if (lastCps == null && piece instanceof String s) {
                // A trailing high surrogate of the pending text is lone (a pair never ends in one),
                // and so is a leading low surrogate of the piece: joined they must stay two.
                boolean falsePair = lastStr != null && !lastStr.isEmpty()
                        && Character.isHighSurrogate(lastStr.charAt(lastStr.length() - 1))
                        && Character.isLowSurrogate(s.charAt(0));
                if (!falsePair) {
                    if (lastStr == null) {
                        lastStr = new StringBuilder(s);
                    } else {
                        lastStr.append(s);
                    }
                    return;
                }
            }
            if (lastCps == null) {
                lastCps = lastStr == null ? new int[0] : lastStr.codePoints().toArray();
                lastStr = null;
            }
            int[] more = piece instanceof int[] a ? a : ((String) piece).codePoints().toArray();
            int[] joined = java.util.Arrays.copyOf(lastCps, lastCps.length + more.length);
            System.arraycopy(more, 0, joined, lastCps.length, more.length);
            lastCps = joined;
        }

        private boolean pending() {
            return lastStr != null || lastCps != null;
        }

        /** Adds a replacement field, turning pending text into a Constant spanning the whole run. */
        void addField(Expr field) {
            if (pending()) {
                values.add(strNode(owner.first, owner.last));
            }
            values.add(field);
        }

        private Expr.Constant strNode(Token a, Token b) {
            Object value = lastCps != null ? new ConstantValue.Str(lastCps) : lastStr.toString();
            lastStr = null;
            lastCps = null;
            String kind = a.text().charAt(0) == 'u' ? "u" : null;
            return new Expr.Constant(value, kind, span(a, b));
        }

        Expr finish(Token a, Token b) {
            if (!fmode) {
                if (!pending()) {
                    lastStr = new StringBuilder();
                }
                return strNode(a, b);
            }
            if (pending()) {
                values.add(strNode(a, b));
            }
            return new Expr.JoinedStr(List.copyOf(values), span(a, b));
        }
    }
}
