package org.taipan.modules.contextvars;

import org.taipan.runtime.Args;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyModule;

/**
 * The {@code _contextvars} module behind the stdlib's {@code contextvars} (and so {@code decimal},
 * {@code asyncio}): {@code Context}, {@code ContextVar}, {@code Token}, {@code copy_context}.
 */
public final class ContextVarsModule {
    private ContextVarsModule() {}

    /** A new module object; the types are shared, the current context is per thread. */
    public static PyModule create() {
        PyModule m = new PyModule("_contextvars", true);
        m.set("Context", PyContext.TYPE);
        m.set("ContextVar", PyContextVar.TYPE);
        m.set("Token", PyContextToken.TYPE);
        PyBuiltinFunction copy = new PyBuiltinFunction("copy_context", (a, k) -> {
            Args.noArgs("copy_context", a, k);
            return PyContext.current().copy();
        });
        copy.setModule(m);
        m.set("copy_context", copy);
        return m;
    }
}
