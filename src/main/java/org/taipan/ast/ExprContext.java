package org.taipan.ast;

/** Whether an expression is read, assigned or deleted. */
public enum ExprContext { LOAD, STORE, DEL }
