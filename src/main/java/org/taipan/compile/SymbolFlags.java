package org.taipan.compile;

/**
 * The facts pass one records about a name in a block, as bits, with CPython 3.11's values
 * ({@code DEF_*} in {@code Include/internal/pycore_symtable.h}), so that raw flags compare
 * directly with what CPython's {@code _symtable} module reports.
 */
public final class SymbolFlags {
    private SymbolFlags() {}

    /** Named in a {@code global} statement (or bound by {@code :=} from a comprehension at module level). */
    public static final int DEF_GLOBAL = 1;
    /** Bound in the block: assignment target, {@code del}, {@code def}, {@code class}, {@code for}, {@code with ... as}, {@code except ... as}, match capture. */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter (including a comprehension's implicit {@code .0}). */
    public static final int DEF_PARAM = 2 << 1;
    /** Named in a {@code nonlocal} statement (or bound by {@code :=} from a comprehension in a function). */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** Read in the block. */
    public static final int USE = 2 << 3;
    /** Used but not defined in a nested block (unused by CPython 3.11's analysis; kept for parity). */
    public static final int DEF_FREE = 2 << 4;
    /** A class-block name that a method also uses as a free variable: read with {@code LOAD_CLASSDEREF}. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Bound by {@code import}. */
    public static final int DEF_IMPORT = 2 << 6;
    /** Target of an annotated assignment ({@code x: int}). */
    public static final int DEF_ANNOT = 2 << 7;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 2 << 8;

    /** Any binding. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Bit position of the {@link SymbolScope} code in CPython's combined flags word. */
    public static final int SCOPE_OFFSET = 11;
}
