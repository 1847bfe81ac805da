package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceCalls;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * LOAD_ATTR and STORE_ATTR that tier 1 left generic and no typed recorder opens up (a data
 * descriptor of a type such as {@code type(o).__name__}, a class with {@code __getattr__} or
 * {@code __setattr__}, a function's or a frame's attributes): called as tier 1 does them
 * ({@code Abstract.getAttr} / {@code setAttr}) through a CALL_HELPER of {@link TraceCalls}, instead
 * of aborting the recording, so the rest of the loop is still compiled. Python code may run (a
 * property, {@code __getattr__}): the loop frame's locals are written first and inlined frames
 * made real, as for any {@link org.taipan.interp.RunsPython} helper, and the trace's body is not
 * calm (nothing is hoisted across it). The helper's exit resumes at the instruction with its
 * operands, where tier 1 unwinds what it raised. Run while recording too; if it raises, the
 * recording stops with that exception raised at the instruction.
 */
final class GenericAttrRecorder {
    private GenericAttrRecorder() {}

    private static final Method LOAD = TraceHelpers.find(TraceCalls.class, "loadAttr", 3);
    private static final Method STORE = TraceHelpers.find(TraceCalls.class, "storeAttr", 4);

    /**
     * Generic LOAD_ATTR at {@code i}: {@code (o -- v)}, or {@code (o -- NULL, v)} in the method
     * form (the bound attribute called with no self added: what tier 1's method form amounts to).
     * The caller checked the operand is there ({@link Recorder#pops}).
     */
    static void load(Recorder r, CallRecorder calls, int i, int oparg) {
        PyObject o = r.st[r.sp - 1];
        PyStr name = r.f.code.names[oparg >> 1];
        Ins result = r.b.guard(IrOp.CALL_HELPER, LOAD, r.b.constant(Integer.valueOf(i)), r.b.read(r.sp - 1), r.b.constant(name));
        PyObject value;
        try {
            value = calls.inFrames(i, () -> TraceCalls.loadAttrRecorded(i, o, name));
        } catch (PyException | StackOverflowError e) {
            throw new RecordAbort("attribute load raised while recording", i, e);
        }
        r.pop();
        if ((oparg & 1) != 0) {
            r.push(r.b.constant(null), null);
        }
        r.push(result, value);
        r.ip = i + 1;
    }

    /** Generic STORE_ATTR at {@code i}: {@code (v, o -- )}. */
    static void store(Recorder r, CallRecorder calls, int i, int oparg) {
        r.pops(i, 2);
        PyObject o = r.st[r.sp - 1], v = r.st[r.sp - 2];
        PyStr name = r.f.code.names[oparg];
        r.b.guard(IrOp.CALL_HELPER, STORE, r.b.constant(Integer.valueOf(i)), r.b.read(r.sp - 1), r.b.constant(name),
                r.b.read(r.sp - 2));
        try {
            calls.inFrames(i, () -> TraceCalls.storeAttrRecorded(i, o, name, v));
        } catch (PyException | StackOverflowError e) {
            throw new RecordAbort("attribute store raised while recording", i, e);
        }
        r.pop();
        r.pop();
        r.ip = i + 1;
    }
}
