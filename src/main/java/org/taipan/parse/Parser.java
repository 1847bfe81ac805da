package org.taipan.parse;

import org.taipan.ast.Mod;

/** Recursive-descent parser for the whole Python 3.11 grammar. (Stub: being written.) */
public final class Parser {
    private Parser() {}

    /**
     * Parses {@code source} (already decoded text) into a {@link Mod.Module}, {@link Mod.Expression}
     * or {@link Mod.Interactive} according to {@code mode}.
     *
     * @throws SyntaxErrorException for any syntax error, with CPython 3.11's message and position
     */
    public static Mod parse(String source, String filename, Mode mode) {
        throw new UnsupportedOperationException("parser not yet written");
    }
}
