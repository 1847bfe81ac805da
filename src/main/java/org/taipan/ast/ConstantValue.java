package org.taipan.ast;

/** The literal values that {@link Expr.Constant} holds besides Java's boxed numbers and strings. */
public final class ConstantValue {
    private ConstantValue() {}

    /** Python's {@code None}. */
    public enum None { NONE }

    /** Python's {@code ...}. */
    public enum Ellipsis { ELLIPSIS }

    /** An imaginary literal such as {@code 3j}: a complex with zero real part. */
    public record Imaginary(double imag) {}

    /** A bytes literal. The array is owned by the record: never mutate it. */
    public record Bytes(byte[] bytes) {}
}
