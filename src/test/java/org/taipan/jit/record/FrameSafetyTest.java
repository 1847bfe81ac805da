package org.taipan.jit.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@link FrameSafety}: the builtins a trace may call from inside an inlined call. The
 * frame-observing ones (the deny-list) are refused whatever their arguments; ordinary builtins
 * and math functions are allowed; functions of other modules ({@code sys._getframe}) and a
 * builtin that is not the frame's own are refused; method descriptors only on inert receivers
 * and arguments, or the list/dict methods that run no Python code.
 */
class FrameSafetyTest {
    private static PyDict builtins() {
        Interpreter interp = new Interpreter(new InterpreterOptions(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Map.of()));
        return interp.builtins();
    }

    private static PyBuiltinFunction builtin(PyDict b, String name) {
        PyObject o = b.getItem(PyStr.of(name));
        assertNotNull(o, name);
        return (PyBuiltinFunction) o;
    }

    @Test
    void frameObservingBuiltinsAreRefused() {
        PyDict b = builtins();
        for (String name : List.of("locals", "globals", "vars", "dir", "eval", "exec", "compile", "__import__",
                "breakpoint", "print", "input", "open", "help", "__build_class__")) {
            assertTrue(FrameSafety.FRAME_OBSERVING.contains(name), name);
            PyObject o = b.getItem(PyStr.of(name));
            if (o instanceof PyBuiltinFunction fn) {
                assertFalse(FrameSafety.builtinAllowed(fn, b), name);
            }
        }
    }

    @Test
    void plainBuiltinsAreAllowedOnlyWhenTheyAreTheFramesOwn() {
        PyDict b = builtins();
        for (String name : List.of("abs", "len", "max", "min", "chr", "ord", "hash", "round", "divmod", "repr")) {
            assertTrue(FrameSafety.builtinAllowed(builtin(b, name), b), name);
        }
        // another interpreter's (or a shadowing module's) function of the same name is not trusted
        PyBuiltinFunction foreign = new PyBuiltinFunction("abs", (args, kw) -> args[0]);
        assertFalse(FrameSafety.builtinAllowed(foreign, b));
        assertFalse(FrameSafety.builtinAllowed(builtin(b, "abs"), null));
    }

    @Test
    void onlyMathModulesFunctionsAreAllowed() {
        PyDict b = builtins();
        PyModule math = new PyModule("math", true), sys = new PyModule("sys", true);
        math.def("sqrt", (args, kw) -> args[0]);
        sys.def("_getframe", (args, kw) -> args[0]);
        assertTrue(FrameSafety.builtinAllowed((PyBuiltinFunction) math.dict().getItem(PyStr.of("sqrt")), b));
        assertFalse(FrameSafety.builtinAllowed((PyBuiltinFunction) sys.dict().getItem(PyStr.of("_getframe")), b));
    }

    @Test
    void methodDescriptorsOnInertValuesAndSafeContainerMethods() {
        PyMethodDescr upper = (PyMethodDescr) PyStr.TYPE.lookup(PyStr.of("upper"));
        PyMethodDescr encode = (PyMethodDescr) PyStr.TYPE.lookup(PyStr.of("encode"));
        PyMethodDescr append = (PyMethodDescr) PyList.TYPE.lookup(PyStr.of("append"));
        PyMethodDescr index = (PyMethodDescr) PyList.TYPE.lookup(PyStr.of("index"));
        PyMethodDescr get = (PyMethodDescr) PyDict.TYPE.lookup(PyStr.of("get"));
        PyMethodDescr keys = (PyMethodDescr) PyDict.TYPE.lookup(PyStr.of("keys"));
        PyObject s = PyStr.of("ab"), user = new PyList();
        assertTrue(FrameSafety.descriptorAllowed(upper, s, new PyObject[0]));
        // a shortcut spelling of a Java codec with a standard error handler runs no Python code;
        // other spellings are not taken (a search function may answer them), nor registered handlers
        assertTrue(FrameSafety.descriptorAllowed(encode, s, new PyObject[] {PyStr.of("utf-8")}));
        assertTrue(FrameSafety.descriptorAllowed(encode, s, new PyObject[] {PyStr.of("ascii"), PyStr.of("surrogateescape")}));
        assertFalse(FrameSafety.descriptorAllowed(encode, s, new PyObject[] {PyStr.of("cp1252")}));
        assertFalse(FrameSafety.descriptorAllowed(encode, s, new PyObject[] {PyStr.of("utf-8"), PyStr.of("my-handler")}));
        assertTrue(FrameSafety.descriptorAllowed(append, new PyList(), new PyObject[] {user}));
        assertFalse(FrameSafety.descriptorAllowed(index, new PyList(), new PyObject[] {PyInt.of(1)}));
        assertFalse(FrameSafety.descriptorAllowed(get, new PyDict(), new PyObject[] {s}));
        assertTrue(FrameSafety.descriptorAllowed(keys, new PyDict(), new PyObject[0]));
        // a container argument may hold objects whose methods are Python code
        assertFalse(FrameSafety.descriptorAllowed(upper, s, new PyObject[] {user}));
    }
}
