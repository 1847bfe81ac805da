package org.taipan.compile;

/**
 * Where a name lives, as decided by the analysis pass: CPython 3.11's scope values
 * ({@code LOCAL} .. {@code CELL} in {@code pycore_symtable.h}).
 *
 * <p>What the compiler emits for each, in a function block: {@link #LOCAL} uses
 * {@code *_FAST}; {@link #CELL} and {@link #FREE} use {@code *_DEREF} (a class block reads a
 * free name with {@code LOAD_CLASSDEREF}); {@link #GLOBAL_EXPLICIT} uses {@code *_GLOBAL};
 * {@link #GLOBAL_IMPLICIT} uses {@code *_GLOBAL} in an optimized (function) block and
 * {@code *_NAME} in a module or class block. A module or class block uses {@code *_NAME} for
 * {@link #LOCAL} names.
 */
public enum SymbolScope {
    LOCAL(1), GLOBAL_EXPLICIT(2), GLOBAL_IMPLICIT(3), FREE(4), CELL(5);

    /** CPython's numeric value (stored at bit {@link SymbolFlags#SCOPE_OFFSET} of the flags). */
    public final int code;

    SymbolScope(int code) {
        this.code = code;
    }
}
