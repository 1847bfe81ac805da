package org.taipan.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.taipan.compile.Compiler;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;

/** Which locals {@link BoundLocals} proves bound at an instruction of compiled functions. */
class BoundLocalsTest {
    /** The code object of the first function defined in {@code source}. */
    private static CodeObject function(String source) {
        CodeObject module = Compiler.compile(Parser.parse(source, "<test>", Mode.EXEC), "<test>", source, Mode.EXEC, 0);
        return (CodeObject) Arrays.stream(module.consts).filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
    }

    private static int slot(CodeObject co, String name) {
        return Arrays.asList(co.localsplusNames).indexOf(name);
    }

    /** The index of the {@code nth} (from 0) instruction {@code op} whose local is {@code name}. */
    private static int at(CodeObject co, Opcode op, String name, int nth) {
        for (int i = 0; i < co.length(); i++) {
            if (co.opcode(i) == op && co.oparg(i) == slot(co, name) && nth-- == 0) {
                return i;
            }
        }
        throw new AssertionError("no " + op + " " + name);
    }

    /** The loop header: the target of the first JUMP_BACKWARD. */
    private static int header(CodeObject co) {
        for (int i = 0; i < co.length(); i++) {
            if (co.opcode(i) == Opcode.JUMP_BACKWARD) {
                return co.oparg(i);
            }
        }
        throw new AssertionError("no loop");
    }

    @Test
    void argumentsAndStraightLineAssignmentsAreBoundInTheLoop() {
        CodeObject co = function("def f(a, *r, k, **kw):\n    b = 1\n    for i in a:\n        print(a, b, i, r, k, kw)\n");
        BoundLocals b = BoundLocals.of(co);
        int h = header(co);
        for (String name : new String[] {"a", "r", "k", "kw", "b"}) {
            assertTrue(b.bound(h, slot(co, name)), name);
        }
        assertFalse(b.bound(h, slot(co, "i")), "i before the first iteration");
        assertTrue(b.bound(at(co, Opcode.LOAD_FAST, "i", 0), slot(co, "i")));
    }

    @Test
    void delOnOnePathLeavesTheLocalMaybeUnboundAtTheHeader() {
        CodeObject co = function("def f(n):\n    x = 0\n    for i in range(n):\n        print(x)\n"
                + "        if i % 7 == 3:\n            del x\n        else:\n            x = i\n");
        BoundLocals b = BoundLocals.of(co);
        assertFalse(b.bound(header(co), slot(co, "x")));
        assertFalse(b.bound(at(co, Opcode.LOAD_FAST, "x", 0), slot(co, "x")));
    }

    @Test
    void exceptAsUnbindsItsNameAfterTheHandler() {
        CodeObject co = function("def f():\n    e = 1\n    try:\n        g()\n    except ValueError as e:\n"
                + "        print(e)\n    return e\n");
        BoundLocals b = BoundLocals.of(co);
        assertTrue(b.bound(at(co, Opcode.LOAD_FAST, "e", 0), slot(co, "e")), "inside the handler");
        assertFalse(b.bound(at(co, Opcode.LOAD_FAST, "e", 1), slot(co, "e")), "after the handler");
    }

    @Test
    void aLocalAssignedInsideTryIsMaybeUnboundInItsHandler() {
        CodeObject co = function("def f(c):\n    if c:\n        z = 1\n    try:\n        y = g()\n"
                + "    except Exception:\n        return y\n    return y, z\n");
        BoundLocals b = BoundLocals.of(co);
        assertFalse(b.bound(at(co, Opcode.LOAD_FAST, "y", 0), slot(co, "y")), "the call may raise before the store");
        assertTrue(b.bound(at(co, Opcode.LOAD_FAST, "y", 1), slot(co, "y")));
        assertFalse(b.bound(at(co, Opcode.LOAD_FAST, "z", 0), slot(co, "z")), "assigned on one branch only");
    }

    @Test
    void cellsAndFreeVariablesAreBoundSlots() {
        CodeObject outer = function("def f():\n    c = 1\n    def g():\n        return c\n    for i in range(3):\n        g()\n");
        BoundLocals b = BoundLocals.of(outer);
        assertTrue(b.bound(header(outer), slot(outer, "c")), "the cell itself, whatever its contents");
        assertTrue(b.bound(header(outer), outer.nlocalsplus() + 1), "a value-stack entry");
    }
}
