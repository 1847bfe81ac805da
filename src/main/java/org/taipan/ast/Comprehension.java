package org.taipan.ast;

import java.util.List;

/** One {@code for target in iter if ifs...} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}
