package org.taipan.runtime;

/** {@code staticmethod(f)}: reading it through a class or instance gives {@code f} itself. */
public final class PyStaticMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.tp_new = (t, a, k) -> new PyStaticMethod(PyNone.NONE);
        TYPE.tp_init = (self, a, k) -> ((PyStaticMethod) self).callable = Args.oneArg("staticmethod", a, k);
        TYPE.tp_call = (self, a, k) -> Callables.call(((PyStaticMethod) self).callable, a, k);
        TYPE.addAttr("__func__", new PyGetSetDescr(TYPE, "__func__", o -> ((PyStaticMethod) o).callable, null));
        TYPE.addAttr("__wrapped__", new PyGetSetDescr(TYPE, "__wrapped__", o -> ((PyStaticMethod) o).callable, null));
        TYPE.addAttr("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__", o -> PyBool.FALSE, null));
        TYPE.ready();
    }

    private PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    public PyObject callable() {
        return callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
