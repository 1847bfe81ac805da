package org.taipan.jit.record;

import org.taipan.interp.AttrCacheProbe;
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

    /** STORE_ATTR_ADD_VALUE at {@code i}: {@code (v, obj -- )}. */
    static void addValue(Recorder r, int i) {
        r.pops(i, 2);
        PyObject obj = r.st[r.sp - 1], v = r.st[r.sp - 2];
        Shape next = AttrCacheProbe.cachedAddShape(r.f.code, i, obj);
        if (next == null) {
            // no entry, or one that overwrites: the overwriting form is STORE_ATTR_INSTANCE_VALUE's
            throw new RecordAbort("STORE_ATTR_ADD_VALUE cache miss", i);
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
