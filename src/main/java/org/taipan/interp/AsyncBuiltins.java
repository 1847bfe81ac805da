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

    /**
     * Adds {@code set_asyncgen_hooks}, {@code get_asyncgen_hooks} and the default
     * {@code unraisablehook} (also as {@code __unraisablehook__}) to the sys module.
     */
    public static void installSys(PyModule sys, org.taipan.runtime.Interpreter interp) {
        AsyncGenAwaitables.addSysFunctions(sys);
        org.taipan.runtime.PyObject hook = interp.finalization().defaultUnraisableHook();
        sys.set("unraisablehook", hook);
        sys.set("__unraisablehook__", hook);
    }
}
