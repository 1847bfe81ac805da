package org.taipan.ast;

/** Any AST node that carries a source position. */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, Arg, Keyword, Alias, ExceptHandler {
    /** Where the node stands in the source. */
    Pos pos();
}
