package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyFloat;

class FloatSlotsTest {
    private static final Ins[] S = {null, null};

    /** {@code x = o.x} (a frame slot the snapshots name), then a guard, then {@code o.x = x * 2.0}. */
    private static Fixture scale(IrOp between) {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        f.guard(0, S, IrOp.GUARD_SHAPE, new Object(), o);
        Ins two = f.add(IrOp.CONST_F64, 2.0);
        f.loop();
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        if (between != null) {
            f.add(between, 0, o, o);
        }
        f.guard(1, new Ins[] {null, v}, IrOp.GUARD_CLASS, PyFloat.class, v);
        Ins d = f.add(IrOp.FLOAT_MUL, null, f.add(IrOp.UNBOX_FLOAT, null, v), two);
        f.guard(2, new Ins[] {null, v}, IrOp.GUARD_NONZERO_F64, null, d);
        f.add(IrOp.SETSLOT, 0, o, f.add(IrOp.BOX_FLOAT, null, d));
        f.jump();
        f.t.verify();
        return f;
    }

    @Test
    void aFloatReadAndStoredMakesNoBox() {
        Fixture f = scale(null);
        assertEquals(2, FloatSlots.run(f.t), f.t::toString);
        BoxForwarding.run(f.t);
        DeadCode.run(f.t);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.GETSLOT, 0);
        Fixture.assertBody(f.t, IrOp.BOX_FLOAT, 0);
        Fixture.assertBody(f.t, IrOp.GUARD_SLOT_FLOAT, 1);
        Fixture.assertBody(f.t, IrOp.GETSLOT_F64, 1);
        Fixture.assertBody(f.t, IrOp.SETSLOT_F64, 1);
        Ins guard = f.t.ops.stream().filter(i -> i.op == IrOp.GUARD_NONZERO_F64).findFirst().orElseThrow();
        Ins named = guard.snapshot.slots()[1];
        assertEquals(IrOp.SLOT_VALUE, named.op, "the exit reads the attribute");
        assertSame(f.t.ops.get(0), named.arg(0));
    }

    @Test
    void aStoreOfTheSameIndexBetweenKeepsTheLoad() {
        Fixture f = scale(IrOp.SETSLOT);
        FloatSlots.run(f.t);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.GETSLOT), f.t::toString);
    }

    @Test
    void aCallBetweenKeepsTheLoad() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        f.loop();
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        f.add(IrOp.CALL_HELPER, "anything", o).snapshot = new Snapshot(Fixture.CODE, 3, 2, new Ins[] {null, v}, null);
        f.guard(1, S, IrOp.GUARD_CLASS, PyFloat.class, v);
        f.add(IrOp.SETSLOT, 1, o, f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.UNBOX_FLOAT, null, v)));
        f.jump();
        f.t.verify();
        FloatSlots.run(f.t);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.GETSLOT), f.t::toString);
    }

    /** {@code o.x = v} with {@code v = x + x}, then a guard whose exit names v; {@code between} stores index 0 of o in between. */
    private static Fixture storeThenExit(boolean between) {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        Ins x = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        Ins box = f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.FLOAT_ADD, null, x, x));
        f.add(IrOp.SETSLOT, 0, o, box);
        if (between) {
            f.add(IrOp.SETSLOT, 0, o, o);
        }
        f.guard(4, new Ins[] {null, box}, IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, x, x));
        f.jump();
        f.t.verify();
        return f;
    }

    @Test
    void anExitAfterARawStoreReadsTheStoredObjectFromTheAttribute() {
        Fixture f = storeThenExit(false);
        assertEquals(1, FloatSlots.run(f.t), f.t::toString);
        BoxForwarding.run(f.t);
        f.t.verify();
        Fixture.assertBody(f.t, IrOp.SETSLOT_F64, 1);
        Fixture.assertBody(f.t, IrOp.BOX_FLOAT, 0);
        Ins guard = f.t.ops.stream().filter(i -> i.op == IrOp.GUARD_TRUE).findFirst().orElseThrow();
        assertEquals(IrOp.SLOT_VALUE, guard.snapshot.slots()[1].op, f.t::toString);
    }

    @Test
    void anExitAfterAnotherStoreOfTheIndexKeepsTheBoxStored() {
        Fixture f = storeThenExit(true);
        assertEquals(0, FloatSlots.run(f.t), f.t::toString);
        Fixture.assertBody(f.t, IrOp.SETSLOT, 2);
    }

    /** A load hoisted into the preamble, named by a body exit, with a store of its index in the body into {@code target}. */
    private static Fixture preambleLoad(boolean fresh) {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), other = f.slot(1);
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        f.guard(1, S, IrOp.GUARD_CLASS, PyFloat.class, v);
        Ins d = f.add(IrOp.UNBOX_FLOAT, null, v);
        f.loop();
        Ins target = fresh ? f.add(IrOp.NEW_INSTANCE, new Object()) : other;
        f.add(IrOp.SETSLOT, 0, target, target);
        f.guard(2, new Ins[] {null, v}, IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, d, d));
        f.jump();
        f.t.verify();
        return f;
    }

    @Test
    void aPreambleLoadSurvivesStoresIntoInstancesTheBodyMakes() {
        Fixture f = preambleLoad(true);
        assertEquals(1, FloatSlots.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(0, Fixture.count(f.t, IrOp.GETSLOT), f.t::toString);
    }

    @Test
    void aPreambleLoadStaysWhenTheBodyStoresItsIndexElsewhere() {
        Fixture f = preambleLoad(false);
        assertEquals(0, FloatSlots.run(f.t), f.t::toString);
    }

    @Test
    void aLoadTheNextIterationReadsThroughAPhiStays() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0);
        Ins entry = f.slot(1);
        f.loop();
        Ins prev = f.phi(entry);
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        f.guard(1, new Ins[] {null, prev}, IrOp.GUARD_CLASS, PyFloat.class, v);
        f.add(IrOp.UNBOX_FLOAT, null, v);
        Fixture.close(prev, v);
        f.jump();
        f.t.verify();
        assertEquals(0, FloatSlots.run(f.t), f.t::toString);
        f.t.verify();
    }

    @Test
    void aValueUsedOtherwiseKeepsItsLoadAndBox() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), l = f.slot(1);
        f.loop();
        Ins v = f.add(IrOp.GETSLOT, 0, o);
        f.guard(1, S, IrOp.GUARD_CLASS, PyFloat.class, v);
        f.add(IrOp.LIST_APPEND, null, l, v);
        Ins box = f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.UNBOX_FLOAT, null, v));
        f.add(IrOp.LIST_APPEND, null, l, box);
        f.add(IrOp.SETSLOT, 1, o, box);
        f.jump();
        f.t.verify();
        assertEquals(0, FloatSlots.run(f.t), f.t::toString);
    }
}
