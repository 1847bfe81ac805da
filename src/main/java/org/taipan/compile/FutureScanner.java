package org.taipan.compile;

import java.util.List;
import org.taipan.ast.Alias;
import org.taipan.ast.Expr;
import org.taipan.ast.Mod;
import org.taipan.ast.Stmt;

/**
 * Finds {@code from __future__ import annotations} among a module's leading future imports
 * (after an optional docstring), as CPython's {@code future_parse} ({@code Python/future.c})
 * collects features. Misplaced future imports are the compiler's error, not found here.
 */
final class FutureScanner {
    private FutureScanner() {}

    static boolean hasAnnotations(Mod mod) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            case Mod.Expression e -> List.of();
        };
        boolean first = true;
        for (Stmt s : body) {
            if (first && s instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                first = false;
                continue;
            }
            first = false;
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module()) || f.level() != 0) {
                break;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }
}
