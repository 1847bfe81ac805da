package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;

class InvariantPhisTest {
    @Test
    void aPhiOfItselfOrOfItsEntryBecomesTheEntryValueEverywhere() {
        Fixture f = new Fixture(3);
        Ins a = f.slot(0), b = f.slot(1), c = f.slot(2);
        f.loop();
        Ins pa = f.phi(a), pb = f.phi(b), pc = f.phi(c);
        Ins g = f.guard(1, new Ins[] {pa, pb, pc}, IrOp.GUARD_TYPE, new Object(), pa);
        Ins next = f.add(IrOp.GETSLOT, 0, pa);
        f.jump().snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 0, 3, new Ins[] {pa, pb, pc}, null);
        Fixture.close(pa, pa);
        Fixture.close(pb, b);
        Fixture.close(pc, next);
        f.t.verify();
        assertEquals(2, InvariantPhis.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.PHI));
        assertSame(a, g.arg(0));
        assertSame(a, g.snapshot.slots()[0]);
        assertSame(b, g.snapshot.slots()[1]);
        assertSame(pc, g.snapshot.slots()[2]);
        assertSame(a, next.arg(0));
    }

    @Test
    void aPhiFedByAnotherInvariantPhiGoesToo() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0);
        f.loop();
        Ins p = f.phi(a), q = f.phi(a);
        f.jump();
        Fixture.close(p, q);
        Fixture.close(q, q);
        assertEquals(2, InvariantPhis.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(0, Fixture.count(f.t, IrOp.PHI));
    }
}
