package org.taipan.parse;

/**
 * Python 3.11 tokenizer: turns decoded source text into {@link Token}s on demand, as CPython's
 * {@code Parser/tokenizer.c}. (Stub: being written.)
 */
public final class Tokenizer {
    public Tokenizer(String source, String filename) {
    }

    /**
     * The next token; after {@link TokenKind#ENDMARKER} keeps returning it.
     *
     * @throws SyntaxErrorException for tokenizer errors (unterminated string, bad indentation,
     *         invalid character, ...), with CPython's message and position
     */
    public Token next() {
        throw new UnsupportedOperationException("tokenizer not yet written");
    }
}
