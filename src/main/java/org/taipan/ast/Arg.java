package org.taipan.ast;

/** One parameter: its name and optional annotation. */
public record Arg(String arg, Expr annotation, String typeComment, Pos pos) implements Node {}
