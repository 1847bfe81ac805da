package org.taipan.runtime;

/**
 * What {@code classmethod} and {@code staticmethod} share (CPython's {@code cm_*} and
 * {@code sm_*} functions are twins too): the wrapped callable, set by {@code __init__} and
 * exposed as {@code __func__} and {@code __wrapped__}, an instance {@code __dict__}, and the
 * {@code __slots__} values of a user subclass's instances (a member descriptor applies only to
 * instances of the subclass that declared it, so plain instances never store any).
 * Each subclass supplies only its {@code __get__} (and {@code staticmethod} its {@code __call__}).
 */
public abstract sealed class PyMethodDecorator extends PyObject implements HasDict, HasSlotValues
        permits PyClassMethod, PyStaticMethod {
    private PyObject callable;
    private PyDict dict;
    /** Values of a subclass instance's {@code __slots__} members, by name (made by the first store). */
    private PyDict slotValues;

    PyMethodDecorator(PyObject callable) {
        this.callable = callable;
    }

    /** The wrapped callable ({@code __func__}). */
    public PyObject callable() {
        return callable;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean replaceDict(PyDict d) {
        dict = d;
        return true;
    }

    @Override
    public PyDict slotValues(boolean create) {
        if (slotValues == null && create) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    /** CPython's {@code _PyObject_IsAbstract}: a true {@code __isabstractmethod__} attribute. */
    static boolean isAbstract(PyObject f) {
        if (f == null) {
            return false;
        }
        PyObject r = Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
        return r != null && Abstract.isTrue(r);
    }

    private static final PyStr[] WRAPPED_ATTRIBUTES = {
        PyStr.of("__module__"), PyStr.of("__name__"), PyStr.of("__qualname__"), PyStr.of("__doc__"),
        PyStr.of("__annotations__")};

    /**
     * Copies the wrapped callable's name, module, qualified name, doc and annotations onto the
     * decorator through ordinary attribute stores, skipping those it lacks, as
     * {@code __init__} does since Python 3.10 (CPython's {@code functools_wraps} in
     * Objects/funcobject.c). Errors other than AttributeError from the callable propagate.
     */
    private static void copyWrappedAttributes(PyObject decorator, PyObject callable) {
        for (PyStr attr : WRAPPED_ATTRIBUTES) {
            PyObject v = Abstract.lookupAttr(callable, attr);
            if (v != null) {
                Abstract.setAttr(decorator, attr, v);
            }
        }
    }

    /**
     * Fills the slots and attributes both types have; {@code name} is the Python type name for
     * errors, {@code blank} makes an instance of the type or of a user subclass of it.
     */
    static void initCommon(PyType type, String name, java.util.function.Function<PyType, PyMethodDecorator> blank) {
        type.tp_new = (t, a, k) -> blank.apply(t);
        type.tp_init = (self, a, k) -> {
            PyObject callable = Args.oneArg(name, a, k);
            ((PyMethodDecorator) self).callable = callable;
            copyWrappedAttributes(self, callable);
        };
        type.tp_repr = o -> {
            PyObject c = ((PyMethodDecorator) o).callable;
            return PyStr.of("<" + name + "(" + (c == null ? "<NULL>" : Abstract.repr(c)) + ")>");
        };
        ObjectSlots.addInstanceDict(type);
        type.addAttr("__func__", new PyGetSetDescr(type, "__func__", o -> ((PyMethodDecorator) o).callable, null));
        type.addAttr("__wrapped__", new PyGetSetDescr(type, "__wrapped__", o -> ((PyMethodDecorator) o).callable, null));
        type.addAttr("__isabstractmethod__", new PyGetSetDescr(type, "__isabstractmethod__",
                o -> PyBool.of(isAbstract(((PyMethodDecorator) o).callable)), null));
    }
}
