package org.taipan.jit.record;

import org.taipan.interp.AttrCacheProbe;
import org.taipan.interp.EagerQuickening;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.Shape;

/**
 * The recorder's shape transitions (issue 7): STORE_ATTR_ADD_VALUE {@code obj.name = v} that adds
 * an attribute to an instance (typically {@code self.x = x} in an inlined {@code __init__}), as
 * tier 1's inline cache does it ({@code AttrOps.storeValue}): under the guards of the cache entry
 * (the type at its version, the shape before), ADDSLOT appends the value and moves the instance to
 * the entry's next shape, a constant of the trace.
 */
final class ShapeRecorder {
    private ShapeRecorder() {}

    /**
     * STORE_ATTR_ADD_VALUE at {@code i} ({@code oparg} the name's index): {@code (v, obj -- )}; also
     * what a STORE_ATTR_INSTANCE_VALUE whose cache has no overwriting entry for {@code obj} records.
     * A store the cache does not take as an addition, even after tier 1's miss path extended it,
     * is tier 1's generic store, called ({@link GenericOpRecorder#storeAttr}).
     */
    static void addValue(Recorder r, int i, int oparg) {
        r.pops(i, 2);
        PyObject obj = r.st[r.sp - 1], v = r.st[r.sp - 2];
        Shape next = AttrCacheProbe.cachedAddShape(r.f.code, i, obj);
        if (next == null && EagerQuickening.extendOnMiss(r.f, i, r.sp)) {
            next = AttrCacheProbe.cachedAddShape(r.f.code, i, obj);
        }
        if (next == null) {
            // no entry, or one that overwrites (STORE_ATTR_INSTANCE_VALUE's typed form is not
            // tried from here, so the two cannot send each other round): tier 1's store
            GenericOpRecorder.storeAttr(r, i, oparg);
            return;
        }
        PyInstance pi = (PyInstance) obj;
        Ins vo = r.b.read(r.sp - 1);
        Speculation.typeVersion(r.b, pi.type(), vo);
        r.b.guard(IrOp.GUARD_SHAPE, pi.shape(), vo);
        r.b.emit(IrOp.ADDSLOT, next, vo, r.b.read(r.sp - 2));
        pi.addValue(next, v);
        r.pop();
        r.pop();
        r.ip = i + 1;
    }
}
