package org.taipan.runtime;

/** Calling Python objects from Java (CPython's {@code PyObject_Vectorcall} family). */
public final class Callables {
    private Callables() {}

    public static final PyObject[] NO_ARGS = new PyObject[0];

    /**
     * Calls {@code callable(*args)} in vectorcall form ({@code kwnames} names the trailing values).
     *
     * @throws PyException TypeError "'X' object is not callable", or whatever the call raises
     */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Slots.Call c = callable.type().tp_call;
        if (c == null) {
            throw Errors.typeError("'%s' object is not callable", callable.type().name());
        }
        return c.call(callable, args, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /**
     * Calls the attribute {@code f} found on {@code type(self)} as a method of {@code self},
     * without making a bound method when {@code f} is a plain function or method descriptor.
     */
    public static PyObject callMethod(PyObject f, PyObject self, PyObject[] args, String[] kwnames) {
        if (f instanceof PyFunction fn) {
            return org.taipan.interp.Eval.callMethod(fn, self, args, kwnames);
        }
        if (f instanceof PyMethodDescr m) {
            return m.callWithSelf(self, args, kwnames);
        }
        Slots.DescrGet g = f.type().tp_descr_get;
        if (g != null) {
            f = g.call(f, self, self.type());
        }
        return call(f, args, kwnames);
    }

    /** Looks up {@code name} as an attribute of {@code obj} and calls it. */
    public static PyObject callAttr(PyObject obj, String name, PyObject... args) {
        return call(Abstract.getAttr(obj, PyStr.of(name)), args, null);
    }
}
