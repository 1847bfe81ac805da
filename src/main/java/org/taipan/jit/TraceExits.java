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
    /** Bridges of bridges of ... at most this deep (a loop trace's exits are depth 0). */
    static final int MAX_DEPTH = 3;

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

    TraceExits(CompiledTrace code, Trace ir, int id, int depth) {
        this.code = code;
        this.ir = ir;
        this.id = id;
        this.depth = depth;
        this.guards = code.exits();
        this.states = new ExitState[guards.size()];
    }

    /** The guard of exit {@code k}, or null when the backend did not number its exits. */
    Ins guard(int k) {
        return k >= 0 && k < guards.size() ? guards.get(k) : null;
    }

    /** The backend's exit point {@code k} (its held frames), or null when the backend does not say. */
    ExitPoint exitPoint(int k) {
        if (code instanceof TraceCode tc && k >= 0 && k < tc.exitPoints().size()) {
            return tc.exitPoints().get(k);
        }
        return null;
    }

    /** The state of exit {@code k} (made on first use), or null when the backend did not number its exits. */
    ExitState state(int k) {
        if (k < 0 || k >= states.length) {
            return null;
        }
        ExitState e = states[k];
        if (e == null) {
            Ins guard = guards.get(k);
            e = new ExitState(bridgeable(guard), guard.snapshot != null && Describe.endsLoop(guard, ir));
            states[k] = e;
        }
        return e;
    }

    /**
     * Whether a bridge may grow from the exit at {@code guard}: it resumes in the loop's own frame
     * or, for a guard (not an op that raises: its exit hands the exception to tier 1), inside
     * calls the trace inlined into it; not past the depth cap; and it is not the branch that ends
     * the loop (every loop takes that one once: a bridge there would only leave the loop).
     */
    private boolean bridgeable(Ins guard) {
        Snapshot s = guard.snapshot;
        if (s == null) {
            return false;
        }
        Snapshot root = s;
        while (root.parent() != null) {
            root = root.parent();
        }
        // an invalidated assumption is not a path to specialize: the trace is thrown away at its next entry
        return depth < MAX_DEPTH && root.code() == ir.code && (s.parent() == null || guard.op.isGuard())
                && guard.op != IrOp.GUARD_NOT_INVALIDATED && guard.op != IrOp.GUARD_YIELD && guard.op != IrOp.CALL_TRACE
                && !Describe.endsLoop(guard, ir);
    }
}
