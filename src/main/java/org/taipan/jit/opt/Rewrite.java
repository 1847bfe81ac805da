package org.taipan.jit.opt;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;

/**
 * The small rewriting steps every pass shares: replacing a value's uses (operands and snapshot
 * entries), counting uses, and the snapshot of the loop header that a guard moved into the preamble
 * takes.
 */
final class Rewrite {
    private Rewrite() {
    }

    /**
     * Replaces every use of {@code old} (as an operand, and as a snapshot entry of any frame) by
     * {@code neu}. The caller guarantees {@code neu} is defined before every such use and has a type
     * each operand use accepts (snapshot entries take any type: an exit boxes unboxed values).
     */
    static void replaceUses(Trace t, Ins old, Ins neu) {
        for (Ins ins : t.ops) {
            Ins[] args = ins.args;
            for (int a = 0; a < args.length; a++) {
                if (args[a] == old) {
                    args[a] = neu;
                }
            }
            replaceInSnapshot(ins.snapshot, old, neu);
        }
    }

    /**
     * Replaces {@code old} by {@code neu} in the entries of {@code s} and its parents, and in the
     * operands of the allocations they name (a virtual tuple's items are not instructions' operands
     * once the tuple left the trace, yet its exit reads them).
     */
    static void replaceInSnapshot(Snapshot s, Ins old, Ins neu) {
        for (; s != null; s = s.parent()) {
            Ins[] slots = s.slots();
            for (int k = 0; k < slots.length; k++) {
                if (slots[k] == old) {
                    slots[k] = neu;
                } else if (slots[k] != null) {
                    replaceInAllocation(slots[k], old, neu, 0);
                }
            }
        }
    }

    private static void replaceInAllocation(Ins v, Ins old, Ins neu, int depth) {
        if (!v.op.allocates() || !v.op.isPure() || depth > 8) {
            return;
        }
        Ins[] args = v.args;
        for (int a = 0; a < args.length; a++) {
            if (args[a] == old) {
                args[a] = neu;
            } else if (args[a] != null) {
                replaceInAllocation(args[a], old, neu, depth + 1);
            }
        }
    }

    /** For every value, the number of operand uses it has (snapshot entries not counted). */
    static Map<Ins, Integer> operandUses(List<Ins> ops) {
        Map<Ins, Integer> uses = new IdentityHashMap<>();
        for (Ins ins : ops) {
            for (Ins a : ins.args) {
                uses.merge(a, 1, Integer::sum);
            }
        }
        return uses;
    }

    /** Whether {@code v} is an entry of some snapshot in the trace. */
    static boolean inSnapshots(List<Ins> ops, Ins v) {
        for (Ins ins : ops) {
            for (Snapshot s = ins.snapshot; s != null; s = s.parent()) {
                for (Ins e : s.slots()) {
                    if (e == v) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The state at the loop header before anything of the trace ran: tier 1 resumes at the header
     * with every frame slot unchanged. A guard in the preamble fails with this snapshot, which is
     * sound because the preamble changes nothing the frame holds.
     */
    static Snapshot header(Trace t) {
        return new Snapshot(t.code, t.headerIp, t.entrySp, new Ins[t.entrySp], null);
    }

    /** Index just past the last PHI (the body's first instruction). */
    static int bodyStart(Trace t) {
        int i = t.loopIndex() + 1;
        while (i < t.ops.size() && t.ops.get(i).op == IrOp.PHI) {
            i++;
        }
        return i;
    }
}
