package org.taipan.modules.lsprof;

import org.taipan.runtime.PyModule;

/**
 * The {@code _lsprof} module (CPython's {@code Modules/_lsprof.c}): the {@link Profiler} type
 * behind {@code cProfile}, and the {@code profiler_entry} / {@code profiler_subentry} records
 * its {@code getstats()} returns.
 */
public final class LsprofModule {
    private LsprofModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_lsprof", true);
        m.set("Profiler", Profiler.TYPE);
        m.set("profiler_entry", Profiler.ENTRY);
        m.set("profiler_subentry", Profiler.SUBENTRY);
        return m;
    }
}
