package org.taipan.modules.errno;

import org.taipan.modules.posix.Errno;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyStr;

/**
 * The builtin module {@code errno} (CPython's {@code Modules/errnomodule.c}): every Linux errno
 * name as an int, and {@code errorcode} mapping each value to its name (for an alias, the name
 * added last, as in CPython: {@code errorcode[11] == 'EAGAIN'}).
 */
public final class ErrnoModule {
    private ErrnoModule() {}

    /** A new {@code errno} module. */
    public static PyModule create() {
        PyModule m = new PyModule("errno", true);
        PyDict errorcode = new PyDict();
        m.set("errorcode", errorcode);
        for (String[] e : Errno.NAMES) {
            PyInt v = PyInt.of(Integer.parseInt(e[1]));
            m.set(e[0], v);
            errorcode.setItem(v, PyStr.of(e[0]));
        }
        return m;
    }
}
