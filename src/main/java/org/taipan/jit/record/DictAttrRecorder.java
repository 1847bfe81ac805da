package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceResiduals;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A generic LOAD_ATTR (not the method form) that reads an instance dict: an attribute of an
 * exception ({@code e.code}), a function, an io object, or an instance of a builtin's subclass.
 * Tier 1 leaves such a site generic; the trace guards the object's type (under its version, so no
 * data descriptor of the name appears on it) and reads the dict through a RESIDUAL
 * ({@link TraceResiduals#instanceDictValue}), leaving when the entry is gone. Anything else
 * (a class object, a dict that lacks the name, a user class's own instances) aborts as before.
 */
final class DictAttrRecorder {
    private static final Method DICT_VALUE = TraceHelpers.find(TraceResiduals.class, "instanceDictValue", 2);

    private DictAttrRecorder() {}

    /** Whether {@link #record} handles LOAD_ATTR {@code oparg} on {@code obj}: its value sits in obj's instance dict. */
    static boolean applies(PyObject obj, PyStr name, int oparg) {
        if ((oparg & 1) != 0 || !(obj instanceof HasDict hd) || obj instanceof PyType || obj instanceof PyInstance
                || name.getClass() != PyStr.class) {
            return false;
        }
        PyType t = obj.type();
        if (t.tp_getattro != ObjectSlots.genericGetAttrSlot() || !(t.instancesHaveDict() || !t.isHeapType())) {
            return false;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            return false;
        }
        PyDict d = hd.dictIfMade();
        return d != null && d.getItem(name) != null;
    }

    /** LOAD_ATTR at {@code i} on the object at the top of the stack, which {@link #applies}: {@code (obj -- value)}. */
    static void record(Recorder r, int i, int oparg) {
        r.pops(i, 1);
        PyObject obj = r.st[r.sp - 1];
        PyStr name = r.f.code.names[oparg >> 1];
        PyObject v = ((HasDict) obj).dictIfMade().getItem(name);
        Ins vo = r.b.read(r.sp - 1);
        Speculation.typeVersion(r.b, obj.type(), vo);
        Ins got = r.b.guard(IrOp.RESIDUAL, DICT_VALUE, vo, r.b.constant(name));
        r.b.guard(IrOp.GUARD_NOT_NULL, "attribute no longer in the instance dict", got);
        r.replace(1, got, v);
        r.ip = i + 1;
    }
}
