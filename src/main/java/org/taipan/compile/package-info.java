/**
 * From AST to code objects, in CPython 3.11's passes.
 *
 * <h2>Symbol tables</h2>
 * {@link org.taipan.compile.SymbolTable#build} runs first (CPython's {@code Python/symtable.c}):
 * <ul>
 *   <li>{@link org.taipan.compile.SymbolTableBuilder}, pass one, walks the AST and opens a
 *       {@link org.taipan.compile.SymbolTableEntry} per module, class, function, lambda and
 *       comprehension, recording what each block does with each (mangled, {@link
 *       org.taipan.compile.Mangler}) name as {@link org.taipan.compile.SymbolFlags};</li>
 *   <li>{@link org.taipan.compile.SymbolTableAnalyzer}, pass two, decides each name's
 *       {@link org.taipan.compile.SymbolScope} (local, global, free, cell) top-down;</li>
 *   <li>both raise CPython's scoping {@code SyntaxError}s with its positions
 *       ({@link org.taipan.compile.ScopeErrorReporter}).</li>
 * </ul>
 * The compiler finds a block by the node that opens it ({@link
 * org.taipan.compile.SymbolTable#lookup}) and reads its scopes, parameters, cell and free
 * variables and generator/coroutine flags. {@code tools/symtable_dump.py} prints CPython's own
 * tables in the form {@code SymbolTableTest} compares ours with.
 *
 * <h2>Code generation</h2>
 * {@link org.taipan.compile.Compiler#compile} then generates code per block (CPython's
 * {@code Python/compile.c}) into a {@link org.taipan.code.CodeObject}.
 */
package org.taipan.compile;
