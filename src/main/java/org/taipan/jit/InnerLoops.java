package org.taipan.jit;

import org.taipan.builtins.IteratorTypes;
import org.taipan.code.Op;
import org.taipan.interp.Frame;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.exit.SideExits;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Inner loops run from an outer loop's trace (issue 7: nested loops; LuaJIT links an outer loop's
 * side trace to the inner loop's trace, here the outer trace calls it): when the recorder of an
 * outer loop reaches the header of an inner loop that has a compiled trace, it emits CALL_TRACE
 * ({@link #run} at run time, {@link #runWhileRecording} at record time) instead of aborting
 * "inner loop". The inner trace runs as the JIT's entry from tier 1 runs it ({@code Jit.enter}:
 * bridges, budget re-entries, invalidation), then, when it left at its header because its
 * iterator is exhausted (its guard checks before FOR_ITER's effect), FOR_ITER's exhaustion is done
 * here when it runs no code ({@link #finishExhausted}), so the frame is after the loop; an inner
 * loop over a dict, set or str iterator leaves after it already (its exhaustion is an exit there).
 * The outer trace goes on when the frame is where the recording saw it after the inner loop
 * ({@link InnerCall#resumeIp}, {@link InnerCall#resumeSp}), else it returns with the frame as the
 * inner trace left it, for tier 1.
 */
public final class InnerLoops {
    private InnerLoops() {}

    /**
     * CALL_TRACE at run time: writes the frame from {@code exit}'s snapshot (the inner header), runs
     * the inner loop's trace, and says whether the outer trace goes on.
     *
     * @param exit   the CALL_TRACE's exit (its snapshot: the frame at the inner loop's header)
     * @param values the boxed values of the snapshot's passed slots, as for {@link SideExits#leave}
     * @param call   the {@link InnerCall} of this CALL_TRACE
     * @return true when the frame is now at {@code call.resumeIp}/{@code resumeSp}; false when tier 1
     *         goes on from {@code f.ip} (the exit is counted)
     * @throws org.taipan.runtime.PyException what the inner trace raised, the frame written at the
     *         raising instruction ({@code CompiledTrace.run}'s contract)
     */
    public static boolean run(ThreadState ts, Frame f, ExitPoint exit, Object[] values, Object call) {
        SideExits.flush(f, exit, values);
        return runCounted(ts, f, exit, call);
    }

    /**
     * CALL_TRACE at run time when the trace code stored the snapshot's slots into {@code f.fast}
     * itself (as a direct exit block does): clears the stack above the snapshot's depth, sets
     * {@code f.sp}/{@code f.ip}, then goes on as {@link #run}.
     *
     * @param exit the CALL_TRACE's exit (its snapshot in the loop's own frame, slots written)
     * @param call the {@link InnerCall} of this CALL_TRACE
     * @return as {@link #run}
     * @throws org.taipan.runtime.PyException as {@link #run}
     */
    public static boolean runWritten(ThreadState ts, Frame f, ExitPoint exit, Object call) {
        SideExits.written(f, exit);
        return runCounted(ts, f, exit, call);
    }

    /** {@link #runFromHeader}, counting {@code exit} when tier 1 goes on. */
    private static boolean runCounted(ThreadState ts, Frame f, ExitPoint exit, Object call) {
        if (runFromHeader(ts, f, call)) {
            return true;
        }
        exit.taken++;
        return false;
    }

    /**
     * The part of {@link #run} after the frame is written (for another backend, which writes the
     * frame its own way): runs the inner loop of {@code call} (an {@link InnerCall}) from its
     * header and says whether the frame is now where the recording went on.
     */
    public static boolean runFromHeader(ThreadState ts, Frame f, Object call) {
        InnerCall c = (InnerCall) call;
        return c.jit.runInnerFromTrace(ts, f, c);
    }

    /**
     * CALL_TRACE at record time: {@code f} (its {@code ip}/{@code sp} set) is at the header of the
     * inner loop {@code call} names: runs it as {@link #run} does and records where it left the
     * frame as the place the outer trace goes on from.
     */
    public static void runWhileRecording(ThreadState ts, Frame f, InnerCall call) {
        call.jit.runInner(ts, f, call.loop);
        call.resumeIp = f.ip;
        call.resumeSp = f.sp;
    }

    /**
     * GET_ITER before an inner loop's FOR_ITER, as tier 1 does it ({@code Abstract.iter}): the
     * recorder calls it (CALL_HELPER) only on iterables whose {@code iter()} and iterators run no
     * Python code ({@code PlainIterators.iterRunsNoCode}).
     */
    public static Object getIter(Object o) {
        return Abstract.iter((PyObject) o);
    }

    /**
     * The frame is at the FOR_ITER of an inner loop's header: when its iterator has no item left
     * and taking none runs no code ({@code IteratorTypes.endsQuietly}: a range, list, tuple, str
     * or reversed list iterator, or an enumerate or non-strict zip ending on one), does FOR_ITER's
     * exhaustion (the iterator's step, which finds nothing; the iterator popped; a jump past the
     * loop) as tier 1 would.
     */
    static void finishExhausted(Frame f) {
        int w = f.code.instrs[f.ip];
        int op = w & 0xFF;
        if (op != Op.FOR_ITER && op != Op.FOR_ITER_RANGE && op != Op.FOR_ITER_SEQ && op != Op.FOR_ITER_PAIRS) {
            return;
        }
        PyObject it = f.stack[f.sp - 1];
        if (!IteratorTypes.endsQuietly(it)) {
            return;
        }
        // what tier 1's FOR_ITER does to it too (a sequence iterator lets go of its sequence)
        Abstract.next(it);
        f.stack[--f.sp] = null;
        f.ip = w >>> 8;
    }
}
