package org.taipan.parse;

import org.taipan.ast.Expr;

/**
 * How {@link Literals} asks the parser to parse the expression inside an f-string replacement
 * field. Implemented by {@link Parser}.
 */
@FunctionalInterface
public interface FStringExpressionParser {
    /**
     * Parses {@code source}, the text between the braces of one replacement field (without the
     * {@code =}, conversion or format spec), as CPython 3.11 parses f-string expressions
     * ({@code star_expressions}). Positions in the result are real source positions: the text's
     * first character stands at {@code line} / {@code col} of the file.
     *
     * @throws SyntaxErrorException with CPython's f-string messages, e.g. {@code f-string: invalid syntax}
     */
    Expr parseFStringExpression(String source, int line, int col);

    /**
     * Told when a replacement field is self-documenting ({@code f"{x=}"}), which CPython rejects
     * for an {@code ast.parse} feature version below 3.8; by default nothing.
     *
     * @throws SyntaxErrorException "f-string: self documenting expressions are only supported in Python 3.8 and greater"
     */
    default void selfDocumentingExpression() {
    }
}
