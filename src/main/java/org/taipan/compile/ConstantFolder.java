package org.taipan.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Operator;
import org.taipan.ast.UnaryOperator;
import org.taipan.code.CodeObject.ConstFrozenset;
import org.taipan.code.CodeObject.ConstTuple;

/**
 * AST-level constant folding, as CPython 3.11's {@code Python/ast_opt.c}: unary and binary
 * operations on constants (with its size limits, so {@code 2**10000000} or {@code "x" * 10**9}
 * stay run-time operations), tuples of constants, {@code __debug__}, and the iteration targets
 * of {@code for} / {@code in} (a list display becomes a tuple, a constant set a frozenset), and
 * subscripts of a constant str, bytes or tuple by a constant index.
 * Folding is done on demand while generating code ({@link #fold} returns an equivalent
 * expression), memoized per node. Operations that would raise (division by zero, negative
 * shift) are left to run time, where they raise. Complex arithmetic and float {@code //},
 * {@code %}, {@code **} are not folded (the runtime's results are authoritative).
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final int optimize;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();

    ConstantFolder(int optimize) {
        this.optimize = optimize;
    }

    /** {@code e} itself, or an equivalent {@link Expr.Constant} (or inverted comparison). */
    Expr fold(Expr e) {
        Expr r = memo.get(e);
        if (r == null) {
            r = fold1(e);
            memo.put(e, r);
        }
        return r;
    }

    /** CPython's {@code fold_iter}: the iterable of a {@code for} or the right operand of {@code in}. */
    Expr foldIter(Expr e) {
        if (e instanceof Expr.ListExpr l && l.ctx() == ExprContext.LOAD) {
            return fold(new Expr.Tuple(l.elts(), ExprContext.LOAD, l.pos()));
        }
        if (e instanceof Expr.Set s) {
            List<Object> vals = constants(s.elts());
            if (vals != null) {
                Object fs = frozenset(vals);
                if (fs != null) {
                    return new Expr.Constant(fs, null, s.pos());
                }
            }
        }
        return fold(e);
    }

    private List<Object> constants(List<Expr> elts) {
        List<Object> vals = new ArrayList<>();
        for (Expr x : elts) {
            if (fold(x) instanceof Expr.Constant c) {
                vals.add(c.value());
            } else {
                return null;
            }
        }
        return vals;
    }

    private Expr fold1(Expr e) {
        switch (e) {
            case Expr.Name n when n.ctx() == ExprContext.LOAD && n.id().equals("__debug__") -> {
                return new Expr.Constant(optimize == 0, null, n.pos());
            }
            case Expr.Tuple t when t.ctx() == ExprContext.LOAD -> {
                List<Object> vals = constants(t.elts());
                return vals == null ? e : new Expr.Constant(new ConstTuple(vals), null, t.pos());
            }
            case Expr.UnaryOp u -> {
                Expr operand = fold(u.operand());
                if (u.op() == UnaryOperator.NOT && operand instanceof Expr.Compare c && c.ops().size() == 1) {
                    CmpOperator inv = switch (c.ops().get(0)) {
                        case IS -> CmpOperator.IS_NOT;
                        case IS_NOT -> CmpOperator.IS;
                        case IN -> CmpOperator.NOT_IN;
                        case NOT_IN -> CmpOperator.IN;
                        default -> null;
                    };
                    if (inv != null) {
                        return new Expr.Compare(c.left(), List.of(inv), c.comparators(), u.pos());
                    }
                }
                if (operand instanceof Expr.Constant c) {
                    Object r = unary(u.op(), c.value());
                    if (r != null) {
                        return new Expr.Constant(r, null, u.pos());
                    }
                }
                return e;
            }
            case Expr.BinOp b -> {
                if (fold(b.left()) instanceof Expr.Constant l && fold(b.right()) instanceof Expr.Constant r) {
                    Object v;
                    try {
                        v = binary(b.op(), l.value(), r.value());
                    } catch (ArithmeticException ex) {
                        v = null;
                    }
                    if (v != null) {
                        return new Expr.Constant(v, null, b.pos());
                    }
                }
                return e;
            }
            case Expr.Subscript s when s.ctx() == ExprContext.LOAD -> {
                if (fold(s.value()) instanceof Expr.Constant v && fold(s.slice()) instanceof Expr.Constant k) {
                    Object item = item(v.value(), k.value());
                    if (item != null) {
                        return new Expr.Constant(item, null, s.pos());
                    }
                }
                return e;
            }
            default -> {
                return e;
            }
        }
    }

    /**
     * {@code seq[index]} for a constant str, bytes or tuple and an int (or bool) index within range,
     * as {@code fold_subscr} does with {@code PyObject_GetItem} (a slice is not a constant, so
     * {@code "abc"[1:]} stays a run-time subscript); null when it would raise or for other kinds.
     * A str with surrogate code units is left alone (a Java String cannot tell a lone pair from a
     * character, see {@code binary}'s ADD).
     */
    private static Object item(Object seq, Object index) {
        long k;
        if (index instanceof Long l) {
            k = l;
        } else if (index instanceof Boolean b) {
            k = b ? 1 : 0;
        } else {
            return null;
        }
        switch (seq) {
            case String str -> {
                int at = position(k, str.length());
                return at < 0 || str.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? null : String.valueOf(str.charAt(at));
            }
            case ConstantValue.Bytes b -> {
                int at = position(k, b.bytes().length);
                return at < 0 ? null : Long.valueOf(b.bytes()[at] & 0xFF);
            }
            case ConstTuple t -> {
                int at = position(k, t.items().size());
                return at < 0 ? null : t.items().get(at);
            }
            default -> {
                return null;
            }
        }
    }

    /** Index {@code k} of a sequence of {@code n} items, counted from the end when negative; -1 when out of range. */
    private static int position(long k, int n) {
        long at = k < 0 ? k + n : k;
        return at < 0 || at >= n ? -1 : (int) at;
    }

    /** Python truthiness of a constant. */
    static boolean truthy(Object v) {
        return switch (v) {
            case ConstantValue.None n -> false;
            case ConstantValue.Ellipsis el -> true;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger bi -> bi.signum() != 0;
            case Double d -> d != 0.0;
            case ConstantValue.Imaginary im -> im.imag() != 0.0;
            case String s -> !s.isEmpty();
            case ConstantValue.Bytes b -> b.bytes().length > 0;
            case ConstantValue.Str s -> s.codePoints().length > 0;
            case ConstTuple t -> !t.items().isEmpty();
            case ConstFrozenset f -> !f.items().isEmpty();
            default -> true;
        };
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        return switch (v) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException();
        };
    }

    /** An int constant in canonical form: Long when it fits, else BigInteger. */
    static Object normalize(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValue() : b;
    }

    private static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double;
    }

    private static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger b = big(v);
        if (b.bitLength() > 1023) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return b.doubleValue();
    }

    private static Object unary(UnaryOperator op, Object v) {
        if (op == UnaryOperator.NOT) {
            return !truthy(v);
        }
        if (isInt(v)) {
            BigInteger b = big(v);
            return switch (op) {
                case USUB -> normalize(b.negate());
                case UADD -> normalize(b);
                case INVERT -> normalize(b.not());
                default -> null;
            };
        }
        if (v instanceof Double d) {
            return switch (op) {
                case USUB -> -d;
                case UADD -> d;
                default -> null;
            };
        }
        return null;
    }

    private static Object binary(Operator op, Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intBinary(op, l, r);
        }
        if (isNumber(l) && isNumber(r)) {
            double a = toDouble(l);
            double b = toDouble(r);
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MULT -> a * b;
                case DIV -> b == 0.0 ? null : a / b;
                default -> null;
            };
        }
        switch (op) {
            case ADD -> {
                if (l instanceof String a && r instanceof String b) {
                    // A lone high surrogate meeting a lone low one would become one character in
                    // a Java String: left to run time, where str keeps them apart.
                    boolean falsePair = !a.isEmpty() && !b.isEmpty()
                            && Character.isHighSurrogate(a.charAt(a.length() - 1)) && Character.isLowSurrogate(b.charAt(0));
                    return falsePair ? null : a + b;
                }
                if (l instanceof ConstantValue.Bytes a && r instanceof ConstantValue.Bytes b) {
                    byte[] out = new byte[a.bytes().length + b.bytes().length];
                    System.arraycopy(a.bytes(), 0, out, 0, a.bytes().length);
                    System.arraycopy(b.bytes(), 0, out, a.bytes().length, b.bytes().length);
                    return new ConstantValue.Bytes(out);
                }
                if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
                    List<Object> out = new ArrayList<>(a.items());
                    out.addAll(b.items());
                    return new ConstTuple(out);
                }
                return null;
            }
            case MULT -> {
                if (isInt(r) && !isInt(l)) {
                    return repeat(l, big(r));
                }
                if (isInt(l) && !isInt(r)) {
                    return repeat(r, big(l));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static Object repeat(Object seq, BigInteger n) {
        switch (seq) {
            case String s -> {
                int size = s.codePointCount(0, s.length());
                if (size == 0) {
                    return n.bitLength() < 63 ? "" : null;
                }
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    return null;
                }
                if (Character.isHighSurrogate(s.charAt(s.length() - 1)) && Character.isLowSurrogate(s.charAt(0))) {
                    return null; // the copies would meet in a false surrogate pair (see ADD)
                }
                return s.repeat(n.intValue());
            }
            case ConstantValue.Bytes b -> {
                int size = b.bytes().length;
                if (size == 0) {
                    return n.bitLength() < 63 ? b : null;
                }
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    return null;
                }
                int k = n.intValue();
                byte[] out = new byte[size * k];
                for (int i = 0; i < k; i++) {
                    System.arraycopy(b.bytes(), 0, out, i * size, size);
                }
                return new ConstantValue.Bytes(out);
            }
            case ConstTuple t -> {
                int size = t.items().size();
                if (size == 0) {
                    return n.bitLength() < 63 ? t : null;
                }
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                    return null;
                }
                int k = n.intValue();
                if (k != 0 && complexity(t) > MAX_TOTAL_ITEMS / k) {
                    return null;
                }
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    out.addAll(t.items());
                }
                return new ConstTuple(out);
            }
            default -> {
                return null;
            }
        }
    }

    private static int complexity(Object o) {
        if (o instanceof ConstTuple t) {
            int n = t.items().size();
            for (Object x : t.items()) {
                n += complexity(x);
            }
            return n;
        }
        if (o instanceof ConstFrozenset f) {
            return f.items().size();
        }
        return 0;
    }

    private static Object intBinary(Operator op, Object l, Object r) {
        BigInteger a = big(l);
        BigInteger b = big(r);
        if ((op == Operator.BIT_AND || op == Operator.BIT_OR || op == Operator.BIT_XOR)
                && l instanceof Boolean x && r instanceof Boolean y) {
            return switch (op) {
                case BIT_AND -> x & y;
                case BIT_OR -> x | y;
                default -> x ^ y;
            };
        }
        switch (op) {
            case ADD -> {
                return normalize(a.add(b));
            }
            case SUB -> {
                return normalize(a.subtract(b));
            }
            case MULT -> {
                if (a.signum() != 0 && b.signum() != 0) {
                    int vb = a.abs().bitLength();
                    int wb = b.abs().bitLength();
                    if (vb > MAX_INT_SIZE || wb > MAX_INT_SIZE || vb + wb > MAX_INT_SIZE) {
                        return null;
                    }
                }
                return normalize(a.multiply(b));
            }
            case DIV -> {
                if (b.signum() == 0 || a.abs().bitLength() > 53 || b.abs().bitLength() > 53) {
                    return null;
                }
                return a.doubleValue() / b.doubleValue();
            }
            case FLOOR_DIV -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return normalize(q);
            }
            case MOD -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger m = a.mod(b.abs());
                if (b.signum() < 0 && m.signum() != 0) {
                    m = m.add(b);
                }
                return normalize(m);
            }
            case POW -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() != 0 && b.signum() > 0) {
                    int vb = a.abs().bitLength();
                    if (vb > MAX_INT_SIZE || b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE
                            || (long) vb * b.intValue() > MAX_INT_SIZE) {
                        return null;
                    }
                }
                if (b.bitLength() > 31) {
                    return a.signum() == 0 ? (Object) 0L : null;
                }
                return normalize(a.pow(b.intValue()));
            }
            case LSHIFT -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() != 0 && b.signum() != 0) {
                    int vb = a.abs().bitLength();
                    if (vb > MAX_INT_SIZE || b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE
                            || vb + b.intValue() > MAX_INT_SIZE) {
                        return null;
                    }
                }
                if (a.signum() == 0) {
                    return 0L;
                }
                return normalize(a.shiftLeft(b.intValue()));
            }
            case RSHIFT -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (b.bitLength() > 31) {
                    return a.signum() < 0 ? -1L : 0L;
                }
                return normalize(a.shiftRight(b.intValue()));
            }
            case BIT_AND -> {
                return normalize(a.and(b));
            }
            case BIT_OR -> {
                return normalize(a.or(b));
            }
            case BIT_XOR -> {
                return normalize(a.xor(b));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A frozenset constant of these values with Python-equal duplicates removed ({@code 1},
     * {@code 1.0} and {@code True} are one element), or null when an item is not a simple
     * hashable constant.
     */
    static Object frozenset(List<Object> vals) {
        List<Object> out = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Object v : vals) {
            Object k = setKey(v);
            if (k == null) {
                return null;
            }
            if (!keys.contains(k)) {
                keys.add(k);
                out.add(v);
            }
        }
        return new ConstFrozenset(out);
    }

    /** A key equal for Python-equal constants (1, 1.0, True), or null for an unsupported constant. */
    static Object setKeyOf(Object v) {
        return setKey(v);
    }

    private static Object setKey(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1L : 0L;
            case Long l -> l;
            case BigInteger b -> normalize(b);
            case Double d -> {
                if (d.isNaN()) {
                    yield new Object();
                }
                if (!d.isInfinite() && d == Math.rint(d)) {
                    yield normalize(new java.math.BigDecimal(d).toBigInteger());
                }
                yield d;
            }
            case String s -> s;
            case ConstantValue.Str s -> s;
            // 0j == 0 == 0.0 == False; a NaN is only ever equal to itself
            case ConstantValue.Imaginary im when im.imag() == 0.0 -> 0L;
            case ConstantValue.Imaginary im -> Double.isNaN(im.imag()) ? new Object() : im;
            case ConstantValue.None n -> n;
            case ConstantValue.Ellipsis el -> el;
            case ConstantValue.Bytes b -> List.of("bytes", new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            default -> null;
        };
    }
}
