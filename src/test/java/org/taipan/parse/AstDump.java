package org.taipan.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Alias;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.BoolOperator;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Mod;
import org.taipan.ast.Operator;
import org.taipan.ast.Pattern;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.ast.UnaryOperator;
import org.taipan.ast.WithItem;

/**
 * Prints an AST in exactly the format of CPython 3.11's {@code ast.dump(node)} (optionally with
 * {@code include_attributes=True}), so expected values can be pasted from CPython's output.
 * Optional fields that are absent are left out, as {@code ast.dump} does.
 */
final class AstDump {
    private final boolean attributes;
    private final StringBuilder sb = new StringBuilder();

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    static String dump(Object node, boolean attributes) {
        AstDump d = new AstDump(attributes);
        d.value(node);
        return d.sb.toString();
    }

    /** One field: name and value; {@code optional} fields are omitted when null. */
    private record F(String name, Object value, boolean optional) {}

    private static F f(String name, Object value) {
        return new F(name, value, false);
    }

    private static F opt(String name, Object value) {
        return new F(name, value, true);
    }

    private void node(String name, Pos pos, F... fields) {
        sb.append(name).append('(');
        boolean first = true;
        for (F field : fields) {
            if (field.optional && field.value == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(field.name).append('=');
            value(field.value);
        }
        if (attributes && pos != null) {
            String attrs = "lineno=" + pos.line() + ", col_offset=" + pos.col() + ", end_lineno=" + pos.endLine()
                    + ", end_col_offset=" + pos.endCol();
            if (!first) {
                sb.append(", ");
            }
            sb.append(attrs);
        }
        sb.append(')');
    }

    private void value(Object v) {
        switch (v) {
            case null -> sb.append("None");
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(list.get(i));
                }
                sb.append(']');
            }
            case String s -> sb.append(repr(s));
            case Boolean b -> sb.append(b ? "True" : "False");
            case Integer i -> sb.append(i);
            case Long l -> sb.append(l);
            case BigInteger bi -> sb.append(bi);
            case Double d -> sb.append(floatRepr(d));
            case ConstantValue.None n -> sb.append("None");
            case ConstantValue.Ellipsis e -> sb.append("Ellipsis");
            case ConstantValue.Imaginary im -> sb.append(imagRepr(im.imag()));
            case ConstantValue.Bytes b -> sb.append(bytesRepr(b.bytes()));
            case ExprContext c -> sb.append(switch (c) {
                case LOAD -> "Load()";
                case STORE -> "Store()";
                case DEL -> "Del()";
            });
            case Operator o -> sb.append(switch (o) {
                case ADD -> "Add()";
                case SUB -> "Sub()";
                case MULT -> "Mult()";
                case MAT_MULT -> "MatMult()";
                case DIV -> "Div()";
                case MOD -> "Mod()";
                case POW -> "Pow()";
                case LSHIFT -> "LShift()";
                case RSHIFT -> "RShift()";
                case BIT_OR -> "BitOr()";
                case BIT_XOR -> "BitXor()";
                case BIT_AND -> "BitAnd()";
                case FLOOR_DIV -> "FloorDiv()";
            });
            case BoolOperator o -> sb.append(o == BoolOperator.AND ? "And()" : "Or()");
            case UnaryOperator o -> sb.append(switch (o) {
                case INVERT -> "Invert()";
                case NOT -> "Not()";
                case UADD -> "UAdd()";
                case USUB -> "USub()";
            });
            case CmpOperator o -> sb.append(switch (o) {
                case EQ -> "Eq()";
                case NOT_EQ -> "NotEq()";
                case LT -> "Lt()";
                case LT_E -> "LtE()";
                case GT -> "Gt()";
                case GT_E -> "GtE()";
                case IS -> "Is()";
                case IS_NOT -> "IsNot()";
                case IN -> "In()";
                case NOT_IN -> "NotIn()";
            });
            case Mod m -> mod(m);
            case Stmt s -> stmt(s);
            case Expr e -> expr(e);
            case Pattern p -> pattern(p);
            case Arguments a -> node("arguments", null, f("posonlyargs", a.posonlyargs()), f("args", a.args()),
                    opt("vararg", a.vararg()), f("kwonlyargs", a.kwonlyargs()), f("kw_defaults", a.kwDefaults()),
                    opt("kwarg", a.kwarg()), f("defaults", a.defaults()));
            case Arg a -> node("arg", a.pos(), f("arg", a.arg()), opt("annotation", a.annotation()),
                    opt("type_comment", a.typeComment()));
            case Keyword k -> node("keyword", k.pos(), opt("arg", k.arg()), f("value", k.value()));
            case Alias a -> node("alias", a.pos(), f("name", a.name()), opt("asname", a.asname()));
            case WithItem w -> node("withitem", null, f("context_expr", w.contextExpr()),
                    opt("optional_vars", w.optionalVars()));
            case Comprehension c -> node("comprehension", null, f("target", c.target()), f("iter", c.iter()),
                    f("ifs", c.ifs()), f("is_async", c.isAsync() ? 1 : 0));
            case ExceptHandler h -> node("ExceptHandler", h.pos(), opt("type", h.type()), opt("name", h.name()),
                    f("body", h.body()));
            case MatchCase c -> node("match_case", null, f("pattern", c.pattern()), opt("guard", c.guard()),
                    f("body", c.body()));
            default -> throw new IllegalArgumentException("cannot dump " + v.getClass());
        }
    }

    private void mod(Mod m) {
        switch (m) {
            case Mod.Module x -> node("Module", null, f("body", x.body()), f("type_ignores", List.of()));
            case Mod.Interactive x -> node("Interactive", null, f("body", x.body()));
            case Mod.Expression x -> node("Expression", null, f("body", x.body()));
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef x -> node("FunctionDef", x.pos(), f("name", x.name()), f("args", x.args()),
                    f("body", x.body()), f("decorator_list", x.decoratorList()), opt("returns", x.returns()),
                    opt("type_comment", x.typeComment()));
            case Stmt.AsyncFunctionDef x -> node("AsyncFunctionDef", x.pos(), f("name", x.name()),
                    f("args", x.args()), f("body", x.body()), f("decorator_list", x.decoratorList()),
                    opt("returns", x.returns()), opt("type_comment", x.typeComment()));
            case Stmt.ClassDef x -> node("ClassDef", x.pos(), f("name", x.name()), f("bases", x.bases()),
                    f("keywords", x.keywords()), f("body", x.body()), f("decorator_list", x.decoratorList()));
            case Stmt.Return x -> node("Return", x.pos(), opt("value", x.value()));
            case Stmt.Delete x -> node("Delete", x.pos(), f("targets", x.targets()));
            case Stmt.Assign x -> node("Assign", x.pos(), f("targets", x.targets()), f("value", x.value()),
                    opt("type_comment", x.typeComment()));
            case Stmt.AugAssign x -> node("AugAssign", x.pos(), f("target", x.target()), f("op", x.op()),
                    f("value", x.value()));
            case Stmt.AnnAssign x -> node("AnnAssign", x.pos(), f("target", x.target()),
                    f("annotation", x.annotation()), opt("value", x.value()), f("simple", x.simple() ? 1 : 0));
            case Stmt.For x -> node("For", x.pos(), f("target", x.target()), f("iter", x.iter()),
                    f("body", x.body()), f("orelse", x.orelse()), opt("type_comment", x.typeComment()));
            case Stmt.AsyncFor x -> node("AsyncFor", x.pos(), f("target", x.target()), f("iter", x.iter()),
                    f("body", x.body()), f("orelse", x.orelse()), opt("type_comment", x.typeComment()));
            case Stmt.While x -> node("While", x.pos(), f("test", x.test()), f("body", x.body()),
                    f("orelse", x.orelse()));
            case Stmt.If x -> node("If", x.pos(), f("test", x.test()), f("body", x.body()), f("orelse", x.orelse()));
            case Stmt.With x -> node("With", x.pos(), f("items", x.items()), f("body", x.body()),
                    opt("type_comment", x.typeComment()));
            case Stmt.AsyncWith x -> node("AsyncWith", x.pos(), f("items", x.items()), f("body", x.body()),
                    opt("type_comment", x.typeComment()));
            case Stmt.Match x -> node("Match", x.pos(), f("subject", x.subject()), f("cases", x.cases()));
            case Stmt.Raise x -> node("Raise", x.pos(), opt("exc", x.exc()), opt("cause", x.cause()));
            case Stmt.Try x -> node("Try", x.pos(), f("body", x.body()), f("handlers", x.handlers()),
                    f("orelse", x.orelse()), f("finalbody", x.finalbody()));
            case Stmt.TryStar x -> node("TryStar", x.pos(), f("body", x.body()), f("handlers", x.handlers()),
                    f("orelse", x.orelse()), f("finalbody", x.finalbody()));
            case Stmt.Assert x -> node("Assert", x.pos(), f("test", x.test()), opt("msg", x.msg()));
            case Stmt.Import x -> node("Import", x.pos(), f("names", x.names()));
            case Stmt.ImportFrom x -> node("ImportFrom", x.pos(), opt("module", x.module()), f("names", x.names()),
                    f("level", x.level()));
            case Stmt.Global x -> node("Global", x.pos(), f("names", x.names()));
            case Stmt.Nonlocal x -> node("Nonlocal", x.pos(), f("names", x.names()));
            case Stmt.ExprStmt x -> node("Expr", x.pos(), f("value", x.value()));
            case Stmt.Pass x -> node("Pass", x.pos());
            case Stmt.Break x -> node("Break", x.pos());
            case Stmt.Continue x -> node("Continue", x.pos());
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp x -> node("BoolOp", x.pos(), f("op", x.op()), f("values", x.values()));
            case Expr.NamedExpr x -> node("NamedExpr", x.pos(), f("target", x.target()), f("value", x.value()));
            case Expr.BinOp x -> node("BinOp", x.pos(), f("left", x.left()), f("op", x.op()), f("right", x.right()));
            case Expr.UnaryOp x -> node("UnaryOp", x.pos(), f("op", x.op()), f("operand", x.operand()));
            case Expr.Lambda x -> node("Lambda", x.pos(), f("args", x.args()), f("body", x.body()));
            case Expr.IfExp x -> node("IfExp", x.pos(), f("test", x.test()), f("body", x.body()),
                    f("orelse", x.orelse()));
            case Expr.Dict x -> node("Dict", x.pos(), f("keys", x.keys()), f("values", x.values()));
            case Expr.Set x -> node("Set", x.pos(), f("elts", x.elts()));
            case Expr.ListComp x -> node("ListComp", x.pos(), f("elt", x.elt()), f("generators", x.generators()));
            case Expr.SetComp x -> node("SetComp", x.pos(), f("elt", x.elt()), f("generators", x.generators()));
            case Expr.DictComp x -> node("DictComp", x.pos(), f("key", x.key()), f("value", x.value()),
                    f("generators", x.generators()));
            case Expr.GeneratorExp x -> node("GeneratorExp", x.pos(), f("elt", x.elt()),
                    f("generators", x.generators()));
            case Expr.Await x -> node("Await", x.pos(), f("value", x.value()));
            case Expr.Yield x -> node("Yield", x.pos(), opt("value", x.value()));
            case Expr.YieldFrom x -> node("YieldFrom", x.pos(), f("value", x.value()));
            case Expr.Compare x -> node("Compare", x.pos(), f("left", x.left()), f("ops", x.ops()),
                    f("comparators", x.comparators()));
            case Expr.Call x -> node("Call", x.pos(), f("func", x.func()), f("args", x.args()),
                    f("keywords", x.keywords()));
            case Expr.FormattedValue x -> node("FormattedValue", x.pos(), f("value", x.value()),
                    f("conversion", x.conversion()), opt("format_spec", x.formatSpec()));
            case Expr.JoinedStr x -> node("JoinedStr", x.pos(), f("values", x.values()));
            case Expr.Constant x -> node("Constant", x.pos(), f("value", x.value()), opt("kind", x.kind()));
            case Expr.Attribute x -> node("Attribute", x.pos(), f("value", x.value()), f("attr", x.attr()),
                    f("ctx", x.ctx()));
            case Expr.Subscript x -> node("Subscript", x.pos(), f("value", x.value()), f("slice", x.slice()),
                    f("ctx", x.ctx()));
            case Expr.Starred x -> node("Starred", x.pos(), f("value", x.value()), f("ctx", x.ctx()));
            case Expr.Name x -> node("Name", x.pos(), f("id", x.id()), f("ctx", x.ctx()));
            case Expr.ListExpr x -> node("List", x.pos(), f("elts", x.elts()), f("ctx", x.ctx()));
            case Expr.Tuple x -> node("Tuple", x.pos(), f("elts", x.elts()), f("ctx", x.ctx()));
            case Expr.Slice x -> node("Slice", x.pos(), opt("lower", x.lower()), opt("upper", x.upper()),
                    opt("step", x.step()));
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue x -> node("MatchValue", x.pos(), f("value", x.value()));
            case Pattern.MatchSingleton x -> node("MatchSingleton", x.pos(), f("value", x.value()));
            case Pattern.MatchSequence x -> node("MatchSequence", x.pos(), f("patterns", x.patterns()));
            case Pattern.MatchMapping x -> node("MatchMapping", x.pos(), f("keys", x.keys()),
                    f("patterns", x.patterns()), opt("rest", x.rest()));
            case Pattern.MatchClass x -> node("MatchClass", x.pos(), f("cls", x.cls()), f("patterns", x.patterns()),
                    f("kwd_attrs", x.kwdAttrs()), f("kwd_patterns", x.kwdPatterns()));
            case Pattern.MatchStar x -> node("MatchStar", x.pos(), opt("name", x.name()));
            case Pattern.MatchAs x -> node("MatchAs", x.pos(), opt("pattern", x.pattern()), opt("name", x.name()));
            case Pattern.MatchOr x -> node("MatchOr", x.pos(), f("patterns", x.patterns()));
        }
    }

    /** Python's {@code repr} of a str (non-printable characters escaped as str.isprintable decides). */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (!printable(cp)) {
                if (cp < 0x100) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = bd.precision() - bd.scale() - 1;
        if (exp >= -4 && exp < 16) {
            String plain = bd.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = bd.unscaledValue().abs().toString();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    private static String imagRepr(double d) {
        String s = floatRepr(d);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + "j";
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }
}
