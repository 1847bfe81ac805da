package org.taipan.compile;

import org.taipan.ast.Mod;
import org.taipan.code.CodeObject;
import org.taipan.parse.Mode;

/** Compiles an AST into Taipan bytecode. (Stub: being written.) */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a parsed module, expression or interactive statement into its top-level code object.
     *
     * @param optimize CPython's optimization level: 0 normal, 1 ({@code -O}) drops asserts,
     *                 2 ({@code -OO}) also docstrings
     * @throws org.taipan.parse.SyntaxErrorException for errors found after parsing (scoping,
     *         {@code 'return' outside function}, ...), with CPython's message and position
     */
    public static CodeObject compile(Mod mod, String filename, Mode mode, int optimize) {
        throw new UnsupportedOperationException("compiler not yet written");
    }
}
