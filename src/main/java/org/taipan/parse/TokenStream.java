package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parser's view of the token sequence: tokens are pulled lazily from a supplier (normally a
 * {@link Tokenizer}) into a growing list, so the parser can mark a position, look ahead and
 * backtrack. A tokenizer error is remembered and rethrown whenever the failing token is asked
 * for again, so tokenizer errors surface in source order as CPython's lazily filled token array
 * makes them surface. Each token also records its bracket nesting level after it, as
 * CPython's {@code tok->level} (needed by the "forgot a comma" rule).
 */
final class TokenStream {
    private final Supplier<Token> source;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private int level;
    private SyntaxErrorException tokenizerError;
    /** Index of the next token to consume. */
    int pos;
    /** Above zero while the parser probes for an error message (CPython's second pass). */
    int diagnostic;
    /** The furthest token looked at outside diagnostic probes (CPython's first pass). */
    private int furthest;

    TokenStream(Supplier<Token> source) {
        this.source = source;
    }

    /** The tokenizer error met so far, or null. */
    SyntaxErrorException tokenizerError() {
        return tokenizerError;
    }

    /** Whether {@link #tokenizerError} was met by a look ahead for an error message, not by the parse proper. */
    boolean tokenizerErrorInProbe() {
        return tokenizerErrorInProbe;
    }

    private boolean tokenizerErrorInProbe;

    private void fill(int index) {
        while (tokens.size() <= index) {
            if (tokenizerError != null) {
                throw tokenizerError;
            }
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == TokenKind.ENDMARKER) {
                tokens.add(tokens.get(tokens.size() - 1));
                levels.add(level);
                continue;
            }
            Token t;
            try {
                t = source.get();
            } catch (SyntaxErrorException e) {
                tokenizerError = e;
                tokenizerErrorInProbe = diagnostic > 0;
                throw e;
            }
            if (t.kind() == TokenKind.OP) {
                switch (t.text()) {
                    case "(", "[", "{" -> level++;
                    case ")", "]", "}" -> level = Math.max(0, level - 1);
                    default -> { }
                }
            }
            tokens.add(t);
            levels.add(level);
        }
    }

    /** The token {@code k} places after the cursor (0 = next). */
    Token peek(int k) {
        fill(pos + k);
        if (diagnostic == 0 && pos + k > furthest) {
            furthest = pos + k;
        }
        return tokens.get(pos + k);
    }

    Token peek() {
        return peek(0);
    }

    /** Consumes and returns the next token. */
    Token next() {
        Token t = peek(0);
        pos++;
        return t;
    }

    /** The last consumed token. */
    Token prev() {
        return tokens.get(pos - 1);
    }

    Token get(int index) {
        fill(index);
        return tokens.get(index);
    }

    /** Bracket nesting level after token {@code index}. */
    int levelAt(int index) {
        fill(index);
        return levels.get(index);
    }

    /** Number of tokens fetched from the tokenizer so far (CPython's {@code p->fill}). */
    int filled() {
        return tokens.size();
    }

    /** The furthest token looked at by the parse proper, where a generic syntax error points. */
    Token furthestToken() {
        return tokens.get(Math.min(furthest, tokens.size() - 1));
    }

    /** Index of {@link #furthestToken}. */
    int furthestIndex() {
        return Math.min(furthest, tokens.size() - 1);
    }

    /** The furthest token fetched so far. */
    Token lastFilled() {
        return tokens.get(tokens.size() - 1);
    }

    /**
     * Pulls tokens up to the end of input, for CPython's check that a generic syntax error is
     * not hiding a tokenizer error further on.
     *
     * @throws SyntaxErrorException the first tokenizer error met
     */
    void drain() {
        while (true) {
            Token t = get(tokens.size() - 1 >= 0 ? tokens.size() - 1 : 0);
            if (t.kind() == TokenKind.ENDMARKER) {
                return;
            }
            fill(tokens.size());
        }
    }
}
