package org.taipan.parse;

import java.math.BigInteger;
import java.util.List;
import java.util.function.IntFunction;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.Pos;

/**
 * Decodes number and string literal tokens into AST constants and f-strings, as CPython 3.11's
 * {@code Parser/action_helpers.c} ({@code _PyPegen_concatenate_strings}), {@code Parser/pegen.c}
 * ({@code parsenumber}) and {@code Parser/string_parser.c} do.
 */
public final class Literals {
    private Literals() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}, which also limits int literals. */
    public static final int INT_MAX_STR_DIGITS = 4300;

    /**
     * The value of a {@link TokenKind#NUMBER} token: {@link Long} or {@link java.math.BigInteger}
     * for an int, {@link Double} for a float, {@link org.taipan.ast.ConstantValue.Imaginary}.
     * The token is assumed well-formed (the {@link Tokenizer} checked it). Floats are correctly
     * rounded; a float whose exponent is too large is {@code inf} (or {@code 0.0}), as in CPython.
     *
     * @throws SyntaxErrorException for a decimal int of more than 4300 digits, with CPython's
     *         message ({@code Exceeds the limit (4300 digits) ...})
     */
    public static Object parseNumber(Token token, String filename) {
        return parseNumber(token, filename, INT_MAX_STR_DIGITS, (java.util.function.IntFunction<String>) null);
    }

    /**
     * As {@link #parseNumber(Token, String)} with the interpreter's int/str digit limit
     * ({@code sys.get_int_max_str_digits()}, 0 for none).
     *
     * @param lineSource the text of a 1-based line (the SyntaxError's text), or null; asked only
     *         for an error, as copying a long line for every number made a long line quadratic
     * @throws SyntaxErrorException for a decimal int of more than {@code maxDigits} digits, at the
     *         token's lines without columns (CPython spares a wall of carets)
     */
    public static Object parseNumber(Token token, String filename, int maxDigits,
            java.util.function.IntFunction<String> lineSource) {
        String text = token.text().replace("_", "");
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            char p = Character.toLowerCase(text.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(new BigInteger(text.substring(2), radix));
            }
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        if (text.length() < 19) {
            return Long.parseLong(text);
        }
        if (maxDigits > 0 && text.length() > maxDigits) {
            throw SyntaxErrorException.syntax("Exceeds the limit (" + maxDigits
                    + " digits) for integer string conversion: value has " + text.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                    + "huge integer literals to avoid decimal conversion limits.", filename, token.line(),
                    0, token.endLine(), 0, lineSource == null ? null : lineSource.apply(token.line()));
        }
        return integer(new BigInteger(text));
    }

    private static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /**
     * Decodes adjacent {@link TokenKind#STRING} tokens (implicit concatenation) into one
     * {@link Expr.Constant} (str or bytes) or, if any is an f-string, one {@link Expr.JoinedStr}.
     * Errors that CPython places at the parser's next token are placed just after the last string.
     *
     * @throws SyntaxErrorException for bad escapes, mixing bytes and str, f-string errors
     */
    public static Expr parseStrings(List<Token> tokens, String filename, FStringExpressionParser exprParser) {
        Token lastTok = tokens.get(tokens.size() - 1);
        Token after = new Token(TokenKind.NEWLINE, "", lastTok.endLine(), lastTok.endCol(), lastTok.endLine(),
                lastTok.endCol());
        return parseStrings(tokens, filename, exprParser, after, null);
    }

    /**
     * As {@link #parseStrings(List, String, FStringExpressionParser)}, with what CPython needs to
     * place its errors exactly.
     *
     * @param after the token that follows the strings (the parser's lookahead): CPython reports
     *              escape-decoding errors and {@code cannot mix bytes and nonbytes literals} there
     * @param lines the source text of a 1-based line, newline included (for the errors' text), or
     *              null; {@link Tokenizer#line(int)} fits
     */
    public static Expr parseStrings(List<Token> tokens, String filename, FStringExpressionParser exprParser,
                                    Token after, IntFunction<String> lines) {
        return new StringConcatenation(tokens, filename, exprParser, after, lines).parse();
    }

    /**
     * As {@link #parseStrings(List, String, FStringExpressionParser, Token, IntFunction)}, issuing
     * the invalid-escape DeprecationWarnings to {@code warnings} once per literal ({@code warned}
     * holds what this parse already issued, since a parser may decode the same tokens again).
     *
     * @throws SyntaxErrorException also when {@code warnings} turns a warning into an error
     */
    public static Expr parseStrings(List<Token> tokens, String filename, FStringExpressionParser exprParser,
                                    Token after, IntFunction<String> lines, WarningSink warnings,
                                    java.util.Set<String> warned) {
        return new StringConcatenation(tokens, filename, exprParser, after, lines, warnings, warned).parse();
    }

    /** The span of a token. */
    static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }
}
