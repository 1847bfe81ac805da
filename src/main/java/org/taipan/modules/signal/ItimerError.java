package org.taipan.modules.signal;

import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/** {@code signal.ItimerError}: CPython's {@code signal.itimer_error}, an OSError subclass. */
final class ItimerError {
    private ItimerError() {}

    private static final PyType TYPE;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("signal"));
        TYPE = PyType.newHeapType(PyType.TYPE, "itimer_error", new PyType[] {ExceptionTypes.OSError}, ns);
    }

    static PyType type() {
        return TYPE;
    }
}
