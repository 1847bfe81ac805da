package org.taipan.modules.ast;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Pos;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * Turns the parser's AST records into instances of the {@code _ast} classes, as CPython's
 * {@code PyAST_mod2obj} does for {@code compile(..., PyCF_ONLY_AST)} and {@code ast.parse}.
 * Fields are read from the records by name (the records mirror Python.asdl with camel-case
 * names); column offsets become UTF-8 byte offsets into their line, as CPython's are.
 */
public final class AstToPython {
    private final PyModule astModule;
    private final org.taipan.ast.Utf8Columns columns;
    /** expr_context and operator nodes are shared singletons, as in CPython. */
    private final Map<String, PyObject> singletons = new HashMap<>();

    /** Nodes being converted, counted from the budget's start (Python-ast.c's {@code recursion_depth}). */
    private int recursionDepth;
    private final int recursionLimit;

    private AstToPython(PyModule astModule, String source, org.taipan.compile.RecursionBudget budget) {
        this.astModule = astModule;
        // CPython 3.11.7's ast2obj count is 3 units ahead of the symbol table's under the same
        // frames (measured: ast.parse of a 2,991-term sum at module level fails, compile() of it not)
        this.recursionDepth = budget.start() + org.taipan.compile.RecursionBudget.FRAME_SCALE;
        this.recursionLimit = budget.limit();
        this.columns = new org.taipan.ast.Utf8Columns(source);
    }

    /**
     * The {@code ast.Module}/{@code Expression}/{@code Interactive} object for {@code mod}.
     *
     * @param source the text {@code mod} was parsed from, for byte offsets (may be null)
     * @throws org.taipan.runtime.PyException RecursionError "maximum recursion depth exceeded
     *         during ast construction" for nodes nested deeper than CPython's {@code ast2obj_*}
     *         allow (3 per frame of the recursion limit, less the caller's frames)
     */
    public static PyObject convert(org.taipan.ast.Mod mod, String source) {
        ThreadState ts = ThreadState.current();
        PyObject m = ts.interpreter.importModule("_ast", new PyDict(), PyNone.NONE, 0);
        org.taipan.compile.RecursionBudget budget = org.taipan.compile.RecursionBudget.of(ts.depth,
                ts.interpreter.recursionLimit());
        return new AstToPython((PyModule) m, source, budget).value(mod, null);
    }

    /**
     * As {@link #convert(org.taipan.ast.Mod, String)} for a tree parsed with type comments: its
     * "# type: ignore" comments become the Module's {@code type_ignores}.
     */
    public static PyObject convert(org.taipan.ast.Mod mod, String source, List<org.taipan.ast.TypeIgnore> typeIgnores) {
        PyObject tree = convert(mod, source);
        if (mod instanceof org.taipan.ast.Mod.Module && !typeIgnores.isEmpty()) {
            PyList ignores = new PyList();
            for (org.taipan.ast.TypeIgnore ti : typeIgnores) {
                ignores.append(converter().value(ti, null));
            }
            Abstract.setAttr(tree, PyStr.of("type_ignores"), ignores);
        }
        return tree;
    }

    /**
     * {@code ast.parse(s, mode='func_type')}'s {@code ast.FunctionType} object.
     *
     * @throws org.taipan.runtime.PyException RecursionError as {@link #convert(org.taipan.ast.Mod, String)}
     */
    public static PyObject convert(org.taipan.ast.FunctionType functionType, String source) {
        return converter(source).value(functionType, null);
    }

    private static AstToPython converter() {
        return converter(null);
    }

    private static AstToPython converter(String source) {
        ThreadState ts = ThreadState.current();
        PyObject m = ts.interpreter.importModule("_ast", new PyDict(), PyNone.NONE, 0);
        org.taipan.compile.RecursionBudget budget = org.taipan.compile.RecursionBudget.of(ts.depth,
                ts.interpreter.recursionLimit());
        return new AstToPython((PyModule) m, source, budget);
    }

    private PyObject value(Object v, AstSpec.Field field) {
        return switch (v) {
            case null -> PyNone.NONE;
            case List<?> list -> {
                PyList l = new PyList();
                for (Object o : list) {
                    l.append(value(o, field));
                }
                yield l;
            }
            case String s -> PyStr.of(s);
            case Integer i -> PyInt.of(i);
            case Boolean b when field != null && field.type().equals("int") -> PyInt.of(b ? 1 : 0);
            case org.taipan.ast.ConstantValue.None n -> PyNone.NONE;
            case org.taipan.ast.ConstantValue.Ellipsis e -> org.taipan.runtime.PyCode.constant(e);
            case Enum<?> e -> singleton(enumName(e));
            case Record r when r instanceof org.taipan.ast.Node || isProduct(r) -> node(r);
            default -> org.taipan.runtime.PyCode.constant(v);
        };
    }

    private static boolean isProduct(Record r) {
        return r instanceof org.taipan.ast.Arguments || r instanceof org.taipan.ast.Comprehension
                || r instanceof org.taipan.ast.WithItem || r instanceof org.taipan.ast.MatchCase
                || r instanceof org.taipan.ast.FunctionType || r instanceof org.taipan.ast.TypeIgnore;
    }

    private PyObject singleton(String name) {
        return singletons.computeIfAbsent(name, n -> Callables.call(cls(n)));
    }

    private PyObject cls(String name) {
        return astModule.dict().getItem(PyStr.of(name));
    }

    private PyObject node(Record r) {
        if (++recursionDepth > recursionLimit) {
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.RecursionError,
                    "maximum recursion depth exceeded during ast construction");
        }
        PyObject obj = nodeObject(r);
        recursionDepth--;
        return obj;
    }

    private PyObject nodeObject(Record r) {
        String name = pythonName(r.getClass());
        AstSpec.Kind kind = AstSpec.KINDS.get(name);
        PyObject obj = Callables.call(cls(name));
        Map<String, Object> components = components(r);
        for (AstSpec.Field f : kind.fields()) {
            String javaName = camel(f.name());
            Object v = components.containsKey(javaName) ? components.get(javaName) : missing(f);
            Abstract.setAttr(obj, PyStr.of(f.name()), value(v, f));
        }
        if (components.get("pos") instanceof Pos p && !AstSpec.attributesOf(kind).isEmpty()) {
            Abstract.setAttr(obj, PyStr.of("lineno"), PyInt.of(p.line()));
            Abstract.setAttr(obj, PyStr.of("col_offset"), PyInt.of(byteOffset(p.line(), p.col())));
            Abstract.setAttr(obj, PyStr.of("end_lineno"), PyInt.of(p.endLine()));
            Abstract.setAttr(obj, PyStr.of("end_col_offset"), PyInt.of(byteOffset(p.endLine(), p.endCol())));
        }
        return obj;
    }

    /** A field the records do not carry ({@code Module.type_ignores}): empty or absent. */
    private static Object missing(AstSpec.Field f) {
        return f.quantifier() == '*' ? List.of() : null;
    }

    private static Map<String, Object> components(Record r) {
        Map<String, Object> m = new HashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("AST record " + r.getClass().getName() + " unreadable", e);
            }
        }
        return m;
    }

    /** The UTF-8 length of the first {@code col} code points of line {@code line} (1-based). */
    private int byteOffset(int line, int col) {
        return columns.of(line, col);
    }

    /** The ASDL name of a record class: its simple name, but for two that Java spells otherwise. */
    static String pythonName(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "ListExpr" -> "List";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            case "Comprehension" -> "comprehension";
            default -> c.getSimpleName();
        };
    }

    /** The ASDL name of an operator or context constant ({@code BIT_OR} is {@code BitOr}). */
    static String enumName(Enum<?> e) {
        return switch (e.name()) {
            case "LSHIFT" -> "LShift";
            case "RSHIFT" -> "RShift";
            case "UADD" -> "UAdd";
            case "USUB" -> "USub";
            default -> {
                StringBuilder sb = new StringBuilder();
                for (String part : e.name().split("_")) {
                    sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
                }
                yield sb.toString();
            }
        };
    }

    /** {@code decorator_list} is the record component {@code decoratorList}. */
    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }
}
