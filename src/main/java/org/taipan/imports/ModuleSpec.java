package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A module's import-related state, {@code importlib._bootstrap.ModuleSpec}: the object in
 * {@code module.__spec__}. Its attributes live in its {@code __dict__} under the same names as in
 * CPython's class ({@code name}, {@code loader}, {@code origin}, {@code loader_state},
 * {@code submodule_search_locations}, {@code _uninitialized_submodules}, {@code _set_fileattr},
 * {@code _cached}, and {@code _initializing} while the module runs), so importlib's own Python
 * code reads and writes a spec made by Taipan's importer exactly as one of its own; the
 * properties {@code cached}, {@code parent} and {@code has_location} are computed as there.
 */
public final class ModuleSpec extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtinFinal("ModuleSpec", PyType.OBJECT);

    private static final PyStr NAME = PyStr.of("name"), LOADER = PyStr.of("loader"), ORIGIN = PyStr.of("origin"),
            LOADER_STATE = PyStr.of("loader_state"), SEARCH = PyStr.of("submodule_search_locations"),
            UNINITIALIZED = PyStr.of("_uninitialized_submodules"), SET_FILEATTR = PyStr.of("_set_fileattr"),
            CACHED = PyStr.of("_cached"), INITIALIZING = PyStr.of("_initializing");

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.addAttr("__module__", PyStr.of("_frozen_importlib"));
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("ModuleSpec", a, k, 0, "name", "loader", "origin", "loader_state",
                    "is_package");
            MethodArgs.required("ModuleSpec", b, 0, "name");
            MethodArgs.required("ModuleSpec", b, 1, "loader");
            ModuleSpec s = new ModuleSpec(b[0], b[1], or(b[2]), b[4] != null && Abstract.isTrue(b[4]));
            s.dict.setItem(LOADER_STATE, or(b[3]));
            return s;
        };
        TYPE.tp_repr = ModuleSpec::repr;
        TYPE.tp_richcompare = ModuleSpec::richCompare;
        TYPE.addAttr("__hash__", PyNone.NONE);
        TYPE.tp_hash = o -> {
            throw Errors.typeError("unhashable type: 'ModuleSpec'");
        };
        TYPE.addAttr("cached", new PyGetSetDescr(TYPE, "cached", o -> ((ModuleSpec) o).cached(),
                (o, v) -> ((ModuleSpec) o).dict.setItem(CACHED, v == null ? PyNone.NONE : v)));
        TYPE.addAttr("parent", new PyGetSetDescr(TYPE, "parent", o -> PyStr.of(((ModuleSpec) o).parent()), null));
        TYPE.addAttr("has_location", new PyGetSetDescr(TYPE, "has_location",
                o -> PyBool.of(((ModuleSpec) o).hasLocation()),
                (o, v) -> ((ModuleSpec) o).dict.setItem(SET_FILEATTR, PyBool.of(v != null && Abstract.isTrue(v)))));
        TYPE.ready();
    }

    private final PyDict dict = new PyDict();
    /** A builtin module {@link BuiltinImporter} already made while finding it, used by {@code module_from_spec}. */
    PyModule prebuilt;

    /**
     * {@code ModuleSpec(name, loader, origin=origin, is_package=isPackage)}.
     *
     * @param origin null for None
     */
    public ModuleSpec(PyObject name, PyObject loader, PyObject origin, boolean isPackage) {
        dict.setItem(NAME, name);
        dict.setItem(LOADER, loader == null ? PyNone.NONE : loader);
        dict.setItem(ORIGIN, origin == null ? PyNone.NONE : origin);
        dict.setItem(LOADER_STATE, PyNone.NONE);
        dict.setItem(SEARCH, isPackage ? new PyList() : PyNone.NONE);
        dict.setItem(UNINITIALIZED, new PyList());
        dict.setItem(SET_FILEATTR, PyBool.FALSE);
        dict.setItem(CACHED, PyNone.NONE);
    }

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private PyObject get(PyStr key) {
        PyObject v = dict.getItem(key);
        if (v == null) {
            throw Errors.attributeError("'ModuleSpec' object has no attribute '%s'", key);
        }
        return v;
    }

    /** {@code spec.name} as a Java string. */
    public String name() {
        return Names.str(get(NAME));
    }

    /** {@code spec.loader} (None for a namespace package before it is set up). */
    public PyObject loader() {
        return get(LOADER);
    }

    /** Sets {@code spec.loader}. */
    public void setLoader(PyObject loader) {
        dict.setItem(LOADER, loader);
    }

    /** {@code spec.origin}. */
    public PyObject origin() {
        return get(ORIGIN);
    }

    /** {@code spec.submodule_search_locations}: None for a plain module. */
    public PyObject searchLocations() {
        return get(SEARCH);
    }

    /** Sets {@code spec.submodule_search_locations}. */
    public void setSearchLocations(PyObject locations) {
        dict.setItem(SEARCH, locations);
    }

    /** Sets {@code spec.has_location} (the finder found a file: {@code __file__} is the origin). */
    public void setHasLocation(boolean has) {
        dict.setItem(SET_FILEATTR, PyBool.of(has));
    }

    /** {@code spec.has_location}. */
    public boolean hasLocation() {
        return Abstract.isTrue(get(SET_FILEATTR));
    }

    /** {@code spec.parent}: the package name for a package, else the name up to its last dot. */
    public String parent() {
        String n = name();
        if (searchLocations() == PyNone.NONE) {
            int dot = n.lastIndexOf('.');
            return dot < 0 ? "" : n.substring(0, dot);
        }
        return n;
    }

    /**
     * {@code spec.cached}: the bytecode path importlib gives for the spec's file
     * ({@code __pycache__/x.TAG.pyc}, {@link SourceFileLoader#cacheFromSource}) for a spec with a
     * file location, computed once.
     */
    public PyObject cached() {
        PyObject c = get(CACHED);
        if (c == PyNone.NONE && origin() instanceof PyStr o && hasLocation()) {
            String path = SourceFileLoader.cacheFromSource(o.toString(),
                    org.taipan.runtime.ThreadState.current().interpreter.options().optimize());
            if (path != null) {
                c = PyStr.of(path);
                dict.setItem(CACHED, c);
            }
        }
        return c;
    }

    /** {@code spec._initializing}: set while the module's code runs (circular-import messages read it). */
    public void setInitializing(boolean on) {
        dict.setItem(INITIALIZING, PyBool.of(on));
    }

    /** True when any object's {@code _initializing} attribute is true (CPython's {@code _PyModuleSpec_IsInitializing}). */
    public static boolean isInitializing(PyObject spec) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        if (spec instanceof ModuleSpec s) {
            PyObject v = s.dict.getItem(INITIALIZING);
            return v != null && Abstract.isTrue(v);
        }
        try {
            PyObject v = Abstract.lookupAttr(spec, INITIALIZING);
            return v != null && Abstract.isTrue(v);
        } catch (org.taipan.runtime.PyException e) {
            return false;
        }
    }

    /**
     * True when {@code name} is a submodule of the spec's module still being imported
     * ({@code _uninitialized_submodules}, CPython's {@code _PyModuleSpec_IsUninitializedSubmodule}).
     */
    public static boolean isUninitializedSubmodule(PyObject spec, PyObject name) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        try {
            PyObject subs = spec instanceof ModuleSpec s ? s.dict.getItem(UNINITIALIZED)
                    : Abstract.lookupAttr(spec, UNINITIALIZED);
            return subs != null && Abstract.contains(subs, name);
        } catch (org.taipan.runtime.PyException e) {
            return false;
        }
    }

    private static PyObject repr(PyObject o) {
        ModuleSpec s = (ModuleSpec) o;
        StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(s.get(NAME)))
                .append(", loader=").append(Abstract.repr(s.get(LOADER)));
        if (s.origin() != PyNone.NONE) {
            sb.append(", origin=").append(Abstract.repr(s.origin()));
        }
        if (s.searchLocations() != PyNone.NONE) {
            sb.append(", submodule_search_locations=").append(Names.str(s.searchLocations()));
        }
        return PyStr.of(sb.append(')').toString());
    }

    /** {@code ModuleSpec.__eq__}: name, loader, origin, search locations, cached and has_location. */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE || !(a instanceof ModuleSpec x)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq;
        try {
            eq = Abstract.richCompareBool(x.get(NAME), Abstract.getAttr(b, NAME), CompareOp.EQ)
                    && Abstract.richCompareBool(x.loader(), Abstract.getAttr(b, LOADER), CompareOp.EQ)
                    && Abstract.richCompareBool(x.origin(), Abstract.getAttr(b, ORIGIN), CompareOp.EQ)
                    && Abstract.richCompareBool(x.searchLocations(), Abstract.getAttr(b, SEARCH), CompareOp.EQ)
                    && Abstract.richCompareBool(x.cached(), Abstract.getAttr(b, "cached"), CompareOp.EQ)
                    && Abstract.richCompareBool(PyBool.of(x.hasLocation()), Abstract.getAttr(b, "has_location"),
                            CompareOp.EQ);
        } catch (org.taipan.runtime.PyException e) {
            if (e.value.type().isSubtypeOf(org.taipan.runtime.ExceptionTypes.AttributeError)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw e;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
