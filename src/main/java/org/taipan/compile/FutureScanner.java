package org.taipan.compile;

import java.util.List;
import org.taipan.ast.Alias;
import org.taipan.ast.Expr;
import org.taipan.ast.Mod;
import org.taipan.ast.Stmt;

/**
 * A module's leading {@code from __future__} imports (after an optional docstring), as CPython's
 * {@code future_parse} ({@code Python/future.c}) reads them before the symbol table is built.
 * A future import later in the file is the compiler's error ({@link CodeGen}), except one that
 * follows other statements on the same line as the leading ones, which is found here.
 */
final class FutureScanner {
    private FutureScanner() {}

    /** Features CPython 3.11's {@code __future__} defines. */
    static final java.util.Set<String> FEATURES = java.util.Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /**
     * What {@link #scan} found.
     *
     * @param annotations whether {@code annotations} is among the leading future imports
     * @param lastLine the line of the last leading future import, 0 when there is none
     *                 (CPython's {@code ff_lineno}: a future import on a later line is misplaced)
     */
    record Result(boolean annotations, int lastLine) {}

    /**
     * CPython's {@code future_parse} with its errors: "not a chance" for {@code braces}, "future
     * feature X is not defined", and "from __future__ imports must occur at the beginning of the
     * file" for {@code import os; from __future__ import x} on one line.
     *
     * @throws org.taipan.parse.SyntaxErrorException those errors, located as future.c locates them:
     *         at the statement's UTF-8 column plus one (the late import: plus nothing), no end column
     */
    static Result scan(Mod mod, ScopeErrorReporter errors) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            case Mod.Expression e -> List.of();
        };
        boolean annotations = false;
        int lastLine = 0;
        boolean done = false;
        int prevLine = 0;
        int i = isDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = s.pos().line();
            if (done && line > prevLine) {
                break;
            }
            prevLine = line;
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    throw errors.atStatementStart("from __future__ imports must occur at the beginning of the file",
                            f.pos(), 0);
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) {
                        throw errors.atStatementStart("not a chance", f.pos(), 1);
                    }
                    if (!FEATURES.contains(a.name())) {
                        throw errors.atStatementStart("future feature " + a.name() + " is not defined", f.pos(), 1);
                    }
                    annotations |= a.name().equals("annotations");
                }
                lastLine = line;
            } else {
                done = true;
            }
        }
        return new Result(annotations, lastLine);
    }

    private static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && (c.value() instanceof String || c.value() instanceof org.taipan.ast.ConstantValue.Str);
    }

    /** Whether the leading future imports name {@code annotations}, without {@link #scan}'s errors. */
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
