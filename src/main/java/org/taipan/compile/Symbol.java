package org.taipan.compile;

import static org.taipan.compile.SymbolFlags.*;

/**
 * One name in one block after analysis: its (mangled) name, the {@link SymbolFlags} bits pass
 * one recorded and the {@link SymbolScope} pass two decided. The predicates match CPython's
 * {@code symtable.Symbol} methods of the same names ({@code Lib/symtable.py}).
 *
 * @param name  the mangled name ({@code __x} in class {@code C} is {@code _C__x})
 * @param flags the {@code DEF_*} / {@code USE} bits, without the scope
 * @param scope where the name lives
 */
public record Symbol(String name, int flags, SymbolScope scope) {
    /**
     * CPython's combined word: flags with the scope code at {@link SymbolFlags#SCOPE_OFFSET} (none
     * for a name pass two gave no scope).
     */
    public int rawFlags() {
        return scope == null ? flags : flags | scope.code << SCOPE_OFFSET;
    }

    /** Read somewhere in the block. */
    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    /** A parameter of the block. */
    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** Global, explicitly declared or implicitly. */
    public boolean isGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT;
    }

    /** Declared {@code global} (here, or implied by {@code :=} in a comprehension at module level). */
    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    /** Declared {@code nonlocal} (here, or implied by {@code :=} in a comprehension). */
    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /** Local or cell: the block itself binds it. */
    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
    }

    /** Bound here and used by a nested block: lives in a cell. */
    public boolean isCell() {
        return scope == SymbolScope.CELL;
    }

    /** Bound in an enclosing function block: read through the closure. */
    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    /** A class-block name a method uses as free: {@code LOAD_CLASSDEREF} material. */
    public boolean isFreeClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }

    /** Bound by {@code import}. */
    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    /** Bound by an assignment-like statement (not by import or as a parameter). */
    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    /** Target of an annotated assignment. */
    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    /** Bound in the block in any way ({@link SymbolFlags#DEF_BOUND}). */
    public boolean isBound() {
        return (flags & DEF_BOUND) != 0;
    }
}
