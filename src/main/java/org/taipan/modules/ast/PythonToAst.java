package org.taipan.modules.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.BoolOperator;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Mod;
import org.taipan.ast.Operator;
import org.taipan.ast.Pos;
import org.taipan.ast.UnaryOperator;
import org.taipan.code.CodeObject;
import org.taipan.parse.Mode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;

/**
 * Turns a tree of {@code _ast} objects back into the compiler's AST records, as CPython 3.11's
 * {@code PyAST_obj2mod} ({@code obj2ast_*} in Python/Python-ast.c) does for {@code compile(tree,
 * ...)}: the same order of reads (a sum node's position attributes before its kind, a product's
 * fields before its positions), the same errors ({@code TypeError: required field "lineno"
 * missing from stmt}, {@code expected some sort of expr, but got ...}, {@code Module field
 * "body" must be a list, not a int}, {@code ValueError: field 'value' is required for Expr},
 * {@code invalid integer value: ...}, {@code AST identifier must be of type str}). Semantic checks
 * (contexts, empty bodies, constant types) are {@link AstValidator}'s, run afterwards as CPython
 * runs {@code _PyAST_Validate}.
 *
 * <p>Column offsets stay CPython's UTF-8 byte offsets (there is no source to map them back to
 * code points). A complex constant with a real part, which the records cannot hold, becomes
 * {@code real + imag j} (a run-time addition that gives the same value but for the sign of a zero
 * real part).
 */
public final class PythonToAst {
    /** A constant of a type {@code compile()} refuses; {@link AstValidator} raises the TypeError. */
    record InvalidConstant(String typeName) {}

    /** Which Java enum each operator-like sum maps to (constructors in ASDL order = ordinals). */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of("expr_context", ExprContext.class,
            "boolop", BoolOperator.class, "operator", Operator.class, "unaryop", UnaryOperator.class, "cmpop",
            CmpOperator.class);

    /** The constructors of each sum type, in ASDL order. */
    private static final Map<String, List<AstSpec.Kind>> CONSTRUCTORS = new LinkedHashMap<>();

    /** The record class of each ASDL constructor or product name. */
    private static final Map<String, Class<?>> RECORDS = new HashMap<>();

    static {
        for (AstSpec.Kind k : AstSpec.KINDS.values()) {
            if (!k.isSum() && !k.base().equals("AST")) {
                CONSTRUCTORS.computeIfAbsent(k.base(), b -> new ArrayList<>()).add(k);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> sealed : List.of(Mod.class, org.taipan.ast.Stmt.class, Expr.class,
                org.taipan.ast.Pattern.class)) {
            classes.addAll(List.of(sealed.getPermittedSubclasses()));
        }
        classes.addAll(List.of(org.taipan.ast.ExceptHandler.class, org.taipan.ast.Arg.class,
                org.taipan.ast.Keyword.class, org.taipan.ast.Alias.class, org.taipan.ast.Arguments.class,
                org.taipan.ast.Comprehension.class, org.taipan.ast.WithItem.class, org.taipan.ast.MatchCase.class));
        for (Class<?> c : classes) {
            RECORDS.put(AstToPython.pythonName(c), c);
        }
    }

    private final PyModule astModule;

    private PythonToAst(PyModule astModule) {
        this.astModule = astModule;
    }

    /**
     * The AST records for {@code tree}, a {@code Module}, {@code Expression} or {@code
     * Interactive} object as {@code mode} requires, checked by {@link AstValidator}.
     *
     * @throws org.taipan.runtime.PyException TypeError "expected Module node, got Expression" and
     *         the conversion and validation errors of CPython
     */
    public static Mod convert(PyObject tree, Mode mode) {
        PyObject m = ThreadState.current().interpreter.importModule("_ast", new PyDict(), PyNone.NONE, 0);
        PythonToAst conv = new PythonToAst((PyModule) m);
        String required = switch (mode) {
            case EXEC -> "Module";
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
        };
        if (!Abstract.isInstance(tree, conv.cls(required))) {
            throw Errors.typeError("expected %s node, got %.400s", required, tree.type().name());
        }
        Mod mod = (Mod) conv.sum(tree, "mod");
        AstValidator.validate(mod);
        return mod;
    }

    private PyType cls(String name) {
        return (PyType) astModule.dict().getItem(PyStr.of(name));
    }

    /** One field or element of type {@code type}; null for an absent optional node. */
    private Object value(PyObject v, String type) {
        return switch (type) {
            case "identifier" -> identifier(v);
            case "string" -> string(v);
            case "int" -> intValue(v);
            case "constant" -> constant(v);
            default -> {
                if (ENUMS.containsKey(type)) {
                    yield enumValue(v, type);
                }
                yield AstSpec.KINDS.get(type).isSum() ? sum(v, type) : product(v, type);
            }
        };
    }

    /** {@code obj2ast_<sum>}: None is an absent node; position attributes first, then the kind. */
    private Object sum(PyObject obj, String sumName) {
        if (obj == PyNone.NONE) {
            return null;
        }
        ThreadState ts = RecursionGuard.enter(" while traversing '" + sumName + "' node");
        try {
            Pos pos = positions(obj, AstSpec.KINDS.get(sumName).attributes(), sumName);
            for (AstSpec.Kind k : CONSTRUCTORS.get(sumName)) {
                if (Abstract.isInstance(obj, cls(k.name()))) {
                    return build(k, fields(obj, k), pos);
                }
            }
            throw Errors.typeError("expected some sort of %s, but got %s", sumName, Abstract.repr(obj));
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    /** {@code obj2ast_<product>}: fields, then position attributes (arg, keyword, alias). */
    private Object product(PyObject obj, String name) {
        ThreadState ts = RecursionGuard.enter(" while traversing '" + name + "' node");
        try {
            AstSpec.Kind k = AstSpec.KINDS.get(name);
            Map<String, Object> fields = fields(obj, k);
            Pos pos = positions(obj, k.attributes(), name);
            return build(k, fields, pos);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private Object enumValue(PyObject obj, String sumName) {
        List<AstSpec.Kind> kinds = CONSTRUCTORS.get(sumName);
        for (int i = 0; i < kinds.size(); i++) {
            if (Abstract.isInstance(obj, cls(kinds.get(i).name()))) {
                return ENUMS.get(sumName).getEnumConstants()[i];
            }
        }
        throw Errors.typeError("expected some sort of %s, but got %s", sumName, Abstract.repr(obj));
    }

    /** The fields of constructor {@code k} read from {@code obj}, by ASDL name. */
    private Map<String, Object> fields(PyObject obj, AstSpec.Kind k) {
        Map<String, Object> out = new HashMap<>();
        for (AstSpec.Field f : k.fields()) {
            PyObject tmp = Abstract.lookupAttr(obj, PyStr.of(f.name()));
            if (f.quantifier() == '?' && (tmp == null || tmp == PyNone.NONE)) {
                out.put(f.name(), null);
                continue;
            }
            if (tmp == null) {
                throw Errors.typeError("required field \"%s\" missing from %s", f.name(), k.name());
            }
            if (f.quantifier() == '*') {
                out.put(f.name(), sequence(tmp, f, k.name()));
            } else {
                out.put(f.name(), value(tmp, f.type()));
            }
        }
        return out;
    }

    private List<Object> sequence(PyObject tmp, AstSpec.Field f, String owner) {
        if (!(tmp instanceof PyList list)) {
            throw Errors.typeError("%s field \"%s\" must be a list, not a %.200s", owner, f.name(), tmp.type().name());
        }
        int len = list.size();
        List<Object> out = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            out.add(value(list.get(i), f.type()));
            if (len != list.size()) {
                throw Errors.of(ExceptionTypes.RuntimeError,
                        String.format("%s field \"%s\" changed size during iteration", owner, f.name()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** lineno and col_offset are required; end positions default to the start (patterns require all four). */
    private Pos positions(PyObject obj, List<AstSpec.Field> attributes, String owner) {
        if (attributes.isEmpty()) {
            return null;
        }
        int[] p = new int[4];
        for (int i = 0; i < 4; i++) {
            AstSpec.Field f = attributes.get(i);
            PyObject tmp = Abstract.lookupAttr(obj, PyStr.of(f.name()));
            if (f.quantifier() == '?' && (tmp == null || tmp == PyNone.NONE)) {
                p[i] = p[i - 2];
            } else if (tmp == null) {
                throw Errors.typeError("required field \"%s\" missing from %s", f.name(), owner);
            } else {
                p[i] = intValue(tmp);
            }
        }
        return new Pos(p[0], p[1], p[2], p[3]);
    }

    /**
     * The record for constructor {@code k}: its canonical constructor's components taken from the
     * fields by name. A required node or identifier that was None is CPython's constructor error.
     */
    private static Object build(AstSpec.Kind k, Map<String, Object> fields, Pos pos) {
        for (AstSpec.Field f : k.fields()) {
            if (f.quantifier() == ' ' && !f.type().equals("int") && fields.get(f.name()) == null) {
                throw Errors.valueError("field '%s' is required for %s", f.name(), k.name());
            }
        }
        Class<?> rc = RECORDS.get(k.name());
        if (k.name().equals("TypeIgnore")) {
            return k; // type comments are not compiled; only their shape is checked
        }
        if (rc == null) {
            throw Errors.of(ExceptionTypes.SystemError, "Taipan cannot compile an ast." + k.name() + " node");
        }
        if (rc == Expr.Constant.class) {
            return constantExpr(fields.get("value"), (String) fields.get("kind"), pos);
        }
        RecordComponent[] comps = rc.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            String name = comps[i].getName();
            if (name.equals("pos")) {
                args[i] = pos == null ? Pos.NONE : pos;
                continue;
            }
            Object v = fields.get(snake(name));
            if (types[i] == int.class) {
                v = v == null ? 0 : v;
            } else if (types[i] == boolean.class) {
                v = v != null && (Integer) v != 0;
            }
            args[i] = v;
        }
        try {
            Constructor<?> c = rc.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AST record " + rc.getName() + " not constructible", e);
        }
    }

    /** A Constant node; a complex with a real part is spelled {@code real + imag j}. */
    private static Expr constantExpr(Object value, String kind, Pos pos) {
        if (value instanceof PyComplex c) {
            return new Expr.BinOp(new Expr.Constant(c.real, null, pos), Operator.ADD,
                    new Expr.Constant(new ConstantValue.Imaginary(c.imag), null, pos), pos);
        }
        return new Expr.Constant(value, kind, pos);
    }

    /** {@code kw_defaults} for the record component {@code kwDefaults}. */
    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** {@code obj2ast_identifier}: an exact str, or None (absent). */
    private static String identifier(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v.type() != PyStr.TYPE) {
            throw Errors.typeError("AST identifier must be of type str");
        }
        return v.toString();
    }

    /** {@code obj2ast_string} (type comments, Constant.kind). */
    private static String string(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v.type() == PyBytes.TYPE) {
            return new String(((PyBytes) v).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (v.type() != PyStr.TYPE) {
            throw Errors.typeError("AST string must be of type str");
        }
        return v.toString();
    }

    /** {@code obj2ast_int}: an int (or bool) that fits a C int. */
    private static Integer intValue(PyObject v) {
        PyInt i = PyInt.asInt(v);
        if (i == null) {
            throw Errors.valueError("invalid integer value: %s", Abstract.repr(v));
        }
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /**
     * A constant as the compiler holds it ({@link Expr.Constant}'s contract), a {@link PyComplex}
     * with a real part (made an addition by {@link #constantExpr}), or an {@link InvalidConstant}
     * naming the first type {@code validate_constant} refuses.
     */
    static Object constant(PyObject v) {
        PyType t = v.type();
        if (v == PyNone.NONE) {
            return ConstantValue.None.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return ConstantValue.Ellipsis.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b.value();
        }
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.fitsLong() ? (Object) i.longValue() : (Object) i.bigValue();
        }
        if (t == PyFloat.TYPE) {
            return ((PyFloat) v).value();
        }
        if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            return Double.doubleToRawLongBits(c.real) == 0 ? new ConstantValue.Imaginary(c.imag) : c;
        }
        if (t == PyStr.TYPE) {
            return str((PyStr) v);
        }
        if (t == PyBytes.TYPE) {
            return new ConstantValue.Bytes(((PyBytes) v).bytes().clone());
        }
        if (t == PyTuple.TYPE || t == PySet.FROZENSET) {
            PyObject[] items = t == PyTuple.TYPE ? Abstract.toArray(v) : ((PySet) v).toArray();
            List<Object> out = new ArrayList<>(items.length);
            for (PyObject item : items) {
                Object c = constant(item);
                if (c instanceof InvalidConstant) {
                    return c;
                }
                if (c instanceof PyComplex) {
                    throw Errors.of(ExceptionTypes.SystemError,
                            "Taipan cannot compile a complex constant with a real part inside a tuple or frozenset");
                }
                out.add(c);
            }
            return t == PyTuple.TYPE ? new CodeObject.ConstTuple(out) : new CodeObject.ConstFrozenset(out);
        }
        return new InvalidConstant(t.name());
    }

    /** A String, or {@link ConstantValue.Str} when a lone high surrogate precedes a lone low one. */
    private static Object str(PyStr s) {
        int[] cps = s.codePoints();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] < 0x10000
                    && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] < 0x10000) {
                return new ConstantValue.Str(cps);
            }
        }
        StringBuilder sb = new StringBuilder(cps.length);
        for (int c : cps) {
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }
}
