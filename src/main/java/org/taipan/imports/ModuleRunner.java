package org.taipan.imports;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.ThreadState;

/**
 * {@code python -m NAME}: runpy's {@code _run_module_as_main} and {@code _get_module_details}
 * in Java (the real {@code runpy} would pull {@code importlib} and {@code os} into every such
 * start). The module is found with its parent packages imported (and run), a package runs its
 * {@code __main__} submodule, and the code runs in {@code __main__}'s namespace with
 * {@code __spec__}, {@code __file__}, {@code __loader__}, {@code __package__} from the spec and
 * {@code sys.argv[0]} set to the file. A module that cannot be run ends the program as runpy's
 * {@code sys.exit("EXECUTABLE: message")} does.
 */
final class ModuleRunner {
    private final Interpreter interp;
    private final Importer importer;

    ModuleRunner(Interpreter interp, Importer importer) {
        this.interp = interp;
        this.importer = importer;
    }

    /** A reason the module cannot be run: runpy's {@code _Error}. */
    private static final class RunError extends RuntimeException {
        RunError(String message) {
            super(message, null, false, false);
        }
    }

    private record Details(String name, PyObject spec, CodeObject code) {}

    void run(ThreadState ts, PyModule main, String name) {
        run(ts, main, name, true);
    }

    /**
     * As {@link #run(ThreadState, PyModule, String)}; {@code alterArgv} false keeps {@code sys.argv[0]}
     * (runpy's {@code alter_argv}: false when a directory or zip file given as the script runs
     * its {@code __main__}).
     */
    void run(ThreadState ts, PyModule main, String name, boolean alterArgv) {
        Details d;
        try {
            d = details(name);
        } catch (RunError e) {
            String msg = e.getMessage();
            if (!alterArgv && name.equals("__main__") && msg.contains("__main__")
                    && interp.sysAttribute("path") instanceof PyList path && path.size() > 0) {
                // runpy's _get_main_module_details: a directory's or archive's __main__ that cannot be
                // loaded (a bad .pyc, a broken archive) is reported as not found there
                msg = "can't find '__main__' module in " + Abstract.repr(path.get(0));
            }
            throw Errors.of(ExceptionTypes.SystemExit,
                    PyStr.of(Names.str(interp.sysAttribute("executable")) + ": " + msg));
        }
        if (alterArgv && interp.sysAttribute("argv") instanceof PyList argv && argv.size() > 0) {
            argv.set(0, Abstract.getAttr(d.spec, "origin"));
        }
        var g = main.dict();
        g.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
        g.setItem(PyStr.of("__file__"), Abstract.getAttr(d.spec, "origin"));
        g.setItem(PyStr.of("__cached__"), Abstract.getAttr(d.spec, "cached"));
        g.setItem(PyStr.of("__doc__"), PyNone.NONE);
        g.setItem(PyStr.of("__loader__"), Abstract.getAttr(d.spec, "loader"));
        g.setItem(PyStr.of("__package__"), Abstract.getAttr(d.spec, "parent"));
        g.setItem(PyStr.of("__spec__"), d.spec);
        Eval.runModule(ts, new PyCode(d.code), g, interp.builtins());
    }

    /** runpy's {@code _get_module_details}. */
    private Details details(String name) {
        if (name.startsWith(".")) {
            throw new RunError("Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        if (!pkg.isEmpty()) {
            try {
                importer.importModule(pkg, null, null, 0);
            } catch (PyException e) {
                // A missing ancestor is reported by the search below; any other failure propagates.
                if (!e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                    throw e;
                }
                PyObject en = e.value.attribute("name");
                if (!(en instanceof PyStr s) || !s.toString().equals(pkg) && !pkg.startsWith(s + ".")) {
                    throw e;
                }
            }
        }
        PyObject spec;
        try {
            spec = findSpec(name);
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.ImportError) && !e.value.type().isSubtypeOf(ExceptionTypes.AttributeError)
                    && !e.value.type().isSubtypeOf(ExceptionTypes.TypeError) && !e.value.type().isSubtypeOf(ExceptionTypes.ValueError)) {
                throw e;
            }
            String msg = "Error while finding module specification for " + Abstract.repr(PyStr.of(name)) + " ("
                    + e.value.type().shortName() + ": " + Names.str(e.value) + ")";
            if (name.endsWith(".py")) {
                msg += ". Try using '" + name.substring(0, name.length() - 3) + "' instead of '" + name
                        + "' as the module name.";
            }
            throw new RunError(msg);
        }
        if (spec == null || spec == PyNone.NONE) {
            throw new RunError("No module named " + name);
        }
        if (Abstract.getAttr(spec, "submodule_search_locations") != PyNone.NONE) {
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw new RunError("Cannot use package as __main__ module");
            }
            try {
                return details(name + ".__main__");
            } catch (RunError e) {
                if (interp.modules().getItem(PyStr.of(name)) == null) {
                    throw e;
                }
                throw new RunError(e.getMessage() + "; " + Abstract.repr(PyStr.of(name))
                        + " is a package and cannot be directly executed");
            }
        }
        PyObject loader = Abstract.getAttr(spec, "loader");
        if (loader == PyNone.NONE) {
            throw new RunError(Abstract.repr(PyStr.of(name)) + " is a namespace package and cannot be executed");
        }
        CodeObject code;
        try {
            if (loader instanceof SourceFileLoader sfl) {
                code = sfl.code();
            } else {
                PyObject c = Callables.callAttr(loader, "get_code", PyStr.of(name));
                if (c == PyNone.NONE) {
                    throw new RunError("No code object available for " + name);
                }
                code = ((PyCode) c).code;
            }
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                throw new RunError(Names.str(e.value));
            }
            throw e;
        }
        return new Details(name, spec, code);
    }

    /** {@code importlib.util.find_spec(name)}: a loaded module's own spec, else a search below its parent. */
    private PyObject findSpec(String name) {
        if (name.equals("__main__")) {
            // runpy's _get_main_module_details: the running __main__ is not the one to find
            PyObject running = interp.modules().pop(PyStr.of(name));
            try {
                PyObject spec = importer.findSpec(name, null);
                return spec == null ? PyNone.NONE : spec;
            } finally {
                if (running != null) {
                    interp.modules().setItem(PyStr.of(name), running);
                }
            }
        }
        PyObject existing = interp.modules().getItem(PyStr.of(name));
        if (existing != null) {
            PyObject spec = Abstract.lookupAttr(existing, PyStr.of("__spec__"));
            if (spec == null || spec == PyNone.NONE) {
                throw Errors.valueError("%s.__spec__ is None", name);
            }
            return spec;
        }
        int dot = name.lastIndexOf('.');
        PyObject path = null;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            PyObject parent = importer.importModuleLevel(PyStr.of(parentName), null,
                    PyTuple.of(PyStr.of("__path__")), 0);
            path = Abstract.lookupAttr(parent, PyStr.of("__path__"));
            if (path == null) {
                throw ImportErrors.notFound("__path__ attribute not found on " + Abstract.repr(PyStr.of(parentName))
                        + " while trying to find " + Abstract.repr(PyStr.of(name)), name);
            }
        }
        PyObject spec = importer.findSpec(name, path);
        return spec == null ? PyNone.NONE : spec;
    }
}
