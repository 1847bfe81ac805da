package org.taipan.ast;

/**
 * Source span of a node, as CPython's {@code lineno}, {@code col_offset}, {@code end_lineno}
 * and {@code end_col_offset} attributes.
 *
 * <p>Lines are 1-based. Columns are 0-based offsets in <em>code points</em> from the start of
 * the line (CPython stores UTF-8 byte offsets in the AST but reports character offsets in
 * tracebacks and {@code SyntaxError}; we keep characters and convert where bytes are asked for).
 * The end column is exclusive.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    /** A position for synthesized nodes that have no source. */
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
