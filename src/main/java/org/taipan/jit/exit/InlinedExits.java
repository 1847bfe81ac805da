package org.taipan.jit.exit;

import org.taipan.interp.CallEnd;
import org.taipan.interp.Eval;
import org.taipan.interp.Frame;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Side exits out of calls the trace inlined (issue 7): re-creates one frame per inlined snapshot
 * of the chain as tier 1's CALL would have made it, leaves the loop's frame waiting in its CALL,
 * and lets tier 1 finish the calls ({@link Eval#finishCalls}), innermost first (LuaJIT's
 * {@code snap_restore} of a multi-frame snapshot, PyPy's resume of virtualizable frames).
 */
public final class InlinedExits {
    private InlinedExits() {}

    /**
     * Leaves through {@code exit} (an inlined snapshot): frames rebuilt from the chain, the calls
     * finished by tier 1, their result pushed on {@code f}'s stack and {@code f.ip} set after
     * the loop frame's CALL; counts the exit. When no exception is pending and the exit holds
     * {@link ExitPoint#holdValues values} (it has a bridge) or {@link ExitPoint#holdFrames frames}
     * (it may grow one), the calls are not finished: {@code values} or the rebuilt frames are left
     * in {@link ExitPoint#heldValues} / {@link ExitPoint#held}, the loop's frame waiting at its
     * CALL ({@code f.ip} the CALL, {@code f.sp} without its operands), for the JIT to run or record
     * a bridge from, or to {@link #finish}.
     *
     * @param ts      the running thread ({@code f} is its running frame)
     * @param f       the loop's frame the trace runs on
     * @param exit    the exit taken; {@code exit.snapshot.parent() != null}
     * @param values  the boxed values of the chain's {@link ExitPoint#passed} slots, innermost
     *                frame first, each frame's in slot order ({@link ExitPoint#valueCount()})
     * @param pending the exception a trace op raised in the innermost frame (raised there again
     *                at the snapshot's instruction), or null for a guard's exit
     * @throws org.taipan.runtime.PyException what the outermost inlined call raised, with
     *         {@code f.ip} at the loop frame's CALL and {@code f.sp} its depth without the call's
     *         operands (the caller unwinds it from there, as Eval.run does)
     */
    public static void leave(ThreadState ts, Frame f, ExitPoint exit, Object[] values, Throwable pending) {
        exit.taken++;
        boolean holdValues = pending == null && exit.holdValues;
        Frame[] chain = exit.raisedIn;
        exit.raisedIn = null;
        if (chain == null || pending == null) {
            // the frames a helper that raised ran under, if it ran under any: the traceback's frames are those it saw
            chain = holdValues ? null : rebuild(exit, values);
        }
        Snapshot s = exit.loopSnapshot;
        SideExits.write(f, s, values, exit.innerValueCount());
        for (int k = s.sp(); k < exit.clearTo; k++) {
            f.fast[k] = null;
        }
        f.sp = s.sp();
        f.ip = s.ip();
        f.lasti = s.ip();
        if (holdValues) {
            exit.heldValues = values;
            return;
        }
        if (pending == null && exit.holdFrames) {
            exit.held = chain;
            return;
        }
        finish(ts, f, chain, pending);
    }

    /**
     * The callee frames of {@code exit}'s snapshot chain, innermost first, re-created from the
     * exit block's {@code values} as tier 1's CALL would have made them (a caller waiting in its
     * CALL); the loop's frame is not touched.
     */
    public static Frame[] rebuild(ExitPoint exit, Object[] values) {
        Snapshot s = exit.snapshot;
        Frame[] chain = new Frame[s.depth() - 1];
        int j = 0;
        for (int k = 0; k < chain.length; k++, s = s.parent()) {
            Frame c = newFrame(s.function(), s.code());
            j = SideExits.write(c, s, values, j);
            c.sp = s.sp();
            c.ip = s.ip();
            markCall(c, s);
            if (k > 0) {
                c.lasti = s.ip();  // a caller waits in its CALL
            }
            chain[k] = c;
        }
        return chain;
    }

    /**
     * Finishes the calls of {@code chain} (frames re-created by {@link #leave}, innermost first)
     * with tier 1, pushes their result on {@code f} and sets {@code f.ip} after the CALL it waits at.
     *
     * @param f the loop's frame, at its CALL ({@code f.ip}) with the call's operands popped
     * @throws org.taipan.runtime.PyException what the outermost call raised, {@code f} left at its CALL
     */
    public static void finish(ThreadState ts, Frame f, Frame[] chain, Throwable pending) {
        PyObject result = Eval.finishCalls(ts, chain, pending);
        f.stack[f.sp++] = result;
        f.ip = f.ip + 1;
    }

    /**
     * {@code IrOp.HELD_SLOT}'s template: value {@code index} of those {@code exit} has just held
     * (a bridge's entry value, {@link HeldSlot#index}).
     */
    public static PyObject heldSlot(ExitPoint exit, int index) {
        return (PyObject) exit.heldValues[index];
    }

    /**
     * Sets {@code c.callEnd} for a frame re-created from inlined snapshot {@code s} whose call is
     * not a plain call ({@link Snapshot#kind}): the instance ({@code c}'s local 0) for an
     * {@code __init__}, the operands (locals 0 and 1) and the waiting instruction's operator for a
     * dunder. The recorder never inlines such a function if it can rebind those locals.
     *
     * @param c a frame re-created from {@code s}, its slots written
     */
    public static void markCall(Frame c, Snapshot s) {
        switch (s.kind()) {
            case CALL -> { }
            case INIT -> c.callEnd = new CallEnd.Construct(c.fast[0]);
            case BINARY_DUNDER -> {
                Snapshot caller = s.parent();
                int nb = caller.code().instrs[caller.ip()] >>> 8;
                c.callEnd = new CallEnd.BinaryDunder(nb, c.fast[0], c.fast[1]);
            }
        }
    }

    /**
     * A frame of {@code fn} as tier 1's CALL makes it (CallSpecializer.frameFor): a closure's
     * cells already copied, as COPY_FREE_VARS would have (the snapshot, taken after the frame's
     * first instruction, names them too). The code is the snapshot's, whose instruction
     * indices the exit resumes at, even if {@code fn.__code__} was rebound since.
     */
    private static Frame newFrame(PyFunction fn, PyCode q) {
        Frame c = new Frame(q, fn, fn.globals, fn.builtins, null);
        int nfree = q.leadingCopyFreeVars;
        if (nfree != 0) {
            System.arraycopy(fn.closure, 0, c.fast, q.nlocalsplus - nfree, nfree);
        }
        return c;
    }
}
