package org.taipan.imports;

import java.util.List;

import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;

/**
 * {@code sys.stdlib_module_names} (CPython's {@code _PyImport_StdlibModuleNames}, generated into
 * {@code Python/stdlib_module_names.h}): the names of CPython 3.11's standard-library modules on
 * every platform, whether or not this installation has them. The list is
 * {@link StdlibModuleNameList}, written by {@code tools/gen-stdlib-module-names.py}.
 */
public final class StdlibModuleNames {
    private StdlibModuleNames() {}

    private static final class Names {
        static final List<String> ALL = List.of(StdlibModuleNameList.NAMES.split("\n"));
    }

    /** The module names, sorted. */
    public static List<String> names() {
        return Names.ALL;
    }

    /** {@code sys.stdlib_module_names}: a new frozenset of str (per interpreter, as its sys module). */
    public static PySet asFrozenSet() {
        PySet s = new PySet(true);
        for (String n : Names.ALL) {
            s.add(PyStr.of(n));
        }
        return s;
    }
}
