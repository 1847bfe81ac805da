package org.taipan.jit.ir;

/**
 * The representation of an IR value, which is also the kind of JVM local the backend keeps it
 * in: an unboxed {@code long} (a Python int known to fit in 64 bits), an unboxed {@code double}
 * (a Python float's value), a JVM {@code boolean} (the outcome of a comparison, before it becomes
 * {@code True}/{@code False}), an object reference, or nothing (guards and stores).
 */
public enum IrType {
    I64, F64, BOOL, REF, VOID;

    /** The JVM descriptor of a local of this type ({@code J}, {@code D}, {@code Z}, {@code Ljava/lang/Object;}). */
    public String descriptor() {
        return switch (this) {
            case I64 -> "J";
            case F64 -> "D";
            case BOOL -> "Z";
            case REF -> "Ljava/lang/Object;";
            case VOID -> "V";
        };
    }
}
