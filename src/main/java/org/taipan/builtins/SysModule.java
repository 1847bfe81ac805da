package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNamespace;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;
import org.taipan.runtime.ThreadState;

/** The {@code sys} module of one interpreter. */
public final class SysModule {
    /** {@code sys.version_info}'s type (also that of {@code sys.implementation.version}). */
    private static final PyType VERSION_INFO = StructSeq.newUninstantiableType("sys", "version_info", "major", "minor", "micro",
            "releaselevel", "serial");

    private SysModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys", true);
        PyList argv = new PyList();
        for (String a : interp.options().argv()) {
            argv.append(PyStr.of(a));
        }
        if (argv.size() == 0) {
            argv.append(PyStr.of(""));
        }
        m.set("argv", argv);
        org.taipan.imports.ImportSysAttributes.install(m, interp);
        m.set("stdout", interp.stdout());
        m.set("stderr", interp.stderr());
        m.set("stdin", interp.stdin());
        m.set("__stdout__", interp.stdout());
        m.set("__stderr__", interp.stderr());
        m.set("__stdin__", interp.stdin());
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("byteorder", PyStr.of("little"));
        m.set("platform", PyStr.of("linux"));
        // CPython's shape, "VERSION (BUILD) [COMPILER]": platform._sys_version parses sys.version with
        // a regular expression and raises ValueError (so python_implementation() and python_build()
        // fail) on anything else. The bracket names the Java runtime, as CPython's names its compiler.
        m.set("version", PyStr.of("3.11.7 (taipan) [Java " + Runtime.version() + "]"));
        // ("name", branch, revision) as CPython's build stamps it; platform.python_branch() and
        // python_revision() read it, and test.test_platform saves and restores it around each test.
        m.set("_git", PyTuple.of(PyStr.of("Taipan"), PyStr.of(""), PyStr.of("")));
        m.set("version_info", StructSeq.make(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"),
                PyInt.of(0)));
        m.set("hexversion", PyInt.of(0x030B07F0));
        // A tag of Taipan's own, not None: importlib.util.cache_from_source (which test.support's
        // forget() calls unconditionally) raises NotImplementedError without one. Not "cpython-311":
        // importlib's Python loaders would then read CPython's .pyc files (whose code objects
        // Taipan's marshal refuses) and write Taipan's where CPython reads them. The tag names the
        // instruction set, so a file another Taipan build wrote is never read (CodeRecords.cacheTag).
        m.set("implementation", PyNamespace.of(new String[] {"name", "cache_tag", "version", "hexversion", "_multiarch"},
                new PyObject[] {PyStr.of("taipan"), PyStr.of(org.taipan.imports.CodeRecords.cacheTag()),
                        StructSeq.make(VERSION_INFO, PyInt.of(0), PyInt.of(1), PyInt.of(0), PyStr.of("alpha"), PyInt.of(0)),
                        PyInt.of(0x000100A0), PyStr.of(multiarch())}));
        m.set("maxunicode", PyInt.of(0x10FFFF));
        m.set("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", (a, k) -> {
            Args.noArgs("sys.getrecursionlimit", a, k);
            return PyInt.of(interp.recursionLimit());
        }));
        m.set("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", (a, k) -> {
            int n = Abstract.index(Args.oneArg("sys.setrecursionlimit", a, k), null).intValue();
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            interp.setRecursionLimit(n);
            return PyNone.NONE;
        }));
        m.set("set_coroutine_origin_tracking_depth", new PyBuiltinFunction("set_coroutine_origin_tracking_depth", (a, k) -> {
            if (a.length > 1) {
                throw Errors.typeError("set_coroutine_origin_tracking_depth() takes at most 1 argument (%d given)", a.length);
            }
            PyObject d = Args.positional(a, k) == 1 ? a[0] : Args.keyword(a, k, "depth");
            if (d == null) {
                throw Errors.typeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
            }
            Args.onlyKeywords("set_coroutine_origin_tracking_depth", k, "depth");
            PyInt n = Abstract.index(d, null);
            if (!n.fitsLong() || n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            if (n.longValue() < 0) {
                throw Errors.valueError("depth must be >= 0");
            }
            ThreadState.current().coroutineOriginDepth = (int) n.longValue();
            return PyNone.NONE;
        }));
        m.set("get_coroutine_origin_tracking_depth", new PyBuiltinFunction("get_coroutine_origin_tracking_depth", (a, k) -> {
            Args.noArgs("sys.get_coroutine_origin_tracking_depth", a, k);
            return PyInt.of(ThreadState.current().coroutineOriginDepth);
        }));
        m.set("getswitchinterval", new PyBuiltinFunction("getswitchinterval", (a, k) -> {
            Args.noArgs("sys.getswitchinterval", a, k);
            return PyFloat.of(interp.gil().switchInterval());
        }));
        m.set("setswitchinterval", new PyBuiltinFunction("setswitchinterval", (a, k) -> {
            interp.gil().setSwitchInterval(Abstract.toDouble(Args.oneArg("sys.setswitchinterval", a, k)));
            return PyNone.NONE;
        }));
        m.set("exit", new PyBuiltinFunction("exit", (a, k) -> {
            Args.check("exit", a, k, 0, 1);
            if (a.length == 1 && a[0] instanceof PyBaseException given && given.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
                // PyErr_SetObject with an instance of the type: that instance is the exception raised
                throw new org.taipan.runtime.PyException(given);
            }
            // PyErr_SetObject(PyExc_SystemExit, status): a tuple status is the exception's args, None none
            PyObject[] args = a.length == 1 && a[0] instanceof PyTuple t ? t.array()
                    : a.length == 1 && a[0] == PyNone.NONE ? new PyObject[0] : a;
            throw Errors.of(ExceptionTypes.SystemExit, args);
        }));
        m.set("exc_info", new PyBuiltinFunction("exc_info", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        }));
        m.set("exception", new PyBuiltinFunction("exception", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        }));
        m.set("_getframe", new PyBuiltinFunction("_getframe", (a, k) -> {
            Args.check("_getframe", a, k, 0, 1);
            int depth = a.length > 0 ? Abstract.index(a[0], null).intValue() : 0;
            org.taipan.interp.Frame f = ThreadState.current().frame;
            for (int i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f;
        }));
        // sys._current_frames() / _current_exceptions(): every live thread's top frame / handled
        // exception (as exc_info), keyed by its get_ident() (the Java thread id).
        m.def("_current_frames", (a, k) -> {
            Args.noArgs("sys._current_frames", a, k);
            PyDict d = new PyDict();
            for (ThreadState t : interp.liveThreadStates()) {
                if (t.frame != null) {
                    d.setItem(PyInt.of(t.thread.threadId()), t.frame);
                }
            }
            return d;
        });
        m.def("_current_exceptions", (a, k) -> {
            Args.noArgs("sys._current_exceptions", a, k);
            PyDict d = new PyDict();
            for (ThreadState t : interp.liveThreadStates()) {
                if (t.frame != null) {
                    // 3.11 gives exc_info() triples here (3.12 changed it to the exception alone).
                    PyBaseException e = t.handled;
                    d.setItem(PyInt.of(t.thread.threadId()), e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                            : PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback));
                }
            }
            return d;
        });
        NumberSysFunctions.register(m, interp);
        org.taipan.interp.AsyncBuiltins.installSys(m, interp);
        m.set("displayhook", new PyBuiltinFunction("displayhook", (a, k) -> {
            PyObject v = Args.oneArg("displayhook", a, k);
            if (v != PyNone.NONE) {
                interp.displayHook(v);
            }
            return PyNone.NONE;
        }));
        PyBuiltinFunction breakpointHook = new PyBuiltinFunction("breakpointhook", (a, k) -> breakpointHook(interp, a, k));
        m.set("breakpointhook", breakpointHook);
        m.set("__breakpointhook__", breakpointHook);
        // sys.excepthook (PyErr_Display): the uncaught-exception report, suggestions included.
        PyBuiltinFunction excepthook = new PyBuiltinFunction("excepthook", (a, k) -> {
            Args.check("excepthook", a, k, 3, 3);
            PyObject err = interp.sysAttribute("stderr");
            if (!(a[1] instanceof PyBaseException exc)) {
                // PyErr_Display reports a value that is no exception on stderr and returns
                Callables.callAttr(err, "write", PyStr.of("TypeError: print_exception(): Exception expected for value, "
                        + a[1].type().name() + " found\n"));
                return PyNone.NONE;
            }
            if (exc.traceback == null && a[2] instanceof org.taipan.runtime.PyTraceback tb) {
                exc.traceback = tb;
            }
            org.taipan.runtime.Callables.callAttr(err, "write",
                    PyStr.of(org.taipan.interp.TracebackPrinter.format(exc, tracebackLimit(interp))));
            return PyNone.NONE;
        });
        m.set("excepthook", excepthook);
        m.set("__excepthook__", excepthook);
        PyDict xoptions = new PyDict();
        interp.options().xOptions().forEach((k, v) -> xoptions.setItem(PyStr.of(k),
                v == InterpreterOptions.BARE_X_OPTION ? PyBool.TRUE : PyStr.of(v)));
        m.set("_xoptions", xoptions);
        SysRuntimeInfo.register(m, interp);
        // As BuiltinsModule.createBuiltinModule does for the other Java modules: sys's functions
        // report sys as their __module__, which also finds their text signatures.
        for (int i = 0; i < m.dict().size(); i++) {
            if (m.dict().valueAt(i) instanceof org.taipan.runtime.PyBuiltinFunction bf) {
                bf.claimModuleName("sys");
            }
        }
        return m;
    }

    /** {@code sys.tracebacklimit} when it is an int (a huge one is no limit), else no limit. */
    private static long tracebackLimit(Interpreter interp) {
        PyObject v = interp.sysAttribute("tracebacklimit");
        PyInt i = PyInt.asInt(v); // PyLong_Check: a bool counts
        if (i == null) {
            return Long.MAX_VALUE;
        }
        java.math.BigInteger b = i.bigValue();
        return b.bitLength() < 63 ? b.longValue() : b.signum() < 0 ? 0 : Long.MAX_VALUE;
    }

    /** Debian's multiarch tuple for this machine ({@code sys.implementation._multiarch}). */
    private static String multiarch() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64", "arm64" -> "aarch64-linux-gnu";
            default -> arch + "-linux-gnu";
        };
    }

    /**
     * {@code sys.breakpointhook(*args, **kws)} (CPython's {@code sys_breakpointhook}): calls the
     * callable {@code PYTHONBREAKPOINT} names ({@code module.attr}, or a builtin's name), read at
     * each call from the interpreter's environment ({@code os.environ}, unless {@code -E});
     * {@code pdb.set_trace} when it is unset or empty, nothing when it is "0". A name that does
     * not import is ignored with a RuntimeWarning. (Taipan has no {@code sys.settrace} yet, so
     * {@code pdb.set_trace} returns without stopping.)
     */
    private static PyObject breakpointHook(Interpreter interp, PyObject[] a, String[] k) {
        String hookname = interp.options().startup().ignoreEnvironment() != 0 ? null
                : org.taipan.modules.posix.PosixState.of(interp).getenv("PYTHONBREAKPOINT");
        if (hookname == null || hookname.isEmpty()) {
            hookname = "pdb.set_trace";
        } else if (hookname.equals("0")) {
            return PyNone.NONE;
        }
        int dot = hookname.lastIndexOf('.');
        if (dot != 0) {
            String modulePath = dot < 0 ? "builtins" : hookname.substring(0, dot);
            String attr = hookname.substring(dot + 1);
            PyObject hook = null;
            try {
                PyObject module = interp.importer().importModuleLevel(PyStr.of(modulePath), PyNone.NONE,
                        new PyList(), 0);
                hook = Abstract.getAttr(module, PyStr.of(attr));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ImportError) && !e.matches(ExceptionTypes.AttributeError)) {
                    throw e;
                }
            }
            if (hook != null) {
                return Callables.call(hook, a, k);
            }
        }
        org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.RuntimeWarning,
                "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookname + "\"", 0);
        return PyNone.NONE;
    }
}
