package org.taipan.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.taipan.code.CodeObject;
import org.taipan.imports.StdlibLocator;
import org.taipan.interp.Eval;
import org.taipan.parse.Mode;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * A Python interpreter embedded in a Java application: the entry point of Taipan's embedding
 * API. Make one with {@link #builder()} (or {@link #create()} for the defaults), run code in its
 * {@code __main__} module with {@link #exec(String)}, evaluate expressions with
 * {@link #eval(String)}, read and write {@code __main__}'s globals with {@link #get}/{@link #set},
 * import modules with {@link #importModule}, and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (PythonInterpreter py = PythonInterpreter.builder().stdout(writer).build()) {
 *     py.exec("def area(r):\n    return 3.14159 * r * r\n");
 *     double a = (Double) py.getObject("area").call(2.0);   // 12.56636
 *     py.set("names", List.of("ada", "alan"));
 *     Object n = py.eval("len(names)");                      // Long 2
 * }
 * }</pre>
 *
 * <p><b>Values</b> cross the boundary by copying ({@link Conversions}): Python {@code int} comes
 * back as {@link Long} (or {@link java.math.BigInteger}), {@code list} as a new
 * {@link java.util.ArrayList}, and so on; objects without a Java counterpart (functions, modules,
 * class instances) come back as {@link PythonObject} handles, which keep the object alive and
 * can be passed back in unchanged. Any other Java object given to Python (an argument, a
 * global) is passed as a Java-interop view (Python code calls its public methods; it comes back
 * to Java as itself), which needs {@link Permission#JAVA}; without it such values are refused
 * with {@link IllegalArgumentException}.
 *
 * <p><b>Errors</b>: a Python exception reaches Java as a {@link PythonException} (type, message,
 * traceback text); a {@code SyntaxError} in the host's source too; {@code SystemExit} as a
 * {@link PythonExit} — embedded code never ends the JVM. Any method
 * called after {@link #close()} throws {@link IllegalStateException}.
 *
 * <p><b>Threads</b>: an interpreter may be used from any number of Java threads. Each Java
 * thread that calls in gets its own Python thread state (its own frames, recursion depth and
 * {@code sys.exc_info()}) the first time, and every call takes the interpreter's global
 * interpreter lock (GIL) for its duration, as a Python thread does: calls from different threads
 * are serialized, but a long-running call hands the GIL over at the interpreter's switch interval
 * ({@code sys.setswitchinterval}, 5 ms), so concurrent callers interleave as Python threads do,
 * and a call that blocks in I/O or {@code time.sleep} releases it. A Python function called back
 * from Java code that Python code called (re-entry on the same thread) runs under the GIL it
 * already holds. Separate interpreters have separate GILs and run in parallel. Python code runs
 * on the calling thread's stack: a thread with a small stack reaches {@code RecursionError}
 * sooner than {@code sys.getrecursionlimit()} says; give deep-recursing code a thread made with a
 * large stack size ({@code new Thread(group, task, name, 256L << 20)}).
 *
 * {@link #interrupt()} stops a runaway call with {@code KeyboardInterrupt}, as Ctrl-C would.
 *
 * <p><b>Several interpreters</b> in one JVM are independent: each has its own
 * {@code sys.modules}, {@code sys.path}, streams, globals and GIL.
 *
 * <p>Related CPython API: {@code Py_InitializeFromConfig}, {@code PyRun_String},
 * {@code PyImport_ImportModule}, {@code Py_FinalizeEx}.
 */
public final class PythonInterpreter implements AutoCloseable {
    private final Interpreter interp;
    private final PyModule main;
    /** The calling thread's state, once it has called in. */
    private final ThreadLocal<ThreadState> hostStates;
    /** Every host thread's state (guarded by itself), to retire them when their threads end or at close. */
    private final java.util.Set<ThreadState> hosts = new java.util.HashSet<>();
    private volatile boolean closed;
    /** Outermost calls in progress (holding or waiting to retake the GIL), for {@link #interrupt()}. */
    private final java.util.concurrent.atomic.AtomicInteger activeCalls = new java.util.concurrent.atomic.AtomicInteger();

    private PythonInterpreter(Builder b) {
        List<String> argv = b.argv.isEmpty() ? List.of("") : List.copyOf(b.argv);
        InterpreterOptions options = new InterpreterOptions(argv, b.stdin, b.stdout, b.stderr,
                Map.copyOf(b.xOptions), b.optimize, List.of(), b.permissions);
        this.interp = new Interpreter(options);
        this.hostStates = new ThreadLocal<>();
        this.main = new PyModule("__main__", false);
        run(ts -> {
            main.set("__builtins__", interp.builtinsModule());
            interp.importer().initMain(main, "<string>");
            interp.modules().setItem(PyStr.of("__main__"), main);
            setUpPath(b.path, b.stdlib);
            return null;
        });
    }

    /**
     * {@code sys.path} for an embedded interpreter: the builder's entries first, then what the
     * command line would put after its script entry ({@code PYTHONPATH}, the standard library),
     * without the script entry itself (there is no script; CPython's {@code Py_Initialize} adds
     * none either), the standard library being the builder's when it gave one.
     */
    private void setUpPath(List<String> extra, Path stdlib) {
        PyList path = new PyList();
        for (String p : extra) {
            path.append(PyStr.of(p));
        }
        PyObject current = interp.sysAttribute("path");
        StdlibLocator.Location located = StdlibLocator.locate();
        String locatedDir = located.found() ? located.dir().toString() : null;
        if (current instanceof PyList old) {
            // a sandboxed interpreter's sys.path has no script entry left to skip (TrustedRoots.capture)
            int first = interp.permits(Permission.FILE_SYSTEM) ? 1 : 0;
            for (int i = first; i < old.size(); i++) {
                String entry = old.get(i).toString();
                if (stdlib != null && entry.equals(locatedDir)) {
                    continue;
                }
                path.append(old.get(i));
            }
        }
        if (stdlib != null) {
            Path dir = stdlib.toAbsolutePath().normalize();
            path.append(PyStr.of(dir.toString()));
            Path prefix = dir.getParent() == null ? null : dir.getParent().getParent();
            for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
                interp.sys().set(name, PyStr.of(prefix == null ? "" : prefix.toString()));
            }
        }
        interp.sys().set("path", path);
        if (!interp.permits(Permission.FILE_SYSTEM)) {
            // the host chose these entries: a sandboxed script may import from them (and only them)
            org.taipan.sandbox.TrustedRoots.capture(interp);
        }
    }

    /** An interpreter with the default options (see {@link Builder}). */
    public static PythonInterpreter create() {
        return builder().build();
    }

    /** A builder for an interpreter's options. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ running code

    /**
     * Runs statements in {@code __main__}'s namespace, as {@code exec(source)} at module level
     * (CPython's {@code PyRun_String} with {@code Py_file_input}); code objects are named
     * {@code <string>} in tracebacks.
     *
     * @throws PythonException SyntaxError, or whatever the code raises
     * @throws PythonExit when the code raises SystemExit
     */
    public void exec(String source) {
        exec(source, "<string>", null);
    }

    /**
     * Runs statements with {@code globals} (a {@code dict} handle, e.g. from {@link #newGlobals()})
     * as their namespace; {@code __builtins__} is added to it when missing, as {@code exec} does.
     *
     * @throws IllegalArgumentException when {@code globals} is not a dict of this interpreter
     * @throws PythonException SyntaxError, or whatever the code raises
     */
    public void exec(String source, PythonObject globals) {
        exec(source, "<string>", globals);
    }

    /**
     * Runs statements, their code named {@code filename} in tracebacks, in {@code globals} (null:
     * {@code __main__}'s).
     *
     * @throws PythonException SyntaxError, or whatever the code raises
     */
    public void exec(String source, String filename, PythonObject globals) {
        PyDict g = namespace(globals);
        run(ts -> {
            CodeObject code = interp.compile(source, filename, Mode.EXEC);
            Eval.runCode(ts, new PyCode(code), g, g);
            return null;
        });
    }

    /**
     * Runs a Python source file in {@code __main__}'s namespace (decoded as CPython decodes source
     * files: BOM, coding cookie, UTF-8), with {@code __file__} set to its absolute path while it
     * runs (CPython's {@code PyRun_SimpleFile} sets it and removes it afterwards).
     *
     * @throws IOException when the file cannot be read
     * @throws PythonException SyntaxError, or whatever the code raises
     */
    public void execFile(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        String source = Interpreter.decodeSource(Files.readAllBytes(abs), abs.toString());
        PyStr fileKey = PyStr.of("__file__");
        run(ts -> {
            boolean set = !main.dict().containsKey(fileKey);
            if (set) {
                main.dict().setItem(fileKey, PyStr.of(abs.toString()));
            }
            try {
                Eval.runCode(ts, new PyCode(interp.compile(source, abs.toString(), Mode.EXEC)), main.dict(), main.dict());
            } finally {
                if (set && main.dict().containsKey(fileKey)) {
                    main.dict().delItem(fileKey);
                }
            }
            return null;
        });
    }

    /**
     * Evaluates one expression in {@code __main__}'s namespace ({@code eval(expression)}; leading
     * whitespace is ignored) and returns its value converted to Java.
     *
     * @return the value as {@link Conversions} converts it (a {@link PythonObject} for objects
     *         without a Java counterpart)
     * @throws PythonException SyntaxError (statements are not expressions), or what evaluation raises
     */
    public Object eval(String expression) {
        return run(ts -> toJava(evalHere(ts, expression, main.dict())));
    }

    /**
     * As {@link #eval(String)}, the result kept as a handle (no conversion).
     *
     * @throws PythonException SyntaxError, or what evaluation raises
     */
    public PythonObject evalObject(String expression) {
        return run(ts -> handle(evalHere(ts, expression, main.dict())));
    }

    private PyObject evalHere(ThreadState ts, String expression, PyDict globals) {
        String text = expression.stripLeading();
        CodeObject code = interp.compile(text, "<string>", Mode.EVAL);
        return Eval.runCode(ts, new PyCode(code), globals, globals);
    }

    // ------------------------------------------------------------------ globals

    /**
     * The value of global {@code name} of {@code __main__}, converted to Java; null when it is
     * unbound (or None: see {@link #has}).
     */
    public Object get(String name) {
        return run(ts -> {
            PyObject v = main.dict().getItem(PyStr.of(name));
            return v == null ? null : toJava(v);
        });
    }

    /** The value of global {@code name} of {@code __main__} as a handle, or null when it is unbound. */
    public PythonObject getObject(String name) {
        return run(ts -> {
            PyObject v = main.dict().getItem(PyStr.of(name));
            return v == null ? null : handle(v);
        });
    }

    /** Whether {@code __main__} has a global named {@code name}. */
    public boolean has(String name) {
        return run(ts -> main.dict().containsKey(PyStr.of(name)));
    }

    /**
     * Binds global {@code name} of {@code __main__} to {@code value} converted to Python (copied;
     * a {@link PythonObject} is passed as the object it holds).
     *
     * @throws IllegalArgumentException when {@code value} has no Python counterpart
     */
    public void set(String name, Object value) {
        run(ts -> {
            main.dict().setItem(PyStr.of(name), toPython(value));
            return null;
        });
    }

    /** Removes global {@code name} of {@code __main__}; no effect when it is unbound. */
    public void remove(String name) {
        run(ts -> {
            if (main.dict().containsKey(PyStr.of(name))) {
                main.dict().delItem(PyStr.of(name));
            }
            return null;
        });
    }

    /** {@code __main__}'s namespace, a {@code dict} handle (live: changes show both ways). */
    public PythonObject mainGlobals() {
        return run(ts -> handle(main.dict()));
    }

    /**
     * A new, empty namespace for {@link #exec(String, PythonObject)}: a {@code dict} holding only
     * {@code __builtins__} and {@code __name__ = "__main__"}.
     */
    public PythonObject newGlobals() {
        return run(ts -> {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
            d.setItem(PyStr.of("__builtins__"), interp.builtinsModule());
            return handle(d);
        });
    }

    // ------------------------------------------------------------------ modules and values

    /**
     * Imports a module (dotted names allowed) and returns it, the module itself rather than its
     * top-level package (CPython's {@code PyImport_ImportModule}, {@code importlib.import_module}).
     *
     * @throws PythonException ModuleNotFoundError, or whatever the module's code raises
     */
    public PythonObject importModule(String name) {
        return run(ts -> {
            interp.importModule(name, main.dict(), org.taipan.runtime.PyNone.NONE, 0);
            PyObject m = interp.modules().getItem(PyStr.of(name));
            return handle(m);
        });
    }

    /**
     * {@code value} converted to Python, as a handle (explicit conversion; copies).
     *
     * @throws IllegalArgumentException when {@code value} has no Python counterpart
     */
    public PythonObject toPythonObject(Object value) {
        return run(ts -> handle(toPython(value)));
    }

    // ------------------------------------------------------------------ life cycle

    /**
     * Ends the interpreter as {@code Py_FinalizeEx} does: waits for the non-daemon threads the
     * Python code started ({@code threading}), runs the {@code atexit} callbacks and pending
     * finalizers, flushes {@code sys.stdout}/{@code sys.stderr} and closes the files Python code
     * left open. Afterwards every method throws {@link IllegalStateException}; closing twice does
     * nothing. Errors in callbacks are reported to the interpreter's stderr, not thrown.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        run(ts -> {
            try {
                // The other host threads stop being Python threads now (the closing one is
                // threading's main thread if it imported threading, and _shutdown ends it itself).
                synchronized (hosts) {
                    for (ThreadState h : hosts) {
                        if (h != ts) {
                            releaseSentinel(h);
                        }
                    }
                }
                interp.finish(main);
            } finally {
                closed = true;
                interp.flushStreams();
                org.taipan.modules.io.FdTable.closeAll(interp);
            }
            return null;
        });
    }

    /**
     * Interrupts the Python code running in this interpreter, from any thread, as Ctrl-C does at
     * the terminal: a host thread running Python code raises {@code KeyboardInterrupt} at its next
     * check (a loop's backward jump, a call), which reaches its caller as a
     * {@link PythonException} of type {@code KeyboardInterrupt} unless the code catches it (a
     * Python {@code signal.SIGINT} handler runs instead, if the code installed one). A call
     * blocked in a wait ({@code time.sleep}, I/O) raises it when the wait ends. When no call is
     * running, nothing happens. Threads the Python code started itself are not interrupted (as
     * in CPython, only the main thread sees signals).
     */
    public void interrupt() {
        if (!closed && activeCalls.get() > 0) {
            interp.events().requestInterrupt();
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * The runtime interpreter underneath, for code that works with Taipan's runtime classes
     * directly (Java modules, the Java-interop layer). Not needed for ordinary embedding.
     */
    public Interpreter runtime() {
        return interp;
    }

    // ------------------------------------------------------------------ the GIL boundary

    /** Work done inside the interpreter, holding its GIL, on the calling thread's state. */
    @FunctionalInterface
    interface Body<T> {
        T run(ThreadState ts);
    }

    /**
     * Runs {@code body} on the calling thread inside this interpreter: with the thread's Python
     * state (made on first use) and the GIL, unless the thread already runs this interpreter's
     * code (a call back from Python into Java into here), in which case it runs under the GIL it
     * holds (or takes it again, when the Java call released it) on the state it has.
     * Python exceptions become {@link PythonException}s; {@code sys.stdout} and {@code sys.stderr}
     * are flushed when the outermost call returns, so the host sees the output.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    <T> T run(Body<T> body) {
        if (closed) {
            throw new IllegalStateException("the Python interpreter is closed");
        }
        ThreadState current = ThreadState.currentOrNull();
        boolean ours = current != null && current.interpreter == interp;
        if (ours && interp.gil().heldByCurrentThread()) {
            return translated(body, current);
        }
        try {
            interp.gil().acquire();
        } catch (org.taipan.runtime.Gil.ThreadExit e) {
            throw new IllegalStateException("the Python interpreter is closed");
        }
        activeCalls.incrementAndGet();
        try {
            // a Python thread in a Java call that released the GIL keeps its own state
            ThreadState ts = ours ? current : hostState();
            ThreadState prev = ThreadState.enter(ts);
            try {
                return translated(body, ts);
            } finally {
                ThreadState.restore(prev);
            }
        } finally {
            activeCalls.decrementAndGet();
            interp.flushStreams();
            interp.gil().release();
        }
    }

    /**
     * The calling thread's Python state in this interpreter, made on its first call (the caller
     * holds the GIL). Making one also retires the states of host threads that have ended since:
     * their {@code threading} sentinel lock is released, as CPython releases a thread state's
     * lock when the state is deleted, so that {@code threading._shutdown} does not wait for them.
     */
    private ThreadState hostState() {
        ThreadState ts = hostStates.get();
        if (ts == null) {
            synchronized (hosts) {
                hosts.removeIf(h -> {
                    if (h.thread.isAlive()) {
                        return false;
                    }
                    releaseSentinel(h);
                    return true;
                });
                // "main": host threads handle the interpreter's signals (interrupt()), as the
                // thread running __main__ does under the command line
                ts = new ThreadState(interp, true);
                hosts.add(ts);
            }
            hostStates.set(ts);
        }
        return ts;
    }

    /** Ends a host thread's {@code threading} identity: releases the lock {@code _thread._set_sentinel} gave it. */
    private static void releaseSentinel(ThreadState h) {
        if (h.sentinel != null) {
            try {
                org.taipan.runtime.Callables.callAttr(h.sentinel, "release");
            } catch (org.taipan.runtime.PyException e) {
                // not held any more: nothing to release
            }
            h.sentinel = null;
        }
    }

    private <T> T translated(Body<T> body, ThreadState ts) {
        try {
            return body.run(ts);
        } catch (org.taipan.runtime.PyException e) {
            throw ExceptionTranslator.toJava(this, e.value);
        }
    }

    /** A handle on {@code o}; the caller holds the GIL. */
    PythonObject handle(PyObject o) {
        return new PythonObject(this, o);
    }

    /**
     * {@code o} converted to Java: a Java-interop view gives back the Java object it views, other
     * objects without a counterpart become handles. The caller holds the GIL.
     */
    Object toJava(PyObject o) {
        return Conversions.toJava(o, this::javaOrHandle);
    }

    private Object javaOrHandle(PyObject o) {
        Object viewed = org.taipan.javainterop.JavaValues.javaObjectOf(o);
        return viewed != null ? viewed : handle(o);
    }

    /**
     * {@code value} converted to Python: copied when {@link Conversions} can, else (an arbitrary
     * Java object) a Java-interop view of it, which lets Python call its public methods; that
     * needs {@link Permission#JAVA}.
     *
     * @throws IllegalArgumentException for such an object when the interpreter lacks JAVA
     */
    PyObject toPython(Object value) {
        return Conversions.toPython(value, this::view);
    }

    private PyObject view(Object value) {
        if (!interp.options().permissions().contains(Permission.JAVA)) {
            throw new IllegalArgumentException("no Python value for a Java " + value.getClass().getName()
                    + " in an interpreter without the JAVA permission (only values Conversions copies can be passed)");
        }
        return org.taipan.javainterop.JavaValues.toPython(value);
    }

    /** The dict a namespace handle holds; null means {@code __main__}'s. */
    private PyDict namespace(PythonObject globals) {
        if (globals == null) {
            return main.dict();
        }
        if (globals.interpreter() != this || !(globals.unwrap() instanceof PyDict d)) {
            throw new IllegalArgumentException("globals must be a dict of this interpreter");
        }
        if (!d.containsKey(PyStr.of("__builtins__"))) {
            run(ts -> {
                d.setItem(PyStr.of("__builtins__"), interp.builtinsModule());
                return null;
            });
        }
        return d;
    }

    // ------------------------------------------------------------------ options

    /**
     * The options of a new {@link PythonInterpreter}. Every setting has a default: the process's
     * standard streams, {@code sys.argv == ['']}, no extra {@code sys.path} entries, the standard
     * library found as the {@code taipan} command finds it ({@code TAIPAN_STDLIB}, then the
     * {@code python3.11} on {@code PATH}, then the usual system directories), optimization level
     * 0, the JIT's defaults and every {@link Permission}. Not thread-safe; {@link #build()} may be
     * called more than once, each time for a new interpreter.
     */
    public static final class Builder {
        private Path stdlib;
        private final List<String> path = new ArrayList<>();
        private PrintStream stdout = System.out, stderr = System.err;
        private InputStream stdin = System.in;
        private final List<String> argv = new ArrayList<>();
        private final Map<String, String> xOptions = new LinkedHashMap<>();
        private int optimize;
        private Set<Permission> permissions = Permission.all();

        private Builder() {}

        /**
         * The directory of the CPython 3.11 standard library (its pure-Python part: the one holding
         * {@code os.py}, e.g. {@code /usr/lib/python3.11}), instead of the one found automatically;
         * it is the last entry of {@code sys.path}, and {@code sys.prefix} is its grandparent.
         */
        public Builder stdlib(Path dir) {
            this.stdlib = dir;
            return this;
        }

        /** Adds a directory (or zip file) to {@code sys.path}, after the ones added before, ahead of the standard library. */
        public Builder addPath(String entry) {
            path.add(entry);
            return this;
        }

        /** {@link #addPath(String)} of a {@link Path} (made absolute). */
        public Builder addPath(Path entry) {
            return addPath(entry.toAbsolutePath().toString());
        }

        /** Where {@code sys.stdout} writes (UTF-8 bytes); flushed at the end of every call into the interpreter. */
        public Builder stdout(OutputStream out) {
            this.stdout = printStream(out);
            return this;
        }

        /** Where {@code sys.stdout} writes, as characters. */
        public Builder stdout(Writer out) {
            return stdout(new WriterOutputStream(out));
        }

        /** Where {@code sys.stderr} writes (UTF-8 bytes; also uncaught-exception reports of Python threads). */
        public Builder stderr(OutputStream err) {
            this.stderr = printStream(err);
            return this;
        }

        /** Where {@code sys.stderr} writes, as characters. */
        public Builder stderr(Writer err) {
            return stderr(new WriterOutputStream(err));
        }

        /** What {@code sys.stdin} and {@code input()} read (UTF-8 bytes). */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        /** {@code sys.argv} (default {@code ['']}, as an embedded CPython has). */
        public Builder argv(List<String> args) {
            argv.clear();
            argv.addAll(args);
            return this;
        }

        /**
         * An {@code -X} option ({@code sys._xoptions}): {@code xOption("jit", "off")} is
         * {@code -X jit=off}; a null value is a bare {@code -X name}.
         */
        public Builder xOption(String name, String value) {
            xOptions.put(name, value == null ? InterpreterOptions.BARE_X_OPTION : value);
            return this;
        }

        /** The JIT mode, {@code -X jit=MODE} ({@code "on"}, {@code "off"}). */
        public Builder jit(String mode) {
            return xOption("jit", mode);
        }

        /** The JIT's hot-loop threshold, {@code -X jit-threshold=N}. */
        public Builder jitThreshold(int threshold) {
            return xOption("jit-threshold", Integer.toString(threshold));
        }

        /**
         * {@code -X jit-log=FILE}: the JIT's log written to {@code file} (UTF-8, created or
         * truncated when the interpreter is built; {@code "-"} is the interpreter's stderr), with
         * the exit counts written when the interpreter is closed.
         *
         * @throws IllegalArgumentException for an empty name
         */
        public Builder jitLog(String file) {
            String error = org.taipan.jit.log.JitListeners.checkLog(file);
            if (error != null) {
                throw new IllegalArgumentException(error);
            }
            return xOption(org.taipan.jit.log.JitListeners.LOG, file);
        }

        /** {@code -X jit-stats}: a summary of the JIT's work on the interpreter's stderr when it is closed. */
        public Builder jitStats() {
            return xOption(org.taipan.jit.log.JitListeners.STATS, null);
        }

        /**
         * The optimization level, 0 to 2 (the number of {@code -O} flags: 1 drops {@code assert}s
         * and makes {@code __debug__} false, 2 also drops docstrings).
         *
         * @throws IllegalArgumentException outside 0..2
         */
        public Builder optimize(int level) {
            if (level < 0 || level > 2) {
                throw new IllegalArgumentException("optimization level must be 0, 1 or 2, not " + level);
            }
            this.optimize = level;
            return this;
        }

        /**
         * What the interpreter's Python code may reach outside it (see {@link Permission}): a
         * sandboxed interpreter is built with fewer, and code needing a missing one gets
         * {@code PermissionError}. Default: all.
         */
        public Builder permissions(Set<Permission> granted) {
            this.permissions = granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
            return this;
        }

        /** A new interpreter with these options (its {@code __main__} module empty). */
        public PythonInterpreter build() {
            return new PythonInterpreter(this);
        }

        private static PrintStream printStream(OutputStream out) {
            return out instanceof PrintStream p ? p : new PrintStream(out, true, StandardCharsets.UTF_8);
        }
    }
}
