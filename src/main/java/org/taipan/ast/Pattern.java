package org.taipan.ast;

import java.util.List;

/** Patterns of a {@code match} statement ({@code pattern} in Python.asdl). */
public sealed interface Pattern extends Node {
    record MatchValue(Expr value, Pos pos) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}: value is {@link ConstantValue.None} or a Boolean. */
    record MatchSingleton(Object value, Pos pos) implements Pattern {}

    record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {}

    /** {@code rest} is the name after {@code **}, or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                      Pos pos) implements Pattern {}

    /** {@code *name} in a sequence pattern; name is null for {@code *_}. */
    record MatchStar(String name, Pos pos) implements Pattern {}

    /** {@code pattern as name}; both null for the wildcard {@code _}; pattern null for a capture. */
    record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}

    record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {}
}
