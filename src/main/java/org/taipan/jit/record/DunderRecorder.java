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
 *
 * <p>An operator the recorder does not open up (nested past {@code CallRecorder.MAX_DEPTH}, a right
 * operand of another class that is not a builtin's, a dunder with a loop, cells or one that rebinds
 * an operand) is a residual call of tier 1's generic operator ({@code TraceCalls.binaryOp}), as a
 * plain call of such a function is, instead of aborting the recording, and so is an operand pair
 * the instruction's cache does not hold (a subclass's instance); only the recursion limit aborts.
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
            // another class than the cache's (a subclass, a mixed pair): tier 1's generic operator
            residual(r, calls, i, nb);
            return;
        }
        PyType tv = v.type(), tw = w.type();
        String why = calls.notInlinable(fn, 2, 1);
        if (why == CallRecorder.RECURSION_LIMIT) {
            throw new RecordAbort(why, i);
        }
        if (why != null || tw != tv && !BUILTIN_RIGHT.contains(w.getClass()) || LoopCalls.hasLoop(fn.code)
                || InlineCallProbe.writesLocalBelow(fn, 2)) {
            // past the inlining depth, a right operand whose class may reflect first, a loop of its
            // own, a frame the exits could not rebuild: tier 1's operator, not opened up
            residual(r, calls, i, nb);
            return;
        }
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

    private static final java.lang.reflect.Method BINARY_OP = TraceHelpers.find(org.taipan.interp.TraceCalls.class, "binaryOp", 4);

    /**
     * BINARY_OP_USER (or a generic BINARY_OP on objects that are not builtin scalars) at {@code i} as a residual call: a CALL_HELPER of {@code TraceCalls.binaryOp}
     * (Python code runs: the loop frame's locals are written first, inlined frames made real for
     * it), whose exit resumes at the instruction with both operands; run now, its result replaces them.
     *
     * @throws RecordAbort when the operator raised while recording (it ran: the exception is raised
     *                     at the instruction)
     */
    static void residual(Recorder r, CallRecorder calls, int i, int nb) {
        PyObject v = r.st[r.sp - 2], w = r.st[r.sp - 1];
        Ins result = r.b.guard(IrOp.CALL_HELPER, BINARY_OP, r.b.constant(Integer.valueOf(i)), r.b.constant(Integer.valueOf(nb)),
                r.b.read(r.sp - 2), r.b.read(r.sp - 1));
        PyObject value;
        try {
            value = calls.inFrames(i, () -> org.taipan.interp.TraceCalls.binaryOpRecorded(i, nb, v, w));
        } catch (org.taipan.runtime.PyException | StackOverflowError e) {
            throw new RecordAbort("operator dunder raised while recording", i, e);
        }
        r.replace(2, result, value);
        r.ip = i + 1;
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
