package org.taipan.jit.record;

import org.taipan.interp.TraceDescriptors;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The recorder's CALL_NO_KW_ISINSTANCE, {@code [NULL, isinstance, x, cls]} (CPython 3.11's form):
 * when {@code cls} is a constant of the trace (a global's speculated value, a literal tuple) made
 * of classes whose metaclass is {@code type} (no {@code __instancecheck__} to run), the answer
 * depends only on {@code x}'s type: {@code x}'s exact class is guarded (and, when the class does
 * not fix the Python type, the type at its version, which also fixes its MRO and its
 * {@code __class__} attribute), and the result is a constant. Otherwise an ordinary builtin call
 * ({@link BuiltinRecorder}).
 */
final class IsInstanceRecorder {
    private final Recorder r;
    private final BuiltinRecorder builtins;

    IsInstanceRecorder(Recorder r, BuiltinRecorder builtins) {
        this.r = r;
        this.builtins = builtins;
    }

    void call(int i) {
        r.pops(i, 4);
        int base = r.sp - 4;
        PyObject[] st = r.st;
        PyObject fn = st[base + 1], x = st[base + 2], cls = st[base + 3];
        Ins vf = r.b.read(base + 1), vc = r.b.read(base + 3);
        PyObject isinstance = r.f.builtins == null ? null : r.f.builtins.getItem(org.taipan.runtime.PyStr.of("isinstance"));
        if (st[base] != null || fn != isinstance || vc.op != IrOp.CONST_REF || !plainClasses(cls, 0)) {
            builtins.call(i, 2);
            return;
        }
        boolean result;
        PyType tp = x.type();
        // a subclass relation holds whatever __class__ says; otherwise __class__ must be the type's own
        result = Abstract.isInstance(x, cls);
        boolean exact = TraceDescriptors.exactClass(x.getClass());
        if (!result && !exact && !ObjectSlots.plainClassAttribute(tp)) {
            builtins.call(i, 2);
            return;
        }
        if (vf.op != IrOp.CONST_REF || vf.aux != fn) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        }
        Ins vx = r.b.read(base + 2);
        r.b.guard(IrOp.GUARD_CLASS, x.getClass(), vx);
        if (!exact) {
            Speculation.typeVersion(r.b, tp, vx);
        }
        r.replace(4, r.b.constant(PyBool.of(result)), PyBool.of(result));
        r.ip = i + 1;
    }

    /** Whether {@code cls} is a class whose metaclass is exactly {@code type}, or a tuple of such (nested at most 3 deep). */
    private static boolean plainClasses(PyObject cls, int depth) {
        if (cls instanceof PyType t) {
            return t.type() == PyType.TYPE;
        }
        if (cls instanceof PyTuple tup && cls.getClass() == PyTuple.class && depth < 3) {
            for (PyObject c : tup.array()) {
                if (!plainClasses(c, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
