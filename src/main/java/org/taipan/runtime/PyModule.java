package org.taipan.runtime;

/**
 * A module object: a name and a namespace dict ({@code __dict__}) that is its globals. Its type is
 * {@code module} or a Python subclass of it ({@code class M(types.ModuleType)}), made so by
 * {@code M(name)} or by assigning {@code __class__} (the idiom for module properties).
 */
public class PyModule extends PyObject implements HasDict, ClassAssignable {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT);

    static {
        TYPE.tp_getattro = PyModule::getAttr;
        TYPE.tp_repr = o -> PyStr.of(org.taipan.imports.ModuleRepr.repr((PyModule) o));
        // module.__new__ makes a module with an empty namespace (CPython's new_module);
        // __init__ checks the arguments and fills in the five names (module___init___impl)
        TYPE.tp_new = (t, a, k) -> {
            PyModule m = new PyModule();
            m.type = t;
            return m;
        };
        TYPE.tp_init = (self, a, k) -> {
            if (Args.positional(a, k) == 0 && (k == null || !java.util.Arrays.asList(k).contains("name"))) {
                // Argument Clinic reports a missing required argument before an unknown keyword
                throw Errors.typeError("module() missing required argument 'name' (pos 1)");
            }
            PyObject[] bound = MethodArgs.bind("module", a, k, 0, "name", "doc");
            PyObject name = MethodArgs.required("module", bound, 0, "name");
            if (!(name instanceof PyStr)) {
                throw Errors.typeError("module() argument 'name' must be str, not %s", name.type().name());
            }
            PyDict d = ((PyModule) self).dict;
            d.setItem(PyStr.of("__name__"), name);
            d.setItem(PyStr.of("__doc__"), bound[1] != null ? bound[1] : PyNone.NONE);
            d.setItem(PyStr.of("__package__"), PyNone.NONE);
            d.setItem(PyStr.of("__loader__"), PyNone.NONE);
            d.setItem(PyStr.of("__spec__"), PyNone.NONE);
        };
        ObjectSlots.addInstanceDict(TYPE);
        TYPE.addAttr("__annotations__", new PyGetSetDescr(TYPE, "__annotations__", PyModule::annotations,
                PyModule::setAnnotations));
        TYPE.ready();
    }

    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    /**
     * {@code module.__annotations__} ({@code module_get_annotations}): the dict's entry, or a new
     * empty dict stored there first, so a module without annotations has {} to read and extend.
     */
    private static PyObject annotations(PyObject self) {
        PyDict d = ((PyModule) self).dict;
        PyObject a = d.getItem(ANNOTATIONS);
        if (a == null) {
            a = new PyDict();
            d.setItem(ANNOTATIONS, a);
        }
        return a;
    }

    /** Setting stores into the dict; deleting what is not there is AttributeError ({@code module_set_annotations}). */
    private static void setAnnotations(PyObject self, PyObject v) {
        PyDict d = ((PyModule) self).dict;
        if (v != null) {
            d.setItem(ANNOTATIONS, v);
        } else if (d.getItem(ANNOTATIONS) == null) {
            throw Errors.attributeError("__annotations__");
        } else {
            d.delItem(ANNOTATIONS);
        }
    }

    private final PyDict dict;
    private final boolean builtin;
    private PyType type = TYPE;

    /** True for a module written in Java (its repr says "built-in" when it has no spec). */
    public boolean isBuiltin() {
        return builtin;
    }

    /** A module with an empty namespace, as {@code module.__new__} makes it (its repr names it '?'). */
    private PyModule() {
        this.dict = new PyDict();
        this.builtin = false;
    }

    /** A module with {@code __name__} set, {@code __doc__} None. */
    public PyModule(String name, boolean builtin) {
        this.dict = new PyDict();
        this.builtin = builtin;
        dict.setItem(PyStr.of("__name__"), PyStr.of(name));
        dict.setItem(PyStr.of("__doc__"), PyNone.NONE);
        dict.setItem(PyStr.of("__package__"), PyNone.NONE);
        dict.setItem(PyStr.of("__loader__"), PyNone.NONE);
        dict.setItem(PyStr.of("__spec__"), PyNone.NONE);
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * Also makes LOAD_ATTR_MODULE's inline caches and the traces built on them, which read this
     * module's dict by position without asking its type, look again: the new class may define
     * descriptors or {@code __getattribute__} that take over attribute access.
     */
    @Override
    public void assignClass(PyType t) {
        type = t;
        dict.forgetPositions();
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code __name__}. */
    public String name() {
        PyObject n = dict.getItem(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.toString() : "?";
    }

    /**
     * Adds a builtin function {@code name} implemented by {@code body}, whose {@code __module__}
     * is this module (what a C module's method table gives in CPython).
     */
    public void def(String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.setModule(this);
        set(name, f);
    }

    /** Defines a module attribute from Java. */
    public void set(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
    }

    private static PyObject getAttr(PyObject self, PyStr name) {
        PyObject v = ObjectSlots.genericGetAttrOrNull(self, name);
        if (v != null) {
            return v;
        }
        PyModule m = (PyModule) self;
        PyObject ga = m.dict.getItem(PyStr.of("__getattr__"));
        if (ga != null) {
            return Callables.call(ga, name);
        }
        if (!(m.dict.getItem(PyStr.of("__name__")) instanceof PyStr)) {
            // module_getattro: a module without a str __name__ (made by ModuleType.__new__ alone)
            throw Errors.attributeError("module has no attribute '%s'", name);
        }
        PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
        if (org.taipan.imports.ModuleSpec.isInitializing(spec)) {
            throw Errors.attributeError("partially initialized module '%s' has no attribute '%s'"
                    + " (most likely due to a circular import)", m.name(), name);
        }
        if (org.taipan.imports.ModuleSpec.isUninitializedSubmodule(spec, name)) {
            throw Errors.attributeError("cannot access submodule '%s' of module '%s'"
                    + " (most likely due to a circular import)", name, m.name());
        }
        throw Errors.attributeError("module '%s' has no attribute '%s'", m.name(), name);
    }
}
