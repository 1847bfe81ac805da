package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.modules.io.PyTextIOWrapper;

/** {@code print} and {@code input} (CPython's {@code builtin_print}, {@code builtin_input}). */
final class PrintFunctions {
    private PrintFunctions() {}

    static void register(PyModule m, Interpreter interp) {
        m.set("print", new PyBuiltinFunction("print", (a, k) -> print(interp, a, k)));
        m.set("input", new PyBuiltinFunction("input", (a, k) -> input(interp, a, k)));
    }

    private static String textOption(PyObject v, String name, String dflt) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s must be None or a string, not %s", name, v.type().name());
        }
        return s.toString();
    }

    private static PyObject print(Interpreter interp, PyObject[] a, String[] k) {
        Args.onlyKeywords("print", k, "sep", "end", "file", "flush");
        int npos = Args.positional(a, k);
        String sep = textOption(Args.keyword(a, k, "sep"), "sep", " ");
        String end = textOption(Args.keyword(a, k, "end"), "end", "\n");
        PyObject file = Args.keyword(a, k, "file");
        if (file == null || file == PyNone.NONE) {
            file = interp.sysAttribute("stdout");
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        PyObject flush = Args.keyword(a, k, "flush");
        if (file instanceof PyTextIOWrapper io && io.isPlainForPrint()) {
            // Piece by piece as CPython's print: a __str__ that raises leaves what came before it written.
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    io.writeString(sep);
                }
                io.write(Abstract.str(a[i]));
            }
            io.writeString(end);
            if (flush != null && Abstract.isTrue(flush)) {
                io.flush();
            }
            return PyNone.NONE;
        }
        PyObject write = Abstract.getAttr(file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Callables.call(write, PyStr.of(sep));
            }
            Callables.call(write, Abstract.str(a[i]));
        }
        Callables.call(write, PyStr.of(end));
        if (flush != null && Abstract.isTrue(flush)) {
            Callables.callAttr(file, "flush");
        }
        return PyNone.NONE;
    }

    /** {@code sys.<name>} for input(), or RuntimeError "input(): lost sys.<name>" when it is missing or None. */
    private static PyObject stream(Interpreter interp, String name) {
        PyObject s = interp.sysAttribute(name);
        if (s == null || s == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys." + name);
        }
        return s;
    }

    private static PyObject input(Interpreter interp, PyObject[] a, String[] k) {
        Args.check("input", a, k, 0, 1);
        // CPython's builtin_input_impl checks all three streams before it writes or reads anything
        PyObject in = stream(interp, "stdin");
        PyObject out = stream(interp, "stdout");
        PyObject err = stream(interp, "stderr");
        try {
            Callables.callAttr(err, "flush");
        } catch (org.taipan.runtime.PyException e) {
            // as CPython: a stderr that cannot flush does not stop input()
        }
        if (a.length == 1) {
            PyStr prompt = Abstract.str(a[0]);
            if (out instanceof PyTextIOWrapper io && io.isPlainForPrint()) {
                io.writeString(prompt.toString());
                io.flush();
            } else {
                Callables.callAttr(out, "write", prompt);
            }
        } else if (out instanceof PyTextIOWrapper io && io.isPlainForPrint()) {
            io.flush();
        }
        // kept a str throughout: a Java string would join two lone surrogates into one character
        PyStr line = in instanceof PyTextIOWrapper io && in.type() == PyTextIOWrapper.TYPE
                ? io.readline(-1) : Abstract.str(Callables.callAttr(in, "readline"));
        int n = line.length();
        if (n == 0) {
            throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
        }
        return line.codePointAt(n - 1) == '\n' ? line.substring(0, n - 1) : line.exact();
    }
}
