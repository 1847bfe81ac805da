package org.taipan.ast;

/**
 * A "# type: ignore" comment ({@code TypeIgnore} in Python.asdl's {@code type_ignore}): its
 * 1-based line and the text after "ignore" up to the end of the line. Only
 * {@code ast.parse(..., type_comments=True)} makes them; nothing compiles them.
 */
public record TypeIgnore(int lineno, String tag) {}
