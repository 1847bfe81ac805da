package org.taipan.runtime;

/** {@code classmethod(f)}: reading it binds {@code f} to the class. */
public final class PyClassMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT);

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyObject f = ((PyClassMethod) d).callable;
            PyObject cls = type != null ? type : obj.type();
            if (f instanceof PyBuiltinFunction bf) {
                return bf.bindFirst(cls);
            }
            return new PyMethod(f, cls);
        };
        TYPE.tp_new = (t, a, k) -> new PyClassMethod(PyNone.NONE);
        TYPE.tp_init = (self, a, k) -> ((PyClassMethod) self).callable = Args.oneArg("classmethod", a, k);
        TYPE.addAttr("__func__", new PyGetSetDescr(TYPE, "__func__", o -> ((PyClassMethod) o).callable, null));
        TYPE.addAttr("__wrapped__", new PyGetSetDescr(TYPE, "__wrapped__", o -> ((PyClassMethod) o).callable, null));
        TYPE.addAttr("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__", o -> PyBool.FALSE, null));
        TYPE.ready();
    }

    private PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
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
