package org.taipan.ast;

/** An imported name: {@code name as asname}; {@code name} may be dotted or {@code "*"}. */
public record Alias(String name, String asname, Pos pos) implements Node {}
