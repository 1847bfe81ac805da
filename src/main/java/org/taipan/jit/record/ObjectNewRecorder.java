package org.taipan.jit.record;

import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.ObjectSlots;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code object.__new__(C)} and {@code C.__new__(C)} in a trace (go's {@code Board.copy}: an
 * instance made without {@code __init__}, its attributes stored one by one): the allocation part of
 * a class call ({@link InitRecorder}), a NEW_INSTANCE of {@code C}. CPython's {@code object_new}
 * with the type alone checks nothing about arguments; it refuses abstract classes and types that are
 * not heap types, and a class with a finalizer gets an instance the runtime tracks. So only a
 * heap class whose metaclass is {@code type}, made by {@code object.__new__} (no {@code __new__}
 * of its own or of a builtin base), not abstract and without {@code __del__}, is recorded; its
 * identity and version are guarded at the call (a class patched later exits, and tier 1 redoes
 * the call). Anything else is left to the instruction's usual recording.
 */
final class ObjectNewRecorder {
    private ObjectNewRecorder() {}

    private static final PyStr NEW = PyStr.of("__new__");

    /** {@code object.__new__}, the builtin function in object's namespace. */
    static PyObject objectNew() {
        return PyType.OBJECT.dict().getItem(NEW);
    }

    /**
     * Whether the call at the top of the stack, {@code [NULL, callable, argc args]}, is
     * {@code object.__new__(C)} of a class this recorder makes instances of.
     */
    static boolean matches(Recorder r, int argc) {
        if (argc != 1 || r.sp - 3 < r.floor) {
            return false;
        }
        int base = r.sp - 3;
        return r.st[base] == null && r.st[base + 1] == objectNew() && r.st[base + 2] instanceof PyType t
                && plain(t);
    }

    /** A class {@code object.__new__} makes a plain {@link PyInstance} of, as {@code ObjectSlots.objectNew} does. */
    static boolean plain(PyType t) {
        return t != PyType.OBJECT && t.type() == PyType.TYPE && t.isHeapType() && ObjectSlots.usesObjectNew(t)
                && t.tp_finalize == null;
    }

    /**
     * The CALL at {@code i} of {@code [NULL, object.__new__, C]} ({@link #matches}): the instance,
     * guarded on the callable's and the class's identity and on the class's version.
     */
    static void call(Recorder r, int i) {
        int base = r.sp - 3;
        PyType t = (PyType) r.st[base + 2];
        PyObject fn = r.st[base + 1];
        Ins vf = r.b.read(base + 1), vt = r.b.read(base + 2);
        if (vf.op != IrOp.CONST_REF || vf.aux != fn) {
            r.b.guard(IrOp.GUARD_IS, fn, vf);
        }
        if (vt.op != IrOp.CONST_REF || vt.aux != t) {
            r.b.guard(IrOp.GUARD_IS, t, vt);
        }
        Ins inst = r.b.emit(IrOp.NEW_INSTANCE, t);
        // abstractness, __new__ and __del__ are in the class's namespace or a base's: its version covers them
        Speculation.typeVersion(r.b, t, inst);
        r.replace(3, inst, new PyInstance(t));
        r.ip = i + 1;
    }
}
