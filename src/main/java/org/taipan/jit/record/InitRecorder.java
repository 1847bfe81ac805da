package org.taipan.jit.record;

import org.taipan.interp.CallEnd;
import org.taipan.interp.InlineCallProbe;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * The recorder's class calls (issue 7): {@code C(args)} of a plain class, the call tier 1 runs as
 * CALL_PY_CLASS ({@code CallOps.callPyClass}; CPython's {@code type_call} with object.__new__ and a
 * Python {@code __init__}), becomes NEW_INSTANCE of the class and the inlined {@code __init__(self,
 * args)}; the call's result is the instance, after a check that {@code __init__} returned None.
 *
 * <p>Guards, at the call (the exit redoes it in tier 1): the class's identity (unless a constant
 * already), the class at its version (no {@code __init__}, {@code __new__}, {@code __del__} or base
 * changed: the instance's GUARD_TYPE + the class's switch point, or GUARD_TYPE_VERSION), the
 * {@code __init__}'s code and defaults. A metaclass other than {@code type} cannot appear later: a
 * class's own class is never reassigned.
 *
 * <p>The inlined frame is an {@link Snapshot.CallKind#INIT} one: an exit or abort inside it
 * finishes {@code __init__} in tier 1 and gives the caller the instance (the frame's local 0), with
 * type.__call__'s extra recursion level counted. So an {@code __init__} that can rebind or delete
 * {@code self} is refused.
 */
final class InitRecorder {
    private InitRecorder() {}

    /** Whether {@code init} may be inlined as a constructor (its exits read the instance from local 0). */
    static boolean inlinable(CallRecorder calls, PyFunction init) {
        return !InlineCallProbe.writesLocalBelow(init, 1);
    }

    /**
     * CALL / CALL_PY_CLASS at {@code i} of {@code [NULL, t, argc args]}, {@code init} the
     * {@code __init__} tier 1 runs for it ({@code InlineCallProbe.initOf}): allocates and enters
     * {@code __init__}.
     */
    static void call(Recorder r, CallRecorder calls, int i, int op, int argc, PyType t, PyFunction init) {
        calls.checkInlinable(i, init, argc + 1, 2);
        int base = r.sp - argc - 2;
        Ins vt = r.b.read(base + 1);
        if (vt.op != IrOp.CONST_REF || vt.aux != t) {
            r.b.guard(IrOp.GUARD_IS, t, vt);
        }
        Ins inst = r.b.emit(IrOp.NEW_INSTANCE, t);
        // the instance's type is t by construction: the guard is the class's version
        Speculation.typeVersion(r.b, t, inst);
        r.b.guard(IrOp.GUARD_FUNCTION, FunctionShape.of(init));
        // nothing below aborts: the frames change from here on
        PyInstance self = new PyInstance(t);
        Ins[] argVals = new Ins[argc + 1];
        PyObject[] args = new PyObject[argc + 1];
        argVals[0] = inst;
        args[0] = self;
        for (int k = 0; k < argc; k++) {
            argVals[k + 1] = r.b.read(base + 2 + k);
            args[k + 1] = r.st[base + 2 + k];
        }
        calls.enter(i, base, -1, init, argVals, args, Snapshot.CallKind.INIT, inst, self, new CallEnd.Construct(self));
    }

    /**
     * At an inlined {@code __init__}'s return of {@code v} (IR {@code vi}), before the frame is
     * left: tier 1 raises TypeError for anything but None, so a value aborts (the abort finishes
     * the call in tier 1, which raises it) and a None that is not a constant is guarded.
     */
    static void checkNone(Recorder r, int i, PyObject v, Ins vi) {
        if (v != PyNone.NONE) {
            throw new RecordAbort("__init__ returned a value", i);
        }
        if (vi.op != IrOp.CONST_REF || vi.aux != PyNone.NONE) {
            r.b.guard(IrOp.GUARD_IS, PyNone.NONE, vi);
        }
    }
}
