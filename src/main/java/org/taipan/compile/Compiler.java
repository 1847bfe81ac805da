package org.taipan.compile;

import org.taipan.ast.Mod;
import org.taipan.code.CodeObject;
import org.taipan.parse.Mode;

/**
 * Compiles an AST into Taipan bytecode: symbol tables ({@link SymbolTable}), then code
 * generation ({@code CodeGen}, with constant folding) into a flow graph per code object, then
 * assembly ({@code Assembler}: stack depth, exception table, positions). The result mirrors
 * what CPython 3.11's {@code compile()} produces (see {@link org.taipan.code.Opcode} for the
 * instruction set and its differences).
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a parsed module, expression or interactive statement into its top-level code object.
     *
     * @param optimize CPython's optimization level: 0 normal, 1 ({@code -O}) drops asserts,
     *                 2 ({@code -OO}) also docstrings
     * @throws org.taipan.parse.SyntaxErrorException for errors found after parsing (scoping,
     *         {@code 'return' outside function}, ...), with CPython's message and position
     */
    public static CodeObject compile(Mod mod, String filename, Mode mode, int optimize) {
        return compile(mod, filename, null, mode, optimize);
    }

    /**
     * As {@link #compile(Mod, String, Mode, int)}, with the source text: SyntaxError offsets are
     * then CPython's UTF-8 byte columns and {@code text} holds the offending line.
     *
     * @param source the decoded source the AST was parsed from, or null
     */
    public static CodeObject compile(Mod mod, String filename, String source, Mode mode, int optimize) {
        return compile(mod, filename, source, mode, optimize, org.taipan.parse.WarningSink.IGNORE);
    }

    /**
     * As {@link #compile(Mod, String, String, Mode, int)}, issuing the compiler's SyntaxWarnings
     * ({@code "is" with a literal}, {@code 'tuple' object is not callable}, ...) to {@code warnings}.
     *
     * @throws org.taipan.parse.SyntaxErrorException also for a warning {@code warnings} turned into an error
     */
    public static CodeObject compile(Mod mod, String filename, String source, Mode mode, int optimize,
                                     org.taipan.parse.WarningSink warnings) {
        return compile(mod, filename, source, mode, optimize, warnings, 0);
    }

    /**
     * The symbol table of a module as the compiler builds it ({@code _symtable.symtable}), with its
     * {@code __future__} imports applied.
     *
     * @throws org.taipan.parse.SyntaxErrorException for scope errors (a nonlocal at module level...)
     */
    public static SymbolTable symbolTable(Mod mod, String filename, String source) {
        FutureScanner.Result future = FutureScanner.scan(mod, new ScopeErrorReporter(filename, source));
        return SymbolTable.build(mod, filename, source, future.annotations());
    }

    /** CPython's {@code PyCF_MASK}: the {@code __future__} features' code flags. */
    public static final int FUTURE_FLAGS_MASK = 0x1FE0000;

    /**
     * {@code ast.PyCF_ALLOW_TOP_LEVEL_AWAIT}: {@code await}, {@code async for}, {@code async with}
     * and asynchronous comprehensions are allowed in the module's own code, which is then a
     * coroutine ({@code CO_COROUTINE}) to await (the asyncio REPL's flag).
     */
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** {@code CO_FUTURE_ANNOTATIONS} (PEP 563). */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /**
     * As {@link #compile(Mod, String, String, Mode, int, org.taipan.parse.WarningSink)} with
     * {@code __future__} features given from outside (CPython's {@code cf_flags}: {@code
     * compile()}'s flags and those inherited from the calling code). Every code object gets the
     * features in effect in its {@code co_flags} ({@code compute_code_flags}), so code compiled by
     * it inherits them in turn.
     *
     * @param futureFlags {@code CO_FUTURE_*} bits; others are ignored
     */
    public static CodeObject compile(Mod mod, String filename, String source, Mode mode, int optimize,
                                     org.taipan.parse.WarningSink warnings, int futureFlags) {
        return compile(mod, filename, source, mode, optimize, warnings, futureFlags, RecursionBudget.DEFAULT);
    }

    /**
     * As {@link #compile(Mod, String, String, Mode, int, org.taipan.parse.WarningSink, int)} within
     * a nesting {@code budget} (the caller's Python frames and recursion limit).
     *
     * @throws org.taipan.parse.SyntaxErrorException of kind RECURSION_ERROR ("maximum recursion depth
     *         exceeded during compilation") for a tree nested deeper than the budget allows
     */
    public static CodeObject compile(Mod mod, String filename, String source, Mode mode, int optimize,
                                     org.taipan.parse.WarningSink warnings, int futureFlags, RecursionBudget budget) {
        int features = futureFlags & FUTURE_FLAGS_MASK;
        // future.c runs before the symbol table, so its errors come first
        FutureScanner.Result future = FutureScanner.scan(mod, new ScopeErrorReporter(filename, source));
        if (future.annotations()) {
            features |= CO_FUTURE_ANNOTATIONS;
        }
        SymbolTable st = SymbolTable.build(mod, filename, source, (features & CO_FUTURE_ANNOTATIONS) != 0, budget);
        CodeGen gen = new CodeGen(filename, source, optimize, st);
        gen.warnings = warnings;
        gen.futureFlags = features;
        gen.topLevelAwait = (futureFlags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0;
        gen.futureLastLine = future.lastLine();
        return gen.compileModule(mod);
    }
}
