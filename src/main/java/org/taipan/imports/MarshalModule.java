package org.taipan.imports;

import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;

/**
 * {@code marshal}, as far as the import system needs it: importlib's {@code _bootstrap_external}
 * imports it to read and write {@code .pyc} files, which Taipan never does (its
 * {@code sys.implementation.cache_tag} is None). The functions raise ValueError until a real
 * serialisation of Taipan's code objects exists.
 */
public final class MarshalModule {
    private MarshalModule() {}

    /** A new {@code marshal} module. */
    public static PyModule create() {
        PyModule m = new PyModule("marshal", true);
        m.set("version", PyInt.of(4));
        for (String f : new String[] {"dump", "dumps", "load", "loads"}) {
            PyBuiltinFunction fn = new PyBuiltinFunction(f, (a, k) -> {
                throw Errors.valueError("marshal.%s() is not supported by Taipan yet", f);
            });
            fn.setModule(m);
            m.set(f, fn);
        }
        return m;
    }
}
