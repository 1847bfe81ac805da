package org.taipan.ast;

/** Binary operators, in Python.asdl's order; {@link #symbol} is the source spelling. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MAT_MULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"),
    RSHIFT(">>"), BIT_OR("|"), BIT_XOR("^"), BIT_AND("&"), FLOOR_DIV("//");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
