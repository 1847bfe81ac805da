package org.taipan.runtime;

import org.taipan.code.CodeObject;

/**
 * One Python interpreter: everything a running program owns (modules, builtins, options,
 * later the JIT's caches) hangs off this object, so several can live in one JVM. (Stub.)
 */
public final class Interpreter {
    private final InterpreterOptions options;

    public Interpreter(InterpreterOptions options) {
        this.options = options;
    }

    /** The options this interpreter was made with. */
    public InterpreterOptions options() {
        return options;
    }

    /**
     * Runs {@code code} as module {@code __main__}. An uncaught exception is printed to
     * {@code stderr} as CPython 3.11 prints it.
     *
     * @return the process exit status: 0, 1 after an uncaught exception, or a {@code SystemExit}'s code
     */
    public int runMain(CodeObject code) {
        throw new UnsupportedOperationException("interpreter not yet written");
    }
}
