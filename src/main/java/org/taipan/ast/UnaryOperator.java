package org.taipan.ast;

/** Unary operators: {@code ~}, {@code not}, {@code +}, {@code -}. */
public enum UnaryOperator { INVERT, NOT, UADD, USUB }
