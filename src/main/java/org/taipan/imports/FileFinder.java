package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.taipan.modules.posix.FsEncoding;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StrRepr;

/**
 * The path entry finder of one directory, {@code importlib._bootstrap_external.FileFinder}
 * without C extensions: {@code name/__init__.py} is a package, {@code name.py} a module, and where
 * there is no source, {@code name/__init__.pyc} and {@code name.pyc} (bytecode Taipan wrote, through
 * importlib's {@code SourcelessFileLoader}); a bare directory {@code name} is a portion of a
 * namespace package. The directory's listing is cached and read again when the directory's modification
 * time changes, as CPython does, so a lookup costs one {@code stat} and set lookups.
 */
public final class FileFinder extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtinFinal("_frozen_importlib_external.FileFinder", PyType.OBJECT);

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.tp_repr = o -> PyStr.of("FileFinder(" + StrRepr.repr(PyStr.of(((FileFinder) o).path)) + ")");
        TYPE.addMethod("find_spec", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("find_spec", a, k, 0, "fullname", "target");
            PyObject spec = ((FileFinder) self).findSpec(Names.str(MethodArgs.required("find_spec", b, 0, "fullname")));
            return spec == null ? PyNone.NONE : spec;
        });
        TYPE.addMethodNoArgs("invalidate_caches", self -> {
            ((FileFinder) self).mtime = -1;
            return PyNone.NONE;
        });
        TYPE.addMethod("iter_modules", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("iter_modules", a, k, 0, "prefix");
            return ((FileFinder) self).iterModules(b[0] == null ? "" : Names.str(b[0]));
        });
        TYPE.ready();
    }

    /**
     * The hook in {@code sys.path_hooks} ({@code FileFinder.path_hook(...)}'s closure): a finder for
     * a directory, ImportError "only directories are supported" for anything else.
     */
    public static final PyBuiltinFunction PATH_HOOK = new PyBuiltinFunction("path_hook_for_FileFinder", (a, k) ->
            forEntry(Args.oneArg("path_hook_for_FileFinder", a, k)));

    private final String path;
    private final PyDict dict = new PyDict();
    private long mtime = -1;
    private Set<String> contents = Set.of();

    private FileFinder(String path) {
        this.path = path;
        dict.setItem(PyStr.of("path"), PyStr.of(path));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** The path hook's body. */
    static FileFinder forEntry(PyObject entry) {
        String p = Names.str(entry);
        Path abs;
        try {
            abs = cwd().resolve(FsEncoding.toPath(p.isEmpty() ? "." : p)).normalize();
        } catch (InvalidPathException e) {
            abs = null;
        }
        org.taipan.runtime.Interpreter interp = org.taipan.runtime.ThreadState.current().interpreter;
        if (abs != null && !org.taipan.sandbox.TrustedRoots.mayImportFrom(interp, abs.toString())) {
            // before the directory test, so a sandboxed script cannot even probe for directories
            interp.requirePermission(org.taipan.runtime.Permission.FILE_SYSTEM,
                    "importing from " + StrRepr.repr(PyStr.of(p)));
        }
        if (abs == null || !Files.isDirectory(abs)) {
            throw ImportErrors.of(ExceptionTypes.ImportError, "only directories are supported", null, entry);
        }
        return new FileFinder(p.isEmpty() || p.equals(".") ? FsEncoding.text(cwd()) : p.startsWith("/") ? p
                : FsEncoding.text(abs));
    }

    /** The interpreter's working directory ({@code os.chdir} changes it, not the JVM's). */
    static Path cwd() {
        return org.taipan.modules.posix.PosixState.of(org.taipan.runtime.ThreadState.current().interpreter).cwd();
    }

    /**
     * {@code FileFinder.find_spec(fullname)}: a spec with a {@link SourceFileLoader}, a namespace
     * portion (loader None, the directory as its only search location), or null.
     */
    ModuleSpec findSpec(String fullname) {
        String tail = fullname.substring(fullname.lastIndexOf('.') + 1);
        refresh();
        boolean namespace = false;
        String base = path + "/" + tail;
        if (contents.contains(tail)) {
            String init = base + "/__init__.py";
            if (isFile(init)) {
                return fileSpec(fullname, init, base);
            }
            if (isFile(init + "c")) {
                return sourcelessSpec(fullname, init + "c", base);
            }
            namespace = isDirectory(base);
        }
        if (contents.contains(tail + ".py")) {
            String file = base + ".py";
            if (isFile(file)) {
                return fileSpec(fullname, file, null);
            }
        }
        if (contents.contains(tail + ".pyc")) {
            String file = base + ".pyc";
            if (isFile(file)) {
                return sourcelessSpec(fullname, file, null);
            }
        }
        if (namespace) {
            ModuleSpec spec = new ModuleSpec(PyStr.of(fullname), PyNone.NONE, null, false);
            spec.setSearchLocations(new PyList(new PyObject[] {PyStr.of(base)}));
            return spec;
        }
        return null;
    }

    /**
     * {@code iter_modules(prefix)}, what {@code pkgutil.iter_modules} asks a path entry finder
     * (pkgutil's {@code _iter_file_finder_modules}): {@code (prefix + name, is_package)} for each
     * module file and package directory, in file name order.
     */
    PyList iterModules(String prefix) {
        PyList result = new PyList();
        Path dir = FsEncoding.toPath(path);
        java.util.List<String> names = listing(dir);
        if (names == null) {
            return result;
        }
        java.util.Collections.sort(names);
        Set<String> yielded = new HashSet<>();
        for (String fn : names) {
            String modname = moduleName(fn);
            if ("__init__".equals(modname) || modname != null && yielded.contains(modname)) {
                continue;
            }
            boolean isPackage = false;
            if (modname == null && !fn.contains(".") && Files.isDirectory(dir.resolve(fn))) {
                java.util.List<String> inside = listing(dir.resolve(fn));
                if (inside == null || inside.stream().noneMatch(f -> "__init__".equals(moduleName(f)))) {
                    continue;
                }
                modname = fn;
                isPackage = true;
            }
            if (modname != null && !modname.contains(".")) {
                yielded.add(modname);
                result.append(org.taipan.runtime.PyTuple.of(PyStr.of(prefix + modname),
                        org.taipan.runtime.PyBool.of(isPackage)));
            }
        }
        return result;
    }

    /** {@code inspect.getmodulename} for the suffixes Taipan knows ({@code .py}, {@code .pyc}). */
    private static String moduleName(String fn) {
        for (String suffix : new String[] {".pyc", ".py"}) {
            if (fn.endsWith(suffix)) {
                return fn.substring(0, fn.length() - suffix.length());
            }
        }
        return null;
    }

    private static java.util.List<String> listing(Path dir) {
        try {
            return org.taipan.modules.io.FdTable.retryingWhenExhausted(() -> {
                try (Stream<Path> s = Files.list(dir)) {
                    return new java.util.ArrayList<>(s.map(p -> FsEncoding.text(p.getFileName())).toList());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** {@code spec_from_file_location(name, file, loader=SourceFileLoader(name, file), submodule_search_locations=...)}. */
    static ModuleSpec fileSpec(String fullname, String file, String packageDir) {
        PyStr name = PyStr.of(fullname);
        PyStr origin = PyStr.of(file);
        ModuleSpec spec = new ModuleSpec(name, new SourceFileLoader(name, origin), origin, false);
        spec.setHasLocation(true);
        if (packageDir != null) {
            spec.setSearchLocations(new PyList(new PyObject[] {PyStr.of(packageDir)}));
        }
        return spec;
    }

    /**
     * The spec of a module that is only bytecode ({@code name.pyc} or {@code name/__init__.pyc} where
     * no source is), loaded by importlib's own {@code SourcelessFileLoader}, imported on the first
     * such module: it checks the file's magic number and header and unmarshals the code, whose
     * {@code spec.cached} is the file itself (CPython's {@code _get_cached}).
     */
    private static ModuleSpec sourcelessSpec(String fullname, String file, String packageDir) {
        PyStr name = PyStr.of(fullname);
        PyStr origin = PyStr.of(file);
        ModuleSpec spec = new ModuleSpec(name, sourcelessLoader(fullname, file), origin, false);
        spec.setHasLocation(true);
        spec.dict().setItem(PyStr.of("_cached"), origin);
        if (packageDir != null) {
            spec.setSearchLocations(new PyList(new PyObject[] {PyStr.of(packageDir)}));
        }
        return spec;
    }

    /** {@code importlib.machinery.SourcelessFileLoader(name, file)}, importlib imported first if need be. */
    static PyObject sourcelessLoader(String name, String file) {
        org.taipan.runtime.Interpreter interp = org.taipan.runtime.ThreadState.current().interpreter;
        PyObject machinery = interp.importer().importModule("importlib.machinery", null,
                org.taipan.runtime.PyTuple.of(PyStr.of("SourcelessFileLoader")), 0);
        return org.taipan.runtime.Callables.call(Abstract.getAttr(machinery, "SourcelessFileLoader"),
                PyStr.of(name), PyStr.of(file));
    }

    private void refresh() {
        long now;
        try {
            now = Files.getLastModifiedTime(FsEncoding.toPath(path)).to(TimeUnit.NANOSECONDS);
        } catch (IOException | InvalidPathException e) {
            now = -1;
        }
        if (now != mtime || now == -1) {
            Set<String> names = new HashSet<>();
            try {
                org.taipan.modules.io.FdTable.retryingWhenExhausted(() -> {
                    try (Stream<Path> s = Files.list(FsEncoding.toPath(path))) {
                        s.forEach(p -> names.add(FsEncoding.text(p.getFileName())));
                    }
                    return null;
                });
            } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
                // removed, made unreadable or not a directory: nothing to find here
            }
            contents = names;
            mtime = now;
        }
    }

    private static boolean isFile(String p) {
        try {
            return Files.isRegularFile(FsEncoding.toPath(p));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isDirectory(String p) {
        try {
            return Files.isDirectory(FsEncoding.toPath(p));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
