package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyTuple;

/** {@link VirtualTuples} on hand-built traces: reads of a built tuple forwarded, tuples only exits need sunk. */
class VirtualTuplesTest {
    @Test
    void unpackingATupleTheTraceBuiltReadsItsItemsAndTheTupleBecomesVirtual() {
        Fixture f = new Fixture(3);
        Ins a = f.slot(0), b = f.slot(1);
        Ins zero = f.add(IrOp.CONST_I64, 0L), one = f.add(IrOp.CONST_I64, 1L);
        f.loop();
        Ins t = f.add(IrOp.NEW_TUPLE, null, a, b);
        // UNPACK_SEQUENCE as the recorder emits it, then an exit that still sees the tuple on the stack
        f.guard(5, new Ins[] {null, null, t}, IrOp.GUARD_CLASS, PyTuple.class, t);
        f.guard(5, new Ins[] {null, null, t}, IrOp.GUARD_LEN, 2, t);
        Ins x = f.add(IrOp.TUPLE_GETITEM, null, t, one);
        Ins y = f.add(IrOp.TUPLE_GETITEM, null, t, zero);
        Ins g = f.guard(6, new Ins[] {x, y, t}, IrOp.GUARD_CLASS, org.taipan.runtime.PyInt.class, x);
        f.jump();
        assertEquals(1, VirtualTuples.run(f.t));
        f.t.verify();
        assertSame(b, g.args[0], "t[1] is the item the tuple was built from");
        assertSame(b, g.snapshot.slots()[0]);
        assertSame(a, g.snapshot.slots()[1]);
        assertSame(t, g.snapshot.slots()[2], "the exit still names the tuple, which it allocates");
        assertEquals(0, Fixture.count(f.t, IrOp.NEW_TUPLE));
        assertEquals(0, Fixture.count(f.t, IrOp.TUPLE_GETITEM));
        assertEquals(0, Fixture.count(f.t, IrOp.GUARD_LEN));
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_CLASS));
    }

    @Test
    void aTupleAnInstructionUsesStaysAndWrongGuardsStay() {
        Fixture f = new Fixture(1);
        Ins a = f.slot(0);
        Ins five = f.add(IrOp.CONST_I64, 5L);
        f.loop();
        Ins t = f.add(IrOp.NEW_TUPLE, null, a, a);
        f.guard(5, new Ins[] {t}, IrOp.GUARD_LEN, 3, t);
        f.guard(5, new Ins[] {t}, IrOp.GUARD_TUPLE_INDEX, null, t, five);
        f.add(IrOp.CALL_HELPER, "print", t).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[1], null);
        f.jump();
        assertEquals(0, VirtualTuples.run(f.t));
        assertEquals(1, Fixture.count(f.t, IrOp.NEW_TUPLE));
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_LEN), "a length the tuple does not have: the guard fails, as it must");
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_TUPLE_INDEX));
    }

    @Test
    void aBoxOnlyAVirtualTupleHoldsIsVirtualToo() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0), it = f.slot(1);
        Ins seven = f.add(IrOp.CONST_I64, 7L);
        f.loop();
        Ins n = f.add(IrOp.RANGE_ITER_NEXT, null, it);
        Ins box = f.add(IrOp.BOX_INT, null, seven);
        Ins t = f.add(IrOp.NEW_TUPLE, null, a, box);
        Ins g = f.guard(5, new Ins[] {null, t}, IrOp.GUARD_NONZERO_I64, null, n);
        f.jump();
        Optimizer.optimize(f.t);
        f.t.verify();
        assertSame(t, g.snapshot.slots()[1]);
        assertEquals(0, Fixture.count(f.t, IrOp.NEW_TUPLE));
        assertEquals(0, Fixture.count(f.t, IrOp.BOX_INT));
        assertSame(seven, t.args[1], "the virtual tuple's item is the long, boxed by the exit");
    }
}
