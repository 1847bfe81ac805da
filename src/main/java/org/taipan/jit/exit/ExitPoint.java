package org.taipan.jit.exit;

import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.ThreadState;

/**
 * One way out of a compiled trace: the guard (or raising operation) it belongs to, the snapshot
 * that says how to rebuild the frame, and how often it was taken. The backend numbers exits in
 * trace order from 0 (the number {@code CompiledTrace.run} returns); the budget exit, which leaves
 * at the loop header when a run has done its share of iterations, has index -1 and no guard.
 *
 * <p>The count is a plain int written by the exit itself (the GIL serializes runs): the log reads it,
 * and later a bridge is attached to an exit whose count passes a threshold.
 */
public final class ExitPoint {
    /** The exit's number (what {@code run} returns), or -1 for the budget exit. */
    public final int index;
    /** The guard or raising instruction of the optimized trace; null for the budget exit. */
    public final Ins guard;
    /** Where tier 1 resumes and what the frame holds there. */
    public final Snapshot snapshot;
    /**
     * The last of the snapshot's chain: the loop's own frame, which every exit writes (the
     * snapshot itself when not inlined; found once here, not walked at each taking).
     */
    public final Snapshot loopSnapshot;
    /**
     * The frame array index up to which (exclusive) the exit clears stack slots at and above the
     * snapshot's {@code sp}: the highest stack depth any point of the trace has.
     */
    public final int clearTo;
    /**
     * Times this exit was taken. A long, as {@code jit.ExitState}'s count the bridge thresholds
     * read: an exit taken on every iteration of a long run passes 2^31.
     */
    public long taken;
    /**
     * For an exit inside inlined calls: when set (by the JIT, once the exit may grow a bridge), the
     * exit re-creates the callee frames but does not finish the calls; it leaves them in
     * {@link #held} for the JIT to run a bridge from, record one, or finish them
     * ({@link InlinedExits#finish}) before tier 1 goes on. Whoever runs a trace whose exits
     * may hold frames must take them from there (only {@code jit.Bridges} does).
     */
    public boolean holdFrames;
    /**
     * The callee frames the last taking of this exit re-created and left unfinished
     * ({@link #holdFrames}), innermost first, the loop's frame waiting at its CALL; null once taken
     * over: what a bridge is recorded from. Nothing runs between the exit writing it and the JIT
     * taking it over, so one field is enough.
     */
    public Frame[] held;
    /**
     * Set (by the JIT) once the exit has a bridge: the exit writes the loop's frame but re-creates
     * no callee frame; the values the exit block passed are left in {@link #heldValues}, where the
     * bridge reads its entry values ({@link HeldSlot#index}). Frames are only made from them if
     * the bridge cannot run after all ({@link InlinedExits#rebuild}).
     */
    public boolean holdValues;
    /** The values the last taking of this exit held ({@link #holdValues}); null once taken over. */
    public Object[] heldValues;
    /**
     * For the exit of a helper run under {@link RealFrames}: the frames it ran under, innermost
     * first, left by {@link RealFrames#popRaised} when it raised, for the exit block that follows at
     * once to unwind the exception through ({@link InlinedExits#leave}); null otherwise. Nothing
     * runs between the two, so one field is enough.
     */
    public Frame[] raisedIn;
    /** Values the exit block passes for the inlined frames (those of the loop's frame follow); -1 until computed. */
    private int innerValues = -1;

    /**
     * A bridge linked to an exit: what the exit block runs, after writing the frame, instead of
     * returning to the JIT ({@link #linked}). Set and reset by {@code jit.Bridges}.
     */
    public interface Link {
        /**
         * Runs the bridge from the frame the exit wrote.
         *
         * @return -1 when the bridge finished the iteration (the frame at the loop header as the
         *         JUMP's snapshot writes it: the trace goes on from the top of its run),
         *         {@code CompiledTrace.LINKED} when it left through an exit of its own (the JIT was
         *         told which), or the exit's own {@link #index} when the bridge cannot run now
         *         (its assumptions invalidated, the recursion limit): the JIT takes the exit as if unlinked
         * @throws org.taipan.runtime.PyException what the bridge raised, the frame written at the
         *         raising instruction
         */
        int run(ThreadState ts, Frame f);
    }

    /**
     * What a trace tree's class runs at an exit of a bridge it holds ({@link #report}). An interface
     * of its own, not a second {@link Link}: while {@code Link} has one implementation, C2 compiles
     * the call in {@link #linked} as a direct call (class hierarchy analysis), and loading a second
     * one, at the first trace tree, deoptimized every compiled trace and bridge of the process
     * (fannkuch's run then went back to the JVM's interpreter for a whole block of permutations).
     */
    public interface Report {
        /**
         * Notes that the tree left through this exit (the bridge's exit, not a number of the
         * tree's own {@code run}).
         *
         * @return {@code CompiledTrace.LINKED}
         */
        int run(ThreadState ts, Frame f);
    }

    /**
     * Whether the exit block calls {@link #linked} after writing the frame: a guard's exit of a
     * trace whose run can go on from its top (the backend decides). Others (a raising
     * operation's exit) always return to the JIT.
     */
    public final boolean linkable;
    /**
     * The bridge linked to this exit, or null: read by the exit block on each taking (a plain
     * field, not a call site the JVM compiles in: setting a call site's target deoptimizes the
     * trace class, and a loop that grows a dozen bridges would be compiled a dozen times more;
     * the bridge is called through one interface call).
     */
    public Link link;
    /**
     * For the exit of a bridge whose code a trace tree's class holds ({@code emit.TraceTree}):
     * tells the JIT that the tree left through this exit of that bridge (which the tree's
     * {@code run} cannot say by its return value, whose numbers are the loop trace's) and answers
     * {@code CompiledTrace.LINKED}. Set by {@code jit.Bridges} before the tree's class runs.
     */
    public Report report;
    /**
     * With a JIT listener: what a trace tree's class runs when it enters the bridge placed at this
     * exit, so the log counts the hop as the link would have; null otherwise (set by
     * {@code jit.TraceTrees} before the tree is written, which then calls {@link #hopped}).
     */
    public Runnable onHop;

    /** A trace tree's class entered the bridge placed at {@code exit}: tells the listener ({@link #onHop}). */
    public static void hopped(ExitPoint exit) {
        exit.onHop.run();
    }

    public ExitPoint(int index, Ins guard, Snapshot snapshot, int clearTo) {
        this(index, guard, snapshot, clearTo, false);
    }

    /** @param linkable whether the exit block calls {@link #linked} (see {@link #linkable}) */
    public ExitPoint(int index, Ins guard, Snapshot snapshot, int clearTo, boolean linkable) {
        this.index = index;
        this.guard = guard;
        this.snapshot = snapshot;
        this.clearTo = clearTo;
        this.linkable = linkable;
        Snapshot outer = snapshot;
        while (outer != null && outer.parent() != null) {
            outer = outer.parent();
        }
        this.loopSnapshot = outer;
    }

    /**
     * What a linkable exit's block calls after writing the frame: runs the exit's linked bridge
     * ({@link Link#run}), or answers the exit's own number when it has none.
     */
    public static int linked(ExitPoint exit, ThreadState ts, Frame f) {
        Link l = exit.link;
        return l == null ? exit.index : l.run(ts, f);
    }

    /**
     * What a trace tree's block for this bridge exit calls after writing the frame: runs the exit's
     * linked bridge when it has one that can run now, else reports the exit ({@link #report}).
     *
     * @return as {@link Link#run}, never this exit's own number
     * @throws org.taipan.runtime.PyException what the linked bridge raised
     */
    public static int mergedExit(ExitPoint exit, ThreadState ts, Frame f) {
        Link l = exit.link;
        if (l != null) {
            int r = l.run(ts, f);
            if (r != exit.index) {
                return r;
            }
        }
        return exit.report.run(ts, f);
    }

    /**
     * Whether the exit block passes the value of a snapshot slot holding {@code v} to
     * {@link SideExits}: every non-null slot but the constants (CONST_REF), which the exit reads
     * from the snapshot itself, so that exit blocks stay small (an inlined frame's function, its
     * closure cells and the calling convention's NULLs are constants).
     */
    public static boolean passed(Ins v) {
        return v != null && v.op != IrOp.CONST_REF;
    }

    /**
     * Number of values the exit block passes: the {@link #passed} slots of every frame of the
     * snapshot's chain (innermost first, each frame's in slot order).
     */
    public int valueCount() {
        int n = 0;
        for (Snapshot s = snapshot; s != null; s = s.parent()) {
            for (Ins v : s.slots()) {
                if (passed(v)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many of the exit block's values belong to the inlined frames (they come first). */
    int innerValueCount() {
        int n = innerValues;
        if (n < 0) {
            n = 0;
            for (Snapshot s = snapshot; s.parent() != null; s = s.parent()) {
                for (Ins v : s.slots()) {
                    if (passed(v)) {
                        n++;
                    }
                }
            }
            innerValues = n;
        }
        return n;
    }

    /** Whether leaving through this exit re-creates frames of calls the trace inlined. */
    public boolean inlined() {
        return snapshot.inlined();
    }

    @Override
    public String toString() {
        return "exit " + index + " " + snapshot;
    }
}
