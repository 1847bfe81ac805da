package org.taipan.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception hierarchy of CPython 3.11 ({@code Objects/exceptions.c}): one shared,
 * immutable {@link PyType} per class, all laid out as {@link PyBaseException}.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** Every builtin exception type by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = base();
    public static final PyType BaseExceptionGroup = def("BaseExceptionGroup", BaseException);
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = def("SystemExit", BaseException);
    public static final PyType Exception = def("Exception", BaseException);
    public static final PyType ArithmeticError = def("ArithmeticError", Exception);
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = def("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = def("AssertionError", Exception);
    public static final PyType AttributeError = def("AttributeError", Exception);
    public static final PyType BufferError = def("BufferError", Exception);
    public static final PyType EOFError = def("EOFError", Exception);
    public static final PyType ExceptionGroup = def("ExceptionGroup", BaseExceptionGroup);
    public static final PyType ImportError = def("ImportError", Exception);
    public static final PyType ModuleNotFoundError = def("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = def("LookupError", Exception);
    public static final PyType IndexError = def("IndexError", LookupError);
    public static final PyType KeyError = def("KeyError", LookupError);
    public static final PyType MemoryError = def("MemoryError", Exception);
    public static final PyType NameError = def("NameError", Exception);
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError);
    public static final PyType OSError = def("OSError", Exception);
    public static final PyType BlockingIOError = def("BlockingIOError", OSError);
    public static final PyType ChildProcessError = def("ChildProcessError", OSError);
    public static final PyType ConnectionError = def("ConnectionError", OSError);
    public static final PyType BrokenPipeError = def("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = def("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = def("FileExistsError", OSError);
    public static final PyType FileNotFoundError = def("FileNotFoundError", OSError);
    public static final PyType InterruptedError = def("InterruptedError", OSError);
    public static final PyType IsADirectoryError = def("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = def("NotADirectoryError", OSError);
    public static final PyType PermissionError = def("PermissionError", OSError);
    public static final PyType ProcessLookupError = def("ProcessLookupError", OSError);
    public static final PyType TimeoutError = def("TimeoutError", OSError);
    public static final PyType ReferenceError = def("ReferenceError", Exception);
    public static final PyType RuntimeError = def("RuntimeError", Exception);
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = def("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = def("StopAsyncIteration", Exception);
    public static final PyType StopIteration = def("StopIteration", Exception);
    public static final PyType SyntaxError = def("SyntaxError", Exception);
    public static final PyType IndentationError = def("IndentationError", SyntaxError);
    public static final PyType TabError = def("TabError", IndentationError);
    public static final PyType SystemError = def("SystemError", Exception);
    public static final PyType TypeError = def("TypeError", Exception);
    public static final PyType ValueError = def("ValueError", Exception);
    public static final PyType UnicodeError = def("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = def("Warning", Exception);
    public static final PyType BytesWarning = def("BytesWarning", Warning);
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = def("EncodingWarning", Warning);
    public static final PyType FutureWarning = def("FutureWarning", Warning);
    public static final PyType ImportWarning = def("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = def("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = def("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning);
    public static final PyType UserWarning = def("UserWarning", Warning);

    static {
        ExceptionSlots.specialize();
        ExceptionGroups.install();
        ExceptionFields.install();
        // ExceptionGroup is both a BaseExceptionGroup and an Exception (PEP 654).
        ExceptionGroup.setBasesAndMro(new PyType[] {BaseExceptionGroup, Exception},
                new PyType[] {ExceptionGroup, BaseExceptionGroup, Exception, BaseException, PyType.OBJECT});
        Exception.addSubclass(ExceptionGroup);
        // CPython makes ExceptionGroup at run time (PyErr_NewException), so it has what a class
        // statement gives: __module__ and __weakref__ in its dict.
        ExceptionGroup.addAttr("__module__", PyStr.of("builtins"));
        ExceptionGroup.addAttr("__weakref__", new PyGetSetDescr(ExceptionGroup, "__weakref__",
                org.taipan.modules.weakref.WeakrefModule::firstWeakref, null));
        for (PyType t : ALL.values()) {
            t.ready();
        }
    }

    private static PyType base() {
        PyType t = PyType.builtin("BaseException", PyType.OBJECT);
        ExceptionSlots.install(t);
        ALL.put("BaseException", t);
        return t;
    }

    private static PyType def(String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        ALL.put(name, t);
        return t;
    }
}
