package org.taipan.ast;

/** {@code contextExpr as optionalVars}; optionalVars may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
