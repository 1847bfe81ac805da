package org.taipan.builtins;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.interp.Frame;
import org.taipan.parse.Mode;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/** {@code exec}, {@code eval} and {@code compile}: the front end called from Python. */
final class CodeFunctions {
    private CodeFunctions() {}

    static void register(PyModule m, Interpreter interp) {
        m.set("exec", new PyBuiltinFunction("exec", (a, k) -> {
            run(interp, a, k, "exec", Mode.EXEC);
            return PyNone.NONE;
        }));
        m.set("eval", new PyBuiltinFunction("eval", (a, k) -> run(interp, a, k, "eval", Mode.EVAL)));
        m.set("compile", new PyBuiltinFunction("compile", (a, k) -> {
            Args.onlyKeywords("compile", k, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
            int npos = Args.positional(a, k);
            PyObject src = npos > 0 ? a[0] : Args.keyword(a, k, "source");
            PyObject fn = npos > 1 ? a[1] : Args.keyword(a, k, "filename");
            PyObject mode = npos > 2 ? a[2] : Args.keyword(a, k, "mode");
            if (src == null || fn == null || mode == null) {
                throw Errors.typeError("compile() missing required argument");
            }
            Mode md = switch (mode.toString()) {
                case "exec" -> Mode.EXEC;
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            return new PyCode(interp.compile(source(src, "compile"), fn.toString(), md));
        }));
    }

    private static String source(PyObject src, String fname) {
        if (src instanceof PyStr s) {
            return s.toString();
        }
        if (src instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError("%s() arg 1 must be a string, bytes or code object", fname);
    }

    private static PyObject run(Interpreter interp, PyObject[] a, String[] k, String fname, Mode mode) {
        Args.onlyKeywords(fname, k, "globals", "locals");
        int npos = Args.positional(a, k);
        if (npos < 1 || npos > 3) {
            throw Errors.typeError("%s expected at most 3 arguments, got %d", fname, npos);
        }
        PyObject g = npos > 1 ? a[1] : Args.keyword(a, k, "globals");
        PyObject l = npos > 2 ? a[2] : Args.keyword(a, k, "locals");
        ThreadState ts = ThreadState.current();
        Frame caller = ts.frame;
        PyDict globals;
        PyObject locals;
        if (g == null || g == PyNone.NONE) {
            globals = caller.globals;
            locals = l == null || l == PyNone.NONE ? caller.localsMapping() : l;
        } else {
            if (!(g instanceof PyDict gd)) {
                throw Errors.typeError("%s() globals must be a dict, not %s", fname, g.type().name());
            }
            globals = gd;
            locals = l == null || l == PyNone.NONE ? gd : l;
        }
        if (globals.getItem(PyStr.of("__builtins__")) == null) {
            globals.setItem(PyStr.of("__builtins__"), interp.builtinsModule());
        }
        PyCode code;
        if (a[0] instanceof PyCode c) {
            code = c;
        } else {
            String src = source(a[0], fname);
            if (mode == Mode.EVAL) {
                src = src.stripLeading();
            }
            CodeObject co = interp.compile(src, "<string>", mode);
            code = new PyCode(co);
        }
        return Eval.runCode(ts, code, globals, locals);
    }
}
