package org.taipan.jit.record;

import java.lang.invoke.SwitchPoint;
import org.taipan.code.Op;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * LOAD_ATTR (and tier 1's LOAD_ATTR_CLASS) of a plain function on a class object in a trace:
 * {@code Base.__init__(self, x)}, {@code Helper.compute(a, b)}, of a plain value the class holds
 * ({@code Color.RED}, {@code Config.SIZE}: no {@code __get__}), and of {@code object.__new__} found
 * on a class ({@code C.__new__(C)}, {@link ObjectNewRecorder}). Tier 1 leaves such a site generic
 * when {@code type} itself has the name ({@code __init__}), though a class's own function comes
 * first for any name {@code type} only has as a non-data descriptor. The class is guarded by
 * identity and the function becomes a constant of the trace under the class's version switch point
 * (invalidated when the class or a base changes: a rebound method leaves the trace), so the CALL
 * after it is inlined or made residual as for a global function. Only for classes whose metaclass
 * is exactly {@code type} (no metaclass {@code __getattribute__} or attribute) and while the class
 * hands out switch points; anything else is tier 1's generic lookup, called.
 */
final class ClassAttrRecorder {
    private ClassAttrRecorder() {}

    /** LOAD_ATTR / LOAD_ATTR_CLASS {@code op} at {@code i}: {@code (cls -- f)}, or {@code (cls -- NULL, f)} for a call. */
    static void record(Recorder r, int i, int op, int oparg) {
        r.pops(i, 1);
        PyObject obj = r.st[r.sp - 1];
        PyStr name = r.f.code.names[oparg >> 1];
        if (op == Op.LOAD_ATTR && DictAttrRecorder.applies(obj, name, oparg)) {
            DictAttrRecorder.record(r, i, oparg);
            return;
        }
        if (!(obj instanceof PyType t) || t.type() != PyType.TYPE) {
            generic(r, i, oparg);
            return;
        }
        PyObject meta = PyType.TYPE.lookup(name);
        int version = t.versionTag();
        PyObject v = t.lookup(name);
        SwitchPoint sp = t.versionSwitchPoint(version);
        // a data descriptor of type (__name__, __dict__, ...) comes before the class's own attribute
        // object.__new__ (a builtin without __get__, read through C.__new__): ObjectNewRecorder records its call
        boolean function = v != null && (v.getClass() == PyFunction.class
                || v == ObjectNewRecorder.objectNew() && v.type().tp_descr_get == null);
        // a plain value (no __get__: a number, a str, a tuple, a nested class) is what the class holds
        boolean constant = function || v != null && v.type().tp_descr_get == null;
        if (!constant || meta != null && meta.type().tp_descr_set != null || sp == null) {
            generic(r, i, oparg);
            return;
        }
        Ins vo = r.b.read(r.sp - 1);
        if (vo.op != IrOp.CONST_REF || vo.aux != t) {
            r.b.guard(IrOp.GUARD_IS, t, vo);
        }
        r.b.guard(IrOp.GUARD_NOT_INVALIDATED, Dependency.on("type " + t.name() + " unchanged", sp));
        r.pop();
        if ((oparg & 1) != 0) {
            // the attribute is about to be called: the NULL of the calling convention below it
            r.push(r.b.constant(null), null);
        }
        r.push(r.b.constant(v), v);
        r.ip = i + 1;
    }

    /**
     * What no typed form covers (a staticmethod, whose callable {@code __init__} can replace; a
     * classmethod; a property of a metaclass): tier 1's lookup, called ({@link GenericOpRecorder}).
     * LOAD_ATTR_CLASS is tier 1's form of the same lookup.
     */
    private static void generic(Recorder r, int i, int oparg) {
        GenericOpRecorder.loadAttr(r, i, oparg);
    }
}
