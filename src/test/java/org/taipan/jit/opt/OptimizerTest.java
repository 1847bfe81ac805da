package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Trace;

class OptimizerTest {
    @Test
    void sumLoopLosesItsBoxesAndTypeGuards() {
        Trace t = Fixture.sumLoop().t;
        Optimizer.Result r = Optimizer.optimize(t);
        t.verify();
        for (IrOp op : new IrOp[] {IrOp.BOX_INT, IrOp.UNBOX_INT, IrOp.GUARD_CLASS, IrOp.GUARD_SMALL_INT, IrOp.CONST_REF}) {
            Fixture.assertBody(t, op, 0);
        }
        // what is left per iteration: the compare and its guard, two adds and their overflow guards
        Fixture.assertBody(t, IrOp.GUARD_TRUE, 1);
        Fixture.assertBody(t, IrOp.GUARD_NO_OVERFLOW_ADD, 2);
        Fixture.assertBody(t, IrOp.INT_ADD, 2);
        int loop = t.loopIndex();
        assertEquals(IrType.I64, t.ops.get(loop + 1).type, t::toString);
        assertEquals(IrType.I64, t.ops.get(loop + 2).type, t::toString);
        assertEquals(IrOp.PHI, t.ops.get(loop + 2).op, t::toString);
        assertEquals(2, r.allocationsBefore());
        assertEquals(0, r.allocationsAfter());
        assertEquals(2, r.allocationsRemoved());
        assertEquals(15, r.guardsBefore());
        assertEquals(t.guardCount(), r.guardsAfter());
        // preamble: class and small-int checks of s, i and n, once each
        assertEquals(6, r.guardsAfter() - 3, t::toString);
    }

    @Test
    void snapshotsOfTheBodyHoldUnboxedValues() {
        Trace t = Fixture.sumLoop().t;
        Optimizer.optimize(t);
        for (int i = t.loopIndex() + 1; i < t.ops.size(); i++) {
            Ins g = t.ops.get(i);
            if (g.snapshot != null) {
                for (Ins v : g.snapshot.slots()) {
                    assertTrue(v == null || v.type == IrType.I64 || v.op == IrOp.CONST_REF, () -> "boxed value in an exit of " + g + "\n" + t);
                }
            }
        }
    }

    @Test
    void aTraceItCannotImproveStaysValid() {
        Fixture f = new Fixture(1);
        Ins x = f.slot(0);
        f.loop();
        f.guard(0, new Ins[] {null}, IrOp.GUARD_IS, org.taipan.runtime.PyNone.NONE, x);
        f.add(IrOp.CALL_HELPER, "h", x).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 2, 1, new Ins[1], null);
        f.jump();
        Optimizer.Result r = Optimizer.optimize(f.t);
        assertEquals(1, r.guardsAfter());
        assertEquals(1, Fixture.count(f.t, IrOp.CALL_HELPER));
        assertEquals(0, Fixture.inBody(f.t, IrOp.GUARD_IS), f.t::toString);
    }
}
