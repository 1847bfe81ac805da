package org.taipan.modules.pickle;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * Finding globals by module and qualified name, for both directions: {@code _pickle.c}'s
 * {@code get_dotted_path}, {@code get_deep_attribute}, {@code whichmodule}, {@code getattribute}
 * and the {@code _compat_pickle} renamings of {@code fix_imports}.
 */
final class Names {
    private Names() {}

    /**
     * {@code name} split at its dots; AttributeError for a name under {@code <locals>}, which no
     * import can reach ("Can't pickle local object" when pickling, {@code obj} null).
     */
    static PyList dottedPath(PyObject obj, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("must be str, not %s", name.type().name());
        }
        String[] parts = s.toString().split("\\.", -1);
        PyList path = new PyList();
        for (String part : parts) {
            if (part.equals("<locals>")) {
                if (obj == null) {
                    throw Errors.attributeError("Can't pickle local object %s", Abstract.repr(name));
                }
                throw Errors.attributeError("Can't get local attribute %s on %s", Abstract.repr(name), Abstract.repr(obj));
            }
            path.append(PyStr.of(part));
        }
        if (s.hasLoneSurrogate()) {
            // Keep the exact code points: split on the str itself.
            path = (PyList) org.taipan.runtime.Callables.callAttr(s, "split", PyStr.of("."));
        }
        return path;
    }

    /**
     * The attribute at the end of {@code path} from {@code obj}, or null when one is missing;
     * {@code parent[0]}, when given, receives the object holding the last one.
     */
    static PyObject deepAttribute(PyObject obj, PyList path, PyObject[] parent) {
        PyObject cur = obj;
        PyObject par = null;
        for (int i = 0; i < path.size(); i++) {
            par = cur;
            cur = Abstract.lookupAttr(par, (PyStr) path.get(i));
            if (cur == null) {
                return null;
            }
        }
        if (parent != null) {
            parent[0] = par;
        }
        return cur;
    }

    /** {@code getattribute}: a dotted name when {@code allowQualname} (protocol 4), else one attribute. */
    static PyObject getAttribute(PyObject module, PyObject name, boolean allowQualname) {
        PyObject attr;
        if (allowQualname) {
            attr = deepAttribute(module, dottedPath(module, name), null);
        } else {
            attr = name instanceof PyStr s ? Abstract.lookupAttr(module, s) : Abstract.getAttr(module, Abstract.str(name));
        }
        if (attr == null) {
            throw Errors.attributeError("Can't get attribute %s on %s", Abstract.repr(name), Abstract.repr(module));
        }
        return attr;
    }

    /** {@code whichmodule}: the object's {@code __module__}, else the module of sys.modules holding it, else {@code __main__}. */
    static PyObject whichModule(PyObject global, PyList path) {
        PyObject moduleName = Abstract.lookupAttr(global, PyStr.of("__module__"));
        if (moduleName != null && moduleName != PyNone.NONE) {
            return moduleName;
        }
        PyObject modules = sysModules();
        if (modules instanceof PyDict d) {
            for (int i = 0; i < d.size(); i++) {
                PyObject name = d.keyAt(i), module = d.valueAt(i);
                if (name instanceof PyStr s && s.toString().equals("__main__") || module == PyNone.NONE) {
                    continue;
                }
                PyObject candidate;
                try {
                    candidate = deepAttribute(module, path, null);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.AttributeError)) {
                        throw e;
                    }
                    continue;
                }
                if (candidate == global) {
                    return name;
                }
            }
        }
        return PyStr.of("__main__");
    }

    private static PyObject sysModules() {
        Interpreter interp = ThreadState.current().interpreter;
        PyObject sys = interp.modules().getItem(PyStr.of("sys"));
        PyObject modules = sys == null ? null : Abstract.lookupAttr(sys, PyStr.of("modules"));
        if (modules == null) {
            throw Errors.runtimeError("unable to get sys.modules");
        }
        return modules;
    }

    /** {@code PyImport_Import}: the module itself (not its top-level package) after importing it. */
    static PyObject importModule(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("module name must be str, not %s", name.type().name());
        }
        Interpreter interp = ThreadState.current().interpreter;
        interp.importModule(s.toString(), new PyDict(), PyTuple.of(PyStr.of("__doc__")), 0);
        PyObject m = Abstract.getItem(sysModules(), s);
        return m;
    }

    /** Protocol 0-2 pickles name 3.x globals by their 2.x names ({@code _compat_pickle.REVERSE_*}). */
    static PyObject[] fixImports(PickleState st, PyObject module, PyObject name) {
        PyObject item = ((PyDict) st.nameMapping3to2).getItem(PyTuple.of(module, name));
        if (item != null) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %s",
                        item.type().name());
            }
            if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                throw Errors.typeError("_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (%s, %s)",
                        t.get(0).type().name(), t.get(1).type().name());
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        item = ((PyDict) st.importMapping3to2).getItem(module);
        if (item != null) {
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not %s",
                        item.type().name());
            }
            return new PyObject[] {item, name};
        }
        return new PyObject[] {module, name};
    }

    /** The unpickler's side: 2.x names to 3.x ones ({@code _compat_pickle.NAME_MAPPING}, {@code IMPORT_MAPPING}). */
    static PyObject[] mapTo3(PickleState st, PyObject module, PyObject name) {
        PyObject item = ((PyDict) st.nameMapping2to3).getItem(PyTuple.of(module, name));
        if (item != null) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw Errors.runtimeError("_compat_pickle.NAME_MAPPING values should be 2-tuples, not %s",
                        item.type().name());
            }
            if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                throw Errors.runtimeError("_compat_pickle.NAME_MAPPING values should be pairs of str, not (%s, %s)",
                        t.get(0).type().name(), t.get(1).type().name());
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        item = ((PyDict) st.importMapping2to3).getItem(module);
        if (item != null) {
            if (!(item instanceof PyStr)) {
                throw Errors.runtimeError("_compat_pickle.IMPORT_MAPPING values should be strings, not %s",
                        item.type().name());
            }
            return new PyObject[] {item, name};
        }
        return new PyObject[] {module, name};
    }
}
