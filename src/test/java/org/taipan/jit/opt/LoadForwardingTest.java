package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;

class LoadForwardingTest {
    private static final Ins[] S = {null, null};

    @Test
    void aStoredItemIsReadBackWithoutALoadAndItsIndexCheckGoes() {
        Fixture f = new Fixture(2);
        Ins l = f.slot(0), v = f.slot(1);
        Ins i = f.add(IrOp.CONST_I64, 3L);
        f.loop();
        f.guard(1, S, IrOp.GUARD_LIST_INDEX, null, l, i);
        Ins a = f.add(IrOp.LIST_GETITEM, null, l, i);
        f.guard(2, S, IrOp.GUARD_LIST_INDEX, null, l, i);
        Ins b = f.add(IrOp.LIST_GETITEM, null, l, i);
        f.add(IrOp.LIST_SETITEM, null, l, i, v);
        f.guard(3, S, IrOp.GUARD_LIST_INDEX, null, l, i);
        Ins c = f.add(IrOp.LIST_GETITEM, null, l, i);
        Ins g = f.guard(4, new Ins[] {a, b}, IrOp.GUARD_TRUE, null, f.add(IrOp.REF_IS, null, b, c));
        f.jump();
        assertEquals(2, LoadForwarding.run(f.t));
        assertEquals(2, GuardElim.run(f.t));
        f.t.verify();
        Ins is = g.args[0];
        assertSame(a, is.args[0]);
        assertSame(v, is.args[1]);
        assertSame(a, g.snapshot.slots()[1]);
    }

    @Test
    void aStoreToAnotherListOrACallForgets() {
        Fixture f = new Fixture(2);
        Ins l = f.slot(0), m = f.slot(1);
        Ins i = f.add(IrOp.CONST_I64, 0L);
        f.loop();
        Ins a = f.add(IrOp.LIST_GETITEM, null, l, i);
        f.add(IrOp.LIST_SETITEM, null, m, i, a);
        f.add(IrOp.LIST_GETITEM, null, l, i);
        f.add(IrOp.GETSLOT, 1, m);
        f.add(IrOp.CALL_HELPER, "f", l).snapshot = new Snapshot(Fixture.CODE, 5, 2, new Ins[2], null);
        f.add(IrOp.GETSLOT, 1, m);
        f.add(IrOp.SETSLOT, 1, l, a);
        f.add(IrOp.GETSLOT, 1, m);
        f.jump();
        assertEquals(0, LoadForwarding.run(f.t), f.t::toString);
    }

    @Test
    void slotsForwardPerIndex() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), v = f.slot(1);
        f.loop();
        f.add(IrOp.SETSLOT, 0, o, v);
        Ins keep = f.add(IrOp.GETSLOT, 1, o);
        f.add(IrOp.SETSLOT, 2, v, v);
        Ins r = f.add(IrOp.REF_IS, null, f.add(IrOp.GETSLOT, 0, o), f.add(IrOp.GETSLOT, 1, o));
        f.jump();
        assertEquals(2, LoadForwarding.run(f.t));
        f.t.verify();
        assertSame(v, r.args[0]);
        assertSame(keep, r.args[1]);
    }

    @Test
    void membersForwardPerIndexApartFromValues() {
        Fixture f = new Fixture(2);
        Ins o = f.slot(0), v = f.slot(1);
        f.loop();
        f.add(IrOp.SETMEMBER, 0, o, v);
        Ins keep = f.add(IrOp.GETMEMBER, 1, o);
        // a value store at the same index writes another array; a member store to another object may alias
        f.add(IrOp.SETSLOT, 0, o, o);
        f.add(IrOp.SETMEMBER, 1, v, v);
        Ins r = f.add(IrOp.REF_IS, null, f.add(IrOp.GETMEMBER, 0, o), f.add(IrOp.GETMEMBER, 1, o));
        f.jump();
        assertEquals(1, LoadForwarding.run(f.t));
        f.t.verify();
        assertSame(v, r.args[0]);
        assertEquals(IrOp.GETMEMBER, r.args[1].op);
        org.junit.jupiter.api.Assertions.assertNotSame(keep, r.args[1]);
    }

    @Test
    void aModuleNameStoredIsReadBackAndItsKeysAreGuardedOnceUntilACall() {
        Fixture f = new Fixture(2);
        org.taipan.runtime.PyDict d = new org.taipan.runtime.PyDict();
        d.setItem(org.taipan.runtime.PyStr.of("s"), org.taipan.runtime.PyInt.of(1));
        org.taipan.jit.ir.DictSlot s = new org.taipan.jit.ir.DictSlot(d, d.keysVersion(), 0, "s");
        Ins v = f.slot(1);
        f.loop();
        f.guard(1, S, IrOp.GUARD_DICT_KEYS, s);
        f.add(IrOp.DICT_STORE_AT, s, v);
        f.guard(2, S, IrOp.GUARD_DICT_KEYS, s);
        Ins a = f.add(IrOp.DICT_VALUE_AT, s);
        f.guard(3, S, IrOp.GUARD_IS, org.taipan.runtime.PyNone.NONE, a);
        f.guard(4, S, IrOp.CALL_HELPER, null);
        f.guard(4, S, IrOp.GUARD_DICT_KEYS, s);
        Ins b = f.add(IrOp.DICT_VALUE_AT, s);
        Ins g = f.guard(5, S, IrOp.GUARD_IS, org.taipan.runtime.PyNone.NONE, b);
        f.jump();
        // the load after the store and the second keys guard go; after the call both stay
        assertEquals(2, LoadForwarding.run(f.t));
        f.t.verify();
        assertEquals(2, Fixture.count(f.t, IrOp.GUARD_DICT_KEYS), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.DICT_VALUE_AT), f.t::toString);
        assertSame(b, g.args[0]);
    }

    @Test
    void aCellReadAfterItsSetIsTheValueSetUnlessAnotherCellWasSetBetween() {
        Fixture f = new Fixture(2);
        Ins c = f.slot(0), d = f.slot(1);
        f.loop();
        Ins v = f.add(IrOp.CONST_REF, org.taipan.runtime.PyInt.of(5));
        f.add(IrOp.CELL_SET, null, c, v);
        Ins back = f.add(IrOp.CELL_GET, null, c);
        f.add(IrOp.CELL_SET, null, d, back);
        Ins again = f.add(IrOp.CELL_GET, null, c);
        f.add(IrOp.CELL_SET, null, d, again);
        f.jump();
        assertEquals(1, LoadForwarding.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.CELL_GET), "d may be c: the second read stays");
    }
}
