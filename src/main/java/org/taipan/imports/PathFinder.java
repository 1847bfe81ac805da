package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The meta path finder for {@code sys.path} and packages' {@code __path__},
 * {@code importlib._bootstrap_external.PathFinder}: for each path entry, the finder that
 * {@code sys.path_importer_cache} holds or {@code sys.path_hooks} makes, asked in turn; the
 * directories of namespace portions found on the way make a namespace package when no regular
 * module or package turns up. Like {@link BuiltinImporter} it is a class used as is.
 */
public final class PathFinder {
    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.PathFinder", PyType.OBJECT);

    static {
        TYPE.addAttr("find_spec", new PyStaticMethod(new PyBuiltinFunction("find_spec", (a, k) -> {
            PyObject[] b = MethodArgs.bind("find_spec", a, k, 0, "fullname", "path", "target");
            String name = Names.str(MethodArgs.required("find_spec", b, 0, "fullname"));
            PyObject spec = findSpec(ThreadState.current().interpreter, name,
                    b[1] == null || b[1] == PyNone.NONE ? null : b[1]);
            return spec == null ? PyNone.NONE : spec;
        })));
        TYPE.addAttr("invalidate_caches", new PyStaticMethod(new PyBuiltinFunction("invalidate_caches", (a, k) -> {
            invalidateCaches(ThreadState.current().interpreter);
            return PyNone.NONE;
        })));
        // importlib.metadata asks every meta path finder for the installed distributions (their
        // *.dist-info and *.egg-info directories along sys.path): importlib's own MetadataPathFinder
        // finds them, as CPython's PathFinder delegates to it
        TYPE.addAttr("find_distributions", new PyStaticMethod(new PyBuiltinFunction("find_distributions", (a, k) -> {
            PyObject metadata = ThreadState.current().interpreter.importModule("importlib.metadata", null,
                    new org.taipan.runtime.PyTuple(new PyObject[] {PyStr.of("MetadataPathFinder")}), 0);
            PyObject finder = Abstract.getAttr(metadata, "MetadataPathFinder");
            return Callables.call(Abstract.getAttr(finder, "find_distributions"), a, k);
        })));
        TYPE.ready();
    }

    private PathFinder() {}

    /**
     * {@code PathFinder.find_spec(name, path)}: {@code path} null means {@code sys.path}.
     *
     * @return the spec, a namespace package's spec, or null when nothing was found
     */
    static PyObject findSpec(Interpreter interp, String name, PyObject path) {
        if (path == null) {
            path = interp.sysAttribute("path");
        }
        PyObject found = getSpec(interp, name, path);
        if (!(found instanceof ModuleSpec spec) || spec.loader() != PyNone.NONE) {
            return found;
        }
        PyObject portions = spec.searchLocations();
        if (portions instanceof PyList l && l.size() > 0) {
            spec.setSearchLocations(new NamespacePath(name, l));
            return spec;
        }
        return null;
    }

    /** {@code PathFinder._get_spec}: a spec with a loader, or one without whose search locations are the portions found. */
    static PyObject getSpec(Interpreter interp, String name, PyObject path) {
        PyList namespace = new PyList();
        PyObject[] entries = path instanceof PyList l ? l.toArray() : Abstract.toArray(path);
        for (PyObject entry : entries) {
            if (!(entry instanceof PyStr)) {
                continue;
            }
            PyObject finder = finderFor(interp, (PyStr) entry);
            if (finder == null || finder == PyNone.NONE) {
                continue;
            }
            PyObject found;
            if (finder instanceof FileFinder ff) {
                found = ff.findSpec(name);
            } else {
                PyObject fs = Abstract.lookupAttr(finder, PyStr.of("find_spec"));
                found = fs != null ? Callables.call(fs, PyStr.of(name)) : legacySpec(finder, name);
            }
            if (found == null || found == PyNone.NONE) {
                continue;
            }
            if (Abstract.getAttr(found, "loader") != PyNone.NONE) {
                return found;
            }
            PyObject portions = Abstract.getAttr(found, "submodule_search_locations");
            if (portions == PyNone.NONE) {
                throw org.taipan.runtime.Errors.of(ExceptionTypes.ImportError, "spec missing loader");
            }
            for (PyObject p : Abstract.toArray(portions)) {
                namespace.append(p);
            }
        }
        ModuleSpec spec = new ModuleSpec(PyStr.of(name), PyNone.NONE, null, false);
        spec.setSearchLocations(namespace);
        return spec;
    }

    /** A path entry finder without {@code find_spec}: its {@code find_module} (Python 3.3's protocol). */
    private static PyObject legacySpec(PyObject finder, String name) {
        PyObject loader;
        if (Abstract.lookupAttr(finder, PyStr.of("find_loader")) != null) {
            PyObject pair = Callables.callAttr(finder, "find_loader", PyStr.of(name));
            PyObject[] lp = Abstract.toArray(pair);
            loader = lp[0];
            if (loader == PyNone.NONE) {
                ModuleSpec spec = new ModuleSpec(PyStr.of(name), PyNone.NONE, null, false);
                spec.setSearchLocations(lp[1]);
                return spec;
            }
        } else {
            loader = Callables.callAttr(finder, "find_module", PyStr.of(name));
        }
        return loader == PyNone.NONE ? PyNone.NONE : Importer.specFromLoader(PyStr.of(name), loader);
    }

    /**
     * {@code PathFinder._path_importer_cache}: the finder for a path entry ({@code ''} is the
     * working directory), made by the first path hook that accepts it and cached in
     * {@code sys.path_importer_cache}; None when no hook does.
     */
    static PyObject finderFor(Interpreter interp, PyStr entry) {
        PyStr key = entry;
        if (entry.toString().isEmpty()) {
            key = PyStr.of(org.taipan.modules.posix.FsEncoding.text(FileFinder.cwd()));
        }
        PyObject cache = interp.sysAttribute("path_importer_cache");
        PyObject finder = cache instanceof PyDict d ? d.getItem(key) : null;
        if (finder == null && !(cache instanceof PyDict)) {
            try {
                finder = Abstract.getItem(cache, key);
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.KeyError)) {
                    throw e;
                }
            }
        }
        if (finder != null) {
            return finder;
        }
        finder = PyNone.NONE;
        PyObject hooks = interp.sysAttribute("path_hooks");
        for (PyObject hook : hooks == null || hooks == PyNone.NONE ? new PyObject[0] : Abstract.toArray(hooks)) {
            try {
                finder = hook == FileFinder.PATH_HOOK ? FileFinder.forEntry(key)
                        : hook == ZipPathHook.HOOK ? ZipPathHook.forEntry(key) : Callables.call(hook, key);
                break;
            } catch (ZipPathHook.NotYet e) {
                return PyNone.NONE;
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                    throw e;
                }
            }
        }
        if (cache != null && cache != PyNone.NONE) {
            Abstract.setItem(cache, key, finder);
        }
        return finder;
    }

    /** {@code PathFinder.invalidate_caches}: drops None and relative entries, tells the others. */
    static void invalidateCaches(Interpreter interp) {
        if (!(interp.sysAttribute("path_importer_cache") instanceof PyDict cache)) {
            return;
        }
        for (PyObject key : Abstract.toArray(Callables.callAttr(cache, "keys"))) {
            PyObject finder = cache.getItem(key);
            if (finder == null) {
                continue;
            }
            if (finder == PyNone.NONE || !(key instanceof PyStr s && s.toString().startsWith("/"))) {
                cache.pop(key);
            } else if (Abstract.lookupAttr(finder, PyStr.of("invalidate_caches")) != null) {
                Callables.callAttr(finder, "invalidate_caches");
            }
        }
        interp.importer().newNamespaceEpoch();
    }
}
