package org.taipan.parse;

/**
 * A Python {@code SyntaxError} (or {@code IndentationError} / {@code TabError}) raised by the
 * front end, before any runtime exists. The runtime turns it into the Python exception object.
 *
 * <p>Fields follow CPython's {@code SyntaxError} attributes: {@code lineno} and
 * {@code endLineno} are 1-based; {@code offset} and {@code endOffset} are 1-based character
 * (code point) columns as CPython reports them, 0 when unknown; {@code text} is the offending
 * source line with its newline, or null.
 */
public final class SyntaxErrorException extends RuntimeException {
    /** Which Python exception class this is. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError"),
        /** The parser's nesting limit (CPython's MAXSTACK), which CPython reports as MemoryError. */
        MEMORY_ERROR("MemoryError"),
        /** The compiler's nesting limit ({@code org.taipan.compile.RecursionBudget}), CPython's RecursionError. */
        RECURSION_ERROR("RecursionError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    /**
     * An {@code endOffset} CPython leaves None: errors it locates with
     * {@code PyErr_SyntaxLocationObject} (the compiler's {@code __future__} checks). The parser's
     * -1 (an error at a DEDENT or the end of input) stays -1, as CPython reports it.
     */
    public static final int NO_END_OFFSET = Integer.MIN_VALUE;
    /**
     * {@code endLineno} and {@code endOffset} of an error CPython's tokenizer raises before it has
     * a position (an unknown or contradicted source encoding): its location is the 4-tuple
     * {@code (filename, 0, -1, None)}, so {@code end_lineno} and {@code end_offset} are None.
     */
    public static final int NO_END = Integer.MIN_VALUE + 1;

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;
    /**
     * True when CPython locates this error at an end-of-input token, which has no column of its
     * own: {@code compile()} then reports the tokenizer's position, but a file run or an import
     * (CPython's file tokenizer, whose buffer is empty at end of input) reports offset 0 and so
     * prints no caret. See {@link #fileModeOffset()}.
     */
    public final boolean atEndOfInput;

    public SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                                int endLineno, int endOffset, String text) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, false);
    }

    private SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                                 int endLineno, int endOffset, String text, boolean atEndOfInput) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.atEndOfInput = atEndOfInput;
    }

    /** This error, marked as located at an end-of-input token (see {@link #atEndOfInput}). */
    public SyntaxErrorException markedAtEndOfInput() {
        return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, text, true);
    }

    /** The {@code offset} CPython reports when the source is a file being run or imported. */
    public int fileModeOffset() {
        return atEndOfInput ? 0 : offset;
    }

    /** A plain {@code SyntaxError}. */
    public static SyntaxErrorException syntax(String msg, String filename, int lineno, int offset,
                                              int endLineno, int endOffset, String text) {
        return new SyntaxErrorException(Kind.SYNTAX_ERROR, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /** {@code file:line:col: message}, the form {@code --check-syntax} prints. */
    public String toShortString() {
        return filename + ":" + lineno + ":" + offset + ": " + kind.pythonName + ": " + msg;
    }
}
