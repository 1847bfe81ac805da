package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyInt;

class GuardElimTest {
    private static final Ins[] S = {null};

    @Test
    void aSecondClassCheckOfTheSameValueGoes() {
        Fixture f = new Fixture(1);
        Ins x = f.slot(0);
        f.guard(0, S, IrOp.GUARD_CLASS, PyInt.class, x);
        f.loop();
        f.unboxInt(2, S, x);
        f.unboxInt(4, S, x);
        f.guard(6, S, IrOp.GUARD_CLASS, String.class, x);
        f.jump();
        assertEquals(2, GuardElim.run(f.t) - 1, f.t::toString);
        f.t.verify();
        // left: the preamble's class check, one small-int check, and the contradicting check
        assertEquals(3, f.t.guardCount(), f.t::toString);
    }

    @Test
    void boxesAndConstantsHaveKnownClasses() {
        Fixture f = new Fixture(1);
        Ins c = f.add(IrOp.CONST_REF, PyInt.of(3));
        f.loop();
        Ins b = f.add(IrOp.BOX_INT, null, f.add(IrOp.UNBOX_INT, null, c));
        f.unboxInt(2, S, b);
        f.guard(2, S, IrOp.GUARD_CLASS, PyInt.class, c);
        f.guard(2, S, IrOp.GUARD_IS, c.aux, c);
        f.jump();
        GuardElim.run(f.t);
        f.t.verify();
        assertEquals(0, f.t.guardCount(), f.t::toString);
    }

    @Test
    void aShapeIsForgottenAtAnEffectButNotAtASetslot() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        Object shape = new Object();
        f.loop();
        f.guard(1, S, IrOp.GUARD_SHAPE, shape, o);
        f.add(IrOp.SETSLOT, 0, o, o);
        f.guard(2, S, IrOp.GUARD_SHAPE, shape, o);
        f.add(IrOp.CALL_HELPER, "anything", o).snapshot = new org.taipan.jit.ir.Snapshot(Fixture.CODE, 3, 1, new Ins[1], null);
        f.guard(4, S, IrOp.GUARD_SHAPE, shape, o);
        f.jump();
        assertEquals(1, GuardElim.run(f.t));
        f.t.verify();
        assertEquals(2, Fixture.count(f.t, IrOp.GUARD_SHAPE));
    }

    @Test
    void shapesFromThePreambleDoNotCrossLoop() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        Object shape = new Object();
        f.guard(0, S, IrOp.GUARD_SHAPE, shape, o);
        f.loop();
        f.guard(1, S, IrOp.GUARD_SHAPE, shape, o);
        f.jump();
        assertEquals(0, GuardElim.run(f.t));
    }

    @Test
    void aNullCheckOfABoxOrOfAValueOfKnownClassGoes() {
        Fixture f = new Fixture(2);
        Ins x = f.slot(0), c = f.slot(1);
        f.loop();
        Ins box = f.add(IrOp.BOX_FLOAT, null, f.add(IrOp.CONST_F64, 2.0));
        f.guard(1, new Ins[] {null, null}, IrOp.GUARD_NOT_NULL, null, box);
        f.guard(2, new Ins[] {null, null}, IrOp.GUARD_CLASS, PyInt.class, x);
        f.guard(3, new Ins[] {null, null}, IrOp.GUARD_NOT_NULL, null, x);
        Ins v = f.add(IrOp.CELL_GET, null, c);
        f.guard(4, new Ins[] {null, null}, IrOp.GUARD_NOT_NULL, null, v);
        f.jump();
        assertEquals(2, GuardElim.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_NOT_NULL), "the cell's contents may be null");
    }
}
