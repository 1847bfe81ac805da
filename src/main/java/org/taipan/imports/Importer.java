package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The import system of one interpreter: CPython's {@code PyImport_ImportModuleLevelObject} and
 * the parts of {@code importlib._bootstrap} it calls ({@code _find_and_load},
 * {@code _find_spec}, {@code _load_unlocked}, {@code module_from_spec},
 * {@code _init_module_attrs}, {@code _handle_fromlist}), written in Java so that an import costs
 * no Python frames. It honours {@code sys.meta_path}, {@code sys.path_hooks} and
 * {@code sys.path_importer_cache} like importlib: the default finders ({@link BuiltinImporter},
 * {@link PathFinder} with {@link FileFinder}) are recognised and called directly, any other
 * finder or loader through its Python methods, and the specs and loaders made here have the
 * attributes and methods of importlib's own, so importlib's Python code (loaded from the standard
 * library only when a program imports {@code importlib}) works with them.
 *
 * <p>Not done: per-module import locks (a thread importing a module another thread is still
 * initialising gets the partial module instead of waiting) and {@code ImportWarning}s.
 */
public final class Importer {
    private static final PyStr NAME = PyStr.of("__name__"), SPEC = PyStr.of("__spec__"), PATH = PyStr.of("__path__"),
            FILE = PyStr.of("__file__"), LOADER = PyStr.of("__loader__"), PACKAGE = PyStr.of("__package__"),
            ALL = PyStr.of("__all__"), CACHED = PyStr.of("__cached__");

    private final Interpreter interp;
    /** The builtin {@code __import__}: IMPORT_NAME calls the importer directly while builtins hold this one. */
    private PyObject importFunction;
    /** The per-module import locks (threads importing the same module wait for each other). */
    private final ModuleLocks locks = new ModuleLocks();
    /** {@code _NamespacePath._epoch}: advanced by {@code invalidate_caches()}. */
    private int namespaceEpoch;
    /** {@code -X importtime}'s timer, or null. */
    private ImportTimer importTimer;

    public Importer(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * Gives the modules made before the import system ran ({@code sys}, {@code builtins}) their
     * import attributes, and remembers the builtin {@code __import__}; called once the interpreter
     * has made them.
     */
    public void initialize() {
        importTimer = ImportTimer.forOptions(interp.options());
        importFunction = interp.builtins().getItem(PyStr.of("__import__"));
        for (String name : new String[] {"sys", "builtins"}) {
            PyObject m = interp.modules().getItem(PyStr.of(name));
            if (m != null) {
                initModuleAttrs(BuiltinImporter.spec(PyStr.of(name)), m, false);
            }
        }
    }

    /**
     * Gives {@code __main__} CPython's import attributes for a script ({@code __loader__} a
     * source loader, {@code __cached__} None, {@code sys.path[0]} its directory) or for code
     * from {@code -c} or standard input ({@code __loader__} BuiltinImporter).
     *
     * @param filename the code's file name; {@code <string>} or {@code <stdin>} for those
     */
    public void initMain(PyModule main, String filename) {
        if (filename.startsWith("<")) {
            main.set("__loader__", BuiltinImporter.TYPE);
            return;
        }
        main.set("__loader__", new SourceFileLoader(PyStr.of("__main__"), PyStr.of(filename)));
        main.set("__cached__", PyNone.NONE);
        setScript(filename);
    }

    /**
     * Makes {@code sys.path[0]} the directory of the script about to run as {@code __main__}
     * (CPython computes it from the script's path, not from {@code argv[0]}: they differ when
     * the program is run in-process by the test harness). Nothing under {@code safe_path}.
     */
    public void setScript(String filename) {
        if (interp.options().startup().safePath()) {
            return; // -P / -I: no entry for the script at all
        }
        if (interp.sysAttribute("path") instanceof PyList path && path.size() > 0) {
            scriptEntry = SysPath.mainEntry(filename);
            path.set(0, PyStr.of(scriptEntry));
        }
    }

    /** What {@link #setScript} put first on {@code sys.path}, or null before a script was set. */
    public String scriptEntry() {
        return scriptEntry;
    }

    private String scriptEntry;

    /**
     * The standard-library modules CPython 3.11 has frozen into its executable
     * ({@code Tools/scripts/freeze_modules.py}'s start-up and runpy sections): its
     * {@code FrozenImporter}, ahead of {@code PathFinder} on {@code sys.meta_path}, finds them
     * whatever {@code sys.path} holds. Taipan finds them in the standard library's directory.
     */
    private static final java.util.Set<String> FROZEN_IN_CPYTHON = java.util.Set.of("abc", "codecs", "io",
            "_collections_abc", "_sitebuiltins", "genericpath", "ntpath", "posixpath", "os", "site", "stat", "runpy",
            "zipimport");

    /** Whether {@code encodings} has been looked for on {@code sys.path} (see {@link #pathFinderEntries}). */
    private boolean encodingsSearched;

    /**
     * The entries {@code PathFinder} searches first for top-level module {@code name}, or null
     * for {@code sys.path}: only {@code sys._stdlib_dir} for a module CPython has frozen, and for
     * {@code encodings}, which CPython imports while it starts, before the main program's
     * directory is on {@code sys.path}, its first search leaves out that leading entry. A
     * program's own {@code io.py}, {@code os.py} or {@code encodings.py} beside it therefore does
     * not stand in for the standard library's, while one named as another module does.
     */
    private PyObject pathFinderEntries(String name) {
        if (FROZEN_IN_CPYTHON.contains(name)) {
            return interp.sysAttribute("_stdlib_dir") instanceof PyStr dir ? new PyList(new PyObject[] {dir}) : null;
        }
        if (encodingsSearched || !name.equals("encodings")) {
            return null;
        }
        encodingsSearched = true;
        if (interp.options().startup().safePath() || !(interp.sysAttribute("path") instanceof PyList path)
                || path.size() == 0 || !(path.get(0) instanceof PyStr first) || !first.toString().equals(mainEntry())) {
            return null;
        }
        PyList rest = new PyList();
        for (int k = 1; k < path.size(); k++) {
            rest.append(path.get(k));
        }
        return rest;
    }

    /** The main program's {@code sys.path} entry: the script's directory once set, else what {@code sys.argv[0]} gives. */
    private String mainEntry() {
        if (scriptEntry != null) {
            return scriptEntry;
        }
        PyObject argv = interp.sysAttribute("argv");
        return SysPath.mainEntry(argv instanceof PyList a && a.size() > 0 && a.get(0) instanceof PyStr s0 ? s0.toString() : "");
    }

    /**
     * {@code python -m name}: runs module {@code name} (a package: its {@code __main__}) in
     * {@code main}'s namespace; see {@link ModuleRunner}.
     *
     * @throws PyException SystemExit("EXECUTABLE: No module named x") and the like when it cannot be run
     */
    public void runModuleAsMain(org.taipan.runtime.ThreadState ts, PyModule main, String name) {
        new ModuleRunner(interp, this).run(ts, main, name);
    }

    /**
     * {@code python DIRECTORY}: the directory goes first on {@code sys.path} (in place of the
     * script's directory; in front under {@code safe_path}) and its {@code __main__} module runs as
     * {@code __main__}, {@code sys.argv[0]} unchanged (CPython's {@code pymain_run_python} with a
     * main importer path, then runpy's {@code _run_module_as_main("__main__", False)}).
     *
     * @throws PyException SystemExit as {@link #runModuleAsMain} when it cannot be run
     */
    public void runPathAsMain(org.taipan.runtime.ThreadState ts, PyModule main, String directory) {
        if (interp.sysAttribute("path") instanceof PyList path) {
            if (interp.options().startup().safePath() || path.size() == 0) {
                path.insert(0, PyStr.of(directory));
            } else {
                path.set(0, PyStr.of(directory));
            }
        }
        scriptEntry = directory;
        new ModuleRunner(interp, this).run(ts, main, "__main__", false);
    }

    int namespaceEpoch() {
        return namespaceEpoch;
    }

    void newNamespaceEpoch() {
        namespaceEpoch++;
    }

    // ------------------------------------------------------------------ import statement and __import__

    /**
     * {@code IMPORT_NAME} (ceval's {@code import_name}): the importer itself while
     * {@code builtins.__import__} is the original, else a call of the replacement with
     * {@code (name, globals, locals, fromlist, level)}.
     *
     * @param builtins the frame's builtins
     * @param locals   the frame's locals mapping, or null (None is passed)
     */
    public PyObject importName(PyDict builtins, PyStr name, PyDict globals, PyObject locals, PyObject fromlist,
                               PyObject level) {
        PyObject f = builtins.getItem(PyStr.of("__import__"));
        if (f == null) {
            throw Errors.of(ExceptionTypes.ImportError, "__import__ not found");
        }
        if (f == importFunction) {
            return importModuleLevel(name, globals, fromlist, Abstract.index(level, null).intValue());
        }
        return Callables.call(f, name, globals, locals == null ? PyNone.NONE : locals, fromlist, level);
    }

    /**
     * {@code __import__(name, globals, None, fromlist, level)} for Java callers: the top package
     * for {@code import a.b}, the module itself when {@code fromlist} is non-empty.
     *
     * @throws PyException ModuleNotFoundError "No module named 'x'", ImportError for bad relative imports
     */
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return importModuleLevel(PyStr.of(name), globals, fromlist, level);
    }

    /**
     * CPython's {@code PyImport_ImportModuleLevelObject}, the body of {@code __import__}.
     *
     * @param globals the importing module's globals (for relative imports), any object
     * @throws PyException TypeError "module name must be a string", ValueError "level must be &gt;= 0",
     *                     "Empty module name", ImportError, ModuleNotFoundError, KeyError, and whatever
     *                     the imported module's code raises
     */
    public PyObject importModuleLevel(PyObject name, PyObject globals, PyObject fromlist, int level) {
        if (!(name instanceof PyStr nameStr)) {
            throw Errors.typeError("module name must be a string");
        }
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String n = nameStr.toString();
        String absName;
        if (level > 0) {
            absName = resolveName(n, globals, level);
        } else {
            if (n.isEmpty()) {
                throw Errors.valueError("Empty module name");
            }
            absName = n;
        }
        PyObject mod = interp.modules().getItem(PyStr.of(absName));
        if (mod == null || mod == PyNone.NONE) {
            mod = findAndLoad(absName);
        } else {
            ensureInitialized(mod, absName);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = n.indexOf('.');
            if (level == 0 || !n.isEmpty()) {
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModuleLevel(PyStr.of(n.substring(0, dot)), null, null, 0);
                }
                String toReturn = absName.substring(0, absName.length() - (n.length() - dot));
                PyObject m = interp.modules().getItem(PyStr.of(toReturn));
                if (m == null) {
                    throw Errors.of(ExceptionTypes.KeyError, PyStr.of("'" + toReturn + "' not in sys.modules as expected"));
                }
                return m;
            }
            return mod;
        }
        if (Abstract.lookupAttr(mod, PATH) != null) {
            return handleFromlist(mod, fromlist, false);
        }
        return mod;
    }

    /**
     * CPython's {@code resolve_name}: the absolute name of a relative import from the module whose
     * globals are given ({@code __package__}, else {@code __spec__.parent}, else {@code __name__}
     * and {@code __path__}).
     */
    private String resolveName(String name, PyObject globalsObj, int level) {
        if (globalsObj == null) {
            throw Errors.of(ExceptionTypes.KeyError, PyStr.of("'__name__' not in globals"));
        }
        if (!(globalsObj instanceof PyDict globals)) {
            throw Errors.typeError("globals must be a dict");
        }
        PyObject packageObj = globals.getItem(PACKAGE);
        if (packageObj == PyNone.NONE) {
            packageObj = null;
        }
        PyObject spec = globals.getItem(SPEC);
        String pkg;
        if (packageObj != null) {
            if (!(packageObj instanceof PyStr p)) {
                throw Errors.typeError("package must be a string");
            }
            pkg = p.toString();
            if (spec != null && spec != PyNone.NONE
                    && !Abstract.richCompareBool(packageObj, Abstract.getAttr(spec, "parent"), org.taipan.runtime.CompareOp.EQ)) {
                // import.c's resolve_name: __package__ wins, but the disagreement is warned about
                org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.ImportWarning, "__package__ != __spec__.parent", 1);
            }
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr p)) {
                throw Errors.typeError("__spec__.parent must be a string");
            }
            pkg = p.toString();
        } else {
            org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.ImportWarning,
                    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1);
            PyObject nameObj = globals.getItem(NAME);
            if (nameObj == null) {
                throw Errors.of(ExceptionTypes.KeyError, PyStr.of("'__name__' not in globals"));
            }
            if (!(nameObj instanceof PyStr p)) {
                throw Errors.typeError("__name__ must be a string");
            }
            pkg = p.toString();
            if (globals.getItem(PATH) == null) {
                int dot = pkg.lastIndexOf('.');
                if (dot < 0) {
                    throw noParent();
                }
                pkg = pkg.substring(0, dot);
            }
        }
        int lastDot = pkg.length();
        if (lastDot == 0) {
            throw noParent();
        }
        for (int up = 1; up < level; up++) {
            lastDot = pkg.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw Errors.of(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            }
        }
        String base = pkg.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyException noParent() {
        return Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
    }

    // ------------------------------------------------------------------ finding and loading

    /**
     * CPython's {@code import_ensure_initialized}: a module another thread is still initialising
     * is waited for.
     */
    private void ensureInitialized(PyObject mod, String name) {
        PyObject spec = mod instanceof PyModule m ? m.dict().getItem(SPEC) : Abstract.lookupAttr(mod, SPEC);
        if (ModuleSpec.isInitializing(spec)) {
            locks.waitUntilInitialized(name);
        }
    }

    /** {@code _find_and_load}: the module from {@code sys.modules}, else found and loaded under its module lock. */
    PyObject findAndLoad(String name) {
        PyObject mod = interp.modules().getItem(PyStr.of(name));
        if (mod == null && name.startsWith("_frozen_importlib")) {
            mod = frozenImportlib(name);
        }
        if (mod == null) {
            if (!locks.acquire(name)) {
                throw Errors.runtimeError("deadlock detected by _ModuleLock('%s')", name);
            }
            try {
                mod = interp.modules().getItem(PyStr.of(name));
                if (mod == null) {
                    return importTimer == null ? findAndLoadUnlocked(name) : findAndLoadTimed(name);
                }
            } finally {
                locks.release(name);
            }
        } else {
            ensureInitialized(mod, name);
        }
        if (mod == PyNone.NONE) {
            throw ImportErrors.notFound("import of " + name + " halted; None in sys.modules", name);
        }
        return mod;
    }

    /**
     * CPython's frozen {@code _frozen_importlib} and {@code _frozen_importlib_external}, which
     * zipimport imports: here the modules {@code importlib._bootstrap} and
     * {@code importlib._bootstrap_external} once {@code importlib} has set them up from their
     * sources (imported for the purpose if need be), and registered under these names too. Null
     * for another name, and while importlib's own set-up asks for them: it then takes its
     * sources, as it does when they are missing.
     */
    private PyObject frozenImportlib(String name) {
        String source = switch (name) {
            case "_frozen_importlib" -> "importlib._bootstrap";
            case "_frozen_importlib_external" -> "importlib._bootstrap_external";
            default -> null;
        };
        if (source == null) {
            return null;
        }
        PyObject pkg = interp.modules().getItem(PyStr.of("importlib"));
        if (pkg == null) {
            pkg = importModule("importlib", null, PyNone.NONE, 0);
        }
        // importlib's __init__ sets _pack_uint32 once both modules are set up
        PyObject mod = interp.modules().getItem(PyStr.of(source));
        if (mod == null || Abstract.lookupAttr(pkg, PyStr.of("_pack_uint32")) == null) {
            return null;
        }
        interp.modules().setItem(PyStr.of(name), mod);
        return mod;
    }

    private PyObject findAndLoadTimed(String name) {
        ImportTimer.Start start = importTimer.begin();
        try {
            return findAndLoadUnlocked(name);
        } finally {
            importTimer.end(start, name);
        }
    }

    private PyObject findAndLoadUnlocked(String name) {
        PyDict modules = interp.modules();
        PyObject path = null;
        int dot = name.lastIndexOf('.');
        PyObject parentSpec = null;
        String parent = dot < 0 ? "" : name.substring(0, dot);
        String child = name.substring(dot + 1);
        if (!parent.isEmpty()) {
            if (modules.getItem(PyStr.of(parent)) == null) {
                findAndLoad(parent);
            }
            PyObject already = modules.getItem(PyStr.of(name));
            if (already != null) {
                return already;
            }
            PyObject parentModule = modules.getItem(PyStr.of(parent));
            if (parentModule == null) {
                throw Errors.keyError(PyStr.of(parent));
            }
            path = Abstract.lookupAttr(parentModule, PATH);
            if (path == null) {
                throw ImportErrors.notFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
            parentSpec = Abstract.getAttr(parentModule, SPEC);
        }
        PyObject spec = findSpec(name, path);
        if (spec == null) {
            throw notFound(name);
        }
        PyObject uninitialized = parentSpec != null && Abstract.isTrue(parentSpec)
                ? Abstract.getAttr(parentSpec, "_uninitialized_submodules") : null;
        if (uninitialized != null) {
            Callables.callAttr(uninitialized, "append", PyStr.of(child));
        }
        PyObject module;
        try {
            module = loadUnlocked(spec);
        } finally {
            if (uninitialized != null) {
                Callables.callAttr(uninitialized, "pop");
            }
        }
        if (!parent.isEmpty()) {
            PyObject parentModule = modules.getItem(PyStr.of(parent));
            if (parentModule == null) {
                throw Errors.keyError(PyStr.of(parent));
            }
            try {
                Abstract.setAttr(parentModule, PyStr.of(child), module);
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                    throw e;
                }
                // CPython warns (ImportWarning, ignored by default) and carries on.
            }
        }
        return module;
    }

    /** ModuleNotFoundError for {@code name}, saying why when no standard library was found. */
    private static PyException notFound(String name) {
        String msg = "No module named '" + name + "'";
        String problem = StdlibLocator.locate().problem();
        if (problem != null) {
            msg += " (" + problem + ")";
        }
        return ImportErrors.notFound(msg, name);
    }

    /**
     * {@code _find_spec}: asks each finder of {@code sys.meta_path} in turn.
     *
     * @param path the parent package's {@code __path__}, or null for a top-level module
     * @return the spec, or null when no finder knows the module
     */
    PyObject findSpec(String name, PyObject path) {
        PyObject metaPath = interp.sysAttribute("meta_path");
        if (metaPath == null || metaPath == PyNone.NONE) {
            throw Errors.of(ExceptionTypes.ImportError, "sys.meta_path is None, Python is likely shutting down");
        }
        PyDict modules = interp.modules();
        boolean isReload = modules.getItem(PyStr.of(name)) != null;
        for (PyObject finder : metaPath instanceof PyList l ? l.toArray() : Abstract.toArray(metaPath)) {
            PyObject spec;
            if (finder == BuiltinImporter.TYPE) {
                spec = path == null ? builtinSpec(name) : null;
            } else if (finder == PathFinder.TYPE) {
                PyObject entries = path == null ? pathFinderEntries(name) : null;
                spec = entries == null ? null : PathFinder.findSpec(interp, name, entries);
                if (spec == null) {
                    spec = PathFinder.findSpec(interp, name, path);
                }
            } else {
                PyObject fs = Abstract.lookupAttr(finder, PyStr.of("find_spec"));
                if (fs != null) {
                    spec = Callables.call(fs, PyStr.of(name), path == null ? PyNone.NONE : path, PyNone.NONE);
                } else {
                    PyObject loader = Callables.callAttr(finder, "find_module", PyStr.of(name),
                            path == null ? PyNone.NONE : path);
                    spec = loader == PyNone.NONE ? null : specFromLoader(PyStr.of(name), loader);
                }
            }
            if (spec == null || spec == PyNone.NONE) {
                continue;
            }
            // The parent's import may have imported this module meanwhile: prefer its spec.
            PyObject module = isReload ? null : modules.getItem(PyStr.of(name));
            if (module != null) {
                PyObject own = Abstract.lookupAttr(module, SPEC);
                return own == null || own == PyNone.NONE ? spec : own;
            }
            return spec;
        }
        return null;
    }

    /** {@code BuiltinImporter.find_spec}, with the module made at once (it is needed next). */
    private ModuleSpec builtinSpec(String name) {
        PyModule m = BuiltinImporter.create(name);
        if (m == null) {
            return null;
        }
        ModuleSpec spec = BuiltinImporter.spec(PyStr.of(name));
        spec.prebuilt = m;
        return spec;
    }

    /**
     * {@code _load_unlocked}: makes the module from its spec, puts it in {@code sys.modules}
     * (with {@code __spec__._initializing} true while its code runs) and executes it; the module
     * is removed again if that fails. What {@code sys.modules} holds afterwards is the result (a
     * module may replace itself there).
     */
    PyObject loadUnlocked(PyObject spec) {
        PyObject loader = Abstract.getAttr(spec, "loader");
        if (loader != PyNone.NONE && !isKnownLoader(loader) && Abstract.lookupAttr(loader, PyStr.of("exec_module")) == null) {
            return loadBackwardCompatible(spec, loader);
        }
        PyObject module = moduleFromSpec(spec);
        PyStr key = PyStr.of(Names.str(Abstract.getAttr(spec, "name")));
        PyDict modules = interp.modules();
        setInitializing(spec, true);
        try {
            modules.setItem(key, module);
            try {
                loader = Abstract.getAttr(spec, "loader");
                if (loader == PyNone.NONE) {
                    if (Abstract.getAttr(spec, "submodule_search_locations") == PyNone.NONE) {
                        throw ImportErrors.raisedByImportlib(ExceptionTypes.ImportError, "missing loader", key.toString());
                    }
                } else {
                    execModule(loader, module);
                }
            } catch (RuntimeException e) {
                modules.pop(key);
                throw e;
            }
            PyObject now = modules.pop(key);
            if (now == null) {
                throw Errors.keyError(key);
            }
            modules.setItem(key, now);
            return now;
        } finally {
            setInitializing(spec, false);
        }
    }

    private static void setInitializing(PyObject spec, boolean on) {
        if (spec instanceof ModuleSpec s) {
            s.setInitializing(on);
        } else {
            Abstract.setAttr(spec, PyStr.of("_initializing"), PyBool.of(on));
        }
    }

    private static boolean isKnownLoader(PyObject loader) {
        return loader == BuiltinImporter.TYPE || loader instanceof SourceFileLoader || loader instanceof NamespaceLoader;
    }

    private static void execModule(PyObject loader, PyObject module) {
        if (loader instanceof SourceFileLoader sfl) {
            sfl.execModule(module);
        } else if (loader != BuiltinImporter.TYPE && !(loader instanceof NamespaceLoader)) {
            Callables.callAttr(loader, "exec_module", module);
        }
    }

    /** {@code module_from_spec}: the loader's {@code create_module(spec)}, or a plain module; then its attributes. */
    PyObject moduleFromSpec(PyObject spec) {
        PyObject loader = Abstract.getAttr(spec, "loader");
        PyObject module = null;
        if (loader == BuiltinImporter.TYPE) {
            module = spec instanceof ModuleSpec s && s.prebuilt != null ? s.prebuilt
                    : BuiltinImporter.createOrFail(Names.str(Abstract.getAttr(spec, "name")));
            if (spec instanceof ModuleSpec s) {
                s.prebuilt = null;
            }
        } else if (!(loader instanceof SourceFileLoader) && !(loader instanceof NamespaceLoader)) {
            if (Abstract.lookupAttr(loader, PyStr.of("create_module")) != null) {
                module = Callables.callAttr(loader, "create_module", spec);
                if (module == PyNone.NONE) {
                    module = null;
                }
            } else if (Abstract.lookupAttr(loader, PyStr.of("exec_module")) != null) {
                throw Errors.of(ExceptionTypes.ImportError, "loaders that define exec_module() must also define create_module()");
            }
        }
        if (module == null) {
            module = new PyModule(Names.str(Abstract.getAttr(spec, "name")), false);
        }
        initModuleAttrs(spec, module, false);
        return module;
    }

    /**
     * {@code _init_module_attrs}: {@code __name__}, {@code __loader__}, {@code __package__},
     * {@code __spec__}, {@code __path__}, {@code __file__}, {@code __cached__} from the spec (only
     * where missing or None unless {@code override}); a namespace package gets a
     * {@link NamespaceLoader} and {@code __file__ = None}.
     */
    void initModuleAttrs(PyObject spec, PyObject module, boolean override) {
        if (override || isNone(Abstract.lookupAttr(module, NAME))) {
            trySet(module, NAME, Abstract.getAttr(spec, "name"));
        }
        if (override || isNone(Abstract.lookupAttr(module, LOADER))) {
            PyObject loader = Abstract.getAttr(spec, "loader");
            if (loader == PyNone.NONE) {
                PyObject locations = Abstract.getAttr(spec, "submodule_search_locations");
                if (locations != PyNone.NONE) {
                    loader = new NamespaceLoader(locations);
                    Abstract.setAttr(spec, PyStr.of("loader"), loader);
                    Abstract.setAttr(module, FILE, PyNone.NONE);
                }
            }
            trySet(module, LOADER, loader);
        }
        if (override || isNone(Abstract.lookupAttr(module, PACKAGE))) {
            trySet(module, PACKAGE, Abstract.getAttr(spec, "parent"));
        }
        trySet(module, SPEC, spec);
        if (override || isNone(Abstract.lookupAttr(module, PATH))) {
            PyObject locations = Abstract.getAttr(spec, "submodule_search_locations");
            if (locations != PyNone.NONE) {
                trySet(module, PATH, locations);
            }
        }
        if (Abstract.isTrue(Abstract.getAttr(spec, "has_location"))) {
            if (override || isNone(Abstract.lookupAttr(module, FILE))) {
                trySet(module, FILE, Abstract.getAttr(spec, "origin"));
            }
            if (override || isNone(Abstract.lookupAttr(module, CACHED))) {
                PyObject cached = Abstract.getAttr(spec, "cached");
                if (cached != PyNone.NONE) {
                    trySet(module, CACHED, cached);
                }
            }
        }
    }

    private static boolean isNone(PyObject o) {
        return o == null || o == PyNone.NONE;
    }

    private static void trySet(PyObject module, PyStr name, PyObject value) {
        if (module instanceof PyModule m) {
            m.dict().setItem(name, value);
            return;
        }
        try {
            Abstract.setAttr(module, name, value);
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                throw e;
            }
        }
    }

    /** {@code _load_backward_compatible}: a loader with only {@code load_module(name)} (PEP 302). */
    private PyObject loadBackwardCompatible(PyObject spec, PyObject loader) {
        PyStr key = PyStr.of(Names.str(Abstract.getAttr(spec, "name")));
        PyDict modules = interp.modules();
        try {
            Callables.callAttr(loader, "load_module", key);
        } catch (RuntimeException e) {
            PyObject m = modules.pop(key);
            if (m != null) {
                modules.setItem(key, m);
            }
            throw e;
        }
        PyObject module = modules.pop(key);
        if (module == null) {
            throw Errors.keyError(key);
        }
        modules.setItem(key, module);
        if (isNone(Abstract.lookupAttr(module, LOADER))) {
            trySet(module, LOADER, loader);
        }
        if (isNone(Abstract.lookupAttr(module, PACKAGE))) {
            PyObject name = Abstract.getAttr(module, NAME);
            String pkg = Abstract.lookupAttr(module, PATH) != null ? Names.str(name)
                    : Names.str(key).contains(".") ? Names.str(key).substring(0, Names.str(key).lastIndexOf('.')) : "";
            trySet(module, PACKAGE, PyStr.of(pkg));
        }
        if (isNone(Abstract.lookupAttr(module, SPEC))) {
            trySet(module, SPEC, spec);
        }
        return module;
    }

    /** {@code _load_module_shim}: a loader's deprecated {@code load_module(name)}. */
    PyObject loadModuleShim(PyObject loader, String name) {
        PyObject spec = specFromLoader(PyStr.of(name), loader);
        PyStr key = PyStr.of(name);
        PyObject existing = interp.modules().getItem(key);
        if (existing != null) {
            initModuleAttrs(spec, existing, true);
            execModule(loader, existing);
            return interp.modules().getItem(key);
        }
        return loadUnlocked(spec);
    }

    /** {@code spec_from_loader(name, loader)}: origin and package-ness asked of the loader. */
    static PyObject specFromLoader(PyStr name, PyObject loader) {
        PyObject origin = Abstract.lookupAttr(loader, PyStr.of("_ORIGIN"));
        if ((origin == null || !Abstract.isTrue(origin)) && Abstract.lookupAttr(loader, PyStr.of("get_filename")) != null) {
            PyObject location;
            try {
                location = Callables.callAttr(loader, "get_filename", name);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                    return PyNone.NONE;
                }
                throw e;
            }
            ModuleSpec spec = new ModuleSpec(name, loader, location, false);
            spec.setHasLocation(true);
            if (Abstract.lookupAttr(loader, PyStr.of("is_package")) != null) {
                boolean pkg;
                try {
                    pkg = Abstract.isTrue(Callables.callAttr(loader, "is_package", name));
                } catch (PyException e) {
                    if (!e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                        throw e;
                    }
                    pkg = false;
                }
                if (pkg) {
                    String loc = Names.str(location);
                    int slash = loc.lastIndexOf('/');
                    spec.setSearchLocations(new PyList(new PyObject[] {PyStr.of(slash < 0 ? "" : loc.substring(0, slash))}));
                }
            }
            return spec;
        }
        boolean isPackage = false;
        if (Abstract.lookupAttr(loader, PyStr.of("is_package")) != null) {
            try {
                isPackage = Abstract.isTrue(Callables.callAttr(loader, "is_package", name));
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.ImportError)) {
                    throw e;
                }
            }
        }
        return new ModuleSpec(name, loader, origin == null ? PyNone.NONE : origin, isPackage);
    }

    // ------------------------------------------------------------------ from-imports

    /**
     * {@code _handle_fromlist}: for a package, {@code from pkg import x} imports submodule
     * {@code pkg.x} when the package has no attribute {@code x} (a missing submodule is left for
     * {@code IMPORT_FROM} to report); {@code *} does so for every name of {@code __all__}.
     */
    PyObject handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        for (PyObject x : Abstract.toArray(fromlist)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? Names.str(Abstract.getAttr(module, NAME)) + ".__all__" : "``from list''";
                throw Errors.typeError("Item in %s must be str, not %s", where, x.type().shortName());
            }
            if (s.toString().equals("*")) {
                PyObject all = recursive ? null : Abstract.lookupAttr(module, ALL);
                if (all != null) {
                    handleFromlist(module, all, true);
                }
            } else if (Abstract.lookupAttr(module, s) == null) {
                String fromName = Names.str(Abstract.getAttr(module, NAME)) + "." + s;
                try {
                    findAndLoad(fromName);
                } catch (PyException e) {
                    if (ImportErrors.isNotFound(e, fromName)
                            && interp.modules().getItem(PyStr.of(fromName)) != PyNone.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    /**
     * {@code IMPORT_FROM} (ceval's {@code import_from}): the attribute, else the submodule from
     * {@code sys.modules} (a circular relative import), else ImportError "cannot import name 'x'
     * from 'm' (path)", worded for a partially initialised module when that is the cause.
     */
    public PyObject importFrom(PyObject module, PyStr name) {
        PyObject x = Abstract.lookupAttr(module, name);
        if (x != null) {
            return x;
        }
        PyObject pkgname = null;
        try {
            pkgname = Abstract.getAttr(module, NAME);
        } catch (PyException e) {
            // reported as "<unknown module name>" below
        }
        if (pkgname instanceof PyStr p) {
            PyObject sub = interp.modules().getItem(PyStr.of(p + "." + name));
            if (sub != null) {
                return sub;
            }
        } else {
            pkgname = null;
        }
        String shown = Abstract.repr(pkgname == null ? PyStr.of("<unknown module name>") : pkgname);
        PyObject pkgpath = module instanceof PyModule m && m.dict().getItem(FILE) instanceof PyStr f ? f : null;
        if (pkgpath == null) {
            throw ImportErrors.of(ExceptionTypes.ImportError, "cannot import name " + Abstract.repr(name) + " from "
                    + shown + " (unknown location)", pkgname, null);
        }
        PyObject spec = null;
        try {
            spec = Abstract.getAttr(module, SPEC);
        } catch (PyException e) {
            // no spec: not initialising
        }
        String msg = ModuleSpec.isInitializing(spec)
                ? "cannot import name " + Abstract.repr(name) + " from partially initialized module " + shown
                        + " (most likely due to a circular import) (" + pkgpath + ")"
                : "cannot import name " + Abstract.repr(name) + " from " + shown + " (" + pkgpath + ")";
        throw ImportErrors.of(ExceptionTypes.ImportError, msg, pkgname, pkgpath);
    }

    /**
     * {@code IMPORT_STAR} (ceval's {@code import_all_from}): the names of {@code __all__}, else the
     * module's public names, stored into {@code locals}.
     */
    public void importStar(PyObject module, PyObject locals) {
        if (locals == null) {
            throw Errors.of(ExceptionTypes.SystemError, "no locals found during 'import *'");
        }
        PyObject all = Abstract.lookupAttr(module, ALL);
        boolean skipUnderscores = false;
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(module, PyStr.of("__dict__"));
            if (dict == null) {
                throw Errors.of(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Callables.callAttr(dict, "keys");
            skipUnderscores = true;
        }
        for (PyObject name : Abstract.toArray(all)) {
            if (!(name instanceof PyStr s)) {
                PyObject modname = Abstract.getAttr(module, NAME);
                if (!(modname instanceof PyStr)) {
                    throw Errors.typeError("module __name__ must be a string, not %s", modname.type().name());
                }
                throw Errors.typeError("%s in %s.%s must be str, not %s", skipUnderscores ? "Key" : "Item", modname,
                        skipUnderscores ? "__dict__" : "__all__", name.type().name());
            }
            if (skipUnderscores && s.toString().startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(module, s);
            if (locals instanceof PyDict d && d.getClass() == PyDict.class) {
                d.setItem(s, value);
            } else {
                Abstract.setItem(locals, s, value);
            }
        }
    }
}
