package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyFloat;

class CarriedLoadsTest {
    private static final Ins[] S = {null, null};

    /** {@code o.total += x} on a shape-guarded o: GETSLOT, unbox, add, box, SETSLOT. */
    private static Ins[] accumulate(Fixture f, Ins o, Ins x) {
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        f.guard(2, new Ins[] {v, null}, IrOp.GUARD_CLASS, PyFloat.class, v);
        Ins sum = f.add(IrOp.FLOAT_ADD, null, f.add(IrOp.UNBOX_FLOAT, null, v), x);
        Ins box = f.add(IrOp.BOX_FLOAT, null, sum);
        f.add(IrOp.SETSLOT, 0, o, box);
        return new Ins[] {v, box};
    }

    @Test
    void anInstanceValueStoredEachIterationIsReadOnceBeforeTheLoop() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        f.guard(0, S, IrOp.GUARD_SHAPE, new Object(), o);
        Ins x = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        Ins[] vb = accumulate(f, o, x);
        f.jump();
        f.t.verify();
        assertEquals(1, CarriedLoads.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.GETSLOT, 0);
        Ins phi = f.t.ops.get(f.t.loopIndex() + 1);
        assertEquals(IrOp.PHI, phi.op);
        assertSame(vb[0], phi.arg(0), "the load is the entry value");
        assertSame(vb[1], phi.arg(1), "the stored box the next value");
        assertEquals(1, UnboxPhis.run(f.t), f.t::toString);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.UNBOX_FLOAT, 0);
    }

    @Test
    void aStoreOfTheSameIndexToAnotherObjectKeepsTheLoad() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), p = f.slot(1);
        f.guard(0, S, IrOp.GUARD_SHAPE, new Object(), o);
        Ins x = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        Ins[] vb = accumulate(f, o, x);
        f.add(IrOp.SETSLOT, 0, p, vb[1]);
        f.jump();
        assertEquals(0, CarriedLoads.run(f.t), f.t::toString);
    }

    @Test
    void aBodyThatCallsCodeKeepsTheLoad() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        f.guard(0, S, IrOp.GUARD_SHAPE, new Object(), o);
        Ins x = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        accumulate(f, o, x);
        f.add(IrOp.CALL_HELPER, "anything", o).snapshot = new Snapshot(Fixture.CODE, 3, 2, new Ins[2], null);
        f.jump();
        assertEquals(0, CarriedLoads.run(f.t), f.t::toString);
    }

    @Test
    void aLoadWithoutItsShapeGuardInThePreambleStays() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        Ins x = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        f.guard(1, S, IrOp.GUARD_SHAPE, new Object(), o);
        accumulate(f, o, x);
        f.jump();
        assertEquals(0, CarriedLoads.run(f.t), f.t::toString);
    }

    @Test
    void aListItemAtAConstantIndexIsCarriedUnlessAnotherListIsStoredInto() {
        for (boolean alias : new boolean[] {false, true}) {
            Fixture f = new Fixture(2);
            Ins l = f.slot(0), m = f.slot(1);
            Ins zero = f.add(IrOp.CONST_I64, 0L);
            f.guard(0, S, IrOp.GUARD_LIST_INDEX, null, l, f.add(IrOp.CONST_I64, 2L));
            Ins x = f.add(IrOp.CONST_F64, 1.5);
            f.loop();
            Ins v = f.add(IrOp.LIST_GETITEM, null, l, zero);
            f.guard(2, new Ins[] {v, null}, IrOp.GUARD_CLASS, PyFloat.class, v);
            Ins box = f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.FLOAT_ADD, null, f.add(IrOp.UNBOX_FLOAT, null, v), x));
            f.add(IrOp.LIST_SETITEM, null, l, zero, box);
            f.add(IrOp.LIST_APPEND, null, l, box);
            if (alias) {
                f.add(IrOp.LIST_SETITEM, null, m, zero, box);
            }
            f.jump();
            f.t.verify();
            assertEquals(alias ? 0 : 1, CarriedLoads.run(f.t), f.t::toString);
            f.t.verify();
            Fixture.assertBody(f.t, IrOp.LIST_GETITEM, alias ? 1 : 0);
        }
    }

    @Test
    void aClosureCellSetEachIterationIsCarriedUnlessAnotherCellValueIsSet() {
        for (boolean alias : new boolean[] {false, true}) {
            Fixture f = new Fixture(2);
            Ins c = f.slot(0), d = f.slot(1);
            Ins x = f.add(IrOp.CONST_F64, 1.5);
            f.loop();
            Ins v = f.add(IrOp.CELL_GET, null, c);
            f.guard(1, S, IrOp.GUARD_NOT_NULL, null, v);
            f.guard(2, S, IrOp.GUARD_CLASS, PyFloat.class, v);
            Ins box = f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.FLOAT_ADD, null, f.add(IrOp.UNBOX_FLOAT, null, v), x));
            f.add(IrOp.CELL_SET, null, c, box);
            if (alias) {
                f.add(IrOp.CELL_SET, null, d, box);
            }
            f.jump();
            f.t.verify();
            assertEquals(alias ? 0 : 1, CarriedLoads.run(f.t), f.t::toString);
            f.t.verify();
            Fixture.assertBody(f.t, IrOp.CELL_GET, alias ? 1 : 0);
        }
    }
}
