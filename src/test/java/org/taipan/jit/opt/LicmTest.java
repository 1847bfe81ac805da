package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyInt;

class LicmTest {
    @Test
    void invariantGuardsAndUnboxesMoveToThePreambleWithTheHeaderSnapshot() {
        Fixture f = new Fixture(2);
        Ins n = f.slot(1);
        Ins zero = f.add(IrOp.CONST_I64, 0L);
        f.loop();
        Ins p = f.t.add(new Ins(IrOp.PHI, IrType.I64, null, zero, zero));
        Ins[] s = {p, null, null};
        Ins un = f.unboxInt(5, s, n);
        Ins lt = f.add(IrOp.INT_LT, null, p, un);
        f.guard(6, s, IrOp.GUARD_TRUE, null, lt);
        Ins sq = f.add(IrOp.INT_MUL, null, un, un);
        Ins next = f.add(IrOp.INT_ADD, null, p, sq);
        f.jump();
        p.args[1] = next;
        f.t.verify();
        assertEquals(4, Licm.run(f.t), f.t::toString);
        f.t.verify();
        for (int i = 0; i < f.t.loopIndex(); i++) {
            Ins g = f.t.ops.get(i);
            if (g.op.isGuard()) {
                assertEquals(f.t.headerIp, g.snapshot.ip());
            }
        }
        assertEquals(1, f.t.guardCount() - 2, "the loop condition stays");
        Fixture.assertBody(f.t, IrOp.GUARD_TRUE, 1);
        Fixture.assertBody(f.t, IrOp.INT_MUL, 0);
    }

    /**
     * {@code flag} is only read on the recorded path, so its value is invariant in the trace; the
     * loop's other path rebinds it, and a guard hoisted to the header would then fail at every
     * entry instead of once where that path begins.
     */
    @Test
    void aGuardOnALocalAnotherPathRebindsStaysInTheBody() {
        PyCode fn = null;
        PyCode module = new PyCode(org.taipan.compile.Compiler.compile(org.taipan.parse.Parser.parse(
                "def f(n, flag):\n    t = 0\n    for i in range(n):\n        if flag:\n            t += i\n"
                        + "        if i % 7 == 0:\n            flag = not flag\n    return t\n", "<licm>",
                org.taipan.parse.Mode.EXEC), "<licm>", org.taipan.parse.Mode.EXEC, 0));
        for (Object c : module.code.consts) {
            if (c instanceof org.taipan.code.CodeObject co) {
                fn = new PyCode(co);
            }
        }
        int[] words = fn.code.code;
        int back = -1;
        for (int i = 0; i < words.length; i++) {
            if (org.taipan.code.Opcode.opcodeOf(words[i]) == org.taipan.code.Op.JUMP_BACKWARD) {
                back = i;
            }
        }
        int header = org.taipan.code.Opcode.opargOf(words[back]);
        Fixture f = new Fixture(fn, header, back, 4);
        Ins n = f.slot(0);
        Ins flag = f.slot(1);
        f.loop();
        Ins[] s = {null, null, null, null};
        f.guard(header + 2, s, IrOp.GUARD_IS, org.taipan.runtime.PyBool.TRUE, flag);
        f.guard(header + 2, s, IrOp.GUARD_IS, PyInt.of(4), n);
        f.jump();
        assertEquals(1, Licm.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.GUARD_IS, 1);
        assertEquals(flag, f.t.ops.get(f.t.ops.size() - 2).arg(0), "the guard left in the body is flag's");
    }

    @Test
    void anUnboxWhoseGuardsStayInTheBodyStaysToo() {
        Fixture f = new Fixture(1);
        Ins x = f.slot(0);
        f.loop();
        Ins[] s = {null};
        Ins r = f.add(IrOp.CALL_HELPER, "next", x);
        r.snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 1, 1, new Ins[1], null);
        f.guard(2, s, IrOp.GUARD_CLASS, PyInt.class, r);
        f.guard(2, s, IrOp.GUARD_IS, PyInt.of(4), x);
        f.add(IrOp.UNBOX_INT, null, x);
        f.jump();
        assertEquals(1, Licm.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.UNBOX_INT, 1);
    }

    @Test
    void aShapeGuardStaysWhenTheBodyMayChangeShapes() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        f.loop();
        f.guard(1, new Ins[] {null}, IrOp.GUARD_SHAPE, new Object(), o);
        f.add(IrOp.CALL_HELPER, "setattr", o).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[1], null);
        f.jump();
        assertEquals(0, Licm.run(f.t));
    }

    @Test
    void aCalmBodyLosesItsAssumptionsFunctionChecksAndLoadsOfUnwrittenState() {
        Fixture f = new Fixture(3);
        Ins cell = f.slot(0), o = f.slot(1), list = f.slot(2);
        Ins zero = f.add(IrOp.CONST_I64, 0L);
        f.loop();
        Ins[] s = {null, null, null};
        f.guard(1, s, IrOp.GUARD_NOT_INVALIDATED, org.taipan.jit.ir.Dependency.on("global g", new java.lang.invoke.SwitchPoint()));
        f.guard(1, s, IrOp.GUARD_FUNCTION, new org.taipan.jit.ir.FunctionShape(null, Fixture.CODE, null));
        Ins v = f.add(IrOp.CELL_GET, null, cell);
        f.guard(2, s, IrOp.GUARD_NOT_NULL, null, v);
        f.guard(3, s, IrOp.GUARD_SHAPE, new Object(), o);
        Ins x = f.add(IrOp.GETSLOT, 0, o);
        f.guard(4, s, IrOp.GUARD_LIST_INDEX, null, list, zero);
        Ins item = f.add(IrOp.LIST_GETITEM, null, list, zero);
        f.add(IrOp.LIST_APPEND, null, list, x);
        f.add(IrOp.LIST_APPEND, null, list, item);
        f.jump();
        assertEquals(8, Licm.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.LIST_APPEND, 2);
        assertEquals(3, f.t.ops.size() - Rewrite.bodyStart(f.t), () -> "only the appends and the jump stay:\n" + f.t);
    }

    @Test
    void aBodyThatCallsCodeKeepsItsAssumptionsAndLoadsInPlace() {
        Fixture f = new Fixture(2);
        Ins cell = f.slot(0), o = f.slot(1);
        f.loop();
        Ins[] s = {null, null};
        f.guard(1, s, IrOp.GUARD_NOT_INVALIDATED, org.taipan.jit.ir.Dependency.on("global g", new java.lang.invoke.SwitchPoint()));
        f.guard(1, s, IrOp.GUARD_FUNCTION, new org.taipan.jit.ir.FunctionShape(null, Fixture.CODE, null));
        f.add(IrOp.CELL_GET, null, cell);
        f.add(IrOp.CALL_HELPER, "anything", o).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 2, new Ins[2], null);
        f.jump();
        assertEquals(0, Licm.run(f.t), f.t::toString);
    }

    @Test
    void aLoadOfStateTheBodyWritesStays() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), cell = f.slot(1);
        f.loop();
        Ins x = f.add(IrOp.GETSLOT, 0, o);
        f.add(IrOp.SETSLOT, 1, o, x);
        Ins c = f.add(IrOp.CELL_GET, null, cell);
        f.add(IrOp.CELL_SET, null, cell, c);
        f.jump();
        assertEquals(0, Licm.run(f.t), f.t::toString);
    }

    @Test
    void attributesAddedToAnInstanceTheBodyAllocatesKeepInvariantShapesAndLoadsHoistable() {
        Fixture f = new Fixture(1);
        Ins ray = f.slot(0);
        f.loop();
        Ins[] s = {null};
        f.guard(1, s, IrOp.GUARD_SHAPE, new Object(), ray);
        Ins origin = f.add(IrOp.GETSLOT, 0, ray);
        Ins v = f.add(IrOp.NEW_INSTANCE, new Object());
        f.add(IrOp.ADDSLOT, new Object(), v, origin);
        f.add(IrOp.SETSLOT, 0, v, origin);
        f.jump();
        assertEquals(2, Licm.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.GETSLOT, 0);
        Fixture.assertBody(f.t, IrOp.ADDSLOT, 1);
    }

    @Test
    void attributesAddedToAnotherObjectKeepShapesInTheLoop() {
        Fixture f = new Fixture(2);
        Ins ray = f.slot(0), other = f.slot(1);
        f.loop();
        Ins[] s = {null, null};
        f.guard(1, s, IrOp.GUARD_SHAPE, new Object(), ray);
        Ins origin = f.add(IrOp.GETSLOT, 0, ray);
        f.add(IrOp.ADDSLOT, new Object(), other, origin);
        f.jump();
        assertEquals(0, Licm.run(f.t), f.t::toString);
    }
}
