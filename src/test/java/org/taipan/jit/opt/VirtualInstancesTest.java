package org.taipan.jit.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.InstanceLayout;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

class VirtualInstancesTest {
    /** A heap class and its shapes (x) and (x, y). */
    private static final PyType TYPE = type();
    private static final Shape X = TYPE.rootShape().withAttribute(PyStr.of("x"));
    private static final Shape XY = X.withAttribute(PyStr.of("y"));

    private static PyType type() {
        return PyType.newHeapType(PyType.TYPE, "C", new PyType[0], new org.taipan.runtime.PyDict());
    }

    /**
     * {@code o = C(); o.x = a; <guard naming o>; o.y = b; <guard naming o>}; with {@code phi}
     * the instance is also the next value of a loop-carried local.
     */
    private static Fixture build(boolean phi) {
        Fixture f = new Fixture(2);
        Ins a = f.add(IrOp.CONST_F64, 1.5);
        Ins entry = f.slot(1);
        f.loop();
        Ins carried = phi ? f.phi(entry) : null;
        Ins o = f.add(IrOp.NEW_INSTANCE, TYPE);
        f.add(IrOp.ADDSLOT_F64, X, o, a);
        f.guard(1, new Ins[] {o, carried}, IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, a, a));
        f.add(IrOp.ADDSLOT_F64, XY, o, a);
        f.guard(2, new Ins[] {o, carried}, IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, a, a));
        if (phi) {
            Fixture.close(carried, o);
        }
        f.jump();
        f.t.verify();
        return f;
    }

    @Test
    void anInstanceOnlyExitsNameIsBuiltThereWithItsStateAtEach() {
        Fixture f = build(false);
        assertEquals(1, VirtualInstances.run(f.t), f.t::toString);
        f.t.verify();
        assertEquals(0, Fixture.count(f.t, IrOp.NEW_INSTANCE), f.t::toString);
        assertEquals(0, Fixture.count(f.t, IrOp.ADDSLOT_F64), f.t::toString);
        Ins[] guards = f.t.ops.stream().filter(i -> i.op == IrOp.GUARD_TRUE).toArray(Ins[]::new);
        Ins first = guards[0].snapshot.slots()[0], second = guards[1].snapshot.slots()[0];
        assertEquals(IrOp.VIRTUAL_INSTANCE, first.op);
        assertEquals(1, ((InstanceLayout) first.aux).shapes().size(), "one attribute at the first exit");
        assertEquals(2, ((InstanceLayout) second.aux).shapes().size(), "two at the second");
        assertSame(XY, ((InstanceLayout) second.aux).shapes().get(1));
    }

    @Test
    void anInstanceTheNextIterationReadsStaysAllocated() {
        Fixture f = build(true);
        assertEquals(0, VirtualInstances.run(f.t), f.t::toString);
        assertEquals(1, Fixture.count(f.t, IrOp.NEW_INSTANCE), f.t::toString);
    }

    @Test
    void aSnapshotSharedAcrossAStoreKeepsTheInstance() {
        Fixture f = new Fixture(2);
        Ins a = f.add(IrOp.CONST_F64, 1.5);
        f.loop();
        Ins o = f.add(IrOp.NEW_INSTANCE, TYPE);
        f.add(IrOp.ADDSLOT_F64, X, o, a);
        Snapshot shared = new Snapshot(Fixture.CODE, 1, 2, new Ins[] {o, null}, null);
        f.add(IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, a, a)).snapshot = shared;
        f.add(IrOp.ADDSLOT_F64, XY, o, a);
        f.add(IrOp.GUARD_TRUE, null, f.add(IrOp.FLOAT_LT, null, a, a)).snapshot = shared;
        f.jump();
        f.t.verify();
        assertEquals(0, VirtualInstances.run(f.t), f.t::toString);
    }
}
