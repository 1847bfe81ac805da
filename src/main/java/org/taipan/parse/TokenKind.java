package org.taipan.parse;

/**
 * Token kinds the tokenizer hands the parser, as CPython's {@code token} module names them.
 * Operators and delimiters are all {@link #OP} (the parser compares their text); keywords and
 * soft keywords are {@link #NAME}. Comments and non-logical newlines are never produced, except
 * {@link #TYPE_COMMENT}s (the text after "# type:") when type comments are asked for.
 */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, TYPE_COMMENT
}
