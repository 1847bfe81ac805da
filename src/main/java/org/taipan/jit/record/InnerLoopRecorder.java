package org.taipan.jit.record;

import org.taipan.code.Op;
import org.taipan.interp.Frame;
import org.taipan.jit.InnerCall;
import org.taipan.jit.InnerLoops;
import org.taipan.jit.Jit;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyException;

/**
 * Inner loops in a recorded iteration (issue 7, nested loops): at the header of an inner loop that
 * has a compiled trace (in the loop's own frame, at the depth that trace was recorded at), the
 * recording emits CALL_TRACE with a snapshot of the frame at that header, runs the inner loop's trace
 * itself ({@link InnerLoops#runWhileRecording}) and goes on from where that left the frame (after the
 * loop, or at the instruction an exit left it at); every slot the inner loop may write (its
 * STORE_FAST/DELETE_FAST targets and the stack above the header's depth) is read back from the frame
 * (FRAME_SLOT). An inner loop without a trace still aborts "inner loop": it gets hot first (its
 * back jumps count once per inner iteration), is traced, and the outer loop's next recording
 * (after its back-off) calls it.
 */
final class InnerLoopRecorder {
    private final Recorder r;
    private final Jit jit;

    InnerLoopRecorder(Recorder r) {
        this.r = r;
        this.jit = r.ts.interpreter.jit();
    }

    private static final java.lang.reflect.Method GET_ITER;
    /** Back jumps of untraceable inner loops one recording may take ({@link #unrollable}). */
    static final int MAX_UNROLLED = 4;
    private int unrolled;
    /** {@link Recorder#loopLast}, once asked. */
    private int loopLast = -1;

    static {
        try {
            GET_ITER = InnerLoops.class.getMethod("getIter", Object.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * GET_ITER at {@code i} whose FOR_ITER at {@code i + 1} heads an inner loop with a trace (the
     * stack then one deeper): on an iterable whose {@code iter()} runs no Python code
     * ({@code PlainIterators.iterRunsNoCode}: exact lists, tuples, ranges, strs, dicts, sets and
     * dict views; {@code IteratorTypes.iterIsSelf}: exact enumerate, zip, map, filter and reversed
     * objects), its class (a view's type) guarded, a CALL_HELPER of tier 1's GET_ITER (a new
     * iterator per outer iteration). Returns false for other iterables.
     */
    boolean getIter(int i) {
        org.taipan.runtime.PyObject o = r.st[r.sp - 1];
        if (!org.taipan.runtime.PlainIterators.iterRunsNoCode(o) && !org.taipan.builtins.IteratorTypes.iterIsSelf(o)
                || jit == null || r.inCallee() || !nested(i + 1) || jit.innerLoopAt(r.f, i + 1, r.sp) == null) {
            return false;
        }
        org.taipan.jit.ir.Ins vo = r.b.read(r.sp - 1);
        // what another iterable's iter() would run is not for a helper call (the optimizer drops the guard when the class is known)
        if (o instanceof org.taipan.runtime.DictView) {
            r.b.guard(IrOp.GUARD_TYPE, o.type(), vo);
        } else {
            r.b.guard(IrOp.GUARD_CLASS, o.getClass(), vo);
        }
        org.taipan.jit.ir.Ins it = r.b.guard(IrOp.CALL_HELPER, GET_ITER, vo);
        r.replace(1, it, (org.taipan.runtime.PyObject) InnerLoops.getIter(o));
        r.ip = i + 1;
        return true;
    }

    /**
     * Whether the recording may take the back jump at {@code i} to {@code ip}, the header of an
     * inner loop that has no trace and will not get one soon ({@link Jit#innerLoopUntraceable}):
     * the inner loop's iterations are recorded inline (unrolled), at most {@link #MAX_UNROLLED}
     * back jumps per recording, so a loop that mostly runs once or twice (fannkuch's rotation loop,
     * left by break) does not keep its outer loop from being traced. A later run that goes round
     * the inner loop a different number of times leaves at a guard of the unrolled iterations.
     */
    boolean unrollable(int i, int ip) {
        // only a loop nested in the recorded one: a loop's trace runs only code of its own loop
        // (what a CALL_TRACE of it reads back from the frame relies on that), so never the
        // enclosing loop's back jump, even when the recording left the loop by break
        return jit != null && !r.inCallee() && unrolled < MAX_UNROLLED && nested(ip) && i < loopLast()
                && jit.innerLoopUntraceable(r.f, ip) && ++unrolled > 0;
    }

    /**
     * Whether {@code ip} of the loop's own frame lies inside the recorded loop, after its header:
     * only loops there are called or unrolled. A loop's trace runs only its own loop's code, so
     * what CALL_TRACE reads back (the stores between the called loop's header and its last back
     * jump) is all it may have written; calling or unrolling an enclosing or a following loop
     * (reached after a break) would break that.
     */
    private boolean nested(int ip) {
        return ip > r.header() && ip < loopLast();
    }

    private int loopLast() {
        if (loopLast < 0) {
            loopLast = r.loopLast();
        }
        return loopLast;
    }

    /** Whether {@code ip} (not the recorded loop's header) heads an inner loop with a trace to call now. */
    boolean callable(int ip) {
        return jit != null && !r.inCallee() && nested(ip) && jit.innerLoopAt(r.f, ip, r.sp) != null;
    }

    /**
     * Records a CALL_TRACE at {@code ip}, the header of an inner loop with a trace (see
     * {@link #callable}), and runs it: the recorder is then where the inner loop left the frame.
     *
     * @throws RecordAbort when the inner trace did not leave the loop's header (it ran nothing, or
     *                     left where tier 1 must redo the iteration), or raised (the frame is at
     *                     the raising instruction, the exception is raised there)
     */
    void call(int ip) {
        Frame f = r.f;
        int sp = r.sp;
        InnerCall c = jit.innerLoopAt(f, ip, sp);
        r.b.guard(IrOp.CALL_TRACE, c);
        f.ip = ip;
        f.sp = sp;
        try {
            InnerLoops.runWhileRecording(r.ts, f, c);
        } catch (PyException | StackOverflowError e) {
            r.ip = f.ip;
            r.sp = f.sp;
            throw new RecordAbort("inner loop raised while recording", f.ip, e);
        }
        r.ip = f.ip;
        r.sp = f.sp;
        if (f.ip == ip) {
            // nothing to go on from: tier 1 runs the inner loop from its header
            throw new RecordAbort("inner trace left at its header", ip);
        }
        int newSp = f.sp;
        int[] code = f.code.instrs;
        boolean[] stored = new boolean[f.stackBase];
        for (int i = c.headerIp(); i <= c.loopEnd(); i++) {
            int op = code[i] & 0xFF;
            if (op == Op.STORE_FAST || op == Op.DELETE_FAST || op == Op.STORE_FAST__LOAD_FAST || op == Op.STORE_FAST__STORE_FAST) {
                stored[code[i] >>> 8] = true;
            }
        }
        for (int k = 0; k < stored.length; k++) {
            if (stored[k]) {
                r.b.write(k, r.b.emit(IrOp.FRAME_SLOT, k));
            }
        }
        for (int k = sp; k < newSp; k++) {
            r.b.write(k, r.b.emit(IrOp.FRAME_SLOT, k));
        }
        for (int k = newSp; k < sp; k++) {
            r.b.clear(k);
        }
    }
}
