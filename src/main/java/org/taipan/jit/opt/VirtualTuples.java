package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyTuple;

/**
 * Allocation removal for tuples (issue 7: "tuples from packing/unpacking ... are never allocated
 * unless an exit needs them"): what the trace reads of a {@link IrOp#NEW_TUPLE} it knows already,
 * and a tuple that only exits need leaves the trace (PyPy's virtuals, LuaJIT's sunk allocations).
 * <ul>
 * <li>{@code TUPLE_GETITEM(NEW_TUPLE(a0..an-1), CONST_I64 k)}, 0 &lt;= k &lt; n, is {@code ak};</li>
 * <li>{@code GUARD_CLASS(NEW_TUPLE, PyTuple)}, {@code GUARD_LEN(NEW_TUPLE of n, n)} and
 *     {@code GUARD_TUPLE_INDEX(NEW_TUPLE of n, CONST_I64 k)} with 0 &lt;= k &lt; n hold: removed;</li>
 * <li>a NEW_TUPLE that no instruction uses any more, only snapshots, is removed from the trace and
 *     stays a snapshot entry: a virtual tuple, which the exit allocates from its items' values
 *     ({@code Trace.verify} accepts such entries, the backend materializes them).</li>
 * </ul>
 *
 * <p>Soundness: a tuple never changes, so an item read of a tuple the trace built is the value it
 * was built from, and its class and length are what it was built with. A tuple only exits see is
 * observable only after the exit, which allocates one with the same items; one per exit and IR value
 * (the backend makes each virtual object once per exit), so identities within the rebuilt frames
 * hold. A tuple any other instruction uses (a call, a store, a PHI) stays allocated, and so does
 * one a CALL_TRACE's snapshot writes into the frame, or one in the frames made real around a
 * helper inside inlined calls (the trace goes on after it: an exit after it would make a second
 * tuple where the inner loop or the called code saw the first).
 */
final class VirtualTuples {
    private VirtualTuples() {
    }

    /** {@link #forward} then {@link #sink}; returns the number of tuple allocations removed from the trace. */
    static int run(Trace t) {
        forward(t);
        return sink(t);
    }

    /** The reads and guards of tuples the trace built: forwarded or removed (the first two rules). */
    static void forward(Trace t) {
        List<Ins> out = new ArrayList<>(t.ops.size());
        for (Ins ins : t.ops) {
            Ins tuple = ins.args.length > 0 && ins.args[0] != null && ins.args[0].op == IrOp.NEW_TUPLE ? ins.args[0] : null;
            if (tuple == null) {
                out.add(ins);
                continue;
            }
            int n = tuple.args.length;
            switch (ins.op) {
                case TUPLE_GETITEM -> {
                    int k = constantIndex(ins.args[1], n);
                    if (k >= 0) {
                        Rewrite.replaceUses(t, ins, tuple.args[k]);
                        continue;
                    }
                }
                case GUARD_CLASS -> {
                    if (ins.aux == PyTuple.class) {
                        continue;
                    }
                }
                case GUARD_LEN -> {
                    if (ins.aux instanceof Integer len && len == n) {
                        continue;
                    }
                }
                case GUARD_TUPLE_INDEX -> {
                    if (constantIndex(ins.args[1], n) >= 0) {
                        continue;
                    }
                }
                default -> { }
            }
            out.add(ins);
        }
        t.replaceOps(out);
    }

    /**
     * Tuples only snapshots use leave the trace (the third rule). Runs late: the passes after it
     * (box forwarding, CSE, dead code) know snapshot entries may be virtual allocations.
     *
     * @return the number of tuple allocations removed
     */
    static int sink(Trace t) {
        Map<Ins, Integer> uses = Rewrite.operandUses(t.ops);
        Set<Ins> passedOn = passedToInnerLoops(t);
        int before = t.ops.size();
        t.replaceOps(new ArrayList<>(t.ops.stream()
                .filter(ins -> ins.op != IrOp.NEW_TUPLE || uses.containsKey(ins) || passedOn.contains(ins)).toList()));
        return before - t.ops.size();
    }

    /**
     * The values a CALL_TRACE's snapshot writes into the frame before the inner loop runs and the
     * trace goes on, and those of the frames a helper inside inlined calls runs under
     * ({@code exit.RealFrames}): a tuple among them must be one object (the inner loop or the
     * called code may keep it, the trace may name it again after), so it stays allocated.
     */
    private static Set<Ins> passedToInnerLoops(Trace t) {
        Set<Ins> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Ins ins : t.ops) {
            if (ins.op == IrOp.CALL_TRACE || org.taipan.jit.exit.RealFrames.around(ins)) {
                for (Snapshot s = ins.snapshot; s != null; s = s.parent()) {
                    for (Ins v : s.slots()) {
                        if (v != null) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** {@code v}'s value when it is a CONST_I64 in {@code [0, n)}, else -1. */
    private static int constantIndex(Ins v, int n) {
        if (v.op == IrOp.CONST_I64 && v.aux instanceof Long k && k >= 0 && k < n) {
            return (int) (long) k;
        }
        return -1;
    }
}
