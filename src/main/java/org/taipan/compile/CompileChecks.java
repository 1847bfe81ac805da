package org.taipan.compile;

import java.math.BigInteger;
import java.util.List;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.code.CodeObject;

/**
 * The compiler's SyntaxWarning checks of CPython 3.11 ({@code check_compare}, {@code
 * check_caller}, {@code check_subscripter}, {@code check_index} and the assert check of
 * {@code compiler_assert} in Python/compile.c), over constant-folded expressions as there (so
 * {@code x is -1} and {@code (1, 2)(3)} are seen as literals). Each returns the warning's message,
 * or null when there is nothing to say.
 */
final class CompileChecks {
    private CompileChecks() {}

    /** {@code is} / {@code is not} where an operand is a literal other than None, True, False, Ellipsis. */
    static String compare(Expr left, List<CmpOperator> ops, List<Expr> comparators) {
        boolean leftOk = isArgOk(left);
        for (int i = 0; i < ops.size(); i++) {
            CmpOperator op = ops.get(i);
            boolean rightOk = isArgOk(comparators.get(i));
            if ((op == CmpOperator.IS || op == CmpOperator.IS_NOT) && (!leftOk || !rightOk)) {
                return op == CmpOperator.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            leftOk = rightOk;
        }
        return null;
    }

    private static boolean isArgOk(Expr e) {
        if (!(e instanceof Expr.Constant c)) {
            return true;
        }
        Object v = c.value();
        return v instanceof ConstantValue.None || v instanceof Boolean || v instanceof ConstantValue.Ellipsis;
    }

    /** A call of a display, comprehension, f-string or constant. */
    static String caller(Expr func) {
        return switch (func) {
            case Expr.Constant c -> notCallable(func);
            case Expr.Tuple t -> notCallable(func);
            case Expr.ListExpr l -> notCallable(func);
            case Expr.ListComp l -> notCallable(func);
            case Expr.Dict d -> notCallable(func);
            case Expr.DictComp d -> notCallable(func);
            case Expr.Set s -> notCallable(func);
            case Expr.SetComp s -> notCallable(func);
            case Expr.GeneratorExp g -> notCallable(func);
            case Expr.JoinedStr j -> notCallable(func);
            case Expr.FormattedValue f -> notCallable(func);
            default -> null;
        };
    }

    private static String notCallable(Expr e) {
        return "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?";
    }

    /** A subscript (load) of something that never supports it: a number, None, a set, a lambda... */
    static String subscripter(Expr value) {
        switch (value) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (!(v instanceof ConstantValue.None || v instanceof ConstantValue.Ellipsis || v instanceof Long
                        || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                        || v instanceof ConstantValue.Imaginary || v instanceof CodeObject.ConstFrozenset)) {
                    return null;
                }
            }
            case Expr.Set s -> { }
            case Expr.SetComp s -> { }
            case Expr.GeneratorExp g -> { }
            case Expr.Lambda l -> { }
            default -> {
                return null;
            }
        }
        return "'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?";
    }

    /** A sequence literal indexed by a literal that is not an int or slice. */
    static String index(Expr value, Expr slice) {
        String indexType = inferType(slice);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return null;
        }
        switch (value) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (!(v instanceof String || v instanceof ConstantValue.Str || v instanceof ConstantValue.Bytes
                        || v instanceof CodeObject.ConstTuple)) {
                    return null;
                }
            }
            case Expr.Tuple t -> { }
            case Expr.ListExpr l -> { }
            case Expr.ListComp l -> { }
            case Expr.JoinedStr j -> { }
            case Expr.FormattedValue f -> { }
            default -> {
                return null;
            }
        }
        return inferType(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?";
    }

    /** {@code assert (x, "msg")}: a non-empty tuple is always true. */
    static String assertion(Expr test) {
        boolean tuple = test instanceof Expr.Tuple t && !t.elts().isEmpty()
                || test instanceof Expr.Constant c && c.value() instanceof CodeObject.ConstTuple ct
                        && !ct.items().isEmpty();
        return tuple ? "assertion is always true, perhaps remove parentheses?" : null;
    }

    /** CPython's {@code infer_type}: the type name a literal expression evaluates to, or null. */
    static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant c -> constantType(c.value());
            default -> null;
        };
    }

    private static String constantType(Object v) {
        return switch (v) {
            case ConstantValue.None n -> "NoneType";
            case ConstantValue.Ellipsis e -> "ellipsis";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case ConstantValue.Imaginary i -> "complex";
            case String s -> "str";
            case ConstantValue.Str s -> "str";
            case ConstantValue.Bytes b -> "bytes";
            case CodeObject.ConstTuple t -> "tuple";
            case CodeObject.ConstFrozenset f -> "frozenset";
            default -> "object";
        };
    }
}
