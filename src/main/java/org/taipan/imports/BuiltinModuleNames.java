package org.taipan.imports;

import java.util.TreeSet;

import org.taipan.builtins.BuiltinsModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The modules written in Java as the import system sees them ({@code sys.builtin_module_names},
 * {@code _imp.is_builtin}): the names of {@link BuiltinsModule}'s registry. In CPython part of these
 * are extension modules in {@code lib-dynload}; in Taipan they are all built in.
 */
public final class BuiltinModuleNames {
    private BuiltinModuleNames() {}

    /** True when {@code name} is one of Taipan's builtin (Java) modules. */
    public static boolean contains(String name) {
        return BuiltinsModule.builtinModuleNames().contains(name);
    }

    /** {@code sys.builtin_module_names}: a sorted tuple of str. */
    public static PyTuple asTuple() {
        TreeSet<String> names = new TreeSet<>(BuiltinsModule.builtinModuleNames());
        PyObject[] items = new PyObject[names.size()];
        int i = 0;
        for (String n : names) {
            items[i++] = PyStr.of(n);
        }
        return PyTuple.of(items);
    }
}
