package org.taipan.jit.exit;

import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.ThreadState;

/**
 * The frames of inlined calls made real for the length of one call the trace makes from inside
 * them (issue 7, "loop in inlined call"): a residual call of a function with a loop, or any other
 * helper that runs Python code ({@link org.taipan.interp.RunsPython}), made while the trace keeps
 * its callers virtual. Before the helper runs, the frames of the helper's snapshot chain are
 * re-created as a side exit re-creates them ({@link InlinedExits#rebuild}: locals, stack, each
 * caller waiting at its CALL) and pushed on the thread as tier 1's CALLs would have pushed them,
 * the loop's frame getting its changed locals and its {@code lasti} at the outermost CALL; after
 * it they are popped again and the trace goes on with its own values. So whatever the called
 * code observes (its {@code f_back} chain, {@code sys._getframe(k).f_locals} and
 * {@code f_lineno}, the recursion depth) is what tier 1 shows.
 *
 * <p>If the helper raises, its exit is taken inside the inlined calls with the exception pending
 * ({@link InlinedExits#leave}); {@link #popRaised} hands that exit the very frames the helper ran
 * under, so the traceback's frames are the objects the called code saw as its callers.
 *
 * <p>Departure (rare, documented): a frame the called code keeps (from {@code sys._getframe}) is
 * a snapshot of its caller at the call; tier 1's would go on changing as the caller runs on, and
 * a later exit re-creates other frame objects for the same calls. The recorder refuses the common
 * case, {@code sys._getframe} called in an inlined frame itself ({@code record.CallRecorder}).
 */
public final class RealFrames {
    private RealFrames() {}

    /**
     * Whether {@code ins} runs under frames made real: a CALL_HELPER of a helper that runs Python code
     * ({@link org.taipan.interp.RunsPython}) inside inlined calls (its snapshot has a caller). Its
     * snapshot's values are then used by the trace itself, not only by an exit: an optimizer pass
     * that leaves values only exits need out of the trace (a virtual tuple) must keep them.
     */
    public static boolean around(Ins ins) {
        return ins.callsPythonHelper() && ins.snapshot != null && ins.snapshot.parent() != null;
    }

    /**
     * Re-creates the inlined frames of {@code exit}'s snapshot chain from {@code values} (the
     * exit block's values, {@link ExitPoint#valueCount()} of them) and pushes them on {@code ts}
     * above the loop's frame {@code f}, outermost first, each with its {@code lasti} at its
     * instruction (the innermost frame's is the helper's, as tier 1's CALL sets it). Does not
     * check the recursion limit: the trace was entered only where its inlined frames fit
     * ({@code RecordResult.inlineDepth}), and the helper's own call checks it.
     *
     * @param ts the running thread, whose running frame is {@code f}
     */
    public static void push(ThreadState ts, Frame f, ExitPoint exit, Object[] values) {
        Frame[] chain = InlinedExits.rebuild(exit, values);
        chain[0].lasti = exit.snapshot.ip();
        Snapshot root = exit.snapshot;
        int j = 0;
        for (Snapshot s = root; s.parent() != null; s = s.parent()) {
            j += passedCount(s);
            root = s.parent();
        }
        writeLocals(f, root, values, j);
        f.lasti = root.ip();
        for (int k = chain.length - 1; k >= 0; k--) {
            Frame c = chain[k];
            c.back = ts.frame;
            ts.frame = c;
            ts.depth += levels(c);
        }
    }

    /** Pops the {@code n} frames {@link #push} pushed (the helper returned normally). */
    public static void pop(ThreadState ts, int n) {
        for (int k = 0; k < n; k++) {
            Frame c = ts.frame;
            ts.frame = c.back;
            ts.depth -= levels(c);
        }
    }

    /**
     * Pops the frames {@link #push} pushed for {@code exit}'s helper, which raised, and leaves them
     * (innermost first) in {@link ExitPoint#raisedIn} for the exit block that follows at once to
     * unwind the exception through ({@link InlinedExits#leave}).
     */
    public static void popRaised(ThreadState ts, ExitPoint exit) {
        Frame[] chain = new Frame[exit.snapshot.depth() - 1];
        for (int k = 0; k < chain.length; k++) {
            Frame c = ts.frame;
            chain[k] = c;
            ts.frame = c.back;
            ts.depth -= levels(c);
        }
        exit.raisedIn = chain;
    }

    /** Recursion levels frame {@code c} counts while it runs: one, and type.__call__'s for an {@code __init__}. */
    private static int levels(Frame c) {
        return c.callEnd == null ? 1 : 1 + c.callEnd.extraDepth();
    }

    private static int passedCount(Snapshot s) {
        int n = 0;
        for (Ins v : s.slots()) {
            if (ExitPoint.passed(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The loop frame's local variables from its snapshot {@code root} (values from index {@code j}),
     * as a helper that runs Python code in the loop's own frame gets them: no stack entry (tier 1
     * expects nulls above its depth while the trace runs on).
     */
    private static void writeLocals(Frame f, Snapshot root, Object[] values, int j) {
        Ins[] slots = root.slots();
        int n = Math.min(slots.length, f.code.nlocalsplus);
        for (int k = 0; k < n; k++) {
            Ins v = slots[k];
            if (v != null) {
                f.fast[k] = ExitPoint.passed(v) ? (org.taipan.runtime.PyObject) values[j++] : (org.taipan.runtime.PyObject) v.aux;
            }
        }
    }
}
