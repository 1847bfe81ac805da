package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The loader of a {@code .py} file, {@code importlib._bootstrap_external.SourceFileLoader}:
 * {@code name} and {@code path} attributes and the loader protocol ({@code create_module},
 * {@code exec_module}, {@code get_code}, {@code get_source}, {@code get_data},
 * {@code get_filename}, {@code is_package}, {@code path_stats}, {@code load_module},
 * {@code get_resource_reader}). {@code exec_module} runs the module's code from the process-wide
 * {@link CodeCache}, so importing a module whose file did not change compiles nothing.
 */
public final class SourceFileLoader extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtinFinal("_frozen_importlib_external.SourceFileLoader", PyType.OBJECT);

    private static final PyStr NAME = PyStr.of("name"), PATH = PyStr.of("path");

    static {
        org.taipan.runtime.ObjectSlots.addInstanceDict(TYPE);
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("SourceFileLoader", a, k, 0, "fullname", "path");
            return new SourceFileLoader(MethodArgs.required("SourceFileLoader", b, 0, "fullname"),
                    MethodArgs.required("SourceFileLoader", b, 1, "path"));
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE || a.type() != b.type()) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = Abstract.richCompareBool(((SourceFileLoader) a).dict, ((SourceFileLoader) b).dict, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = o -> {
            SourceFileLoader l = (SourceFileLoader) o;
            return Abstract.hash(l.dict.getItem(NAME)) ^ Abstract.hash(l.dict.getItem(PATH));
        };
        TYPE.addMethodOneArg("create_module", (self, arg) -> {
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("exec_module", (self, arg) -> {
            ((SourceFileLoader) self).execModule(arg);
            return PyNone.NONE;
        });
        TYPE.addMethod("get_filename", (self, a, k) -> ((SourceFileLoader) self).checkName("get_filename", a, k));
        TYPE.addMethodOneArg("get_data", (self, arg) -> getData(arg));
        TYPE.addMethod("get_source", (self, a, k) -> {
            PyObject path = ((SourceFileLoader) self).checkName("get_source", a, k);
            return PyStr.of(decodeSource(((PyBytes) getData(path)).bytes(), path.toString()));
        });
        TYPE.addMethod("get_code", (self, a, k) -> {
            SourceFileLoader l = (SourceFileLoader) self;
            l.checkName("get_code", a, k);
            return new PyCode(l.code());
        });
        TYPE.addMethod("source_to_code", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("source_to_code", a, k, 0, "data", "path", "_optimize");
            PyObject data = MethodArgs.required("source_to_code", b, 0, "data");
            PyObject path = MethodArgs.required("source_to_code", b, 1, "path");
            String text = data instanceof PyStr s ? s.toString()
                    : decodeSource(org.taipan.runtime.Buffers.require(data), path.toString());
            return new PyCode(ThreadState.current().interpreter.compile(text, Names.str(path),
                    org.taipan.parse.Mode.EXEC, data instanceof PyStr
                            || org.taipan.parse.SourceDecoder.declaresEncoding(org.taipan.runtime.Buffers.require(data))));
        });
        TYPE.addMethod("is_package", (self, a, k) -> {
            SourceFileLoader l = (SourceFileLoader) self;
            l.checkName("is_package", a, k);
            return PyBool.of(l.isPackage(Names.str(Args.oneArg("is_package", a, k))));
        });
        TYPE.addMethodOneArg("path_stats", (self, arg) -> {
            PyObject p = arg;
            readable(Names.str(p), "path_stats");
            try {
                var attrs = Files.readAttributes(FsEncoding.toPath(Names.str(p)), java.nio.file.attribute.BasicFileAttributes.class);
                PyDict d = new PyDict();
                d.setItem(PyStr.of("mtime"), new PyFloat(attrs.lastModifiedTime().toMillis() / 1000.0));
                d.setItem(PyStr.of("size"), PyInt.of(attrs.size()));
                return d;
            } catch (IOException e) {
                throw Errno.error(e, p);
            }
        });
        TYPE.addMethod("load_module", (self, a, k) -> {
            SourceFileLoader l = (SourceFileLoader) self;
            PyObject name = a.length > 0 ? a[0] : l.dict.getItem(NAME);
            l.checkName("load_module", a, k);
            return ThreadState.current().interpreter.importer().loadModuleShim(self, Names.str(name));
        });
        TYPE.addMethod("get_resource_reader", (self, a, k) -> {
            ((SourceFileLoader) self).checkName("get_resource_reader", a, k);
            PyObject readers = ThreadState.current().interpreter.importer().importModule("importlib.readers",
                    new PyDict(), PyStr.of("FileReader"), 0);
            return org.taipan.runtime.Callables.callAttr(readers, "FileReader", self);
        });
        TYPE.ready();
    }

    private final PyDict dict = new PyDict();

    /** A loader for module {@code name} from the source file {@code path}. */
    public SourceFileLoader(PyObject name, PyObject path) {
        dict.setItem(NAME, name);
        dict.setItem(PATH, path);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code self.path} as a Java string. */
    public String path() {
        return Names.str(dict.getItem(PATH));
    }

    /**
     * CPython's {@code _check_name}: a method called with a module name other than the loader's
     * raises ImportError; returns the loader's {@code path} (what {@code get_filename} answers).
     */
    private PyObject checkName(String method, PyObject[] a, String[] k) {
        Args.check(method, a, k, 0, 1);
        PyObject name = dict.getItem(NAME);
        if (a.length == 1 && a[0] != PyNone.NONE && !Abstract.richCompareBool(name, a[0], CompareOp.EQ)) {
            throw ImportErrors.of(org.taipan.runtime.ExceptionTypes.ImportError,
                    "loader for " + Names.str(name) + " cannot handle " + Names.str(a[0]), a[0], null);
        }
        return dict.getItem(PATH);
    }

    /** {@code is_package}: the file is {@code __init__.py} of a module not itself named {@code __init__}. */
    boolean isPackage(String fullname) {
        String file = path().substring(path().lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String base = dot < 0 ? file : file.substring(0, dot);
        return base.equals("__init__") && !fullname.substring(fullname.lastIndexOf('.') + 1).equals("__init__");
    }

    /** The module's code, from the {@link CodeCache}. */
    CodeObject code() {
        Path file;
        try {
            file = FsEncoding.toPath(path());
        } catch (InvalidPathException e) {
            throw Errors.valueError("%s", e.getMessage());
        }
        readable(path(), "get_code");
        try {
            return CodeCache.get(ThreadState.current().interpreter, file);
        } catch (IOException e) {
            throw Errno.error(e, dict.getItem(PATH));
        }
    }

    /** {@code exec_module}: runs the module's code in its namespace ({@code __builtins__} added if missing). */
    void execModule(PyObject module) {
        ThreadState ts = ThreadState.current();
        PyDict globals = module instanceof PyModule m ? m.dict()
                : Abstract.getAttr(module, "__dict__") instanceof PyDict d ? d : null;
        if (globals == null) {
            throw Errors.typeError("exec() globals must be a dict, not %s",
                    Abstract.getAttr(module, "__dict__").type().name());
        }
        CodeObject code = code();
        PyStr builtinsKey = PyStr.of("__builtins__");
        if (globals.getItem(builtinsKey) == null) {
            globals.setItem(builtinsKey, ts.interpreter.builtins());
        }
        Eval.runModule(ts, new PyCode(code), globals, ts.interpreter.builtins());
        // on every execution: an import, importlib.reload, test.support's import_fresh_module
        StdlibAdjustments.afterExec(globals);
    }

    /** {@code get_data(path)}: the file's bytes. */
    static PyObject getData(PyObject path) {
        try {
            String file = Names.str(org.taipan.runtime.Callables.call(
                    ThreadState.current().interpreter.builtins().getItem(PyStr.of("str")), path));
            readable(file, "get_data");
            return PyBytes.of(org.taipan.modules.io.FdTable.retryingWhenExhausted(() -> Files.readAllBytes(FsEncoding.toPath(file))));
        } catch (IOException e) {
            throw Errno.error(e, path);
        } catch (InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
    }

    /**
     * Refuses to read {@code file} for a sandboxed interpreter unless it lies under a directory
     * trusted for imports ({@link org.taipan.sandbox.TrustedRoots}): a loader can be made for any path.
     */
    private static void readable(String file, String method) {
        org.taipan.runtime.Interpreter interp = ThreadState.current().interpreter;
        if (!org.taipan.sandbox.TrustedRoots.mayRead(interp, file)) {
            interp.requirePermission(org.taipan.runtime.Permission.FILE_SYSTEM,
                    "SourceFileLoader." + method + "(" + org.taipan.runtime.StrRepr.repr(PyStr.of(file)) + ")");
        }
    }

    /**
     * Source bytes to text as {@code importlib.util.decode_source}: the PEP 263 encoding, then
     * universal newlines. Undecodable source fails as importlib's {@code compile()} of the bytes
     * does (CPython's string tokenizer: "unknown encoding: x", a literal's "(unicode error)"),
     * not as a script run does.
     *
     * @throws PyException SyntaxError for an unknown encoding or undecodable bytes
     */
    static String decodeSource(byte[] bytes, String filename) {
        String text = org.taipan.runtime.SourceBytes.decode(bytes, filename);
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * {@code importlib.util.cache_from_source(path)} as CPython 3.11's {@code _bootstrap_external}
     * computes it, with Taipan's {@code sys.implementation.cache_tag}
     * ({@link CodeRecords#cacheTag}): {@code dir/__pycache__/name.TAG.pyc}, {@code .opt-N} before
     * {@code .pyc} under {@code -O}/{@code -OO} ({@code optimize} N). What {@code __cached__}
     * shows; Taipan's Java loaders read and write no bytecode files.
     *
     * @return null for a path without a file name
     */
    static String cacheFromSource(String path, int optimize) {
        int slash = path.lastIndexOf('/');
        String head = slash < 0 ? "" : path.substring(0, slash);
        String tail = path.substring(slash + 1);
        if (tail.isEmpty()) {
            return null;
        }
        // tail.rpartition('.'): the part before the last dot, or the whole name when that is empty
        int dot = tail.lastIndexOf('.');
        String base = dot < 0 ? tail : dot == 0 ? tail.substring(1) : tail.substring(0, dot);
        String pyc = base + (dot < 0 ? "" : ".") + CodeRecords.cacheTag()
                + (optimize > 0 ? ".opt-" + optimize : "") + ".pyc";
        return head.isEmpty() ? "__pycache__/" + pyc : head + "/__pycache__/" + pyc;
    }
}
