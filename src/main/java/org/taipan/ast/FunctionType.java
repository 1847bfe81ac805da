package org.taipan.ast;

import java.util.List;

/**
 * {@code ast.parse(s, mode='func_type')}'s tree for a function type comment such as
 * {@code (int, *str) -> bool} ({@code FunctionType} in Python.asdl's {@code mod}): the argument
 * types in order (a starred or double-starred one as its bare expression) and the return type.
 * Only the {@code ast} module sees it; it is never compiled.
 */
public record FunctionType(List<Expr> argtypes, Expr returns) {}
