package org.taipan.runtime;

import java.nio.charset.StandardCharsets;
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
    /** All permissions granted: the one field a permission check reads on an unrestricted interpreter. */
    private final boolean unrestricted;
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyModule sysModule;
    private final PyTextIOWrapper stdout, stderr, stdin;
    private int recursionLimit = 1000;
    private final PendingEvents events = new PendingEvents();
    private final Finalization finalization = new Finalization(this, events);
    private final Gil gil = new Gil(events);
    private final PythonThreads threads = new PythonThreads();
    private final org.taipan.imports.Importer importer = new org.taipan.imports.Importer(this);
    /** {@code sys.get_int_max_str_digits()}: 0 means no limit. */
    private int intMaxStrDigits = PyInt.MAX_STR_DIGITS;
    /** What the JIT reports to: {@code -X jit-log} / {@code -X jit-stats}, else the no-op listener. */
    private final org.taipan.jit.JitListener jitListener;
    /** The tracing JIT, or null with {@code -X jit=off}. */
    private final org.taipan.jit.Jit jit;

    public Interpreter(InterpreterOptions options) {
        this.options = options;
        this.jitListener = org.taipan.jit.log.JitListeners.create(options);
        this.jit = org.taipan.jit.Jit.create(options.xOptions(), jitListener);
        this.unrestricted = options.permissions().containsAll(Permission.all());
        this.stdin = StandardStreams.create(this, 0);
        this.stdout = StandardStreams.create(this, 1);
        this.stderr = StandardStreams.create(this, 2);
        this.builtinsModule = BuiltinsModule.create(this);
        this.sysModule = SysModule.create(this);
        modules.setItem(PyStr.of("builtins"), builtinsModule);
        modules.setItem(PyStr.of("sys"), sysModule);
        importer.initialize();
        if (!permits(Permission.FILE_SYSTEM)) {
            // imports of a sandboxed interpreter: only from its initial sys.path
            org.taipan.sandbox.TrustedRoots.capture(this);
        }
        applyStartupOptions(options.startup());
    }

    /**
     * What the command line's start-up options change once the interpreter exists: the int/str
     * digit limit and the builtins {@code site} would add ({@code -S} leaves them out). Nothing
     * happens for options left at their defaults.
     */
    private void applyStartupOptions(StartupOptions startup) {
        if (startup.intMaxStrDigits() >= 0) {
            intMaxStrDigits = startup.intMaxStrDigits();
        }
        if (startup.noSite() != 0) {
            // site.py's setquit(), setcopyright() and sethelper() are what define these in CPython
            for (String name : new String[] {"exit", "quit", "help", "copyright", "credits", "license"}) {
                builtins().pop(PyStr.of(name));
            }
        }
    }

    /**
     * {@code PYTHONIOENCODING}'s encoding for the standard streams (the codec registry gives the
     * encoding's name, so this runs on the main thread before the program).
     *
     * @throws FatalStartupError for an unknown encoding
     */
    private void applyStdioEncoding() {
        StartupOptions startup = options.startup();
        if (startup.stdioEncoding() != null) {
            StandardStreams.setEncoding(this, startup.stdioEncoding(), startup.stdioErrors());
        }
    }

    // A state refers to its thread, so weak keys would never clear: finished threads' states are
    // pruned whenever a new one registers, which bounds the map by the live threads.
    private final java.util.Map<Thread, ThreadState> threadStates = new java.util.HashMap<>();

    /** Records {@code ts} as its thread's state in this interpreter (for {@code sys._current_frames}). */
    void registerThreadState(ThreadState ts) {
        synchronized (threadStates) {
            threadStates.values().removeIf(t -> !t.thread.isAlive());
            threadStates.put(ts.thread, ts);
        }
    }

    /**
     * Forgets {@code ts}, whose thread is finishing (a {@code _thread} thread's last step): the
     * map would otherwise keep the thread, and through its task the function it ran, until the
     * next thread registers (test_thread waits for that function's weak reference to die).
     */
    public void unregisterThreadState(ThreadState ts) {
        synchronized (threadStates) {
            threadStates.remove(ts.thread, ts);
        }
    }

    /**
     * The states of this interpreter's threads that are alive, by thread: what
     * {@code sys._current_frames()} and {@code sys._current_exceptions()} report.
     */
    public java.util.List<ThreadState> liveThreadStates() {
        synchronized (threadStates) {
            return threadStates.values().stream().filter(t -> t.thread.isAlive()).toList();
        }
    }

    /** Events posted to this interpreter's thread (SIGINT, finalizers). */
    public PendingEvents events() {
        return events;
    }

    /** The global interpreter lock: held by the thread running Python code. */
    public Gil gil() {
        return gil;
    }

    /** The threads started by {@code _thread.start_new_thread}. */
    public PythonThreads threads() {
        return threads;
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
     * because several interpreters share the JVM. Kept here, not in a static map keyed by the
     * interpreter: a state that refers back to its interpreter (through a Python object) would
     * keep a weakly keyed entry alive, and with it the interpreter and all its objects.
     * {@code make} may ask for other modules' states; when it answers null, nothing is kept and
     * the next request makes the state again.
     */
    public <T> T moduleState(Class<T> key, java.util.function.Supplier<T> make) {
        Object state = moduleStates.get(key);
        if (state == null) {
            // not computeIfAbsent: a maker that asks for another state would update the map recursively
            synchronized (moduleStates) {
                state = moduleStates.get(key);
                if (state == null) {
                    state = make.get();
                    if (state != null) {
                        moduleStates.put(key, state);
                    }
                }
            }
        }
        return key.cast(state);
    }

    /** The per-interpreter state of a Java module keyed by {@code key}, or null when none was made yet. */
    public <T> T existingModuleState(Class<T> key) {
        return key.cast(moduleStates.get(key));
    }

    /**
     * Refuses an operation this interpreter's options do not permit.
     *
     * @param needed the permission the operation needs
     * @param what what was attempted, as the message shows it (e.g. {@code "open('/etc/passwd')"})
     * @throws PyException Python {@code PermissionError} ("sandboxed interpreter: ... needs the FILE_SYSTEM
     *     permission") when {@code needed} was not granted
     */
    public void requirePermission(Permission needed, String what) {
        if (!permits(needed)) {
            throw Errors.of(ExceptionTypes.PermissionError,
                    "sandboxed interpreter: " + what + " needs the " + needed + " permission");
        }
    }

    /** Whether this interpreter's options grant {@code p} (one field read when all are granted). */
    public boolean permits(Permission p) {
        return unrestricted || options.permissions().contains(p);
    }

    /**
     * Whether the running thread's interpreter shows column ranges of code positions
     * ({@code co_positions}, traceback carets): false under {@code -X no_debug_ranges} or
     * {@code PYTHONNODEBUGRANGES} (CPython's {@code PyConfig.code_debug_ranges}); true on a
     * thread with no interpreter.
     */
    public static boolean debugRangesShown() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null || !ts.interpreter.options.startup().noDebugRanges();
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

    /**
     * {@code sys.setrecursionlimit(n)} ({@code n} already checked). Lowering the limit invalidates
     * {@link org.taipan.interp.TraceHooks#unhooked()}: a compiled trace checked the depth its
     * inlined calls need against the old limit when it was entered, and guards that switch point
     * at each inlined call's entry and after each call that may run Python code (such as this one).
     */
    public void setRecursionLimit(int n) {
        int before = recursionLimit;
        recursionLimit = n;
        if (n < before) {
            org.taipan.interp.TraceHooks.frameEntryChanged();
        }
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
        return runMain(code, java.util.List.of());
    }

    /**
     * As {@link #runMain(CodeObject)}, first issuing the warnings the front end gave while
     * compiling {@code code} (it ran before this interpreter existed): a warning that the filters
     * turn into an error stops the program with its SyntaxError, as CPython's compiler would.
     *
     * @return the process exit status
     */
    public int runMain(CodeObject code, java.util.List<org.taipan.parse.WarningSink.Warning> warnings) {
        return runMainWith(code.filename, (ts, main) -> {
            if (code.filename.equals("<stdin>")) {
                // a program piped in is run as a file named <stdin> (_PyRun_SimpleFileObject),
                // where -c's code and the interactive loop get neither
                main.set("__file__", PyStr.of("<stdin>"));
                main.set("__cached__", PyNone.NONE);
            }
            org.taipan.parse.WarningSink sink = warningSink();
            for (org.taipan.parse.WarningSink.Warning w : warnings) {
                if (sink.warn(w)) {
                    // the compiler's errors take their text from the file, the parser's from its buffer
                    throw SyntaxErrors.toPython(w.category() == org.taipan.parse.WarningSink.Category.SYNTAX_WARNING
                            ? withProgramText(w.asError()) : w.asError());
                }
            }
            Eval.runModule(ts, new PyCode(code), main.dict(), builtins());
            return 0;
        });
    }

    /**
     * Runs the {@code .pyc} file {@code filename}, whose bytes are {@code data}, as {@code __main__}
     * ({@link org.taipan.imports.CompiledScript}).
     *
     * @return the process exit status
     */
    public int runCompiledMain(byte[] data, String filename) {
        return runMainWith(filename, (ts, main) -> {
            org.taipan.imports.CompiledScript.run(ts, main, data, filename);
            return 0;
        });
    }

    /**
     * Runs module {@code name} as {@code __main__}, as {@code python -m name} does (runpy's
     * {@code _run_module_as_main}; see {@link org.taipan.imports.Importer#runModuleAsMain}).
     *
     * @return the process exit status; 1 with "EXECUTABLE: No module named x" when it cannot be found
     */
    public int runModuleAsMain(String name) {
        return runMainWith(null, (ts, main) -> {
            importer.runModuleAsMain(ts, main, name);
            return 0;
        });
    }

    /**
     * Runs the {@code __main__.py} of {@code directory} as {@code __main__}, as {@code python DIRECTORY}
     * does (see {@link org.taipan.imports.Importer#runPathAsMain}).
     *
     * @return the process exit status
     */
    public int runPathAsMain(String directory) {
        return runMainWith(null, (ts, main) -> {
            importer.runPathAsMain(ts, main, directory);
            return 0;
        });
    }

    /**
     * What runs in {@code __main__}'s namespace on the main thread, holding the GIL, when the
     * caller drives the program itself (the interactive interpreter, {@code org.taipan.repl}).
     */
    @FunctionalInterface
    public interface MainSession {
        /**
         * @param ts   the main thread's state
         * @param main the {@code __main__} module
         * @return the process exit status
         * @throws PyException an uncaught exception, reported as for a script
         */
        int run(ThreadState ts, PyModule main);
    }

    /**
     * Runs {@code session} as the main program, with the life cycle of {@link #runMain(CodeObject)}
     * (SIGINT delivered to it, thread shutdown, atexit callbacks, finalizers at exit).
     *
     * @param filename the main code's file name ({@code "<stdin>"} for the interactive interpreter)
     * @return the session's exit status, or that of an uncaught exception
     */
    public int runMainSession(String filename, MainSession session) {
        return runMainWith(filename, session::run);
    }

    /** Set by {@link #setInspect}: run in {@code __main__} after the main program ({@code -i}). */
    private MainSession inspect;

    /**
     * CPython's {@code -i} ({@code config->inspect}): after the main program ends, normally or by
     * an uncaught exception (printed first, {@code SystemExit} included, which then does not end
     * the process), {@code session} runs on the main thread with {@code sys.modules['__main__']}
     * and its status becomes the process's.
     */
    public void setInspect(MainSession session) {
        this.inspect = session;
    }

    /** What runs in {@code __main__}'s namespace on the main thread; returns the exit status. */
    @FunctionalInterface
    private interface MainBody {
        int run(ThreadState ts, PyModule main);
    }

    /** The thread {@link #runMainWith} runs {@code __main__} on; null before it starts. */
    private volatile Thread mainThread;

    /**
     * The thread this interpreter runs its main program on (its {@code threading.main_thread()}),
     * for a host that measures or limits the program's CPU time.
     *
     * @return the thread, or null when no main program has started
     */
    public Thread mainThread() {
        return mainThread;
    }

    /** @param filename the main code's file name ({@code <string>} for -c), or null when the body sets {@code __main__} up itself */
    private int runMainWith(String filename, MainBody body) {
        int[] status = {0};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = runMainHere(filename, body);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "main", 2L << 30);
        mainThread = t;
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

    private int runMainHere(String filename, MainBody body) {
        ThreadState ts = new ThreadState(this, true);
        ThreadState prev = ThreadState.enter(ts);
        events.setMainThread(ts);
        gil.acquire();
        try {
            PyModule main = new PyModule("__main__", false);
            main.set("__builtins__", builtinsModule);
            if (filename != null) {
                if (!filename.startsWith("<")) {
                    main.set("__file__", PyStr.of(filename));
                }
                importer.initMain(main, filename);
            }
            modules.setItem(PyStr.of("__main__"), main);
            events.becomeSigintTarget();
            applyStdioEncoding();
            int status;
            try {
                importWarningsForOptions();
                status = importSiteInVirtualEnvironment() ? body.run(ts, main) : 1;
            } catch (PyException e) {
                if (inspect != null) {
                    // pymain_repl: with -i even SystemExit is only reported
                    flushStreams();
                    stderr.writeString(TracebackPrinter.format(e.value));
                    stderr.flush();
                    status = 1;
                } else {
                    status = handleUncaught(e.value);
                }
            }
            if (inspect != null) {
                status = runInspect(ts, main);
            }
            finish(main);
            events.resignSigintTarget();
            // Py_RunMain: a failed Py_FinalizeEx (here, flushing sys.stdout or sys.stderr) is status 120
            return stdFilesFlushFailed ? 120 : status;
        } finally {
            flushStreams();
            org.taipan.modules.io.FdTable.closeAll(this);
            gil.release();
            ThreadState.restore(prev);
        }
    }

    /** The {@code -i} session, in the {@code __main__} the program left in {@code sys.modules}. */
    private int runInspect(ThreadState ts, PyModule main) {
        PyObject current = modules.getItem(PyStr.of("__main__"));
        try {
            return inspect.run(ts, current instanceof PyModule m ? m : main);
        } catch (PyException e) {
            return handleUncaught(e.value);
        }
    }

    /**
     * The part of {@code Py_FinalizeEx} that runs Python code, on the calling thread, which holds the
     * GIL: waits for the non-daemon threads ({@code threading._shutdown}), runs the atexit callbacks,
     * then the pending finalizers of {@code main}'s globals and the rest; afterwards no other thread
     * may take the GIL (daemon threads end when they try). Used at the end of {@link #runMain} and
     * by an embedding host closing its interpreter.
     */
    public void finish(PyModule main) {
        waitForThreadShutdown();
        // Py_FinalizeEx: atexit callbacks run after the threads' shutdown, before the finalizers.
        org.taipan.modules.atexit.AtexitModule.runExitFuncs(this);
        // _PyRuntimeState_SetFinalizing comes after the atexit callbacks, before the finalizers
        finalizing = true;
        finalizeAtExit(main);
        // the JIT's summaries come after everything the program wrote
        stdFilesFlushFailed = !flushStdFiles();
        flushStreams();
        jitListener.finish();
        gil.finish();
        threads.interruptAll();
    }

    /** Set once {@link #finish} is past the atexit callbacks: {@code sys.is_finalizing()}. */
    private volatile boolean finalizing;

    /** {@code sys.is_finalizing()}: whether the interpreter is finalizing (its exit's finalizers run). */
    public boolean isFinalizing() {
        return finalizing;
    }

    /**
     * {@code sys.getdlopenflags()}/{@code setdlopenflags()}: the flags an extension module's
     * {@code dlopen} would get (RTLD_NOW at first, as CPython's default). Taipan loads no
     * extension modules; the value is kept for the program to read back.
     */
    public volatile int dlopenFlags = 2;

    /** The tracing JIT ({@code -X jit}, {@code -X jit-threshold}), or null when it is off. */
    public org.taipan.jit.Jit jit() {
        return jit;
    }

    /**
     * The listener the JIT reports its events to: {@link org.taipan.jit.JitListener#NONE} unless
     * {@code -X jit-log=FILE} or {@code -X jit-stats} was given ({@code jit.log.JitListeners}).
     */
    public org.taipan.jit.JitListener jitListener() {
        return jitListener;
    }

    /**
     * CPython's {@code init_interp_main}: with warning options ({@code -W}, {@code PYTHONWARNINGS},
     * {@code -X dev}), {@code warnings.py} is imported at start-up, and its {@code _processoptions}
     * turns {@code sys.warnoptions} into filters. A failed import is reported and the program runs on.
     */
    private void importWarningsForOptions() {
        if (options.warnOptions().isEmpty()) {
            return;
        }
        try {
            importModule("warnings", new PyDict(), PyNone.NONE, 0);
        } catch (PyException e) {
            stderr.writeString("'import warnings' failed; traceback:\n"
                    + org.taipan.interp.TracebackPrinter.format(e.value));
            stderr.flush();
        }
    }

    /**
     * CPython's {@code init_import_site}, in a virtual environment only (a {@code pyvenv.cfg} by
     * {@code sys.executable}, see {@link org.taipan.imports.VirtualEnvironment}) and not under
     * {@code -S}: {@code site} adds the environment's site-packages and runs its {@code .pth} files,
     * as CPython's start-up does. Outside one Taipan imports no {@code site}: CPython's own
     * site-packages hold packages installed for CPython (C extensions among them), and its
     * {@code .pth} files would run at every start (~0.3 s here for one that imports certifi).
     *
     * @return false when {@code site} failed (its traceback printed, as CPython's fatal error)
     */
    private boolean importSiteInVirtualEnvironment() {
        if (options.startup().noSite() != 0) {
            return true;
        }
        if (!(sysModule.dict().getItem(PyStr.of("executable")) instanceof PyStr executable)
                || org.taipan.imports.VirtualEnvironment.of(executable.toString()) == null) {
            return true;
        }
        // CPython puts the script's directory (or '') first only after site ran: site makes every
        // entry it finds absolute, and '' would become the working directory
        PyObject path = sysModule.dict().getItem(PyStr.of("path"));
        PyObject mainEntry = null;
        if (!options.startup().safePath() && path instanceof PyList list && list.size() > 0) {
            mainEntry = list.remove(0);
        }
        try {
            importModule("site", new PyDict(), PyNone.NONE, 0);
            return true;
        } catch (PyException e) {
            flushStreams();
            stderr.writeString("Fatal Python error: init_import_site: Failed to import the site module\n"
                    + "Python runtime state: initialized\n" + org.taipan.interp.TracebackPrinter.format(e.value));
            stderr.flush();
            return false;
        } finally {
            if (mainEntry != null && sysModule.dict().getItem(PyStr.of("path")) instanceof PyList now) {
                now.insert(0, mainEntry);
            }
        }
    }

    /**
     * CPython's {@code wait_for_thread_shutdown} (from {@code Py_FinalizeEx}, before the atexit
     * callbacks): {@code threading._shutdown()} waits for the non-daemon threads, if the program
     * imported {@code threading}. Its errors (a Ctrl-C while waiting) are reported as unraisable.
     */
    private void waitForThreadShutdown() {
        PyObject threading = modules.getItem(PyStr.of("threading"));
        if (threading == null) {
            return;
        }
        try {
            PyObject shutdown = Abstract.lookupAttr(threading, PyStr.of("_shutdown"));
            if (shutdown != null) {
                Callables.call(shutdown);
            }
        } catch (PyException e) {
            finalization.writeUnraisable(e.value, null, threading);
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

    /** Whether {@link #finish}'s flush of {@code sys.stdout} or {@code sys.stderr} failed. */
    private volatile boolean stdFilesFlushFailed;

    /**
     * CPython's {@code flush_std_files} in {@code Py_FinalizeEx}: flushes {@code sys.stdout} and
     * {@code sys.stderr} unless they are None or closed; a failure of stdout's is reported as an
     * unraisable exception (stderr's is not: there is nowhere left to say it).
     *
     * @return false when either flush raised
     */
    private boolean flushStdFiles() {
        boolean ok = true;
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject s = sysAttribute(name);
            if (s == null || s == PyNone.NONE) {
                continue;
            }
            try {
                PyObject closed = Abstract.lookupAttr(s, PyStr.of("closed"));
                if (closed != null && Abstract.isTrue(closed)) {
                    continue;
                }
                Callables.callAttr(s, "flush");
            } catch (PyException e) {
                ok = false;
                if (name.equals("stdout")) {
                    try {
                        finalization.writeUnraisable(e.value, null, s);
                    } catch (PyException unreported) {
                        // stderr is gone too (its descriptor closed): nowhere to say it
                    }
                }
            }
        }
        return ok;
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
            writeStderrQuietly(Abstract.str(code) + "\n");
            return 1;
        }
        printException(exc);
        if (exc.type().isSubtypeOf(ExceptionTypes.KeyboardInterrupt)) {
            // CPython re-raises SIGINT on itself so the shell sees a signal death: status 128 + 2.
            // The command line does the same once the interpreter is finished (endedByKeyboardInterrupt).
            endedByKeyboardInterrupt = true;
            return 130;
        }
        return 1;
    }

    private volatile boolean endedByKeyboardInterrupt;

    /**
     * CPython's {@code PyErr_Print}: records {@code exc} as {@code sys.last_type},
     * {@code last_value} and {@code last_traceback} and hands it to {@code sys.excepthook} (a
     * program's own hook sees its uncaught exceptions); when the hook is missing or fails, the
     * report goes to stderr as CPython writes it ("sys.excepthook is missing", "Error in
     * sys.excepthook:" ... "Original exception was:").
     */
    public void printException(PyBaseException exc) {
        flushStreams();
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        PyModule sysModule = sys();
        sysModule.set("last_type", exc.type());
        sysModule.set("last_value", exc);
        sysModule.set("last_traceback", tb);
        PyObject hook = sysAttribute("excepthook");
        if (hook == null || hook == PyNone.NONE) {
            writeStderrQuietly("sys.excepthook is missing\n" + TracebackPrinter.format(exc));
            return;
        }
        try {
            Callables.call(hook, exc.type(), exc, tb);
        } catch (PyException e) {
            writeStderrQuietly("Error in sys.excepthook:\n" + TracebackPrinter.format(e.value)
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(exc));
        }
        flushStreams();
        options.stderr().flush();
    }

    private void writeStderrQuietly(String text) {
        try {
            stderr.writeString(text);
            stderr.flush();
        } catch (PyException e) {
            // a broken sys.stderr cannot report itself
        }
        options.stderr().flush();
    }

    /**
     * Whether the main program ended with an uncaught {@code KeyboardInterrupt} (its status is
     * 130): CPython's {@code _Py_UnhandledKeyboardInterrupt}, after which the process kills
     * itself with SIGINT.
     */
    public boolean endedByKeyboardInterrupt() {
        return endedByKeyboardInterrupt;
    }

    /**
     * The default {@code sys.displayhook} ({@code sys_displayhook}): the repr of a non-None value
     * written to the current {@code sys.stdout} (so doctest and redirect_stdout capture it), and
     * bound to {@code builtins._}.
     *
     * @throws PyException RuntimeError "lost sys.stdout"
     */
    public void displayHook(PyObject v) {
        builtinsModule.set("_", PyNone.NONE);
        PyObject out = sys().dict().getItem(PyStr.of("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw Errors.runtimeError("lost sys.stdout");
        }
        PyObject repr = PyStr.of(Abstract.repr(v));
        try {
            Callables.callAttr(out, "write", repr);
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) {
                throw e;
            }
            displayUnencodable(out, repr);
        }
        Callables.callAttr(out, "write", PyStr.of("\n"));
        builtinsModule.set("_", v);
    }

    /**
     * CPython's {@code sys_displayhook_unencodable}: a repr the stream's encoding cannot hold is
     * encoded with {@code backslashreplace} and written to the stream's buffer (or, without one,
     * decoded again and written as text).
     */
    private static void displayUnencodable(PyObject out, PyObject repr) {
        PyObject encoding = Abstract.getAttr(out, "encoding");
        if (!(encoding instanceof PyStr)) {
            // PyUnicode_AsUTF8 of something that is not a str
            throw Errors.typeError("bad argument type for built-in operation");
        }
        PyObject encoded = Callables.callAttr(repr, "encode", encoding, PyStr.of("backslashreplace"));
        PyObject buffer = Abstract.lookupAttr(out, PyStr.of("buffer"));
        if (buffer != null) {
            Callables.callAttr(buffer, "write", encoded);
        } else {
            Callables.callAttr(out, "write", Callables.callAttr(encoded, "decode", encoding, PyStr.of("strict")));
        }
    }

    /** This interpreter's import system. */
    public org.taipan.imports.Importer importer() {
        return importer;
    }

    /**
     * {@code import name} (CPython's {@code __import__}); see {@link org.taipan.imports.Importer#importModule}.
     *
     * @throws PyException ModuleNotFoundError "No module named 'x'"
     */
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return importer.importModule(name, globals, fromlist, level);
    }

    /**
     * Parses and compiles source text, turning a syntax error into a Python SyntaxError.
     * The source goes to the compiler too, so that its compile-time SyntaxErrors carry the
     * offending line's text and CPython's offsets, as {@code compile()} and imports do.
     *
     * @throws PyException SyntaxError
     */
    public CodeObject compile(String source, String filename, org.taipan.parse.Mode mode) {
        return compile(source, filename, mode, false);
    }

    /**
     * As {@link #compile(String, String, org.taipan.parse.Mode)}; {@code characterColumns} as for
     * {@link #parse(String, String, org.taipan.parse.Mode, boolean)}.
     *
     * @throws PyException SyntaxError
     */
    public CodeObject compile(String source, String filename, org.taipan.parse.Mode mode, boolean characterColumns) {
        return compile(parse(source, filename, mode, characterColumns), filename, source, mode, options.optimize());
    }

    /**
     * Compiles an AST ({@code compile()} of an AST object, whose source is unknown: {@code source}
     * null), turning a compile-time syntax error into a Python SyntaxError.
     *
     * @param optimize CPython's optimization level, 0 to 2
     * @throws PyException SyntaxError
     */
    public CodeObject compile(org.taipan.ast.Mod mod, String filename, org.taipan.parse.Mode mode, int optimize) {
        return compile(mod, filename, null, mode, optimize);
    }

    /**
     * As {@link #compile(org.taipan.ast.Mod, String, org.taipan.parse.Mode, int)}, with the
     * source text the tree was parsed from (or null).
     *
     * @throws PyException SyntaxError
     */
    public CodeObject compile(org.taipan.ast.Mod mod, String filename, String source, org.taipan.parse.Mode mode,
                              int optimize) {
        return compile(mod, filename, source, mode, optimize, 0);
    }

    /**
     * As {@link #compile(org.taipan.ast.Mod, String, String, org.taipan.parse.Mode, int)}, with the
     * {@code __future__} features ({@code CO_FUTURE_*} bits) the compilation starts with
     * ({@code compile()}'s flags, or those inherited from the calling code).
     *
     * @throws PyException SyntaxError
     */
    public CodeObject compile(org.taipan.ast.Mod mod, String filename, String source, org.taipan.parse.Mode mode,
                              int optimize, int futureFlags) {
        try {
            ThreadState ts = ThreadState.currentOrNull();
            return org.taipan.compile.Compiler.compile(mod, filename, source, mode, optimize, warningSink(),
                    futureFlags, org.taipan.compile.RecursionBudget.of(ts == null ? 0 : ts.depth, recursionLimit));
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(withProgramText(e));
        }
    }

    /** Where the front end's warnings go when this interpreter compiles: its warnings machinery. */
    public org.taipan.parse.WarningSink warningSink() {
        return new org.taipan.modules.warnings.FrontEndWarnings(this);
    }

    /**
     * Parses source text into the AST ({@code compile(..., PyCF_ONLY_AST)}, {@code ast.parse}).
     *
     * @throws PyException SyntaxError
     */
    public org.taipan.ast.Mod parse(String source, String filename, org.taipan.parse.Mode mode) {
        return parse(source, filename, mode, false);
    }

    /**
     * As {@link #parse(String, String, org.taipan.parse.Mode)}; {@code characterColumns} when the
     * source's encoding is known (text given as a str, or bytes with a BOM or coding cookie): its
     * SyntaxError offsets then count characters, not UTF-8 bytes, as CPython 3.11's do
     * ({@link org.taipan.parse.Parser#parse(String, String, org.taipan.parse.Mode,
     * org.taipan.parse.WarningSink, int, boolean)}).
     *
     * @throws PyException SyntaxError
     */
    /**
     * As {@link #parse(String, String, org.taipan.parse.Mode, boolean)} for {@code ast.parse}: with
     * type comments ({@code PyCF_TYPE_COMMENTS}) and for an older {@code featureVersion} (3.x's
     * minor version; negative for the newest), the tree and its "# type: ignore" comments
     * ({@link org.taipan.parse.Parser#parseForAst}).
     *
     * @throws PyException SyntaxError
     */
    public org.taipan.parse.Parser.TypeCommentedModule parseForAst(String source, String filename,
                                                                  org.taipan.parse.Mode mode, boolean characterColumns,
                                                                  boolean typeComments, int featureVersion) {
        try {
            return org.taipan.parse.Parser.parseForAst(source, filename, mode, warningSink(), intMaxStrDigits,
                    characterColumns, typeComments, featureVersion);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /**
     * Parses a function type comment ({@code compile(s, f, 'func_type', PyCF_ONLY_AST)}).
     *
     * @throws PyException SyntaxError
     */
    public org.taipan.ast.FunctionType parseFunctionType(String source, String filename, boolean characterColumns) {
        try {
            return org.taipan.parse.Parser.parseFunctionType(source, filename, warningSink(), intMaxStrDigits,
                    characterColumns);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    public org.taipan.ast.Mod parse(String source, String filename, org.taipan.parse.Mode mode, boolean characterColumns) {
        return parse(source, filename, mode, characterColumns, 0);
    }

    /**
     * As {@link #parse(String, String, org.taipan.parse.Mode, boolean)} with {@code compile()}'s
     * flags, of which the parser reads {@code PyCF_DONT_IMPLY_DEDENT} and
     * {@code PyCF_ALLOW_INCOMPLETE_INPUT} ({@link org.taipan.parse.Parser#parse(String, String,
     * org.taipan.parse.Mode, org.taipan.parse.WarningSink, int, boolean, int)}).
     *
     * @throws PyException SyntaxError, "incomplete input" among them
     */
    public org.taipan.ast.Mod parse(String source, String filename, org.taipan.parse.Mode mode, boolean characterColumns,
                                    int compileFlags) {
        try {
            return org.taipan.parse.Parser.parse(source, filename, mode, warningSink(), intMaxStrDigits, characterColumns,
                    compileFlags);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(withFileLine(e, mode));
        }
    }

    /**
     * A compile-time (symbol table or code generation) error as CPython reports it: CPython
     * takes the offending line from the file named {@code filename}
     * ({@code PyErr_ProgramTextObject}), so the text is None when that is no file, as for
     * {@code compile(src, "<string>", ...)}. The compiler's text is kept when the file exists
     * (imports, where the source is that file's content).
     */
    public static org.taipan.parse.SyntaxErrorException withProgramText(org.taipan.parse.SyntaxErrorException e) {
        if (e.text == null || isRegularFile(e.filename)) {
            return e;
        }
        return new org.taipan.parse.SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset,
                e.endLineno, e.endOffset, null);
    }

    /**
     * A parser error in {@code 'exec'} input whose text is several lines (a string token spanning
     * them) as CPython's {@code _PyPegen_raise_error_known_location} reports it: the text is line
     * {@code lineno} of the file named {@code filename} ({@code _PyErr_ProgramDecodedTextObject}),
     * so an error inside a triple-quoted string shows its own line; unchanged when there is no such
     * file or line.
     */
    public static org.taipan.parse.SyntaxErrorException withFileLine(org.taipan.parse.SyntaxErrorException e,
                                                                       org.taipan.parse.Mode mode) {
        int nl = e.text == null ? -1 : e.text.indexOf('\n');
        if (mode != org.taipan.parse.Mode.EXEC || nl < 0 || nl == e.text.length() - 1 || e.lineno < 1
                || !isRegularFile(e.filename)) {
            return e;
        }
        try {
            String source = decodeSource(java.nio.file.Files.readAllBytes(
                    org.taipan.modules.posix.FsEncoding.toPath(e.filename)), e.filename);
            java.util.List<String> lines = source.lines().toList();
            if (e.lineno > lines.size()) {
                return e;
            }
            return new org.taipan.parse.SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset,
                    e.endLineno, e.endOffset, lines.get(e.lineno - 1) + "\n");
        } catch (java.io.IOException | RuntimeException x) {
            return e;
        }
    }

    private static boolean isRegularFile(String filename) {
        try {
            // a sandboxed script must not learn through SyntaxError.text which files exist
            return filename != null && org.taipan.sandbox.TrustedRoots.mayShowSource(filename)
                    && java.nio.file.Files.isRegularFile(org.taipan.modules.posix.FsEncoding.toPath(filename));
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
