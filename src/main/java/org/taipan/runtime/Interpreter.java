package org.taipan.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.builtins.BuiltinsModule;
import org.taipan.builtins.SysModule;
import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.interp.TracebackPrinter;
import org.taipan.modules.io.PyTextIOWrapper;
import org.taipan.modules.io.StandardStreams;

/**
 * One Python interpreter: everything a running program owns (modules, builtins, the standard
 * streams, options, later the JIT's caches) hangs off this object, so several can live in
 * one JVM. The main program runs on a thread with a large stack so that Python's recursion
 * limit, not the JVM's stack, decides when recursion fails.
 */
public final class Interpreter {
    private final InterpreterOptions options;
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyModule sysModule;
    private final PyTextIOWrapper stdout, stderr, stdin;
    private int recursionLimit = 1000;
    private final PendingEvents events = new PendingEvents();
    private final Finalization finalization = new Finalization(this, events);
    /** {@code sys.get_int_max_str_digits()}: 0 means no limit. */
    private int intMaxStrDigits = PyInt.MAX_STR_DIGITS;

    public Interpreter(InterpreterOptions options) {
        this.options = options;
        this.stdin = StandardStreams.create(this, 0);
        this.stdout = StandardStreams.create(this, 1);
        this.stderr = StandardStreams.create(this, 2);
        this.builtinsModule = BuiltinsModule.create(this);
        this.sysModule = SysModule.create(this);
        modules.setItem(PyStr.of("builtins"), builtinsModule);
        modules.setItem(PyStr.of("sys"), sysModule);
        // The -X options of the JIT ("jit", "jit-threshold") are accepted and have no effect yet.
    }

    /** Events posted to this interpreter's thread (SIGINT, finalizers). */
    public PendingEvents events() {
        return events;
    }

    /** The finalizer queue ({@code __del__}, abandoned generators). */
    public Finalization finalization() {
        return finalization;
    }

    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> moduleStates =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The per-interpreter state of a Java module, keyed by its class and made by {@code make}
     * on first request (CPython's module state): what a module must not keep in statics
     * because several interpreters share the JVM.
     */
    public <T> T moduleState(Class<T> key, java.util.function.Supplier<T> make) {
        return key.cast(moduleStates.computeIfAbsent(key, c -> make.get()));
    }

    /** The options this interpreter was made with. */
    public InterpreterOptions options() {
        return options;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    public PyDict builtins() {
        return builtinsModule.dict();
    }

    public PyModule sys() {
        return sysModule;
    }

    public PyTextIOWrapper stdout() {
        return stdout;
    }

    public PyTextIOWrapper stderr() {
        return stderr;
    }

    public PyTextIOWrapper stdin() {
        return stdin;
    }

    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    /** The object {@code sys.<name>} currently refers to (a program may rebind {@code sys.stdout}). */
    public PyObject sysAttribute(String name) {
        return sysModule.dict().getItem(PyStr.of(name));
    }

    /**
     * Runs {@code code} as module {@code __main__}. An uncaught exception is printed to
     * {@code stderr} as CPython 3.11 prints it.
     *
     * @return the process exit status: 0, 1 after an uncaught exception, or a {@code SystemExit}'s code
     */
    public int runMain(CodeObject code) {
        int[] status = {0};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = runMainHere(code);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "main", 2L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return status[0];
    }

    private int runMainHere(CodeObject code) {
        ThreadState ts = new ThreadState(this);
        ThreadState prev = ThreadState.enter(ts);
        try {
            PyModule main = new PyModule("__main__", false);
            main.set("__builtins__", builtinsModule);
            if (!code.filename.startsWith("<")) {
                main.set("__file__", PyStr.of(code.filename));
            }
            modules.setItem(PyStr.of("__main__"), main);
            events.becomeSigintTarget();
            int status;
            try {
                Eval.runModule(ts, new PyCode(code), main.dict(), builtins());
                status = 0;
            } catch (PyException e) {
                status = handleUncaught(e.value);
            }
            finalizeAtExit(main);
            events.resignSigintTarget();
            return status;
        } finally {
            flushStreams();
            org.taipan.modules.io.FdTable.closeAll(this);
            ThreadState.restore(prev);
        }
    }

    /** CPython's finalization of {@code __main__} at exit: pending {@code __del__}s and generator closes run. */
    private void finalizeAtExit(PyModule main) {
        try {
            finalization.atExit(main.dict());
        } catch (PyException e) {
            // a KeyboardInterrupt or SystemExit during shutdown finalizers is dropped, as CPython's is
        }
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}, ignoring failures as CPython does at exit. */
    public void flushStreams() {
        // CPython's flush_std_files flushes whatever sys.stdout and sys.stderr are now.
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject s = sysAttribute(name);
            if (s != null && s != PyNone.NONE && s != stdout && s != stderr && Abstract.lookupAttr(s, PyStr.of("flush")) != null) {
                try {
                    Callables.callAttr(s, "flush");
                } catch (RuntimeException e) {
                    // as CPython at exit: ignored
                }
            }
        }
        for (PyTextIOWrapper s : new PyTextIOWrapper[] {stdout, stderr}) {
            try {
                s.flush();
            } catch (RuntimeException e) {
                // nothing sensible to do at exit
            }
        }
    }

    /** Prints an uncaught exception (or handles SystemExit) and returns the exit status. */
    public int handleUncaught(PyBaseException exc) {
        try {
            stdout.flush();
        } catch (RuntimeException e) {
            // keep going: the traceback matters more
        }
        if (exc.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
            PyObject code = exc.attribute("code");
            if (code == null || code == PyNone.NONE) {
                return 0;
            }
            PyInt i = PyInt.asInt(code);
            if (i != null) {
                return i.fitsLong() ? (int) i.longValue() : -1;
            }
            stderr.writeString(Abstract.str(code) + "\n");
            stderr.flush();
            return 1;
        }
        stderr.writeString(TracebackPrinter.format(exc));
        stderr.flush();
        // CPython re-raises SIGINT on itself so the shell sees a signal death: status 128 + 2.
        return exc.type().isSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    /** {@code sys.displayhook}: the repr of a non-None value on stdout. */
    public void displayHook(PyObject v) {
        stdout.writeString(Abstract.repr(v) + "\n");
        builtinsModule.set("_", v);
    }

    /**
     * {@code import name} (CPython's {@code __import__}): a module already in {@code sys.modules},
     * a builtin module, or a source file on {@code sys.path}.
     *
     * @throws PyException ModuleNotFoundError "No module named 'x'"
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
        return hasFrom ? parent : top;
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
        PyObject m = modules.getItem(PyStr.of(fullName));
        if (m != null) {
            return m;
        }
        PyModule builtin = BuiltinsModule.createBuiltinModule(this, fullName);
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
            PyObject sp = sysAttribute("path");
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
        PyException e = Errors.of(ExceptionTypes.ModuleNotFoundError, "No module named '" + fullName + "'");
        e.value.dict().setItem(PyStr.of("name"), PyStr.of(fullName));
        throw e;
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
        m.set("__builtins__", builtinsModule);
        if (pkgDir != null) {
            m.set("__path__", new PyList(new PyObject[] {PyStr.of(pkgDir.toString())}));
            m.set("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.set("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        modules.setItem(PyStr.of(name), m);
        try {
            CodeObject code = compile(source, file.toString(), org.taipan.parse.Mode.EXEC);
            Eval.runModule(ThreadState.current(), new PyCode(code), m.dict(), builtins());
        } catch (RuntimeException e) {
            modules.pop(PyStr.of(name));
            throw e;
        }
        return m;
    }

    /**
     * Parses and compiles source text, turning a syntax error into a Python SyntaxError.
     * The source goes to the compiler too, so that its compile-time SyntaxErrors carry the
     * offending line's text and CPython's offsets, as {@code compile()} and imports do.
     *
     * @throws PyException SyntaxError
     */
    public CodeObject compile(String source, String filename, org.taipan.parse.Mode mode) {
        org.taipan.ast.Mod mod;
        try {
            mod = org.taipan.parse.Parser.parse(source, filename, mode);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        try {
            return org.taipan.compile.Compiler.compile(mod, filename, source, mode, 0);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(withProgramText(e));
        }
    }

    /**
     * A compile-time (symbol table or code generation) error as CPython reports it: CPython
     * takes the offending line from the file named {@code filename}
     * ({@code PyErr_ProgramTextObject}), so the text is None when that is no file, as for
     * {@code compile(src, "<string>", ...)}. The compiler's text is kept when the file exists
     * (imports, where the source is that file's content).
     */
    private static org.taipan.parse.SyntaxErrorException withProgramText(org.taipan.parse.SyntaxErrorException e) {
        if (e.text == null || isRegularFile(e.filename)) {
            return e;
        }
        return new org.taipan.parse.SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset,
                e.endLineno, e.endOffset, null);
    }

    private static boolean isRegularFile(String filename) {
        try {
            return filename != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(filename));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Decodes source bytes, as the command line does. */
    public static String decodeSource(byte[] bytes, String filename) {
        try {
            return org.taipan.parse.SourceDecoder.decode(bytes, filename);
        } catch (RuntimeException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The int/str conversion digit limit ({@code sys.get_int_max_str_digits()}; 0 = none). */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        intMaxStrDigits = digits;
    }
}
