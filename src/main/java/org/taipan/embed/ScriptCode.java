package org.taipan.embed;

import java.util.List;

import org.taipan.ast.Mod;
import org.taipan.ast.Stmt;
import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.parse.Mode;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * A script compiled for the JSR-223 engine, whose {@code eval} returns a value: when the script's
 * last statement is an expression, that expression is compiled apart (eval mode) and its value is
 * the script's, as an interactive session would show it; otherwise the value is None. The
 * statements before it are one module-level code object, so tracebacks keep the script's line
 * numbers.
 *
 * @param body     the statements (all of them when {@code lastExpr} is null)
 * @param lastExpr the final expression statement, or null
 */
record ScriptCode(CodeObject body, CodeObject lastExpr) {
    /**
     * Compiles {@code source}; the caller is inside the interpreter.
     *
     * @throws org.taipan.runtime.PyException SyntaxError
     */
    static ScriptCode compile(Interpreter interp, String source, String filename) {
        Mod.Module module = (Mod.Module) interp.parse(source, filename, Mode.EXEC);
        List<Stmt> stmts = module.body();
        int optimize = interp.options().optimize();
        if (!stmts.isEmpty() && stmts.getLast() instanceof Stmt.ExprStmt last) {
            Mod.Module front = new Mod.Module(stmts.subList(0, stmts.size() - 1), module.pos());
            Mod.Expression tail = new Mod.Expression(last.value(), last.pos());
            return new ScriptCode(interp.compile(front, filename, source, Mode.EXEC, optimize),
                    interp.compile(tail, filename, source, Mode.EVAL, optimize));
        }
        return new ScriptCode(interp.compile(module, filename, source, Mode.EXEC, optimize), null);
    }

    /** Runs the script in {@code globals}; returns the last expression's value or None. */
    PyObject run(ThreadState ts, PyDict globals) {
        Eval.runCode(ts, new PyCode(body), globals, globals);
        return lastExpr == null ? PyNone.NONE : Eval.runCode(ts, new PyCode(lastExpr), globals, globals);
    }
}
