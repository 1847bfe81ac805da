package org.taipan.ast;

/** {@code and} / {@code or}. */
public enum BoolOperator { AND, OR }
