package org.taipan.parse;

import org.taipan.ast.Expr;

/**
 * Splits the body of one f-string token into literal text and replacement fields, with
 * CPython 3.11's rules ({@code fstring_find_literal}, {@code fstring_find_expr},
 * {@code FstringParser_ConcatFstring} in {@code Parser/string_parser.c}): the expression text is
 * scanned for brackets and quotes only, may not contain a backslash or {@code #}, and is handed
 * to the parser with its real source position; format specs nest one level deep at most.
 *
 * <p>FormattedValue nodes and the format spec's Constant parts span the whole concatenated
 * string, as in 3.11; a format spec's JoinedStr spans the token holding it.
 */
final class FStringParser {
    private static final int MAX_LEVEL = 200;

    private final StringConcatenation owner;
    private final Token token;
    private final String body;
    private final boolean raw;
    private final int bodyLine;
    private final int bodyCol;
    private final int end;
    private int i;

    FStringParser(StringConcatenation owner, Token token, StringConcatenation.Parts parts) {
        this.owner = owner;
        this.token = token;
        this.body = parts.body();
        this.raw = parts.raw();
        this.bodyLine = token.line();
        this.bodyCol = token.col() + parts.prefixLen() + parts.quoteSize();
        this.end = body.length();
    }

    void parseInto(StringConcatenation.FStringState state) {
        concat(state, 0);
    }

    private void concat(StringConcatenation.FStringState state, int recurseLvl) {
        state.fmode = true;
        for (;;) {
            boolean doubled = literal(state, recurseLvl);
            if (doubled) {
                continue;
            }
            if (i >= end || body.charAt(i) == '}') {
                break;
            }
            field(state, recurseLvl);
        }
        if (recurseLvl == 0 && i < end - 1) {
            throw owner.errorAfter("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (i >= end || body.charAt(i) != '}')) {
            throw owner.errorAfter("f-string: expecting '}'");
        }
    }

    /**
     * Literal text up to the next single brace (doubled braces at the top level stand for one).
     * Returns true if it stopped after a doubled brace and scanning should go on.
     */
    private boolean literal(StringConcatenation.FStringState state, int recurseLvl) {
        int s = i;
        int start = s;
        boolean doubled = false;
        while (s < end) {
            char ch = body.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = body.charAt(s++);
                if (ch == 'N') {
                    // skip "\N{NAME}" so that its brace does not start a field
                    if (s < end && body.charAt(s++) == '{') {
                        while (s < end && body.charAt(s++) != '}') {
                            // the name
                        }
                    }
                    continue;
                }
                if (ch == '{') {
                    // the backslash stays in the literal and the brace starts a field, but CPython's
                    // fstring_find_literal warns about it first
                    owner.warnEscapedBrace(token);
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && body.charAt(s) == ch) {
                        i = s + 1;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        i = s - 1;
                        throw owner.errorAfter("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!doubled) {
            i = s;
        }
        if (start != s) {
            state.concat(owner.decodeFStringLiteral(body.substring(start, s), raw, token));
        }
        return doubled;
    }

    /** One replacement field, starting at its '{'. */
    private void field(StringConcatenation.FStringState state, int recurseLvl) {
        if (recurseLvl >= 2) {
            throw owner.errorAfter("f-string: expressions nested too deeply");
        }
        i++;
        int exprStart = i;
        char quoteChar = 0;
        int stringType = 0;
        int depth = 0;
        char[] parens = new char[MAX_LEVEL];
        for (; i < end; i++) {
            char ch = body.charAt(i);
            if (ch == '\\') {
                throw owner.errorAfter("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (i + 2 < end && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_LEVEL) {
                    throw owner.errorAfter("f-string: too many nested parenthesis");
                }
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw owner.errorAfter("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    char next = body.charAt(i + 1);
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        i++; // a two-character operator, not the end of the expression
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw owner.errorAfter("f-string: unmatched '" + ch + "'");
                }
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw owner.errorAfter("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = i;
        if (quoteChar != 0) {
            throw owner.errorAfter("f-string: unterminated string");
        }
        if (depth > 0) {
            throw owner.errorAfter("f-string: unmatched '" + parens[depth - 1] + "'");
        }
        if (i >= end) {
            throw expectingBrace();
        }
        Expr value = compileExpression(exprStart, exprEnd);

        String exprText = null;
        if (body.charAt(i) == '=') {
            owner.selfDocumentingExpression();
            i++;
            while (i < end && isAsciiSpace(body.charAt(i))) {
                i++;
            }
            if (i >= end) {
                throw expectingBrace();
            }
            exprText = body.substring(exprStart, i);
        }

        int conversion = -1;
        if (body.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw expectingBrace();
            }
            conversion = body.charAt(i);
            i++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw owner.errorAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        Expr formatSpec = null;
        if (i < end && body.charAt(i) == ':') {
            i++;
            if (i >= end) {
                throw expectingBrace();
            }
            StringConcatenation.FStringState spec = new StringConcatenation.FStringState(owner);
            concat(spec, recurseLvl + 1);
            formatSpec = spec.finish(token, token);
        }

        if (i >= end || body.charAt(i) != '}') {
            throw expectingBrace();
        }
        i++;

        if (exprText != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        if (exprText != null) {
            state.concat(exprText);
        }
        state.addField(new Expr.FormattedValue(value, conversion, formatSpec,
                StringConcatenation.span(owner.first, owner.last)));
    }

    private SyntaxErrorException expectingBrace() {
        return owner.errorAfter("f-string: expecting '}'");
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** CPython's {@code fstring_compile_expr}: the empty-expression checks, then the parser. */
    private Expr compileExpression(int start, int stop) {
        int s = start;
        while (s < stop) {
            char c = body.charAt(s);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
            s++;
        }
        if (s == stop) {
            char at = body.charAt(stop);
            if (at == '!' || at == ':' || at == '=') {
                throw owner.errorAfter("f-string: expression required before '" + at + "'");
            }
            throw owner.errorAfter("f-string: empty expression not allowed");
        }
        int line = bodyLine;
        int lastNewline = -1;
        for (int k = 0; k < start; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                lastNewline = k;
            }
        }
        int col = lastNewline < 0 ? bodyCol + body.codePointCount(0, start)
                : body.codePointCount(lastNewline + 1, start);
        return owner.parseExpression(body.substring(start, stop), line, col);
    }
}
