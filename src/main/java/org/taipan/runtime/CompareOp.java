package org.taipan.runtime;

/** The six rich comparisons, in CPython's {@code Py_LT} .. {@code Py_GE} order. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    private static final CompareOp[] VALUES = values();

    /** The operation for CPython's numbering (0 = {@code <} .. 5 = {@code >=}). */
    public static CompareOp of(int n) {
        return VALUES[n];
    }

    /** The operation with swapped operands ({@code a < b} is {@code b > a}). */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ; case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }

    /** Whether a three-way comparison result {@code c} (negative, zero, positive) satisfies this op. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        };
    }
}
