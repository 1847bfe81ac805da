package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.SwitchPoint;
import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;

class RepeatedGuardsTest {
    private static final Ins[] S = {null};

    private static Ins call(Fixture f, Ins arg) {
        Ins c = f.add(IrOp.CALL_HELPER, "anything", arg);
        c.snapshot = new Snapshot(Fixture.CODE, 3, 1, new Ins[1], null);
        return c;
    }

    @Test
    void aTypeCheckRepeatedAcrossSlotLoadsAndStoresGoesButNotAcrossACall() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        Object type = new Object();
        f.loop();
        f.guard(1, S, IrOp.GUARD_TYPE, type, o);
        Ins x = f.add(IrOp.GETSLOT, 0, o);
        f.guard(2, S, IrOp.GUARD_TYPE, type, o);
        f.add(IrOp.SETSLOT, 1, o, x);
        f.guard(3, S, IrOp.GUARD_TYPE, type, o);
        call(f, o);
        f.guard(4, S, IrOp.GUARD_TYPE, type, o);
        f.guard(5, S, IrOp.GUARD_TYPE, new Object(), o);
        f.jump();
        assertEquals(2, RepeatedGuards.run(f.t), f.t::toString);
        f.t.verify();
        // the first, the one after the call, and the contradicting one
        assertEquals(3, Fixture.count(f.t, IrOp.GUARD_TYPE), f.t::toString);
    }

    @Test
    void typeChecksOfThePreambleDoNotCrossLoop() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        Object type = new Object();
        f.guard(0, S, IrOp.GUARD_TYPE, type, o);
        f.loop();
        f.guard(1, S, IrOp.GUARD_TYPE, type, o);
        f.jump();
        assertEquals(0, RepeatedGuards.run(f.t));
    }

    @Test
    void assumptionsAndFunctionsAreCheckedOncePerStretch() {
        Fixture f = new Fixture(1);
        Ins o = f.slot(0);
        SwitchPoint sp = new SwitchPoint();
        f.loop();
        f.guard(1, S, IrOp.GUARD_NOT_INVALIDATED, Dependency.on("type C unchanged", sp));
        f.guard(1, S, IrOp.GUARD_FUNCTION, new FunctionShape(null, Fixture.CODE, null));
        f.guard(2, S, IrOp.GUARD_NOT_INVALIDATED, Dependency.on("type C unchanged", sp));
        f.guard(2, S, IrOp.GUARD_FUNCTION, new FunctionShape(null, Fixture.CODE, null));
        f.guard(2, S, IrOp.GUARD_NOT_INVALIDATED, Dependency.on("global g", new SwitchPoint()));
        call(f, o);
        f.guard(4, S, IrOp.GUARD_NOT_INVALIDATED, Dependency.on("type C unchanged", sp));
        f.jump();
        assertEquals(2, RepeatedGuards.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(3, Fixture.count(f.t, IrOp.GUARD_NOT_INVALIDATED), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.GUARD_FUNCTION), f.t::toString);
    }

    @Test
    void theFirstBoundsCheckOfAListCoversTheLargestConstantIndex() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0);
        Ins b = f.slot(1);
        f.loop();
        Ins[] ks = new Ins[7];
        for (int k = 0; k < 7; k++) {
            ks[k] = f.add(IrOp.CONST_I64, (long) k);
        }
        Ins[] s = {null, null};
        Ins first = f.guard(1, s, IrOp.GUARD_LIST_INDEX, null, a, ks[0]);
        f.add(IrOp.LIST_GETITEM, null, a, ks[0]);
        f.guard(2, s, IrOp.GUARD_LIST_INDEX, null, b, ks[0]);
        f.guard(3, s, IrOp.GUARD_LIST_INDEX, null, a, ks[6]);
        Ins item = f.add(IrOp.LIST_GETITEM, null, a, ks[6]);
        f.add(IrOp.LIST_SETITEM, null, a, ks[3], item);
        f.guard(4, s, IrOp.GUARD_LIST_INDEX, null, a, ks[3]);
        f.add(IrOp.LIST_APPEND, null, a, item);
        f.guard(5, s, IrOp.GUARD_LIST_INDEX, null, a, ks[5]);
        call(f, a);
        f.guard(6, s, IrOp.GUARD_LIST_INDEX, null, a, ks[1]);
        f.jump();
        assertEquals(3, RepeatedGuards.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(6L, first.arg(1).aux, "strengthened to the largest index");
        assertEquals(IrOp.CONST_I64, f.t.ops.get(first.id - 1).op, "its constant just before it");
        assertEquals(3, Fixture.count(f.t, IrOp.GUARD_LIST_INDEX), f.t::toString);
        assertEquals(0L, f.t.ops.stream().filter(i -> i.op == IrOp.LIST_GETITEM).findFirst().orElseThrow().arg(1).aux,
                "the load keeps its own index");
    }

    @Test
    void aBoundsCheckOfAVariableIndexIsLeftAlone() {
        Fixture f = new Fixture(2);
        Ins a = f.slot(0);
        Ins i = f.add(IrOp.UNBOX_INT, null, f.slot(1));
        f.loop();
        Ins[] s = {null, null};
        f.guard(1, s, IrOp.GUARD_LIST_INDEX, null, a, i);
        f.guard(2, s, IrOp.GUARD_LIST_INDEX, null, a, f.add(IrOp.CONST_I64, 3L));
        f.jump();
        assertEquals(0, RepeatedGuards.run(f.t), f.t::toString);
        assertEquals(2, Fixture.count(f.t, IrOp.GUARD_LIST_INDEX));
    }

    @Test
    void aBoundsCheckIsNotStrengthenedAcrossAnAppendToItsList() {
        Fixture f = new Fixture(1);
        Ins a = f.slot(0);
        f.loop();
        Ins zero = f.add(IrOp.CONST_I64, 0L), five = f.add(IrOp.CONST_I64, 5L);
        Ins first = f.guard(1, S, IrOp.GUARD_LIST_INDEX, null, a, zero);
        Ins x = f.add(IrOp.LIST_GETITEM, null, a, zero);
        f.add(IrOp.LIST_APPEND, null, a, x);
        f.guard(2, S, IrOp.GUARD_LIST_INDEX, null, a, five);
        f.jump();
        assertEquals(0, RepeatedGuards.run(f.t), f.t::toString);
        f.t.verify();
        assertSame(zero, first.arg(1), "a[5] may exist only after the append");
    }
}
