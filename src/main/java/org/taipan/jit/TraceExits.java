package org.taipan.jit;

import java.util.List;
import org.taipan.jit.emit.TraceCode;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.jit.log.Describe;

/**
 * One compiled trace or bridge of a loop with the JIT's state of each of its exits
 * ({@link ExitState}, made when the exit is first taken): what {@link Bridges} grows bridges from.
 */
final class TraceExits {
    /**
     * Bridges of bridges of ... at most this deep (a loop trace's exits are depth 0): a chain of
     * receiver-class guards is one level per class, and each class's branches add levels below
     * it (richards: 4 classes, each with a blocked / not-blocked split and a branchy run). The
     * number of bridges is bounded per loop ({@link Bridges#MAX_PER_LOOP}).
     */
    static final int MAX_DEPTH = 6;

    final CompiledTrace code;
    /** The optimized IR (its exits' guards, whether an exit ends the loop). */
    final Trace ir;
    /** The listener's trace id. */
    final int id;
    /** 0 for the loop trace, n for a bridge grown from an exit of a depth n-1 trace. */
    final int depth;
    /** The guard of each exit, in {@link CompiledTrace#run}'s numbering (empty when the backend does not say). */
    final List<Ins> guards;
    private final ExitState[] states;
    /**
     * Set when this bridge was dropped (an assumption of it invalidated) after a run that left
     * through one of its exits: that exit is still taken (the frame is as it wrote it), but grows
     * no bridge of a bridge nothing enters any more.
     */
    boolean dropped;

    /** The backend's exit points in number order (empty when the backend does not say): read at every exit. */
    private final ExitPoint[] points;
    /**
     * Per exit, whether it is a GUARD_YIELD: always taken at the end of an iteration of a
     * generator's loop, never bridged, never inside inlined calls.
     */
    private final boolean[] yields;

    TraceExits(CompiledTrace code, Trace ir, int id, int depth) {
        this.code = code;
        this.ir = ir;
        this.id = id;
        this.depth = depth;
        this.guards = code.exits();
        this.states = new ExitState[guards.size()];
        this.points = code instanceof TraceCode tc ? tc.exitPoints().toArray(ExitPoint[]::new) : new ExitPoint[0];
        this.yields = new boolean[guards.size()];
        for (int k = 0; k < yields.length; k++) {
            Ins g = guards.get(k);
            yields[k] = g.op == IrOp.GUARD_YIELD && g.snapshot != null && !g.snapshot.inlined();
        }
    }

    /**
     * Whether exit {@code k} is a generator loop's GUARD_YIELD: {@link Bridges#afterExit} would
     * only send it to tier 1, which yields.
     */
    boolean yieldsAt(int k) {
        return k < yields.length && yields[k];
    }

    /**
     * Counts exit {@code k} and answers true when it is the loop's way out that {@link Bridges#afterExit}
     * would only count (an exhausted iterator or a false loop condition, closed, in the loop's own
     * frame): the caller then treats it as {@link Bridges#LOOP_END} without asking the bridges. An
     * inner loop run from an outer trace (CALL_TRACE) takes this exit on every entry.
     */
    boolean countedLoopEnd(int k) {
        ExitState e = k < states.length ? states[k] : null;
        if (e == null || !e.endsLoop || !e.closed || e.bridge != null || dropped) {
            return false;
        }
        ExitPoint point = k < points.length ? points[k] : null;
        if (point != null && (point.held != null || point.heldValues != null)) {
            return false;
        }
        e.taken++;
        return true;
    }

    /** The guard of exit {@code k}, or null when the backend did not number its exits. */
    Ins guard(int k) {
        return k >= 0 && k < guards.size() ? guards.get(k) : null;
    }

    /** The backend's exit point {@code k} (its held frames), or null when the backend does not say. */
    ExitPoint exitPoint(int k) {
        return k >= 0 && k < points.length ? points[k] : null;
    }

    /** The state of exit {@code k} if it was ever taken, else null (none is made). */
    ExitState stateIfAny(int k) {
        return k < 0 || k >= states.length ? null : states[k];
    }

    /** The state of exit {@code k} (made on first use), or null when the backend did not number its exits. */
    ExitState state(int k) {
        if (k < 0 || k >= states.length) {
            return null;
        }
        ExitState e = states[k];
        if (e == null) {
            Ins guard = guards.get(k);
            e = new ExitState(bridgeable(guard), guard.snapshot != null && Describe.endsLoop(guard, ir),
                    guard.op == IrOp.GUARD_SPLIT);
            states[k] = e;
        }
        return e;
    }

    /**
     * Whether a bridge may grow from the exit at {@code guard}: not past the depth cap, not the
     * branch that ends the loop (every loop takes that one once: a bridge there would only leave
     * the loop). An exit into calls the trace inlined qualifies too: a guard's exit holds the
     * frames it re-created and the bridge starts in the innermost callee ({@code Bridges}); a
     * raising op's exit lets tier 1 finish the calls ({@code InlinedExits}) and the bridge starts in
     * the loop's own frame after the outermost CALL, where that finish always leaves it (a
     * polymorphic loop's branches are mostly inside the methods it calls: richards'
     * {@code Task.blocked}, each {@code run}).
     */
    private boolean bridgeable(Ins guard) {
        Snapshot s = guard.snapshot;
        if (s == null) {
            return false;
        }
        Snapshot outer = s;
        while (outer.parent() != null) {
            outer = outer.parent();
        }
        // an invalidated assumption is not a path to specialize: the trace is thrown away at its next entry
        return depth < MAX_DEPTH && outer.code() == ir.code
                && guard.op != IrOp.GUARD_NOT_INVALIDATED && guard.op != IrOp.GUARD_YIELD && guard.op != IrOp.CALL_TRACE
                && !Describe.endsLoop(guard, ir);
    }
}
