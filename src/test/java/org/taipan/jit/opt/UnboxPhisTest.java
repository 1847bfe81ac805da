package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.runtime.PyFloat;

class UnboxPhisTest {
    @Test
    void anIntPhiBecomesI64AndItsGuardsMoveToThePreamble() {
        Fixture f = Fixture.sumLoop();
        assertEquals(2, UnboxPhis.run(f.t));
        f.t.verify();
        int loop = f.t.loopIndex();
        assertEquals(IrType.I64, f.t.ops.get(loop + 1).type);
        assertEquals(IrType.I64, f.t.ops.get(loop + 2).type);
        // entry checks of s and i, each with the header's snapshot
        int pre = 0;
        for (int i = 0; i < loop; i++) {
            Ins g = f.t.ops.get(i);
            if (g.op.isGuard()) {
                pre++;
                assertEquals(f.t.headerIp, g.snapshot.ip());
                assertEquals(f.t.entrySp, g.snapshot.sp());
            }
        }
        assertEquals(4, pre, f.t::toString);
    }

    @Test
    void aFloatPhiUsedAsAnObjectGetsOneBox() {
        Fixture f = new Fixture(1);
        Ins x0 = f.slot(0);
        f.loop();
        Ins p = f.phi(x0);
        Ins[] s = {p};
        f.guard(2, s, IrOp.GUARD_CLASS, PyFloat.class, p);
        Ins u = f.add(IrOp.UNBOX_FLOAT, null, p);
        Ins call = f.add(IrOp.CALL_HELPER, "print", p);
        call.snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[] {p}, null);
        Ins sum = f.add(IrOp.FLOAT_ADD, null, u, u);
        Ins box = f.add(IrOp.BOX_FLOAT, null, sum);
        f.jump();
        Fixture.close(p, box);
        f.t.verify();
        assertEquals(1, UnboxPhis.run(f.t));
        f.t.verify();
        Ins q = f.t.ops.get(f.t.loopIndex() + 1);
        assertEquals(IrType.F64, q.type);
        assertSame(sum, q.args[1]);
        assertSame(q, sum.args[0]);
        Ins rebox = call.args[0];
        assertEquals(IrOp.BOX_FLOAT, rebox.op);
        assertSame(q, rebox.args[0]);
        assertSame(q, call.snapshot.slots()[0]);
        assertEquals(0, Fixture.inBody(f.t, IrOp.GUARD_CLASS));
    }

    @Test
    void aPhiReadWithoutAnEntryCheckStaysBoxed() {
        Fixture f = new Fixture(1);
        Ins x0 = f.slot(0);
        Ins one = f.add(IrOp.CONST_I64, 1L);
        f.loop();
        Ins p = f.phi(x0);
        f.guard(2, new Ins[] {p}, IrOp.GUARD_TRUE, null, f.add(IrOp.REF_IS, null, p, p));
        Ins box = f.add(IrOp.BOX_INT, null, one);
        f.jump();
        Fixture.close(p, box);
        assertEquals(0, UnboxPhis.run(f.t));
        assertEquals(IrType.REF, p.type);
    }

    @Test
    void aPhiOnlyExitsReadIsUnboxedOnSpeculation() {
        // for i in range(...): the target is stored before it is read
        Fixture f = new Fixture(2);
        Ins i0 = f.slot(0), it = f.slot(1);
        f.loop();
        Ins p = f.phi(i0);
        f.guard(2, new Ins[] {p, null}, IrOp.GUARD_RANGE_ITER_ACTIVE, null, it);
        Ins next = f.add(IrOp.RANGE_ITER_NEXT, null, it);
        Ins box = f.add(IrOp.BOX_INT, null, next);
        f.guard(4, new Ins[] {box, null}, IrOp.GUARD_NONZERO_I64, null, next);
        f.jump();
        Fixture.close(p, box);
        assertEquals(1, UnboxPhis.run(f.t));
        f.t.verify();
        assertEquals(1, BoxForwarding.run(f.t));
        f.t.verify();
        assertEquals(0, Fixture.count(f.t, IrOp.BOX_INT), f.t::toString);
        assertEquals(2, f.t.guardCount() - 2, "class and small-int checks of the entry value");
    }

    /** x = y = x + 1: two slots bound to one box each iteration, entered from two slots. */
    @Test
    void phisSharingABoxWithDifferentEntriesStayBoxed() {
        Fixture f = new Fixture(2);
        Ins x0 = f.slot(0), y0 = f.slot(1);
        f.loop();
        Ins px = f.phi(x0), py = f.phi(y0);
        Ins u = f.unboxInt(2, new Ins[] {px, py}, px);
        Ins inc = f.add(IrOp.INT_ADD, null, u, u);
        Ins box = f.add(IrOp.BOX_INT, null, inc);
        f.jump();
        Fixture.close(px, box);
        Fixture.close(py, box);
        f.t.verify();
        assertEquals(0, UnboxPhis.run(f.t));
        assertEquals(IrType.REF, px.type);
        assertEquals(IrType.REF, py.type);
    }

    /** The same with one entry: the PHIs are one value, merged, and then unboxed as one. */
    @Test
    void phisSharingABoxAndTheirEntryAreMerged() {
        Fixture f = new Fixture(2);
        Ins x0 = f.slot(0);
        f.loop();
        Ins px = f.phi(x0), py = f.phi(x0);
        Ins u = f.unboxInt(2, new Ins[] {px, py}, px);
        Ins inc = f.add(IrOp.INT_ADD, null, u, u);
        Ins box = f.add(IrOp.BOX_INT, null, inc);
        Ins exit = f.guard(3, new Ins[] {px, py}, IrOp.GUARD_TRUE, null, f.add(IrOp.INT_LT, null, inc, inc));
        f.jump();
        Fixture.close(px, box);
        Fixture.close(py, box);
        assertEquals(1, UnboxPhis.run(f.t));
        f.t.verify();
        Ins[] slots = exit.snapshot.slots();
        assertEquals(IrType.I64, slots[0].type);
        assertSame(slots[0], slots[1]);
    }

    /** keep.append(x) each iteration: the box is made anyway, so the exits keep writing it back. */
    @Test
    void aBoxUsedEachIterationStaysTheSnapshotsValue() {
        Fixture f = new Fixture(1);
        Ins x0 = f.slot(0);
        f.loop();
        Ins p = f.phi(x0);
        Ins u = f.unboxInt(2, new Ins[] {p}, p);
        Ins inc = f.add(IrOp.INT_ADD, null, u, u);
        Ins box = f.add(IrOp.BOX_INT, null, inc);
        Ins call = f.add(IrOp.CALL_HELPER, "append", box);
        call.snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[] {p}, null);
        f.jump();
        Fixture.close(p, box);
        f.t.verify();
        assertEquals(1, UnboxPhis.run(f.t));
        f.t.verify();
        assertEquals(IrType.REF, p.type);
        assertSame(p, call.snapshot.slots()[0]);
        Ins q = f.t.ops.get(f.t.loopIndex() + 2);
        assertEquals(IrType.I64, q.type);
        assertSame(q, inc.args[0]);
    }
}
