package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Mod;
import org.taipan.ast.Operator;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.code.CodeObject;
import org.taipan.code.Opcode;
import org.taipan.parse.Mode;

/** Compiles ASTs built by hand, so these run whatever state the parser is in. */
class HandBuiltAstTest {
    private static final Pos P = new Pos(1, 0, 1, 12);

    @Test
    void printOnePlusTwoFoldsAndCalls() {
        Expr call = new Expr.Call(new Expr.Name("print", ExprContext.LOAD, new Pos(1, 0, 1, 5)),
                List.of(new Expr.BinOp(new Expr.Constant(1L, null, new Pos(1, 6, 1, 7)), Operator.ADD,
                        new Expr.Constant(2L, null, new Pos(1, 8, 1, 9)), new Pos(1, 6, 1, 9))),
                List.of(), P);
        Mod mod = new Mod.Module(List.of(new Stmt.ExprStmt(call, P)), new Pos(1, 0, 1, 12));
        CodeObject co = Compiler.compile(mod, "<test>", Mode.EXEC, 0);
        CodeVerifier.verify(co);
        Opcode[] ops = new Opcode[co.length()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = co.opcode(i);
        }
        assertArrayEquals(new Opcode[] {Opcode.PUSH_NULL, Opcode.LOAD_NAME, Opcode.LOAD_CONST, Opcode.CALL,
            Opcode.POP_TOP, Opcode.LOAD_CONST, Opcode.RETURN_VALUE}, ops);
        assertEquals(3L, co.consts[co.oparg(2)]);
        assertEquals("print", co.names[co.oparg(1)]);
        assertEquals(1, co.oparg(3));
        assertEquals(3, co.stacksize);
        assertEquals(1, co.lines[0]);
        assertEquals(6, co.cols[2]);
    }

    @Test
    void evalModeReturnsTheExpression() {
        Mod mod = new Mod.Expression(new Expr.Name("x", ExprContext.LOAD, new Pos(1, 0, 1, 1)), Pos.NONE);
        CodeObject co = Compiler.compile(mod, "<test>", Mode.EVAL, 0);
        CodeVerifier.verify(co);
        assertEquals(Opcode.LOAD_NAME, co.opcode(0));
        assertEquals(Opcode.RETURN_VALUE, co.opcode(1));
        assertEquals("<module>", co.qualname);
    }
}
