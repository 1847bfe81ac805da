package org.taipan.compile;

/**
 * The kind of block a {@link SymbolTableEntry} describes, as CPython 3.11's {@code _Py_block_ty}
 * ({@code Include/internal/pycore_symtable.h}). Lambdas, comprehensions and generator
 * expressions are {@link #FUNCTION} blocks; {@link SymbolTableEntry#comprehensionKind()} tells
 * the comprehensions apart.
 */
public enum BlockType {
    /** A {@code def}, {@code async def}, lambda, comprehension or generator expression. */
    FUNCTION(0),
    /** A class body. */
    CLASS(1),
    /** The module (also {@code eval} and {@code single} mode input). */
    MODULE(2),
    /**
     * The annotations of a function or variable under {@code from __future__ import annotations}.
     * CPython builds these blocks only to reject {@code yield}, {@code await} and {@code :=} in
     * annotations; they are never analysed, never listed as children and never compiled.
     */
    ANNOTATION(3);

    /** CPython's numeric value, as {@code _symtable}'s {@code type} attribute shows it. */
    public final int code;

    BlockType(int code) {
        this.code = code;
    }
}
