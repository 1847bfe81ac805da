package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyInt;

class CseDeadCodeTest {
    @Test
    void equalPureOpsMergeButBoxesAndDistinctConstantsDoNot() {
        Fixture f = new Fixture(1);
        Ins x = f.add(IrOp.CONST_I64, 5L);
        Ins k1 = f.add(IrOp.CONST_REF, PyInt.of(1000));
        Ins k2 = f.add(IrOp.CONST_REF, PyInt.of(1000));
        f.loop();
        Ins a = f.add(IrOp.INT_MUL, null, x, x);
        Ins b = f.add(IrOp.INT_MUL, null, x, f.add(IrOp.CONST_I64, 5L));
        Ins ba = f.add(IrOp.BOX_INT, null, a);
        Ins bb = f.add(IrOp.BOX_INT, null, b);
        Ins is = f.add(IrOp.REF_IS, null, ba, bb);
        Ins is2 = f.add(IrOp.REF_IS, null, k1, k2);
        f.guard(2, new Ins[] {null}, IrOp.GUARD_FALSE, null, is);
        f.guard(2, new Ins[] {null}, IrOp.GUARD_FALSE, null, is2);
        f.jump();
        assertEquals(2, Cse.run(f.t), f.t::toString);
        f.t.verify();
        assertSame(a, bb.args[0]);
        assertEquals(2, Fixture.count(f.t, IrOp.BOX_INT));
        assertEquals(2, Fixture.count(f.t, IrOp.CONST_REF));
    }

    @Test
    void deadPureOpsAndUnreadPhisGo() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0), b = f.slot(1);
        Ins one = f.add(IrOp.CONST_I64, 1L);
        Ins i0 = f.add(IrOp.CONST_I64, 0L);
        f.loop();
        Ins p = new Ins(IrOp.PHI, org.taipan.jit.ir.IrType.I64, null, i0, i0);
        f.t.add(p);
        Ins q = new Ins(IrOp.PHI, org.taipan.jit.ir.IrType.I64, null, i0, i0);
        f.t.add(q);
        Ins next = f.add(IrOp.INT_ADD, null, p, one);
        Ins kept = f.add(IrOp.INT_ADD, null, q, one);
        f.add(IrOp.REF_IS, null, a, b);
        f.guard(3, new Ins[] {null, kept}, IrOp.GUARD_TRUE, null, f.add(IrOp.INT_LT, null, q, one));
        f.jump();
        p.args[1] = next;
        q.args[1] = kept;
        f.t.verify();
        assertEquals(3, DeadCode.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.PHI));
        assertEquals(2, Fixture.count(f.t, IrOp.SLOT), "SLOTs are never removed");
    }
}
