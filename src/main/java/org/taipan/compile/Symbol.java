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
    /** CPython's combined word: flags with the scope code at {@link SymbolFlags#SCOPE_OFFSET}. */
    public int rawFlags() {
        return flags | (scope.code << SCOPE_OFFSET);
    }

    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** Global, explicitly declared or implicitly. */
    public boolean isGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT;
    }

    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /** Local or cell: the block itself binds it. */
    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
    }

    public boolean isCell() {
        return scope == SymbolScope.CELL;
    }

    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    /** A class-block name a method uses as free: {@code LOAD_CLASSDEREF} material. */
    public boolean isFreeClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }

    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    public boolean isBound() {
        return (flags & DEF_BOUND) != 0;
    }
}
