package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The builtin module {@code _io} (CPython's {@code Modules/_io/_iomodule.c}): the stream types,
 * {@code open()} (also the builtin {@code open}), {@code DEFAULT_BUFFER_SIZE} and
 * {@code UnsupportedOperation}.
 */
public final class IOModule {
    private IOModule() {}

    /** {@code io.DEFAULT_BUFFER_SIZE}, in bytes. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /**
     * {@code io.UnsupportedOperation}: a subclass of both OSError and ValueError whose
     * {@code __module__} is {@code io}, as CPython makes it.
     */
    public static final PyType UNSUPPORTED_OPERATION;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("io"));
        UNSUPPORTED_OPERATION = PyType.newHeapType(PyType.TYPE, "UnsupportedOperation",
                new PyType[] {ExceptionTypes.OSError, ExceptionTypes.ValueError}, ns);
    }

    /** {@code UnsupportedOperation(message)}. */
    public static PyException unsupported(String message) {
        return Errors.of(UNSUPPORTED_OPERATION, message);
    }

    /** {@code ValueError: I/O operation on closed file.} */
    public static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** The builtin function {@code open} (the same object as {@code _io.open}). */
    public static PyBuiltinFunction openFunction() {
        PyBuiltinFunction open = new PyBuiltinFunction("open", OpenFunction::open);
        // CPython's _io module calls itself io, and builtins.open is its function
        open.claimModuleName("io");
        open.reportModuleAsSelf("_io");
        return open;
    }

    /** A new {@code _io} module; {@code open} is the interpreter's builtin {@code open}. */
    public static PyModule create(PyObject builtinOpen) {
        PyModule m = new PyModule("_io", true);
        m.set("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.set("UnsupportedOperation", UNSUPPORTED_OPERATION);
        m.set("BlockingIOError", ExceptionTypes.BlockingIOError);
        for (PyType t : new PyType[] {PyIOBase.TYPE, IOTypes.RAW_IO_BASE, IOTypes.BUFFERED_IO_BASE,
                IOTypes.TEXT_IO_BASE, PyFileIO.TYPE, PyBuffered.READER, PyBuffered.WRITER, PyBuffered.RANDOM,
                PyBufferedRWPair.TYPE, PyTextIOWrapper.TYPE, PyStringIO.TYPE, PyBytesIO.TYPE,
                PyIncrementalNewlineDecoder.TYPE}) {
            m.set(t.shortName(), t);
        }
        m.set("open", builtinOpen != null ? builtinOpen : openFunction());
        PyBuiltinFunction openCode = new PyBuiltinFunction("open_code", (a, k) -> {
            PyObject path = IOArgs.parse("open_code", a, k, 1, "path")[0];
            if (!(path instanceof PyStr)) {
                throw Errors.typeError("open_code() argument 'path' must be str, not %s", path.type().name());
            }
            return OpenFunction.open(new PyObject[] {path, PyStr.of("rb")}, null);
        });
        m.set("open_code", openCode);
        PyBuiltinFunction textEncoding = new PyBuiltinFunction("text_encoding", (a, k) -> {
            PyObject[] v = IOArgs.parse("text_encoding", a, k, 1, "encoding", "stacklevel");
            if (v[0] != PyNone.NONE) {
                return v[0];
            }
            // _io_text_encoding_impl: PEP 597's warning, then UTF-8 mode's answer
            IOArgs.warnDefaultEncoding(v[1] == null ? 2 : org.taipan.runtime.Args.cInt(v[1]));
            return PyStr.of(IOArgs.utf8Mode() ? "utf-8" : "locale");
        });
        m.set("text_encoding", textEncoding);
        for (String f : new String[] {"open_code", "text_encoding"}) {
            ((PyBuiltinFunction) m.dict().getItem(PyStr.of(f))).setModule(m);
        }
        return m;
    }

    /** Whether {@code o} is true (for flag arguments given as any object). */
    static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }
}
