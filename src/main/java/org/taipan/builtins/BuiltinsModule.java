package org.taipan.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyClassMethod;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyProperty;
import org.taipan.runtime.PyRange;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PySlice;
import org.taipan.runtime.PyStaticMethod;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PySuper;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The {@code builtins} module of one interpreter: the builtin types (shared, immutable),
 * the exception classes, and the builtin functions, which are made per interpreter because
 * some ({@code print}, {@code input}) use its streams.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins", true);
        m.set("__doc__", PyStr.of("The functions, types, exceptions and constants every module can use without importing them."));
        m.set("None", PyNone.NONE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.set("Ellipsis", PyEllipsis.ELLIPSIS);
        m.set("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.set("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
                PyStr.TYPE, PyBytes.TYPE, org.taipan.runtime.PyByteArray.TYPE,
                org.taipan.runtime.PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET,
                PyRange.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyProperty.TYPE, PySuper.TYPE,
                IteratorTypes.ENUMERATE, IteratorTypes.ZIP, IteratorTypes.MAP, IteratorTypes.FILTER,
                org.taipan.runtime.ReversedIterator.TYPE}) {
            m.set(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        m.set("EnvironmentError", ExceptionTypes.OSError);
        m.set("IOError", ExceptionTypes.OSError);
        PrintFunctions.register(m, interp);
        ObjectFunctions.register(m, interp);
        NumberFunctions.register(m);
        IterationFunctions.register(m);
        org.taipan.interp.AsyncBuiltins.install(m);
        CodeFunctions.register(m, interp);
        PyBuiltinFunction open = org.taipan.modules.io.IOModule.openFunction();
        m.set("open", open);
        m.set("__build_class__", new PyBuiltinFunction("__build_class__", ClassBuilder::buildClass));
        for (int i = 0; i < m.dict().size(); i++) {
            // open is io's function (its __module__ says so), not one of this module's
            if (m.dict().valueAt(i) instanceof PyBuiltinFunction f && f != open) {
                f.setModule(m);
            }
        }
        return m;
    }

    /**
     * The modules written in Java (CPython's C modules), by name: the one registry that imports
     * ({@code createBuiltinModule}), {@code sys.builtin_module_names} and {@code _imp.is_builtin}
     * read. Register a module with one line: {@code m.put("name", interp -> NameModule.create());}.
     */
    private static final Map<String, Function<Interpreter, PyModule>> MODULES = registry();

    private static Map<String, Function<Interpreter, PyModule>> registry() {
        Map<String, Function<Interpreter, PyModule>> m = new LinkedHashMap<>();
        m.put("sys", Interpreter::sys);
        m.put("builtins", Interpreter::builtinsModule);
        m.put("_imp", interp -> org.taipan.imports.ImpModule.create());
        m.put("marshal", interp -> org.taipan.modules.marshal.MarshalModule.create());
        m.put("_symtable", org.taipan.modules.symtable.SymtableModule::create);
        m.put("math", interp -> MathModule.create());
        m.put("gc", interp -> org.taipan.modules.gc.GcModule.create(interp));
        m.put("_io", interp -> org.taipan.modules.io.IOModule.create(interp.builtins().getItem(PyStr.of("open"))));
        m.put("posix", interp -> org.taipan.modules.posix.PosixModule.create(interp));
        m.put("_thread", interp -> org.taipan.modules.thread.ThreadModule.create(interp));
        m.put("_ast", interp -> org.taipan.modules.ast.AstModule.create(interp));
        m.put("_contextvars", interp -> org.taipan.modules.contextvars.ContextVarsModule.create());
        m.put("_signal", interp -> org.taipan.modules.signal.SignalModule.create(interp));
        m.put("_warnings", interp -> org.taipan.modules.warnings.WarningsModule.create(interp));
        m.put("itertools", interp -> org.taipan.modules.itertools.ItertoolsModule.create());
        m.put("_weakref", interp -> org.taipan.modules.weakref.WeakrefModule.create());
        m.put("_functools", interp -> org.taipan.modules.functools.FunctoolsModule.create());
        m.put("_collections", interp -> org.taipan.modules.collections.CollectionsModule.create());
        m.put("_operator", interp -> org.taipan.modules.operator.OperatorModule.create());
        m.put("_bisect", interp -> org.taipan.modules.bisect.BisectModule.create());
        m.put("_datetime", interp -> org.taipan.modules.datetime.DatetimeModule.create());
        m.put("_lsprof", interp -> org.taipan.modules.lsprof.LsprofModule.create());
        m.put("_heapq", interp -> org.taipan.modules.heapq.HeapqModule.create());
        m.put("_queue", interp -> org.taipan.modules.queue.QueueModule.create());
        m.put("_multibytecodec", interp -> org.taipan.modules.cjkcodecs.MultibyteCodecModule.create());
        m.put("_codecs_cn", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("cn"));
        m.put("_codecs_jp", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("jp"));
        m.put("_codecs_kr", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("kr"));
        m.put("_codecs_tw", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("tw"));
        m.put("_codecs_hk", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("hk"));
        m.put("_codecs_iso2022", interp -> org.taipan.modules.cjkcodecs.CjkCodecsModule.create("iso2022"));
        m.put("_testinternalcapi", org.taipan.modules.testinternalcapi.TestInternalCapiModule::create);
        m.put("resource", interp -> org.taipan.modules.resource.ResourceModule.create());
        m.put("fcntl", interp -> org.taipan.modules.fcntl.FcntlModule.create());
        m.put("mmap", interp -> org.taipan.modules.mmap.MmapModule.create());
        m.put("termios", interp -> org.taipan.modules.termios.TermiosModule.create());
        m.put("pyexpat", interp -> org.taipan.modules.pyexpat.PyexpatModule.create());
        m.put("_string", interp -> org.taipan.modules.string.StringModule.create());
        m.put("_tokenize", org.taipan.modules.tokenize.TokenizeModule::create);
        m.put("_abc", interp -> org.taipan.modules.abc.AbcModule.create());
        m.put("errno", interp -> org.taipan.modules.errno.ErrnoModule.create());
        m.put("pwd", interp -> org.taipan.modules.pwd.PwdModule.create());
        m.put("grp", interp -> org.taipan.modules.pwd.GrpModule.create());
        m.put("_stat", interp -> org.taipan.modules.stat.StatModule.create());
        m.put("time", interp -> org.taipan.modules.time.TimeModule.create(interp));
        m.put("atexit", interp -> org.taipan.modules.atexit.AtexitModule.create(interp));
        m.put("faulthandler", interp -> org.taipan.modules.faulthandler.FaulthandlerModule.create(interp));
        m.put("_locale", interp -> org.taipan.modules.locale.LocaleModule.create(interp));
        m.put("_struct", interp -> org.taipan.modules.struct.StructModule.create());
        m.put("_random", interp -> org.taipan.modules.random.RandomModule.create());
        m.put("_md5", interp -> org.taipan.modules.hashlib.HashModules.md5());
        m.put("_sha1", interp -> org.taipan.modules.hashlib.HashModules.sha1());
        m.put("_sha256", interp -> org.taipan.modules.hashlib.HashModules.sha256());
        m.put("_sha512", interp -> org.taipan.modules.hashlib.HashModules.sha512());
        m.put("_sha3", interp -> org.taipan.modules.hashlib.HashModules.sha3());
        m.put("_blake2", interp -> org.taipan.modules.hashlib.HashModules.blake2());
        m.put("_hashlib", interp -> org.taipan.modules.hashlib.HashlibModule.create());
        m.put("binascii", interp -> org.taipan.modules.binascii.BinasciiModule.create());
        m.put("zlib", interp -> org.taipan.modules.zlib.ZlibModule.create());
        m.put("_bz2", interp -> org.taipan.modules.bz2.Bz2Module.create());
        m.put("_lzma", interp -> org.taipan.modules.lzma.LzmaModule.create());
        m.put("_uuid", interp -> org.taipan.modules.uuid.UuidModule.create());
        m.put("_codecs", interp -> org.taipan.modules.codecs.CodecsModule.create());
        m.put("unicodedata", interp -> org.taipan.modules.unicodedata.UnicodedataModule.create());
        m.put("array", org.taipan.modules.array.ArrayModule::create);
        m.put("_pickle", interp -> org.taipan.modules.pickle.PickleModule.create());
        m.put("_sre", interp -> org.taipan.modules.sre.SreModule.create());
        m.put("_socket", interp -> org.taipan.modules.socket.SocketModule.create());
        m.put("_json", interp -> org.taipan.modules.json.JsonModule.create());
        m.put("cmath", interp -> org.taipan.modules.cmath.CmathModule.create());
        m.put("_csv", interp -> org.taipan.modules.csv.CsvModule.create());
        m.put("_sqlite3", interp -> org.taipan.modules.sqlite.SqliteModule.create());
        m.put("select", interp -> org.taipan.modules.select.SelectModule.create(interp));
        m.put("_posixsubprocess", interp -> org.taipan.modules.subprocess.PosixSubprocessModule.create(interp));
        m.put("_multiprocessing", interp -> org.taipan.modules.multiprocessing.MultiprocessingModule.create());
        m.put("_posixshmem", interp -> org.taipan.modules.multiprocessing.PosixShmemModule.create());
        return m;
    }

    /**
     * A new instance of the Java module {@code name} for {@code interp} ({@code sys} and
     * {@code builtins}: the interpreter's own), or null when there is none by that name.
     */
    public static PyModule createBuiltinModule(Interpreter interp, String name) {
        Function<Interpreter, PyModule> f = MODULES.get(name);
        if (f == null) {
            return null;
        }
        PyModule m = f.apply(interp);
        // Functions a module made without PyModule.def still report it as their __module__ (as a C
        // module's method table gives), which pickle's whichmodule needs to find them again.
        for (int i = 0; i < m.dict().size(); i++) {
            if (m.dict().valueAt(i) instanceof PyBuiltinFunction bf) {
                bf.claimModuleName(name);
            }
        }
        return m;
    }

    /** The names of the modules written in Java, in registration order ({@code sys.builtin_module_names} sorts them). */
    public static java.util.Set<String> builtinModuleNames() {
        return java.util.Collections.unmodifiableSet(MODULES.keySet());
    }
}
