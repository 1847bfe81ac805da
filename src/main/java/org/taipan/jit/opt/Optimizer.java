package org.taipan.jit.opt;

import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * The trace optimizer: runs the passes of {@code jit.opt} over a recorded trace, in place, between
 * the recorder and the backend. Order: invariant PHIs, constant folding, tuple forwarding, guard
 * elimination (by type propagation, then of repeated checks), load forwarding, unboxing of
 * loop-carried values, box forwarding, common subexpressions, loop-invariant code motion, loads
 * carried from one iteration's store (and their unboxing), then folding, tuple forwarding, load
 * forwarding, guard elimination, virtual tuples (sunk into the exits), box forwarding, float attributes kept raw
 * ({@link FloatSlots}), instances only exits need ({@link VirtualInstances}, sunk into the exits) and dead code
 * once more over what the first round exposed.
 *
 * <p>Every pass keeps {@link Trace#verify}'s invariant; {@link #optimize} checks it at the end.
 */
public final class Optimizer {
    private Optimizer() {
    }

    /**
     * What the optimizer did, for the jit-log.
     *
     * @param guardsBefore       guards in the recorded trace
     * @param guardsAfter        guards in the optimized trace
     * @param allocationsBefore  allocating instructions (boxes) in the loop body before
     * @param allocationsAfter   allocating instructions in the loop body after
     */
    public record Result(int guardsBefore, int guardsAfter, int allocationsBefore, int allocationsAfter) {
        /** Allocations per iteration the optimizer removed (kept virtual). */
        public int allocationsRemoved() {
            return allocationsBefore - allocationsAfter;
        }
    }

    /**
     * Optimizes {@code t} in place.
     *
     * @param t a trace that satisfies {@link Trace#verify}
     * @return the counts before and after
     * @throws UnsupportedOperationException if the optimized trace does not verify (a bug in a
     *         pass; the JIT reports it as an abort instead of running a broken trace), with the
     *         verifier's message
     */
    public static Result optimize(Trace t) {
        int guardsBefore = t.guardCount();
        int allocsBefore = bodyAllocations(t);
        InvariantPhis.run(t);
        Fold.run(t);
        VirtualTuples.forward(t);
        GuardElim.run(t);
        RepeatedGuards.run(t);
        LoadForwarding.run(t);
        UnboxPhis.run(t);
        BoxForwarding.run(t);
        Cse.run(t);
        Licm.run(t);
        if (CarriedLoads.run(t) > 0) {
            // a place carried from iteration to iteration holds a box the next iteration unboxes
            UnboxPhis.run(t);
        }
        Fold.run(t);
        VirtualTuples.forward(t);
        // again: constants Cse merged make more loads the same place as an earlier store
        LoadForwarding.run(t);
        GuardElim.run(t);
        RepeatedGuards.run(t);
        VirtualTuples.sink(t);
        BoxForwarding.run(t);
        Cse.run(t);
        FloatSlots.run(t);
        VirtualInstances.run(t);
        // the boxes only the raw stores or the removed instances used are snapshot-only now
        BoxForwarding.run(t);
        DeadCode.run(t);
        return verified(t, guardsBefore, allocsBefore);
    }

    /**
     * Optimizes a bridge ({@link Trace#isBridge}) in place: the passes that work on a straight line
     * (folding, guard elimination, load forwarding, box forwarding, common subexpressions, dead
     * code); unboxing PHIs and invariant code motion have nothing to do in a path run once.
     *
     * @throws UnsupportedOperationException as {@link #optimize}
     */
    public static Result optimizeBridge(Trace t) {
        int guardsBefore = t.guardCount();
        int allocsBefore = bodyAllocations(t);
        Fold.run(t);
        GuardElim.run(t);
        RepeatedGuards.run(t);
        LoadForwarding.run(t);
        BoxForwarding.run(t);
        Cse.run(t);
        Fold.run(t);
        GuardElim.run(t);
        if (FloatSlots.run(t) > 0) {
            BoxForwarding.run(t);
        }
        DeadCode.run(t);
        return verified(t, guardsBefore, allocsBefore);
    }

    /** Allocating instructions after {@link IrOp#LOOP}: the allocations of one iteration. */
    static int bodyAllocations(Trace t) {
        int n = 0;
        int loop = t.loopIndex();
        for (int i = loop + 1; i < t.ops.size(); i++) {
            Ins ins = t.ops.get(i);
            if (ins.op.allocates()) {
                n++;
            }
        }
        return n;
    }

    /** The counts of a rewritten trace, after checking it still keeps {@link Trace#verify}'s invariant. */
    private static Result verified(Trace t, int guardsBefore, int allocsBefore) {
        try {
            t.verify();
        } catch (IllegalStateException e) {
            throw new UnsupportedOperationException("optimizer: invalid trace: " + e.getMessage(), e);
        }
        return new Result(guardsBefore, t.guardCount(), allocsBefore, bodyAllocations(t));
    }
}
