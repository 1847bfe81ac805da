package org.taipan.ast;

import java.util.List;

/**
 * Statements, one record per {@code stmt} constructor of CPython 3.11's Python.asdl, with the
 * same field names in camel case. Optional fields are {@code null} when absent; lists are never
 * {@code null} (empty instead) and are unmodifiable.
 */
public sealed interface Stmt extends Node {
    /**
     * Whether {@code s} is a compound statement, one with a block of its own (the grammar's
     * {@code compound_stmt}: {@code match} too).
     */
    static boolean isCompound(Stmt s) {
        return switch (s) {
            case If x -> true;
            case While x -> true;
            case For x -> true;
            case AsyncFor x -> true;
            case With x -> true;
            case AsyncWith x -> true;
            case Try x -> true;
            case TryStar x -> true;
            case FunctionDef x -> true;
            case AsyncFunctionDef x -> true;
            case ClassDef x -> true;
            case Match x -> true;
            default -> false;
        };
    }

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns, String typeComment, Pos pos) implements Stmt {}

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                            Expr returns, String typeComment, Pos pos) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, Pos pos) implements Stmt {}

    record Return(Expr value, Pos pos) implements Stmt {}

    record Delete(List<Expr> targets, Pos pos) implements Stmt {}

    /** {@code a = b = value}: several targets, one value. */
    record Assign(List<Expr> targets, Expr value, String typeComment, Pos pos) implements Stmt {}

    record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {}

    /** {@code simple} is true for a bare name target not in parentheses, as in CPython. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
               Pos pos) implements Stmt {}

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
                    Pos pos) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos) implements Stmt {}

    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos) implements Stmt {}

    record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {}

    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               Pos pos) implements Stmt {}

    /** {@code try ... except* ...} (PEP 654). */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                   Pos pos) implements Stmt {}

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

    record Import(List<Alias> names, Pos pos) implements Stmt {}

    /** {@code module} is null for {@code from . import x}; {@code level} counts the dots. */
    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {}

    record Global(List<String> names, Pos pos) implements Stmt {}

    record Nonlocal(List<String> names, Pos pos) implements Stmt {}

    /** An expression statement. */
    record ExprStmt(Expr value, Pos pos) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
