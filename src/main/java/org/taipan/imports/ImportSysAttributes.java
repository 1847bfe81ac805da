package org.taipan.imports;

import java.nio.file.Path;
import java.util.Map;

import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The import-related attributes of {@code sys}: {@code path}, {@code modules}, {@code meta_path},
 * {@code path_hooks}, {@code path_importer_cache}, {@code prefix}, {@code exec_prefix},
 * {@code executable}, {@code platlibdir} (CPython's {@code sysmodule.c} and {@code getpath}).
 */
public final class ImportSysAttributes {
    /**
     * The system property the launcher sets to its own path: {@code sys._base_executable}, and
     * {@code sys.executable} unless the launcher was invoked by another path (a link).
     */
    public static final String EXECUTABLE_PROPERTY = "taipan.executable";

    private ImportSysAttributes() {}

    /** Sets the attributes on {@code sys} of {@code interp}. */
    public static void install(PyModule sys, Interpreter interp) {
        Map<String, String> env = org.taipan.modules.posix.FsEncoding.startupEnvironment();
        var startup = interp.options().startup();
        if (startup.ignoreEnvironment() != 0) {
            // -E / -I: PYTHONPATH (and every PYTHON* variable) is not read
            env = new java.util.HashMap<>(env);
            env.keySet().removeIf(name -> name.startsWith("PYTHON"));
        }
        StdlibLocator.Location stdlib = StdlibLocator.locate(env);
        var argv = interp.options().argv();
        sys.set("path", SysPath.initial(argv.isEmpty() ? "" : argv.get(0), env, stdlib, startup.safePath()));
        sys.set("modules", interp.modules());
        // Java packages come after Python's own finders, so a Python package of the same name wins.
        sys.set("meta_path", new PyList(new PyObject[] {BuiltinImporter.TYPE, PathFinder.TYPE,
            org.taipan.javainterop.JavaImporter.forInterpreter(interp)}));
        sys.set("path_hooks", new PyList(new PyObject[] {ZipPathHook.HOOK, FileFinder.PATH_HOOK}));
        sys.set("path_importer_cache", new PyDict());
        // CPython's prefix is the installation root: <prefix>/lib/python3.11 is the stdlib.
        String prefix = "";
        if (stdlib.found()) {
            Path p = stdlib.dir().getParent();
            p = p == null ? null : p.getParent();
            prefix = p == null ? "" : p.toString();
        }
        // sys._stdlib_dir (CPython 3.11's config->stdlib_dir): None when no standard library was found
        sys.set("_stdlib_dir", stdlib.found() ? PyStr.of(stdlib.dir().toString()) : org.taipan.runtime.PyNone.NONE);
        String launcher = System.getProperty(EXECUTABLE_PROPERTY, "");
        String exe = VirtualEnvironment.executable(launcher);
        // a virtual environment's site.venv() makes the prefixes its directory
        sys.set("prefix", PyStr.of(prefix));
        sys.set("exec_prefix", PyStr.of(prefix));
        sys.set("base_prefix", PyStr.of(prefix));
        sys.set("base_exec_prefix", PyStr.of(prefix));
        sys.set("platlibdir", PyStr.of("lib"));
        sys.set("builtin_module_names", BuiltinModuleNames.asTuple());
        sys.set("stdlib_module_names", StdlibModuleNames.asFrozenSet());
        sys.set("executable", PyStr.of(exe));
        // what a virtual environment made from this one links to: the launcher itself
        sys.set("_base_executable", PyStr.of(launcher));
    }
}
