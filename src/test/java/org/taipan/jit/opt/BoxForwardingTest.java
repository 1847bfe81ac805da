package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;

class BoxForwardingTest {
    @Test
    void unboxOfABoxIsItsOperandAndABoxOnlyExitsNeedIsVirtual() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0);
        Ins seven = f.add(IrOp.CONST_I64, 7L);
        f.loop();
        Ins box = f.add(IrOp.BOX_INT, null, seven);
        Ins u = f.add(IrOp.UNBOX_INT, null, box);
        Ins sum = f.add(IrOp.INT_ADD, null, u, u);
        Ins g = f.guard(3, new Ins[] {a, box}, IrOp.GUARD_NO_OVERFLOW_ADD, null, u, u, sum);
        f.jump();
        assertEquals(1, BoxForwarding.run(f.t));
        f.t.verify();
        assertSame(seven, sum.args[0]);
        assertSame(seven, g.snapshot.slots()[1], "the exit boxes the long itself");
        assertEquals(0, Fixture.count(f.t, IrOp.BOX_INT));
        assertEquals(0, Fixture.count(f.t, IrOp.UNBOX_INT));
    }

    @Test
    void aBoxAnInstructionUsesStays() {
        Fixture f = new Fixture(1);
        Ins seven = f.add(IrOp.CONST_I64, 7L);
        f.loop();
        Ins box = f.add(IrOp.BOX_INT, null, seven);
        f.add(IrOp.CALL_HELPER, "print", box).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[1], null);
        f.jump();
        assertEquals(0, BoxForwarding.run(f.t));
        assertEquals(1, Fixture.count(f.t, IrOp.BOX_INT));
    }
}
