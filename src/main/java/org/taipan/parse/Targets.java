package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;

/**
 * Assignment and deletion targets: turning an expression parsed in load context into a target
 * ({@code Store} / {@code Del} context), finding the part of an expression that cannot be a
 * target, and naming expressions in error messages. Matches CPython 3.11's
 * {@code _PyPegen_set_expr_context}, {@code _PyPegen_get_invalid_target} and
 * {@code _PyPegen_get_expr_name} (Parser/action_helpers.c, Parser/pegen.c).
 */
final class Targets {
    private Targets() {}

    /** What kind of target list is being checked (CPython's {@code TARGETS_TYPE}). */
    enum Kind { STAR, DEL, FOR }

    /**
     * The first sub-expression of {@code e} that cannot stand in a target list of this kind, or
     * null if every part can.
     */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e == null) {
            return null;
        }
        return switch (e) {
            case Expr.ListExpr l -> firstInvalid(l.elts(), kind);
            case Expr.Tuple t -> firstInvalid(t.elts(), kind);
            case Expr.Starred s -> kind == Kind.DEL ? s : invalidTarget(s.value(), kind);
            case Expr.Compare c -> {
                if (kind == Kind.FOR) {
                    // 'a in b' of 'for a in b' parses as a comparison: look at its left side.
                    yield c.ops().get(0) == CmpOperator.IN ? invalidTarget(c.left(), kind) : null;
                }
                yield c;
            }
            case Expr.Name n -> null;
            case Expr.Subscript s -> null;
            case Expr.Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** True if {@code e} can be an assignment target (starred elements only inside a list or tuple). */
    static boolean isValidStore(Expr e, boolean top) {
        return switch (e) {
            case Expr.Name n -> true;
            case Expr.Attribute a -> true;
            case Expr.Subscript s -> true;
            case Expr.Starred s -> isValidStore(s.value(), false) && !(s.value() instanceof Expr.Starred);
            case Expr.Tuple t -> t.elts().stream().allMatch(x -> isValidStore(x, false));
            case Expr.ListExpr l -> l.elts().stream().allMatch(x -> isValidStore(x, false));
            default -> false;
        };
    }

    /** True if {@code e} can be a {@code del} target. */
    static boolean isValidDel(Expr e) {
        return switch (e) {
            case Expr.Name n -> true;
            case Expr.Attribute a -> true;
            case Expr.Subscript s -> true;
            case Expr.Tuple t -> t.elts().stream().allMatch(Targets::isValidDel);
            case Expr.ListExpr l -> l.elts().stream().allMatch(Targets::isValidDel);
            default -> false;
        };
    }

    /** A copy of target {@code e} (already validated) with context {@code ctx} throughout. */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Expr.Starred s -> new Expr.Starred(withContext(s.value(), ctx), ctx, s.pos());
            case Expr.Tuple t -> new Expr.Tuple(all(t.elts(), ctx), ctx, t.pos());
            case Expr.ListExpr l -> new Expr.ListExpr(all(l.elts(), ctx), ctx, l.pos());
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withContext(x, ctx));
        }
        return List.copyOf(out);
    }

    /** How CPython's error messages name an expression ({@code _PyPegen_get_expr_name}). */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.None.NONE) {
                    yield "None";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (v == ConstantValue.Ellipsis.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
