package org.taipan.modules.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node types of CPython 3.11's abstract grammar (Parser/Python.asdl) as data: every sum type
 * with its constructors, every product type, each with its fields in order. The {@code _ast}
 * classes, their {@code _fields}/{@code _attributes}/docstrings, and both conversions between
 * Taipan's AST records and Python objects are driven by this one table.
 */
final class AstSpec {
    private AstSpec() {}

    /** One field: ASDL type name, quantifier ({@code ' '} one, {@code '?'} optional, {@code '*'} sequence), name. */
    record Field(String type, char quantifier, String name) {
        String spec() {
            return type + (quantifier == ' ' ? "" : String.valueOf(quantifier)) + " " + name;
        }
    }

    /**
     * A class of {@code _ast}: a sum type (abstract, {@code base} "AST"), one of its constructors
     * ({@code base} the sum), or a product type ({@code base} "AST").
     */
    record Kind(String name, String base, List<Field> fields, List<Field> attributes, boolean isSum, String doc) {}

    private static final List<Field> POSITIONS = fields("int lineno, int col_offset, int? end_lineno, int? end_col_offset");
    private static final List<Field> PATTERN_POSITIONS = fields("int lineno, int col_offset, int end_lineno, int end_col_offset");

    /** Every class by name, bases before subclasses. */
    static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        sum("mod", List.of(), "Module(stmt* body, type_ignore* type_ignores)", "Interactive(stmt* body)",
                "Expression(expr body)", "FunctionType(expr* argtypes, expr returns)");
        sum("stmt", POSITIONS,
                "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
                "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
                "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
                "Return(expr? value)", "Delete(expr* targets)", "Assign(expr* targets, expr value, string? type_comment)",
                "AugAssign(expr target, operator op, expr value)",
                "AnnAssign(expr target, expr annotation, expr? value, int simple)",
                "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
                "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
                "While(expr test, stmt* body, stmt* orelse)", "If(expr test, stmt* body, stmt* orelse)",
                "With(withitem* items, stmt* body, string? type_comment)",
                "AsyncWith(withitem* items, stmt* body, string? type_comment)", "Match(expr subject, match_case* cases)",
                "Raise(expr? exc, expr? cause)",
                "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
                "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
                "Assert(expr test, expr? msg)", "Import(alias* names)",
                "ImportFrom(identifier? module, alias* names, int? level)", "Global(identifier* names)",
                "Nonlocal(identifier* names)", "Expr(expr value)", "Pass", "Break", "Continue");
        sum("expr", POSITIONS, "BoolOp(boolop op, expr* values)", "NamedExpr(expr target, expr value)",
                "BinOp(expr left, operator op, expr right)", "UnaryOp(unaryop op, expr operand)",
                "Lambda(arguments args, expr body)", "IfExp(expr test, expr body, expr orelse)",
                "Dict(expr* keys, expr* values)", "Set(expr* elts)", "ListComp(expr elt, comprehension* generators)",
                "SetComp(expr elt, comprehension* generators)",
                "DictComp(expr key, expr value, comprehension* generators)",
                "GeneratorExp(expr elt, comprehension* generators)", "Await(expr value)", "Yield(expr? value)",
                "YieldFrom(expr value)", "Compare(expr left, cmpop* ops, expr* comparators)",
                "Call(expr func, expr* args, keyword* keywords)",
                "FormattedValue(expr value, int conversion, expr? format_spec)", "JoinedStr(expr* values)",
                "Constant(constant value, string? kind)", "Attribute(expr value, identifier attr, expr_context ctx)",
                "Subscript(expr value, expr slice, expr_context ctx)", "Starred(expr value, expr_context ctx)",
                "Name(identifier id, expr_context ctx)", "List(expr* elts, expr_context ctx)",
                "Tuple(expr* elts, expr_context ctx)", "Slice(expr? lower, expr? upper, expr? step)");
        sum("expr_context", List.of(), "Load", "Store", "Del");
        sum("boolop", List.of(), "And", "Or");
        sum("operator", List.of(), "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
                "BitXor", "BitAnd", "FloorDiv");
        sum("unaryop", List.of(), "Invert", "Not", "UAdd", "USub");
        sum("cmpop", List.of(), "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn");
        product("comprehension", List.of(), "expr target, expr iter, expr* ifs, int is_async");
        sum("excepthandler", POSITIONS, "ExceptHandler(expr? type, identifier? name, stmt* body)");
        product("arguments", List.of(),
                "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults");
        product("arg", POSITIONS, "identifier arg, expr? annotation, string? type_comment");
        product("keyword", POSITIONS, "identifier? arg, expr value");
        product("alias", POSITIONS, "identifier name, identifier? asname");
        product("withitem", List.of(), "expr context_expr, expr? optional_vars");
        product("match_case", List.of(), "pattern pattern, expr? guard, stmt* body");
        sum("pattern", PATTERN_POSITIONS, "MatchValue(expr value)", "MatchSingleton(constant value)",
                "MatchSequence(pattern* patterns)", "MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
                "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
                "MatchStar(identifier? name)", "MatchAs(pattern? pattern, identifier? name)", "MatchOr(pattern* patterns)");
        sum("type_ignore", List.of(), "TypeIgnore(int lineno, string tag)");
    }

    private static void sum(String name, List<Field> attributes, String... constructors) {
        StringBuilder doc = new StringBuilder(name).append(" = ");
        String pad = " ".repeat(name.length() + 1) + "| ";
        List<Kind> kinds = new ArrayList<>();
        // A sum of bare names (expr_context, operator) is documented on one line.
        boolean simple = java.util.Arrays.stream(constructors).noneMatch(c -> c.contains("("));
        for (int i = 0; i < constructors.length; i++) {
            String c = constructors[i];
            int paren = c.indexOf('(');
            String cname = paren < 0 ? c : c.substring(0, paren);
            List<Field> f = paren < 0 ? List.of() : fields(c.substring(paren + 1, c.length() - 1));
            kinds.add(new Kind(cname, name, f, List.of(), false, c));
            doc.append(i == 0 ? "" : simple ? " | " : "\n" + pad).append(c);
        }
        KINDS.put(name, new Kind(name, "AST", List.of(), attributes, true, doc.toString()));
        for (Kind k : kinds) {
            KINDS.put(k.name(), k);
        }
    }

    private static void product(String name, List<Field> attributes, String fieldList) {
        KINDS.put(name, new Kind(name, "AST", fields(fieldList), attributes, false, name + "(" + fieldList + ")"));
    }

    private static List<Field> fields(String list) {
        List<Field> out = new ArrayList<>();
        for (String part : list.split(",\\s*")) {
            String[] tn = part.trim().split(" ");
            String type = tn[0];
            char q = ' ';
            if (type.endsWith("?") || type.endsWith("*")) {
                q = type.charAt(type.length() - 1);
                type = type.substring(0, type.length() - 1);
            }
            out.add(new Field(type, q, tn[1]));
        }
        return List.copyOf(out);
    }

    /** The position attributes a constructor inherits from its sum type (or has as a product type). */
    static List<Field> attributesOf(Kind k) {
        if (!k.attributes().isEmpty() || k.base().equals("AST")) {
            return k.attributes();
        }
        return KINDS.get(k.base()).attributes();
    }
}
