package org.taipan.jit.emit;

import java.util.Map;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Trace;

/**
 * A compiled trace and the bridges grown from its exits, for {@link Emitter#compileTree}: a loop
 * whose bridges stopped growing is written again as one class, each bridge's code placed at the
 * exit it grew from (LuaJIT's and PyPy's trace trees), so a hop to a bridge is a branch inside
 * {@code run} instead of a frame write, a call and a frame read.
 *
 * @param trace    the optimized IR the class {@code code} was written from (its ops, guards and snapshots)
 * @param code     the class written from {@code trace} alone: its exit points are the tree's, the
 *                 same objects (their counts, links and bridges stay shared with it)
 * @param branches for an exit point of {@code code} (one in the loop's own frame), the bridge whose
 *                 code runs at that exit, itself a tree; exits not named keep their exit blocks
 */
public record TraceTree(Trace trace, TraceCode code, Map<ExitPoint, TraceTree> branches) {
    /** Bridges in the tree below this node. */
    public int size() {
        int n = 0;
        for (TraceTree b : branches.values()) {
            n += 1 + b.size();
        }
        return n;
    }

    /** IR ops of this node's trace and of every bridge below it: what {@link Emitter#compileTree} writes. */
    public int ops() {
        int n = trace.ops.size();
        for (TraceTree b : branches.values()) {
            n += b.ops();
        }
        return n;
    }
}
