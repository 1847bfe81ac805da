package org.taipan.ast;

import java.util.List;

/**
 * A parameter list ({@code arguments} in Python.asdl). {@code defaults} belong to the last
 * positional parameters (positional-only then ordinary); {@code kwDefaults} is parallel to
 * {@code kwonlyargs} with null for a keyword-only parameter without default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    /** The empty parameter list. */
    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
