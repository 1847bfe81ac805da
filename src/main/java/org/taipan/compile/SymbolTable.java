package org.taipan.compile;

import java.util.IdentityHashMap;
import org.taipan.ast.Expr;
import org.taipan.ast.Mod;
import org.taipan.ast.Node;
import org.taipan.ast.Stmt;

/**
 * The symbol tables of one module: which names each block binds, reads, declares, and where
 * each lives (local, global, free, cell). Built in two passes as CPython 3.11's
 * {@code _PySymtable_Build} ({@code Python/symtable.c}): {@link SymbolTableBuilder} walks the
 * AST recording facts, {@link SymbolTableAnalyzer} resolves scopes top-down.
 *
 * <p>Blocks are found by the node that opens them: the {@link Mod}, a
 * {@link Stmt.FunctionDef}, {@link Stmt.AsyncFunctionDef}, {@link Stmt.ClassDef},
 * {@link Expr.Lambda}, {@link Expr.ListComp}, {@link Expr.SetComp}, {@link Expr.DictComp} or
 * {@link Expr.GeneratorExp} (by identity, not record equality).
 */
public final class SymbolTable {
    private final SymbolTableEntry top;
    private final IdentityHashMap<Node, SymbolTableEntry> blocks;
    private final boolean futureAnnotations;

    SymbolTable(SymbolTableEntry top, IdentityHashMap<Node, SymbolTableEntry> blocks, boolean futureAnnotations) {
        this.top = top;
        this.blocks = blocks;
        this.futureAnnotations = futureAnnotations;
    }

    /**
     * Builds and analyses the symbol tables of a module, scanning it for
     * {@code from __future__ import annotations}.
     *
     * @param filename for SyntaxErrors
     * @throws org.taipan.parse.SyntaxErrorException for CPython's scoping errors
     *         ({@code name 'x' is parameter and global}, {@code no binding for nonlocal 'x' found},
     *         {@code duplicate argument ...}, walrus-in-comprehension and {@code 'yield' inside
     *         list comprehension} errors, ...), with CPython's message, line and column
     */
    public static SymbolTable build(Mod mod, String filename) {
        return build(mod, filename, null);
    }

    /**
     * As {@link #build(Mod, String)}; with the source text, error offsets are UTF-8 byte
     * columns as CPython reports them and {@code text} is the offending line.
     *
     * @param source the decoded source, or null
     */
    public static SymbolTable build(Mod mod, String filename, String source) {
        return build(mod, filename, source, FutureScanner.hasAnnotations(mod));
    }

    /**
     * As {@link #build(Mod, String, String)} with the {@code annotations} future feature
     * given (when the caller already parsed the {@code __future__} imports).
     */
    public static SymbolTable build(Mod mod, String filename, String source, boolean futureAnnotations) {
        return build(mod, filename, source, futureAnnotations, RecursionBudget.DEFAULT);
    }

    /**
     * As {@link #build(Mod, String, String, boolean)} within a nesting {@code budget}.
     *
     * @throws org.taipan.parse.SyntaxErrorException of kind RECURSION_ERROR when the tree nests
     *         statements and expressions deeper than the budget allows
     */
    public static SymbolTable build(Mod mod, String filename, String source, boolean futureAnnotations,
                                    RecursionBudget budget) {
        ScopeErrorReporter errors = new ScopeErrorReporter(filename, source);
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, futureAnnotations, filename, budget);
        SymbolTableEntry top = builder.buildModule(mod);
        new SymbolTableAnalyzer(errors).analyze(top);
        return new SymbolTable(top, builder.blocks(), futureAnnotations);
    }

    /** The module's block. */
    public SymbolTableEntry top() {
        return top;
    }

    /**
     * The block opened by {@code node}.
     *
     * @throws IllegalArgumentException if the node opens no block of this table
     */
    public SymbolTableEntry lookup(Node node) {
        SymbolTableEntry e = blocks.get(node);
        if (e == null) {
            throw new IllegalArgumentException("no symbol table entry for " + node.getClass().getSimpleName());
        }
        return e;
    }

    /** Whether the module has {@code from __future__ import annotations}. */
    public boolean futureAnnotations() {
        return futureAnnotations;
    }
}
