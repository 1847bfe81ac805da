package org.taipan.compile;

import java.math.BigInteger;
import java.util.List;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.Keyword;

/**
 * Turns an annotation expression back into source text, for {@code from __future__ import
 * annotations} (PEP 563), as CPython 3.11's {@code Python/ast_unparse.c}: minimal parentheses
 * by operator precedence, string constants in {@code repr} form.
 */
final class AstUnparser {
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 7;
    private static final int BXOR = 8;
    private static final int BAND = 9;
    private static final int SHIFT = 10;
    private static final int ARITH = 11;
    private static final int TERM = 12;
    private static final int FACTOR = 13;
    private static final int POWER = 14;
    private static final int AWAIT = 15;
    private static final int ATOM = 16;

    private final StringBuilder sb = new StringBuilder();

    private AstUnparser() {}

    /** The source text of an expression. */
    static String unparse(Expr e) {
        AstUnparser u = new AstUnparser();
        u.expr(e, TEST);
        return u.sb.toString();
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                int pr = b.op() == org.taipan.ast.BoolOperator.AND ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        sb.append(pr == AND ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                sb.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
            case Expr.BinOp b -> {
                int pr = switch (b.op()) {
                    case ADD, SUB -> ARITH;
                    case MULT, MAT_MULT, DIV, MOD, FLOOR_DIV -> TERM;
                    case LSHIFT, RSHIFT -> SHIFT;
                    case BIT_OR -> BOR;
                    case BIT_XOR -> BXOR;
                    case BIT_AND -> BAND;
                    case POW -> POWER;
                };
                boolean rassoc = b.op() == org.taipan.ast.Operator.POW;
                open(level > pr);
                expr(b.left(), rassoc ? pr + 1 : pr);
                sb.append(' ').append(b.op().symbol).append(' ');
                expr(b.right(), rassoc ? pr : pr + 1);
                close(level > pr);
            }
            case Expr.UnaryOp un -> {
                int pr = un.op() == org.taipan.ast.UnaryOperator.NOT ? NOT : FACTOR;
                open(level > pr);
                sb.append(switch (un.op()) {
                    case NOT -> "not ";
                    case INVERT -> "~";
                    case UADD -> "+";
                    case USUB -> "-";
                });
                expr(un.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > TEST);
                sb.append("lambda");
                String a = arguments(l.args());
                if (!a.isEmpty()) {
                    sb.append(' ').append(a);
                }
                sb.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                sb.append(" if ");
                expr(i.test(), TEST + 1);
                sb.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        sb.append("**");
                        expr(d.values().get(i), BOR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        sb.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                sb.append('}');
            }
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    sb.append("{*()}");
                } else {
                    sb.append('{');
                    seq(s.elts());
                    sb.append('}');
                }
            }
            case Expr.ListComp c -> comp("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comp("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comp("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp c -> comp("(", c.elt(), null, c.generators(), ")");
            case Expr.Await a -> {
                open(level > AWAIT);
                sb.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                sb.append("(yield");
                if (y.value() != null) {
                    sb.append(' ');
                    expr(y.value(), TEST);
                }
                sb.append(')');
            }
            case Expr.YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value(), TEST);
                sb.append(')');
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(' ').append(c.ops().get(i).symbol).append(' ');
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> {
                expr(c.func(), ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp) {
                    expr(c.args().get(0), TEST);
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    expr(a, TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    if (k.arg() == null) {
                        sb.append("**");
                    } else {
                        sb.append(k.arg()).append('=');
                    }
                    expr(k.value(), TEST);
                }
                sb.append(')');
            }
            case Expr.FormattedValue f -> {
                sb.append("f").append(repr(fstringBody(List.of(f))));
            }
            case Expr.JoinedStr j -> sb.append("f").append(repr(fstringBody(j.values())));
            case Expr.Constant c -> {
                if (c.kind() != null) {
                    sb.append(c.kind()); // the u of u'...' survives in a PEP 563 annotation
                }
                constant(c.value());
            }
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                if (a.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof BigInteger)) {
                    sb.append(' ');
                }
                sb.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                sb.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    seq(t.elts());
                    if (t.elts().size() == 1) {
                        sb.append(',');
                    }
                } else {
                    expr(s.slice(), TUPLE);
                }
                sb.append(']');
            }
            case Expr.Starred s -> {
                sb.append('*');
                expr(s.value(), BOR);
            }
            case Expr.Name n -> sb.append(n.id());
            case Expr.ListExpr l -> {
                sb.append('[');
                seq(l.elts());
                sb.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > TUPLE);
                seq(t.elts());
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(level > TUPLE);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                sb.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    sb.append(':');
                    expr(s.step(), TEST);
                }
            }
        }
    }

    private String fstringBody(List<Expr> values) {
        StringBuilder out = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                out.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof Expr.FormattedValue f) {
                // above a test's priority, as CPython's append_fstring_element: a lambda or a
                // conditional expression gets parentheses
                AstUnparser sub = new AstUnparser();
                sub.expr(f.value(), TEST + 1);
                String inner = sub.sb.toString();
                out.append('{');
                if (inner.startsWith("{")) {
                    out.append(' ');
                }
                out.append(inner);
                if (f.conversion() > 0) {
                    out.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    out.append(':').append(fstringBody(spec.values()));
                }
                out.append('}');
            }
        }
        return out.toString();
    }

    private void comp(String open, Expr elt, Expr val, List<Comprehension> gens, String close) {
        sb.append(open);
        expr(elt, TEST);
        if (val != null) {
            sb.append(": ");
            expr(val, TEST);
        }
        for (Comprehension g : gens) {
            sb.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            sb.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr i : g.ifs()) {
                sb.append(" if ");
                expr(i, TEST + 1);
            }
        }
        sb.append(close);
    }

    private void seq(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), TEST);
        }
    }

    private String arguments(Arguments a) {
        StringBuilder out = new StringBuilder();
        int nposonly = a.posonlyargs().size();
        List<Arg> pos = new java.util.ArrayList<>(a.posonlyargs());
        pos.addAll(a.args());
        int firstDefault = pos.size() - a.defaults().size();
        for (int i = 0; i < pos.size(); i++) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(pos.get(i).arg());
            if (i >= firstDefault) {
                out.append('=').append(unparse(a.defaults().get(i - firstDefault)));
            }
            if (i == nposonly - 1) {
                out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('*');
            if (a.vararg() != null) {
                out.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            out.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                out.append('=').append(unparse(d));
            }
        }
        if (a.kwarg() != null) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append("**").append(a.kwarg().arg());
        }
        return out.toString();
    }

    private void constant(Object v) {
        switch (v) {
            case ConstantValue.None n -> sb.append("None");
            case ConstantValue.Ellipsis el -> sb.append("...");
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l);
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append(Double.isInfinite(d) ? (d > 0 ? "1e309" : "-1e309") : floatRepr(d));
            case ConstantValue.Imaginary im -> sb.append(Double.isInfinite(im.imag()) ? "1e309"
                    : floatRepr(im.imag()).replaceAll("\\.0$", "")).append('j');
            case String s -> sb.append(repr(s));
            case ConstantValue.Bytes b -> {
                StringBuilder out = new StringBuilder("b'");
                for (byte x : b.bytes()) {
                    int c = x & 0xFF;
                    if (c == '\'' || c == '\\') {
                        out.append('\\').append((char) c);
                    } else if (c >= 32 && c < 127) {
                        out.append((char) c);
                    } else {
                        out.append(String.format("\\x%02x", c));
                    }
                }
                sb.append(out).append('\'');
            }
            default -> sb.append(v);
        }
    }

    /** Python's {@code repr} of a float: shortest round-tripping digits, fixed or exponent form as {@code float_repr}. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits.substring(decpt));
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits.substring(1));
            }
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            if (Math.abs(exp) < 10) {
                out.append('0');
            }
            out.append(Math.abs(exp));
        }
        return out.toString();
    }

    /** Python's {@code repr} of a str. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 32 || c == 127) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(q).toString();
    }

    private void open(boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }
}
