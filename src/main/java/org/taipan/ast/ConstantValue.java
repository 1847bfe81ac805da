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

    /**
     * A str literal that a Java String cannot hold: one where a lone high surrogate is directly
     * followed by a lone low surrogate ({@code "\ud83d\ude00"} is two characters in Python, a
     * String would read one). Every other str literal is a {@link String}. The array is owned by
     * the record: never mutate it. Equality is by content.
     */
    public record Str(int[] codePoints) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && java.util.Arrays.equals(codePoints, s.codePoints);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int c : codePoints) {
                sb.appendCodePoint(c);
            }
            return sb.toString();
        }
    }
}
