package org.taipan.modules.random;

import org.taipan.runtime.PyModule;

/** The {@code _random} module (CPython's {@code Modules/_randommodule.c}): the type {@link PyRandom}. */
public final class RandomModule {
    private RandomModule() {}

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_random", true);
        m.set("Random", PyRandom.TYPE);
        return m;
    }
}
