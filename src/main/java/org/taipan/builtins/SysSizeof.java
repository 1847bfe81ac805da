package org.taipan.builtins;

import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.ObjectSizes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * {@code sys.getsizeof(object[, default])} ({@code _PySys_GetSizeOf}): the object's
 * {@code __sizeof__} (a user class's own, or the builtin sizes of a 64-bit CPython 3.11 in
 * {@link ObjectSizes}) plus the pre-header CPython allocates before a garbage-collected object
 * and a managed instance dict, so code that budgets memory by {@code getsizeof} behaves alike.
 */
final class SysSizeof {
    private SysSizeof() {}

    static PyObject getsizeof(PyObject[] a, String[] k) {
        PyObject[] b = org.taipan.runtime.MethodArgs.bind("getsizeof", a, k, 0, "object", "default");
        PyObject o = org.taipan.runtime.MethodArgs.required("getsizeof", b, 0, "object");
        PyInt n;
        try {
            PyObject method = o.type().lookup("__sizeof__");
            if (method == null) {
                throw Errors.typeError("Type %s doesn't define __sizeof__", o.type().name());
            }
            PyObject r = Callables.callMethod(method, o, new PyObject[0], null);
            // PyLong_AsSsize_t: an int (no __index__)
            if (!(r instanceof PyInt)) {
                throw Errors.typeError("an integer is required");
            }
            n = PyInt.asInt(r);
        } catch (PyException e) {
            if (b[1] != null && e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                return b[1];
            }
            throw e;
        }
        if (n.signum() < 0) {
            throw Errors.valueError("__sizeof__() should return >= 0");
        }
        return PyInt.add(n, PyInt.of(ObjectSizes.preHeader(o)));
    }
}
