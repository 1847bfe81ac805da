package org.taipan.parse;

import java.util.List;
import org.taipan.ast.Expr;

/** Decodes number and string literal tokens into AST constants and f-strings. (Stub: being written.) */
public final class Literals {
    private Literals() {}

    /**
     * The value of a {@link TokenKind#NUMBER} token: {@link Long} or {@link java.math.BigInteger}
     * for an int, {@link Double} for a float, {@link org.taipan.ast.ConstantValue.Imaginary}.
     *
     * @throws SyntaxErrorException for a malformed literal, with CPython's message
     */
    public static Object parseNumber(Token token, String filename) {
        throw new UnsupportedOperationException("literals not yet written");
    }

    /**
     * Decodes adjacent {@link TokenKind#STRING} tokens (implicit concatenation) into one
     * {@link Expr.Constant} (str or bytes) or, if any is an f-string, one {@link Expr.JoinedStr}.
     *
     * @throws SyntaxErrorException for bad escapes, mixing bytes and str, f-string errors
     */
    public static Expr parseStrings(List<Token> tokens, String filename, FStringExpressionParser exprParser) {
        throw new UnsupportedOperationException("literals not yet written");
    }
}
