package org.taipan.parse;

/** What a piece of source is compiled as: CPython's {@code compile()} modes. */
public enum Mode {
    /** {@code 'exec'}: a module, a file, a string of statements. */
    EXEC,
    /** {@code 'eval'}: one expression. */
    EVAL,
    /** {@code 'single'}: one interactive statement; expression values are printed. */
    SINGLE
}
