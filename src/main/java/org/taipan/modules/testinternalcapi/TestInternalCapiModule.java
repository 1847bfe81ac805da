package org.taipan.modules.testinternalcapi;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The builtin module {@code _testinternalcapi}: the part of CPython's test helper module
 * ({@code Modules/_testinternalcapi.c}) that the standard library's own tests reach through
 * {@code test.support} and that has a meaning in Taipan. Without it, {@code
 * test.support.requires_debug_ranges()} raises SkipTest while a test module is being imported,
 * so whole modules (test_traceback, test_marshal, test_code, test_compile, test_dis) never ran.
 *
 * <ul>
 *   <li>{@code get_config()}: a dict of the interpreter's configuration under {@code PyConfig}'s
 *       field names, for the fields Taipan has (read from {@code sys} and {@code sys.flags} at the
 *       call, plus {@code code_debug_ranges}).
 *   <li>{@code get_recursion_depth()}: the calling thread's count of running Python frames.
 *   <li>{@code EncodeLocaleEx(text, current_locale, errors=None)} and
 *       {@code DecodeLocaleEx(data, current_locale, errors=None)}: the file system codec (CPython's
 *       {@code _Py_EncodeLocaleEx} / {@code _Py_DecodeLocaleEx} under a UTF-8 locale) with the
 *       error handlers {@code strict} and {@code surrogateescape} only (others, {@code
 *       surrogatepass} too, as under CPython's UTF-8 locales: ValueError "unsupported error
 *       handler"); a failure is RuntimeError
 *       "encode error: pos=N, reason=encoding error" (or "decode error: ..., reason=decoding error").
 * </ul>
 * CPython's hooks into its own C internals (frame evaluation, path configuration, GC header size,
 * hash tables) are not provided.
 */
public final class TestInternalCapiModule {
    private TestInternalCapiModule() {}

    /** A new {@code _testinternalcapi} module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_testinternalcapi", true);
        m.def("get_config", (a, k) -> {
            Args.noArgs("get_config", a, k);
            return config(interp);
        });
        m.def("get_recursion_depth", (a, k) -> {
            Args.noArgs("get_recursion_depth", a, k);
            return PyInt.of(ThreadState.current().depth);
        });
        m.def("EncodeLocaleEx", (a, k) -> locale("EncodeLocaleEx", a, k, true));
        m.def("DecodeLocaleEx", (a, k) -> locale("DecodeLocaleEx", a, k, false));
        return m;
    }

    /** {@code PyConfig} fields by name, as {@code _PyConfig_AsDict} shows them (ints for the flags). */
    private static PyDict config(Interpreter interp) {
        PyDict sys = interp.sys().dict();
        PyObject flags = sys.getItem(PyStr.of("flags"));
        PyDict d = new PyDict();
        put(d, "argv", new PyList(seq(sys.getItem(PyStr.of("argv")))));
        put(d, "orig_argv", new PyList(seq(sys.getItem(PyStr.of("orig_argv")))));
        put(d, "executable", sys.getItem(PyStr.of("executable")));
        put(d, "base_executable", sys.getItem(PyStr.of("_base_executable")));
        put(d, "prefix", sys.getItem(PyStr.of("prefix")));
        put(d, "base_prefix", sys.getItem(PyStr.of("base_prefix")));
        put(d, "exec_prefix", sys.getItem(PyStr.of("exec_prefix")));
        put(d, "base_exec_prefix", sys.getItem(PyStr.of("base_exec_prefix")));
        put(d, "platlibdir", sys.getItem(PyStr.of("platlibdir")));
        put(d, "pycache_prefix", sys.getItem(PyStr.of("pycache_prefix")));
        put(d, "module_search_paths", new PyList(seq(sys.getItem(PyStr.of("path")))));
        put(d, "warnoptions", new PyList(seq(sys.getItem(PyStr.of("warnoptions")))));
        put(d, "xoptions", xoptions(sys.getItem(PyStr.of("_xoptions"))));
        put(d, "filesystem_encoding", Callables.callAttr(interp.sys(), "getfilesystemencoding"));
        put(d, "filesystem_errors", Callables.callAttr(interp.sys(), "getfilesystemencodeerrors"));
        put(d, "optimization_level", flag(flags, "optimize"));
        put(d, "verbose", flag(flags, "verbose"));
        put(d, "isolated", flag(flags, "isolated"));
        put(d, "use_environment", negated(flags, "ignore_environment"));
        put(d, "dev_mode", flag(flags, "dev_mode"));
        put(d, "inspect", flag(flags, "inspect"));
        put(d, "interactive", flag(flags, "interactive"));
        put(d, "quiet", flag(flags, "quiet"));
        put(d, "site_import", negated(flags, "no_site"));
        put(d, "bytes_warning", flag(flags, "bytes_warning"));
        put(d, "write_bytecode", negated(flags, "dont_write_bytecode"));
        put(d, "user_site_directory", negated(flags, "no_user_site"));
        put(d, "safe_path", flag(flags, "safe_path"));
        put(d, "warn_default_encoding", flag(flags, "warn_default_encoding"));
        put(d, "int_max_str_digits", flag(flags, "int_max_str_digits"));
        put(d, "buffered_stdio", PyInt.of(interp.options().startup().unbuffered() ? 0 : 1));
        put(d, "code_debug_ranges", PyInt.of(interp.options().startup().noDebugRanges() ? 0 : 1));
        return d;
    }

    private static void put(PyDict d, String key, PyObject value) {
        d.setItem(PyStr.of(key), value == null ? PyNone.NONE : value);
    }

    private static PyObject[] seq(PyObject o) {
        return o == null || o == PyNone.NONE ? new PyObject[0] : Abstract.toArray(o);
    }

    private static PyObject flag(PyObject flags, String name) {
        return PyInt.of(Args.cInt(Abstract.getAttr(flags, name)));
    }

    private static PyObject negated(PyObject flags, String name) {
        return PyInt.of(Args.cInt(Abstract.getAttr(flags, name)) == 0 ? 1 : 0);
    }

    /** {@code sys._xoptions} back in command-line form: {@code name} for a bare option, else {@code name=value}. */
    private static PyList xoptions(PyObject options) {
        PyList r = new PyList();
        if (options instanceof PyDict d) {
            for (int i = 0; i < d.size(); i++) {
                PyObject key = d.keyAt(i), value = d.valueAt(i);
                r.append(value instanceof PyStr s ? PyStr.of(Args.str(key).toString() + "=" + s) : key);
            }
        }
        return r;
    }

    /** EncodeLocaleEx / DecodeLocaleEx: {@code (value, current_locale, errors=None)}. */
    private static PyObject locale(String name, PyObject[] a, String[] k, boolean encode) {
        Args.noKeywords(name, k);
        if (a.length < 2 || a.length > 3) {
            throw Errors.typeError("%s expected 2 or 3 arguments, got %d", name, a.length);
        }
        PyObject value = a[0];
        if (encode ? !(value instanceof PyStr) : !(value instanceof PyBytes)) {
            throw Errors.typeError("%s() argument 1 must be %s, not %s", name, encode ? "str" : "bytes",
                    value.type().name());
        }
        Args.cInt(a[1]);
        String errors = a.length < 3 || a[2] == PyNone.NONE ? "strict" : Args.str(a[2]).toString();
        if (!errors.equals("strict") && !errors.equals("surrogateescape")) {
            // surrogatepass too: the C helpers take it only under a locale codec that is not UTF-8
            throw Errors.valueError("unsupported error handler");
        }
        PyObject encoding = Callables.callAttr(ThreadState.current().interpreter.sys(), "getfilesystemencoding");
        PyType failure = encode ? ExceptionTypes.UnicodeEncodeError : ExceptionTypes.UnicodeDecodeError;
        try {
            return Callables.callAttr(value, encode ? "encode" : "decode", encoding, PyStr.of(errors));
        } catch (PyException e) {
            if (!e.matches(failure)) {
                throw e;
            }
            // the C helpers' generic reasons, not the codec's
            PyObject start = Abstract.getAttr(e.value, "start");
            throw Errors.of(ExceptionTypes.RuntimeError, encode ? "encode error: pos=" + Abstract.repr(start)
                    + ", reason=encoding error" : "decode error: pos=" + Abstract.repr(start) + ", reason=decoding error");
        }
    }
}
