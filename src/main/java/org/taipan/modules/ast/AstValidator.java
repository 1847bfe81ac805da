package org.taipan.modules.ast;

import java.util.List;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Mod;
import org.taipan.ast.Node;
import org.taipan.ast.Operator;
import org.taipan.ast.Pattern;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.ast.UnaryOperator;
import org.taipan.ast.WithItem;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyException;

/**
 * The checks CPython 3.11 runs on a tree built from Python objects before compiling it
 * ({@code _PyAST_Validate}, Python/ast.c): expression contexts ({@code ValueError: expression must
 * have Load context but has Store instead}), non-empty bodies and targets, matching list lengths
 * (Dict, Compare, arguments), constant types, source ranges, identifiers that cannot name a
 * variable ({@code None}, {@code True}, {@code False}) and the shapes {@code match} patterns may
 * take. The parser never produces a tree that fails these, so only {@code compile()} of an AST
 * object runs them.
 */
final class AstValidator {
    private AstValidator() {}

    /**
     * @throws PyException ValueError or TypeError with CPython's message for the first problem
     */
    static void validate(Mod mod) {
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body(), ExprContext.LOAD);
        }
    }

    private static PyException value(String fmt, Object... args) {
        return Errors.valueError(fmt, args);
    }

    /** CPython's VALIDATE_POSITIONS. */
    private static void positions(Node n) {
        Pos p = n.pos();
        if (p.line() > p.endLine()) {
            throw value("AST node line range (%d, %d) is not valid", p.line(), p.endLine());
        }
        if (p.line() < 0 && p.endLine() != p.line() || p.col() < 0 && p.col() != p.endCol()) {
            throw value("AST node column range (%d, %d) for line range (%d, %d) is not valid", p.col(), p.endCol(),
                    p.line(), p.endLine());
        }
        if (p.line() == p.endLine() && p.col() > p.endCol()) {
            throw value("line %d, column %d-%d is not a valid range", p.line(), p.col(), p.endCol());
        }
    }

    private static void name(String id) {
        if (id != null && (id.equals("None") || id.equals("True") || id.equals("False"))) {
            throw value("identifier field can't represent '%s' constant", id);
        }
    }

    private static void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            if (s == null) {
                throw value("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private static void exprs(List<Expr> list, ExprContext ctx, boolean nullOk) {
        for (Expr e : list) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw value("None disallowed in expression list");
            }
        }
    }

    private static void optional(Expr e) {
        if (e != null) {
            expr(e, ExprContext.LOAD);
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw value("empty %s on %s", what, owner);
        }
    }

    private static void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void identifiers(List<String> names, String owner) {
        for (String n : names) {
            if (n == null) {
                throw value("None disallowed in identifier list of %s", owner);
            }
        }
    }

    private static void stmt(Stmt s) {
        positions(s);
        switch (s) {
            case Stmt.FunctionDef f -> function(f.body(), "FunctionDef", f.args(), f.decoratorList(), f.returns());
            case Stmt.AsyncFunctionDef f ->
                    function(f.body(), "AsyncFunctionDef", f.args(), f.decoratorList(), f.returns());
            case Stmt.ClassDef c -> {
                body(c.body(), "ClassDef");
                exprs(c.bases(), ExprContext.LOAD, false);
                keywords(c.keywords());
                exprs(c.decoratorList(), ExprContext.LOAD, false);
            }
            case Stmt.Return r -> optional(r.value());
            case Stmt.Delete d -> {
                nonEmpty(d.targets(), "targets", "Delete");
                exprs(d.targets(), ExprContext.DEL, false);
            }
            case Stmt.Assign a -> {
                nonEmpty(a.targets(), "targets", "Assign");
                exprs(a.targets(), ExprContext.STORE, false);
                expr(a.value(), ExprContext.LOAD);
            }
            case Stmt.AugAssign a -> {
                expr(a.target(), ExprContext.STORE);
                expr(a.value(), ExprContext.LOAD);
            }
            case Stmt.AnnAssign a -> {
                if (a.simple() && !(a.target() instanceof Expr.Name)) {
                    throw Errors.typeError("AnnAssign with simple non-Name target");
                }
                expr(a.target(), ExprContext.STORE);
                optional(a.value());
                expr(a.annotation(), ExprContext.LOAD);
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "For");
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "AsyncFor");
            case Stmt.While w -> {
                expr(w.test(), ExprContext.LOAD);
                body(w.body(), "While");
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test(), ExprContext.LOAD);
                body(i.body(), "If");
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body(), "With");
            case Stmt.AsyncWith w -> with(w.items(), w.body(), "AsyncWith");
            case Stmt.Match m -> {
                expr(m.subject(), ExprContext.LOAD);
                nonEmpty(m.cases(), "cases", "Match");
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), false);
                    optional(c.guard());
                    body(c.body(), "match_case");
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), ExprContext.LOAD);
                    optional(r.cause());
                } else if (r.cause() != null) {
                    throw value("Raise with cause but no exception");
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Stmt.Assert a -> {
                expr(a.test(), ExprContext.LOAD);
                optional(a.msg());
            }
            case Stmt.Import i -> nonEmpty(i.names(), "names", "Import");
            case Stmt.ImportFrom i -> {
                if (i.level() < 0) {
                    throw value("Negative ImportFrom level");
                }
                nonEmpty(i.names(), "names", "ImportFrom");
            }
            case Stmt.Global g -> {
                nonEmpty(g.names(), "names", "Global");
                identifiers(g.names(), "Global");
            }
            case Stmt.Nonlocal n -> {
                nonEmpty(n.names(), "names", "Nonlocal");
                identifiers(n.names(), "Nonlocal");
            }
            case Stmt.ExprStmt e -> expr(e.value(), ExprContext.LOAD);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private static void function(List<Stmt> body, String owner, Arguments args, List<Expr> decorators, Expr returns) {
        body(body, owner);
        arguments(args);
        exprs(decorators, ExprContext.LOAD, false);
        optional(returns);
    }

    private static void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String owner) {
        expr(target, ExprContext.STORE);
        expr(iter, ExprContext.LOAD);
        body(body, owner);
        stmts(orelse);
    }

    private static void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem item : items) {
            expr(item.contextExpr(), ExprContext.LOAD);
            if (item.optionalVars() != null) {
                expr(item.optionalVars(), ExprContext.STORE);
            }
        }
        body(body, owner);
    }

    private static void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                List<Stmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw value("%s has neither except handlers nor finalbody", owner);
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw value("%s has orelse but no except handlers", owner);
        }
        for (ExceptHandler h : handlers) {
            if (h == null) {
                throw value("None disallowed in handler list of %s", owner);
            }
            positions(h);
            optional(h.type());
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value(), ExprContext.LOAD);
        }
    }

    private static void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            optional(a.annotation());
        }
    }

    private static void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            positions(a.vararg());
            optional(a.vararg().annotation());
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            positions(a.kwarg());
            optional(a.kwarg().annotation());
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw value("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw value("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.LOAD, false);
        exprs(a.kwDefaults(), ExprContext.LOAD, true);
    }

    private static void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw value("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.STORE);
            expr(c.iter(), ExprContext.LOAD);
            exprs(c.ifs(), ExprContext.LOAD, false);
        }
    }

    private static String ctxName(ExprContext c) {
        return switch (c) {
            case LOAD -> "Load";
            case STORE -> "Store";
            case DEL -> "Del";
        };
    }

    private static void expr(Expr e, ExprContext ctx) {
        positions(e);
        ExprContext actual = switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.Name n -> n.ctx();
            case Expr.ListExpr l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> null;
        };
        if (actual == null && ctx != ExprContext.LOAD) {
            throw value("expression which can't be assigned to in %s context", ctxName(ctx));
        }
        if (actual != null && actual != ctx) {
            throw value("expression must have %s context but has %s instead", ctxName(ctx), ctxName(actual));
        }
        ExprContext load = ExprContext.LOAD;
        switch (e) {
            case Expr.BoolOp b -> {
                if (b.values().size() < 2) {
                    throw value("BoolOp with less than 2 values");
                }
                exprs(b.values(), load, false);
            }
            case Expr.BinOp b -> {
                expr(b.left(), load);
                expr(b.right(), load);
            }
            case Expr.UnaryOp u -> expr(u.operand(), load);
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body(), load);
            }
            case Expr.IfExp i -> {
                expr(i.test(), load);
                expr(i.body(), load);
                expr(i.orelse(), load);
            }
            case Expr.Dict d -> {
                if (d.keys().size() != d.values().size()) {
                    throw value("Dict doesn't have the same number of keys as values");
                }
                exprs(d.keys(), load, true);
                exprs(d.values(), load, false);
            }
            case Expr.Set s -> exprs(s.elts(), load, false);
            case Expr.ListComp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.SetComp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.GeneratorExp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.DictComp c -> {
                comprehension(c.generators());
                expr(c.key(), load);
                expr(c.value(), load);
            }
            case Expr.Yield y -> optional(y.value());
            case Expr.YieldFrom y -> expr(y.value(), load);
            case Expr.Await a -> expr(a.value(), load);
            case Expr.Compare c -> {
                if (c.comparators().isEmpty()) {
                    throw value("Compare with no comparators");
                }
                if (c.comparators().size() != c.ops().size()) {
                    throw value("Compare has a different number of comparators and operands");
                }
                exprs(c.comparators(), load, false);
                expr(c.left(), load);
            }
            case Expr.Call c -> {
                expr(c.func(), load);
                exprs(c.args(), load, false);
                keywords(c.keywords());
            }
            case Expr.Constant c -> {
                if (c.value() instanceof PythonToAst.InvalidConstant bad) {
                    throw Errors.typeError("got an invalid type in Constant: %s", bad.typeName());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values(), load, false);
            case Expr.FormattedValue f -> {
                expr(f.value(), load);
                optional(f.formatSpec());
                int conv = f.conversion();
                if (conv != -1 && conv != 's' && conv != 'r' && conv != 'a') {
                    throw Errors.of(ExceptionTypes.SystemError, "Unrecognized conversion character " + conv);
                }
            }
            case Expr.Attribute a -> expr(a.value(), load);
            case Expr.Subscript s -> {
                expr(s.slice(), load);
                expr(s.value(), load);
            }
            case Expr.Starred s -> expr(s.value(), ctx);
            case Expr.Slice s -> {
                optional(s.lower());
                optional(s.upper());
                optional(s.step());
            }
            case Expr.ListExpr l -> exprs(l.elts(), ctx, false);
            case Expr.Tuple t -> exprs(t.elts(), ctx, false);
            case Expr.NamedExpr n -> {
                if (!(n.target() instanceof Expr.Name)) {
                    throw Errors.typeError("NamedExpr target must be a Name");
                }
                expr(n.value(), load);
            }
            case Expr.Name n -> name(n.id());
        }
    }

    // ---- patterns (validate_pattern and its helpers) ----

    private static void pattern(Pattern p, boolean starOk) {
        if (p == null) {
            throw value("None disallowed in pattern list");
        }
        positions(p);
        switch (p) {
            case Pattern.MatchValue v -> matchValue(v.value());
            case Pattern.MatchSingleton s -> {
                Object v = s.value();
                if (!(v instanceof ConstantValue.None) && !(v instanceof Boolean)) {
                    throw value("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence s -> patterns(s.patterns(), true);
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw value("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c
                            && (c.value() instanceof ConstantValue.None || c.value() instanceof Boolean)) {
                        continue;
                    }
                    if (key == null) {
                        throw value("None disallowed in expression list");
                    }
                    matchValue(key);
                }
                patterns(m.patterns(), false);
            }
            case Pattern.MatchClass c -> {
                if (c.kwdAttrs().size() != c.kwdPatterns().size()) {
                    throw value("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                expr(c.cls(), ExprContext.LOAD);
                Expr cls = c.cls();
                while (!(cls instanceof Expr.Name)) {
                    if (cls instanceof Expr.Attribute a) {
                        cls = a.value();
                    } else {
                        throw value("MatchClass cls field can only contain Name or Attribute nodes.");
                    }
                }
                for (String attr : c.kwdAttrs()) {
                    if (attr == null) {
                        throw value("None disallowed in identifier list of MatchClass");
                    }
                    name(attr);
                }
                patterns(c.patterns(), false);
                patterns(c.kwdPatterns(), false);
            }
            case Pattern.MatchStar s -> {
                if (!starOk) {
                    throw value("can't use MatchStar here");
                }
                if (s.name() != null) {
                    capture(s.name());
                }
            }
            case Pattern.MatchAs a -> {
                if (a.name() != null) {
                    capture(a.name());
                }
                if (a.pattern() != null) {
                    if (a.name() == null) {
                        throw value("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(a.pattern(), false);
                }
            }
            case Pattern.MatchOr o -> {
                if (o.patterns().size() < 2) {
                    throw value("MatchOr requires at least 2 patterns");
                }
                patterns(o.patterns(), false);
            }
        }
    }

    private static void patterns(List<Pattern> ps, boolean starOk) {
        for (Pattern p : ps) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw value("can't capture name '_' in patterns");
        }
        name(name);
    }

    /** validate_pattern_match_value: literals, signed numbers, complex literals, attribute lookups. */
    private static void matchValue(Expr e) {
        expr(e, ExprContext.LOAD);
        boolean ok = switch (e) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double
                        || v instanceof ConstantValue.Bytes || v instanceof ConstantValue.Imaginary
                        || v instanceof String || v instanceof ConstantValue.Str) {
                    yield true;
                }
                throw value("unexpected constant inside of a literal pattern");
            }
            case Expr.Attribute a -> true;
            case Expr.UnaryOp u -> negative(u, true, true);
            case Expr.BinOp b -> complexLiteral(b);
            case Expr.JoinedStr j -> true;
            default -> false;
        };
        if (!ok) {
            throw value("patterns may only match literals and attribute lookups");
        }
    }

    private static boolean number(Expr e, boolean real, boolean imaginary) {
        if (!(e instanceof Expr.Constant c)) {
            return false;
        }
        Object v = c.value();
        return real && (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double)
                || imaginary && v instanceof ConstantValue.Imaginary;
    }

    private static boolean negative(Expr.UnaryOp u, boolean real, boolean imaginary) {
        return u.op() == UnaryOperator.USUB && number(u.operand(), real, imaginary);
    }

    private static boolean complexLiteral(Expr.BinOp b) {
        if (b.op() != Operator.ADD && b.op() != Operator.SUB) {
            return false;
        }
        boolean left = switch (b.left()) {
            case Expr.Constant c -> number(c, true, false);
            case Expr.UnaryOp u -> negative(u, true, false);
            default -> false;
        };
        return left && number(b.right(), false, true);
    }
}
