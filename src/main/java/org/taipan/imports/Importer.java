package org.taipan.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.taipan.builtins.BuiltinsModule;
import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The import system of one interpreter (CPython's {@code PyImport_ImportModuleLevelObject} and
 * {@code importlib._bootstrap}): {@code sys.modules}, builtin (Java) modules, source files on
 * {@code sys.path} and packages.
 */
public final class Importer {
    private final Interpreter interp;

    public Importer(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * Makes {@code sys.path[0]} the directory of the script about to run as {@code __main__}
     * (CPython computes it from the script's path, not from {@code argv[0]}: they differ when
     * the program is run in-process by the test harness).
     */
    public void setScript(String filename) {
        if (interp.sysAttribute("path") instanceof PyList path && path.size() > 0) {
            path.set(0, PyStr.of(SysPath.mainEntry(filename)));
        }
    }

    /**
     * {@code __import__(name, globals, None, fromlist, level)}: the top package for
     * {@code import a.b}, the module itself when {@code fromlist} is non-empty.
     *
     * @throws PyException ModuleNotFoundError "No module named 'x'", ImportError for bad relative imports
     */
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        if (level > 0) {
            name = resolveRelative(name, globals, level);
        }
        String[] parts = name.split("\\.");
        PyObject top = null;
        StringBuilder prefix = new StringBuilder();
        PyObject parent = null;
        for (String p : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(p);
            PyObject m = loadModule(prefix.toString(), parent);
            if (parent != null) {
                Abstract.setAttr(parent, PyStr.of(p), m);
            }
            if (top == null) {
                top = m;
            }
            parent = m;
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (hasFrom && Abstract.lookupAttr(parent, PyStr.of("__path__")) != null) {
            handleFromlist(name, parent, fromlist);
        }
        return hasFrom ? parent : top;
    }

    /**
     * {@code _bootstrap._handle_fromlist}: {@code from pkg import x} imports submodule
     * {@code pkg.x} when the package has no attribute {@code x}; a missing submodule is left for
     * {@code IMPORT_FROM} to report.
     */
    private void handleFromlist(String name, PyObject module, PyObject fromlist) {
        for (PyObject x : Abstract.toArray(fromlist)) {
            if (!(x instanceof PyStr s) || s.toString().equals("*")) {
                continue;
            }
            if (Abstract.lookupAttr(module, s) == null) {
                String sub = name + "." + s;
                try {
                    PyObject m = loadModule(sub, module);
                    Abstract.setAttr(module, s, m);
                } catch (PyException e) {
                    if (!(e.value.type().isSubtypeOf(ExceptionTypes.ModuleNotFoundError)
                            && sub.equals(String.valueOf(e.value.dict().getItem(PyStr.of("name")))))) {
                        throw e;
                    }
                }
            }
        }
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getItem(PyStr.of("__package__"));
        String base;
        if (pkg instanceof PyStr s) {
            base = s.toString();
        } else {
            PyObject n = globals.getItem(PyStr.of("__name__"));
            base = n == null ? "" : n.toString();
            if (globals.getItem(PyStr.of("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private PyObject loadModule(String fullName, PyObject parent) {
        PyDict modules = interp.modules();
        PyObject m = modules.getItem(PyStr.of(fullName));
        if (m != null) {
            return m;
        }
        PyModule builtin = BuiltinsModule.createBuiltinModule(interp, fullName);
        if (builtin != null) {
            modules.setItem(PyStr.of(fullName), builtin);
            return builtin;
        }
        String last = fullName.substring(fullName.lastIndexOf('.') + 1);
        PyObject[] path;
        if (parent != null) {
            PyObject pp = Abstract.lookupAttr(parent, PyStr.of("__path__"));
            path = pp == null ? new PyObject[0] : Abstract.toArray(pp);
        } else {
            PyObject sp = interp.sysAttribute("path");
            path = sp == null ? new PyObject[0] : Abstract.toArray(sp);
        }
        for (PyObject dirObj : path) {
            Path dir = Path.of(dirObj.toString().isEmpty() ? "." : dirObj.toString());
            Path pkgInit = dir.resolve(last).resolve("__init__.py");
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(pkgInit)) {
                return execSourceModule(fullName, pkgInit, dir.resolve(last));
            }
            if (Files.isRegularFile(file)) {
                return execSourceModule(fullName, file, null);
            }
        }
        throw notFound(fullName);
    }

    /** ModuleNotFoundError for {@code name}, saying why when no standard library was found. */
    private PyException notFound(String name) {
        String msg = "No module named '" + name + "'";
        String problem = StdlibLocator.locate().problem();
        if (problem != null) {
            msg += " (" + problem + ")";
        }
        PyException e = Errors.of(ExceptionTypes.ModuleNotFoundError, msg);
        e.value.dict().setItem(PyStr.of("name"), PyStr.of(name));
        return e;
    }

    private PyObject execSourceModule(String name, Path file, Path pkgDir) {
        String source;
        try {
            source = org.taipan.parse.SourceDecoder.decode(Files.readAllBytes(file), file.toString());
        } catch (java.io.IOException ex) {
            throw Errors.of(ExceptionTypes.OSError, ex.getMessage());
        }
        PyModule m = new PyModule(name, false);
        m.set("__file__", PyStr.of(file.toString()));
        m.set("__builtins__", interp.builtinsModule());
        if (pkgDir != null) {
            m.set("__path__", new PyList(new PyObject[] {PyStr.of(pkgDir.toString())}));
            m.set("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.set("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        PyDict modules = interp.modules();
        modules.setItem(PyStr.of(name), m);
        try {
            CodeObject code = interp.compile(source, file.toString(), org.taipan.parse.Mode.EXEC);
            Eval.runModule(ThreadState.current(), new PyCode(code), m.dict(), interp.builtins());
        } catch (RuntimeException e) {
            modules.pop(PyStr.of(name));
            throw e;
        }
        return modules.getItem(PyStr.of(name)) instanceof PyObject now ? now : m;
    }
}
