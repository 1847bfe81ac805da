package org.taipan.builtins;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.interp.Frame;
import org.taipan.parse.Mode;
import org.taipan.runtime.Args;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
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
import org.taipan.runtime.PyCell;
import org.taipan.runtime.PyTuple;

/** {@code exec}, {@code eval} and {@code compile}: the front end called from Python. */
public final class CodeFunctions {
    private CodeFunctions() {}

    /** CPython's future flags plus the compile-only flags {@code compile()} accepts ({@code PyCF_*}, {@code CO_NESTED}). */
    private static final int VALID_FLAGS = 0x1FE0000 | 0x10 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000 | 0x4000;

    static void register(PyModule m, Interpreter interp) {
        m.set("exec", new PyBuiltinFunction("exec", (a, k) -> {
            int npos = Args.positional(a, k);
            Args.onlyKeywords("exec", k, "closure");
            if (npos > 3) {
                throw Errors.typeError("exec() takes at most 3 positional arguments (%d given)", npos);
            }
            if (npos < 1) {
                throw Errors.typeError("exec() takes at least 1 positional argument (0 given)");
            }
            PyObject closure = Args.keyword(a, k, "closure");
            if (closure != null && closure != PyNone.NONE && !(a[0] instanceof PyCode)) {
                throw Errors.typeError("closure can only be used when source is a code object");
            }
            run(interp, a[0], npos > 1 ? a[1] : null, npos > 2 ? a[2] : null, "exec", Mode.EXEC,
                    closure == PyNone.NONE ? null : closure);
            return PyNone.NONE;
        }));
        m.set("eval", new PyBuiltinFunction("eval", (a, k) -> {
            Args.noKeywords("eval", k);
            if (a.length < 1) {
                throw Errors.typeError("eval expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw Errors.typeError("eval expected at most 3 arguments, got %d", a.length);
            }
            return run(interp, a[0], a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, "eval", Mode.EVAL, null);
        }));
        m.set("compile", new PyBuiltinFunction("compile", (a, k) -> {
            Args.onlyKeywords("compile", k, "source", "filename", "mode", "flags", "dont_inherit", "optimize",
                    "_feature_version");
            int npos = Args.positional(a, k);
            if (npos > 6) {
                throw Errors.typeError("compile() takes at most 6 arguments (%d given)", npos);
            }
            String[] names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
            Args.notAlsoByName("compile", a, k, names);
            PyObject[] v = new PyObject[6];
            for (int i = 0; i < 6; i++) {
                v[i] = i < npos ? a[i] : Args.keyword(a, k, names[i]);
                if (v[i] == null && i < 3) {
                    throw Errors.typeError("compile() missing required argument '%s' (pos %d)", names[i], i + 1);
                }
            }
            String filename = org.taipan.modules.posix.PosixPaths.fsDecoder(v[1]).toString();
            if (!(v[2] instanceof PyStr modeStr)) {
                throw Errors.typeError("compile() argument 'mode' must be str, not %s", v[2].type().name());
            }
            long flags = v[3] == null ? 0 : Abstract.index(v[3], null).longValue();
            // ast.parse(feature_version=(3, minor)) passes the minor version (-1 for the newest)
            PyObject fv = Args.keyword(a, k, "_feature_version");
            int featureVersion = fv == null ? -1 : (int) Math.max(-1, Math.min(Abstract.index(fv, null).longValue(),
                    org.taipan.parse.Parser.NEWEST_FEATURE_VERSION + 1));
            long optimize = v[5] == null ? -1 : Abstract.index(v[5], null).longValue();
            if ((flags & ~VALID_FLAGS) != 0) {
                throw Errors.valueError("compile(): unrecognised flags");
            }
            if (optimize < -1 || optimize > 2) {
                throw Errors.valueError("compile(): invalid optimize value");
            }
            if (modeStr.toString().equals("func_type")) {
                if ((flags & org.taipan.modules.ast.AstModule.PyCF_ONLY_AST) == 0) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                if (!org.taipan.modules.ast.AstModule.isAstNode(v[0])) {
                    String text = source(v[0], filename, "compile() arg 1 must be a string, bytes or AST object");
                    return org.taipan.modules.ast.AstToPython.convert(
                            interp.parseFunctionType(text, filename, characterColumns(v[0])), text);
                }
            }
            Mode md = switch (modeStr.toString()) {
                case "exec" -> Mode.EXEC;
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            if (v[0] instanceof PyCode) {
                throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            if (org.taipan.modules.ast.AstModule.isAstNode(v[0])) {
                if ((flags & org.taipan.modules.ast.AstModule.PyCF_ONLY_AST) != 0) {
                    return v[0];
                }
                org.taipan.ast.Mod mod = org.taipan.modules.ast.PythonToAst.convert(v[0], md);
                return new PyCode(interp.compile(mod, filename, null, md,
                        (int) (optimize == -1 ? interp.options().optimize() : optimize),
                        futureFlags((int) flags, v[4] != null && Abstract.isTrue(v[4]))));
            }
            if ((flags & org.taipan.modules.ast.AstModule.PyCF_ONLY_AST) != 0) {
                String text = source(v[0], filename, "compile() arg 1 must be a string, bytes or AST object");
                boolean typeComments = (flags & org.taipan.modules.ast.AstModule.PyCF_TYPE_COMMENTS) != 0;
                if (typeComments || featureVersion >= 0) {
                    org.taipan.parse.Parser.TypeCommentedModule parsed = interp.parseForAst(text, filename, md,
                            characterColumns(v[0]), typeComments, featureVersion);
                    return org.taipan.modules.ast.AstToPython.convert(parsed.mod(), text, parsed.typeIgnores());
                }
                return org.taipan.modules.ast.AstToPython.convert(
                        interp.parse(text, filename, md, characterColumns(v[0]), (int) flags), text);
            }
            String text = source(v[0], filename, "compile() arg 1 must be a string, bytes or AST object");
            return new PyCode(interp.compile(interp.parse(text, filename, md, characterColumns(v[0]), (int) flags), filename, text, md,
                    (int) (optimize == -1 ? interp.options().optimize() : optimize),
                    futureFlags((int) flags, v[4] != null && Abstract.isTrue(v[4]))));
        }));
    }

    /**
     * The {@code __future__} features a compilation starts with: those named in {@code flags}, and
     * unless {@code dontInherit}, those of the calling code (CPython's {@code
     * PyEval_MergeCompilerFlags}), so {@code exec} in a module with {@code from __future__ import
     * annotations} compiles with it too.
     */
    private static int futureFlags(int flags, boolean dontInherit) {
        // the __future__ features, and PyCF_ALLOW_TOP_LEVEL_AWAIT, which is not inherited
        int features = flags & (org.taipan.compile.Compiler.FUTURE_FLAGS_MASK
                | org.taipan.compile.Compiler.PYCF_ALLOW_TOP_LEVEL_AWAIT);
        Frame caller = ThreadState.current().frame;
        if (!dontInherit && caller != null) {
            features |= caller.code.code.flags & org.taipan.compile.Compiler.FUTURE_FLAGS_MASK;
        }
        return features;
    }

    /**
     * Source text from a str, or from bytes (or another buffer) decoded as a source file is (a UTF-8 BOM or a PEP 263
     * coding cookie, else UTF-8: CPython's {@code _PyParser_ASTFromString} tokenizing bytes);
     * null bytes are refused as CPython does.
     */
    private static String source(PyObject src, String filename, String typeMessage) {
        String text;
        if (src instanceof PyStr s) {
            text = s.toString();
        } else if (org.taipan.runtime.Buffers.isBuffer(src)) {
            // bytes, bytearray, memoryview, array...: CPython's _Py_SourceAsString reads any buffer
            byte[] data = org.taipan.runtime.Buffers.require(src);
            for (byte x : data) {
                if (x == 0) {
                    throw Errors.of(ExceptionTypes.SyntaxError, "source code string cannot contain null bytes");
                }
            }
            text = org.taipan.runtime.SourceBytes.decode(data, filename);
        } else {
            throw Errors.typeError(typeMessage);
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.of(ExceptionTypes.SyntaxError, "source code string cannot contain null bytes");
        }
        return text;
    }

    /**
     * Source text given to a builtin as a str, or as bytes decoded as {@code compile()} decodes them
     * ({@code _Py_SourceAsString}).
     *
     * @throws PyException TypeError {@code typeMessage} for anything else; SyntaxError for null bytes
     *     or an undecodable buffer
     */
    public static String sourceText(PyObject src, String typeMessage) {
        return source(src, "<string>", typeMessage);
    }

    /** Whether a SyntaxError in {@code src} (a str or a buffer) reports character columns (see {@link Interpreter#parse(String, String, Mode, boolean)}). */
    private static boolean characterColumns(PyObject src) {
        return src instanceof PyStr || org.taipan.parse.SourceDecoder.declaresEncoding(org.taipan.runtime.Buffers.require(src));
    }

    /** CPython's {@code PyMapping_Check}: the type has {@code __getitem__}. */
    private static boolean isMapping(PyObject o) {
        return o.type().mp_subscript != null;
    }

    private static PyObject run(Interpreter interp, PyObject src, PyObject g, PyObject l, String fname, Mode mode,
            PyObject closure) {
        if (g == PyNone.NONE) {
            g = null;
        }
        if (l == PyNone.NONE) {
            l = null;
        }
        if (g != null && !(g instanceof PyDict)) {
            if (mode == Mode.EXEC) {
                throw Errors.typeError("exec() globals must be a dict, not %s", g.type().name());
            }
            throw Errors.typeError(isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (l != null && !isMapping(l)) {
            if (mode == Mode.EXEC) {
                throw Errors.typeError("locals must be a mapping or None, not %s", l.type().name());
            }
            throw Errors.typeError("locals must be a mapping");
        }
        ThreadState ts = ThreadState.current();
        Frame caller = ts.frame;
        PyDict globals;
        PyObject locals;
        if (g == null) {
            globals = caller.globals;
            locals = l == null ? caller.localsMapping() : l;
        } else {
            globals = (PyDict) g;
            locals = l == null ? globals : l;
        }
        if (globals.getItem(PyStr.of("__builtins__")) == null) {
            globals.setItem(PyStr.of("__builtins__"), interp.builtinsModule());
        }
        PyCode code;
        if (src instanceof PyCode c) {
            c.checkRunnable();
            code = c;
        } else {
            String text = source(src, "<string>", mode == Mode.EXEC ? "exec() arg 1 must be a string, bytes or code object"
                    : "eval() arg 1 must be a string, bytes or code object");
            if (mode == Mode.EVAL) {
                // builtin_eval_impl skips leading spaces and tabs only: blank lines keep their line numbers
                int start = 0;
                while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                    start++;
                }
                text = text.substring(start);
            }
            code = new PyCode(interp.compile(interp.parse(text, "<string>", mode, characterColumns(src)), "<string>", text, mode,
                    interp.options().optimize(), futureFlags(0, false)));
        }
        int free = code.code.freevars.length;
        if (mode == Mode.EVAL && free > 0) {
            throw Errors.typeError("code object passed to eval() may not contain free variables");
        }
        if (free == 0) {
            if (closure != null) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            return Eval.runCode(ts, code, globals, locals);
        }
        return Eval.runCode(ts, code, globals, locals, cells(closure, free));
    }

    /**
     * The cells of exec()'s {@code closure=} for a code object with {@code free} free variables:
     * a tuple of exactly that many cells, or TypeError (CPython 3.11's {@code builtin_exec_impl}).
     */
    private static PyCell[] cells(PyObject closure, int free) {
        if (closure instanceof PyTuple t && t.size() == free) {
            PyCell[] cells = new PyCell[free];
            for (int i = 0; i < free; i++) {
                if (!(t.get(i) instanceof PyCell c)) {
                    cells = null;
                    break;
                }
                cells[i] = c;
            }
            if (cells != null) {
                return cells;
            }
        }
        throw Errors.typeError("code object requires a closure of exactly length %d", free);
    }
}
