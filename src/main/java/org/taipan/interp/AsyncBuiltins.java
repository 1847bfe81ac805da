package org.taipan.interp;

import org.taipan.runtime.PyModule;

/**
 * Installs what asynchronous iteration adds outside the interpreter loop: the builtins
 * {@code aiter()} and {@code anext()}, and {@code sys.set_asyncgen_hooks}/{@code get_asyncgen_hooks}.
 */
public final class AsyncBuiltins {
    private AsyncBuiltins() {}

    /** Adds {@code aiter} and {@code anext} to the builtins module. */
    public static void install(PyModule builtins) {
        AsyncGenAwaitables.addBuiltins(builtins);
    }

    /** Adds {@code set_asyncgen_hooks} and {@code get_asyncgen_hooks} to the sys module. */
    public static void installSys(PyModule sys) {
        AsyncGenAwaitables.addSysFunctions(sys);
    }
}
