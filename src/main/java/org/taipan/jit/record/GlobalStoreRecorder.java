package org.taipan.jit.record;

import org.taipan.jit.ir.DictSlot;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * STORE_GLOBAL in a trace ({@code global g; g = v} in a loop or an inlined callee): the store of an
 * existing name at its recorded position ({@link IrOp#DICT_STORE_AT} under
 * {@link IrOp#GUARD_DICT_KEYS}), through {@code PyDict.setItem}'s present-key path, so a trace that
 * uses the global as a constant (its switch point, {@link Speculation#global}) is invalidated by it,
 * also when the store runs in the middle of that very trace. A new name is left to tier 1.
 */
final class GlobalStoreRecorder {
    private GlobalStoreRecorder() {}

    /** STORE_GLOBAL {@code name} at {@code i} of the frame being recorded ({@code (v -- )}). */
    static void record(Recorder r, int i, PyStr name) {
        r.pops(i, 1);
        PyDict d = r.f.globals;
        if (d == null || d.getClass() != PyDict.class) {
            throw new RecordAbort("STORE_GLOBAL into a dict subclass", i);
        }
        int pos = d.positionOf(name);
        if (pos < 0) {
            throw new RecordAbort("STORE_GLOBAL of a new name", i);
        }
        DictSlot s = new DictSlot(d, d.keysVersion(), pos, name.toString());
        PyObject v = r.st[r.sp - 1];
        r.b.guard(IrOp.GUARD_DICT_KEYS, s);
        r.b.emit(IrOp.DICT_STORE_AT, s, r.b.read(r.sp - 1));
        // what tier 1 does (RareOps: globals.setItem), at the position just found
        d.setValueAtPosition(pos, v);
        r.pop();
        r.ip = i + 1;
    }
}
