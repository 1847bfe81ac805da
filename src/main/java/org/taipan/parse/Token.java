package org.taipan.parse;

/**
 * One token. {@code text} is the exact source text (for {@link TokenKind#STRING} the whole literal,
 * prefix and quotes included; for {@link TokenKind#NAME} already NFKC-normalised). Lines are 1-based;
 * columns are 0-based code-point offsets in the line; the end is exclusive.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {
    /** True if this is an {@code OP} or {@code NAME} token with exactly this text. */
    public boolean is(String s) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(s);
    }
}
