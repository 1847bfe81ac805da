package org.taipan.builtins;

import java.util.ArrayList;
import java.util.List;
import org.taipan.runtime.ThreadState;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * The parts of {@code sys} that describe the runtime and its hooks (CPython's
 * {@code Python/sysmodule.c}): {@code flags}, encodings, {@code copyright}, {@code api_version},
 * {@code intern}, {@code getsizeof} ({@link SysSizeof}), {@code getrefcount}, trace and profile
 * functions (stored and returned; no tracer calls them yet), audit hooks ({@code audit} calls
 * the hooks {@code addaudithook} added, as CPython does for events raised from Python), and
 * {@code call_tracing}.
 */
final class SysRuntimeInfo {
    private SysRuntimeInfo() {}

    static final PyType FLAGS = StructSeq.newUninstantiableType("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
            "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits");

    /** {@code sys.thread_info}'s type: Java threads on Linux are POSIX threads. */
    private static final PyType THREAD_INFO = StructSeq.newType("sys", "thread_info", "name", "lock",
            "version");

    private static final String COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\n"
            + "All Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

    /** The trace and profile functions of the interpreter's threads (one value for all, for now). */
    private static final class Hooks {
        final List<PyObject> audit = new ArrayList<>();
    }

    static void register(PyModule m, Interpreter interp) {
        // sys.flags as CPython's make_flags(): the counting flags as ints, dev_mode and safe_path as bools
        org.taipan.runtime.StartupOptions o = interp.options().startup();
        m.set("flags", StructSeq.make(FLAGS, PyInt.of(o.debug()), PyInt.of(o.inspect()), PyInt.of(o.interactive()),
                PyInt.of(interp.options().optimize()), PyInt.of(o.dontWriteBytecode()), PyInt.of(o.noUserSite()),
                PyInt.of(o.noSite()), PyInt.of(o.ignoreEnvironment()), PyInt.of(o.verbose()),
                PyInt.of(o.bytesWarning()), PyInt.of(o.quiet()),
                PyInt.of(org.taipan.runtime.PyHash.randomized() ? 1 : 0), PyInt.of(o.isolated()),
                PyBool.of(interp.options().devMode()), PyInt.of(o.utf8Mode()),
                PyInt.of(o.warnDefaultEncoding()), PyBool.of(o.safePath()), PyInt.of(o.intMaxStrDigits())));
        // the version (glibc's confstr(_CS_GNU_LIBPTHREAD_VERSION)) is not asked for: None means unknown
        m.set("thread_info", StructSeq.make(THREAD_INFO, PyStr.of("pthread"), PyStr.of("semaphore"), PyNone.NONE));
        m.set("dont_write_bytecode", PyBool.of(o.dontWriteBytecode() != 0));
        m.set("api_version", PyInt.of(1013));
        m.set("copyright", PyStr.of(COPYRIGHT));
        m.set("float_repr_style", PyStr.of("short"));
        m.set("abiflags", PyStr.of(""));
        m.set("platlibdir", PyStr.of("lib"));
        m.set("pycache_prefix", o.pycachePrefix() == null ? PyNone.NONE : PyStr.of(o.pycachePrefix()));
        PyList warnoptions = new PyList();
        for (String w : interp.options().warnOptions()) {
            warnoptions.append(PyStr.of(w));
        }
        m.set("warnoptions", warnoptions);
        PyList orig = new PyList();
        if (o.origArgv() != null) {
            for (String a : o.origArgv()) {
                orig.append(PyStr.of(a));
            }
        } else {
            orig.append(PyStr.of("taipan"));
            for (String a : interp.options().argv()) {
                orig.append(PyStr.of(a));
            }
        }
        m.set("orig_argv", orig);
        m.def("getdefaultencoding", (a, k) -> {
            Args.noArgs("sys.getdefaultencoding", a, k);
            return PyStr.of("utf-8");
        });
        m.def("getfilesystemencoding", (a, k) -> {
            Args.noArgs("sys.getfilesystemencoding", a, k);
            return PyStr.of("utf-8");
        });
        m.def("getfilesystemencodeerrors", (a, k) -> {
            Args.noArgs("sys.getfilesystemencodeerrors", a, k);
            return PyStr.of("surrogateescape");
        });
        m.def("intern", (a, k) -> {
            PyObject s = Args.oneArg("intern", a, k);
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("intern() argument must be str, not %s", s.type().name());
            }
            return InternedStrings.intern(str);
        });
        m.def("getsizeof", SysSizeof::getsizeof);
        m.def("getrefcount", (a, k) -> {
            Args.oneArg("getrefcount", a, k);
            // No reference counts on the JVM: the answer CPython gives for an object only the call holds.
            return PyInt.of(2);
        });
        m.def("is_finalizing", (a, k) -> {
            Args.noArgs("sys.is_finalizing", a, k);
            return PyBool.of(interp.isFinalizing());
        });
        m.def("getallocatedblocks", (a, k) -> {
            Args.noArgs("sys.getallocatedblocks", a, k);
            return PyInt.of(0);
        });
        m.def("getdlopenflags", (a, k) -> {
            Args.noArgs("sys.getdlopenflags", a, k);
            return PyInt.of(interp.dlopenFlags);
        });
        m.def("setdlopenflags", (a, k) -> {
            PyInt n = Abstract.index(Args.oneArg("setdlopenflags", a, k), null);
            if (!n.fitsLong() || n.longValue() != (int) n.longValue()) {
                throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C int");
            }
            interp.dlopenFlags = (int) n.longValue();
            return PyNone.NONE;
        });
        m.def("_clear_type_cache", (a, k) -> {
            Args.noArgs("sys._clear_type_cache", a, k);
            return PyNone.NONE;
        });
        Hooks hooks = new Hooks();
        // per thread, as in CPython: threading.settrace/setprofile hand them to new threads
        m.def("settrace", (a, k) -> {
            org.taipan.interp.TraceHooks.setTrace(ThreadState.current(), Args.oneArg("settrace", a, k));
            return PyNone.NONE;
        });
        m.def("gettrace", (a, k) -> {
            Args.noArgs("sys.gettrace", a, k);
            PyObject t = ThreadState.current().traceFunc;
            return t == null ? PyNone.NONE : t;
        });
        m.def("setprofile", (a, k) -> {
            org.taipan.interp.TraceHooks.setProfile(ThreadState.current(), Args.oneArg("setprofile", a, k));
            return PyNone.NONE;
        });
        m.def("getprofile", (a, k) -> {
            Args.noArgs("sys.getprofile", a, k);
            PyObject p = ThreadState.current().profileFunc;
            return p == null ? PyNone.NONE : p;
        });
        m.def("addaudithook", (a, k) -> {
            PyObject hook = org.taipan.runtime.MethodArgs.required("addaudithook",
                    org.taipan.runtime.MethodArgs.bind("addaudithook", a, k, 0, "hook"), 0, "hook");
            synchronized (hooks) {
                hooks.audit.add(hook);
            }
            return PyNone.NONE;
        });
        m.def("audit", (a, k) -> {
            Args.noKeywords("audit", k);
            if (a.length == 0) {
                throw Errors.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("expected str for argument 'event', not %s", a[0].type().name());
            }
            List<PyObject> current;
            synchronized (hooks) {
                current = new ArrayList<>(hooks.audit);
            }
            PyTuple args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
            for (PyObject h : current) {
                Callables.call(h, a[0], args);
            }
            return PyNone.NONE;
        });
        m.def("call_tracing", (a, k) -> {
            Args.check("call_tracing", a, k, 2, 2);
            if (!(a[1] instanceof PyTuple t)) {
                throw Errors.typeError("call_tracing() argument 2 must be tuple, not %s", a[1].type().name());
            }
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = t.get(i);
            }
            // CPython's _PyEval_CallTracing: events are on for the call, even inside a hook (pdb's `debug`)
            ThreadState ts = ThreadState.current();
            boolean inHook = ts.inHook;
            ts.inHook = false;
            try {
                return Callables.call(a[0], items);
            } finally {
                ts.inHook = inHook;
            }
        });
        m.set("__displayhook__", m.dict().getItem(PyStr.of("displayhook")));
    }
}
