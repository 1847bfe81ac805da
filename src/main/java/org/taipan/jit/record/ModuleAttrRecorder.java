package org.taipan.jit.record;

import org.taipan.interp.AttrCacheProbe;
import org.taipan.jit.ir.DictSlot;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * LOAD_ATTR_MODULE in a trace ({@code math.pi}, {@code mod.f(x)}): the module is guarded by
 * identity and the attribute, found where tier 1's cache finds it, becomes a constant of the trace
 * under a switch point on the module dict's key ({@link Speculation#dictKey}), so Fold can fold
 * arithmetic on it; an attribute rebound too often is read at its dict position on every use.
 */
final class ModuleAttrRecorder {
    private ModuleAttrRecorder() {}

    /** LOAD_ATTR_MODULE at {@code i}: {@code (module -- v)}, or {@code (module -- NULL, v)} for a call. */
    static void record(Recorder r, int i, int oparg) {
        r.pops(i, 1);
        PyObject obj = r.st[r.sp - 1];
        int pos = AttrCacheProbe.cachedModulePosition(r.f.code, i, obj);
        PyDict d = pos < 0 ? null : ((PyModule) obj).dict();
        if (d == null || d.getClass() != PyDict.class) {
            throw new RecordAbort("LOAD_ATTR_MODULE cache miss", i);
        }
        PyObject v = d.valueAtPosition(pos);
        PyStr name = r.f.code.names[oparg >> 1];
        Ins vo = r.b.read(r.sp - 1);
        r.b.guard(IrOp.GUARD_IS, obj, vo);
        Ins value;
        if (Speculation.dictKey(r.b, d, name, "module attribute " + ((PyModule) obj).name() + "." + name)) {
            value = r.b.constant(v);
        } else {
            DictSlot s = new DictSlot(d, d.keysVersion(), pos, name.toString());
            r.b.guard(IrOp.GUARD_DICT_KEYS, s);
            value = r.b.emit(IrOp.DICT_VALUE_AT, s);
        }
        r.pop();
        if ((oparg & 1) != 0) {
            // the attribute is about to be called: the NULL of the calling convention below it
            r.push(r.b.constant(null), null);
        }
        r.push(value, v);
        r.ip = i + 1;
    }
}
