package org.taipan.ast;

import java.util.List;

/**
 * Expressions, one record per {@code expr} constructor of CPython 3.11's Python.asdl, with the
 * same field names in camel case. Optional fields are {@code null} when absent; lists are never
 * {@code null}.
 */
public sealed interface Expr extends Node {
    /** {@code a and b and c}: at least two values. */
    record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {}

    /** {@code target := value}; the target is always a {@link Name}. */
    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    /** A key of {@code null} marks a {@code **mapping} entry whose mapping is the value. */
    record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

    record Set(List<Expr> elts, Pos pos) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record Await(Expr value, Pos pos) implements Expr {}

    record Yield(Expr value, Pos pos) implements Expr {}

    record YieldFrom(Expr value, Pos pos) implements Expr {}

    /** {@code left ops[0] comparators[0] ops[1] comparators[1] ...}. */
    record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Pos pos) implements Expr {}

    /** Positional arguments may include {@link Starred}; a keyword with a null name is {@code **x}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or the code point of
     * {@code 's'}, {@code 'r'} or {@code 'a'}; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

    /** An f-string: {@link Constant} string parts and {@link FormattedValue} fields. */
    record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

    /**
     * A literal. {@code value} is one of: {@link ConstantValue.None}, {@link ConstantValue.Ellipsis},
     * {@link Boolean}, {@link Long} or {@link java.math.BigInteger} (int), {@link Double} (float),
     * {@link ConstantValue.Imaginary} (complex), {@link String} (str; may hold lone surrogates
     * and non-BMP characters as surrogate pairs), {@link ConstantValue.Bytes} (bytes).
     * {@code kind} is {@code "u"} for a {@code u"..."} string, else null.
     */
    record Constant(Object value, String kind, Pos pos) implements Expr {}

    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}

    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}

    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}

    record Name(String id, ExprContext ctx, Pos pos) implements Expr {}

    record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    record Tuple(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    /** Only appears as (part of) a {@link Subscript}'s slice. */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}
}
