package org.taipan.compile;

import org.taipan.ast.Stmt;

/** Compiles {@code match} statements (CPython 3.11's {@code compiler_match}). */
final class PatternCompiler {
    private final CodeGen g;

    PatternCompiler(CodeGen g) {
        this.g = g;
    }

    void match(Stmt.Match m) {
        throw g.error("match statements are not supported yet", m.pos());
    }
}
