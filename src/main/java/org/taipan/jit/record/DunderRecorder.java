package org.taipan.jit.record;

import java.util.Set;
import org.taipan.interp.CallEnd;
import org.taipan.interp.InlineCallProbe;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The recorder's user-defined binary operators (issue 7): BINARY_OP_USER {@code v <op> w}, which
 * tier 1 runs as a direct call of the left operand's Python dunder ({@code CallOps.binaryUser}),
 * becomes an inlined call of that dunder with (v, w), its caller waiting at the BINARY_OP_USER.
 *
 * <p>Guards, at the instruction (the exit redoes it in tier 1): v's class at its version (so the
 * dunder is the one looked up); w of v's class, or of one builtin type (by its Java class, which no
 * Python subclass shares), so no reflected dunder of a subclass goes first (CPython's
 * {@code binary_op1}); the dunder's code and defaults.
 *
 * <p>The inlined frame is a {@link Snapshot.CallKind#BINARY_DUNDER} one: a NotImplemented answer
 * continues the operator protocol with the operands (the frame's locals 0 and 1, so a dunder that
 * can rebind them is refused). In the trace, a returned value that may be NotImplemented is guarded
 * not to be (the exit returns it in tier 1, which goes on with the protocol); NotImplemented while
 * recording aborts (the abort's tier-1 finish does the same).
 */
final class DunderRecorder {
    private DunderRecorder() {}

    /** Java classes of right operands whose Python type is always the one builtin type. */
    private static final Set<Class<?>> BUILTIN_RIGHT = Set.of(PyFloat.class, PyInt.class, PyBool.class, PyStr.class,
            PyTuple.class, PyList.class, PyNone.class);

    /** BINARY_OP_USER at {@code i} of {@code (v, w -- )} with operator {@code nb}. */
    static void binary(Recorder r, CallRecorder calls, int i, int nb) {
        r.pops(i, 2);
        PyObject v = r.st[r.sp - 2], w = r.st[r.sp - 1];
        PyFunction fn = InlineCallProbe.userBinary(r.f.code, i, v, w);
        if (fn == null) {
            throw new RecordAbort("BINARY_OP_USER cache miss", i);
        }
        PyType tv = v.type(), tw = w.type();
        if (tw != tv && !BUILTIN_RIGHT.contains(w.getClass())) {
            throw new RecordAbort("BINARY_OP_USER right operand of another class", i);
        }
        if (LoopCalls.hasLoop(fn.code)) {
            throw new RecordAbort("operator dunder with a loop", i);
        }
        if (InlineCallProbe.writesLocalBelow(fn, 2)) {
            throw new RecordAbort("operator dunder rebinds an operand", i);
        }
        calls.checkInlinable(i, fn, 2, 1);
        Ins vv = r.b.read(r.sp - 2), vw = r.b.read(r.sp - 1);
        Speculation.typeVersion(r.b, tv, vv);
        if (tw == tv) {
            r.b.guard(IrOp.GUARD_TYPE, tv, vw);
        } else {
            r.b.guard(IrOp.GUARD_CLASS, w.getClass(), vw);
        }
        r.b.guard(IrOp.GUARD_FUNCTION, FunctionShape.of(fn));
        // nothing below aborts: the frames change from here on
        calls.enter(i, r.sp - 2, -1, fn, new Ins[] {vv, vw}, new PyObject[] {v, w}, Snapshot.CallKind.BINARY_DUNDER,
                null, null, new CallEnd.BinaryDunder(nb, v, w));
    }

    /**
     * At an inlined dunder's return of {@code v} (IR {@code vi}), before the frame is left: aborts
     * on NotImplemented, guards a value that could be NotImplemented not to be.
     */
    static void checkImplemented(Recorder r, int i, PyObject v, Ins vi) {
        if (v == PyNotImplemented.NOT_IMPLEMENTED) {
            throw new RecordAbort("operator dunder returned NotImplemented", i);
        }
        boolean known = switch (vi.op) {
            case CONST_REF, NEW_INSTANCE, NEW_TUPLE, NEW_LIST, BOX_INT, BOX_FLOAT, BOX_BOOL -> true;
            default -> false;
        };
        if (!known) {
            Ins same = r.b.emit(IrOp.REF_IS, null, vi, r.b.constant(PyNotImplemented.NOT_IMPLEMENTED));
            r.b.guard(IrOp.GUARD_FALSE, null, same);
        }
    }
}
