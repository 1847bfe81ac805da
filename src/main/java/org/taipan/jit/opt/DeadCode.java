package org.taipan.jit.opt;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;

/**
 * Dead-code removal: PURE instructions (boxes included) and PHIs whose value no instruction and no
 * snapshot uses are removed, repeatedly, by marking from the roots (guards, effects, SLOTs, LOOP,
 * JUMP, every other non-pure instruction, and all snapshot entries).
 *
 * <p>Soundness: a PURE instruction has no effect and cannot fail, so removing an unused one changes
 * nothing observable; a PHI nobody reads (not even an exit) carries a value nothing needs.
 */
final class DeadCode {
    private DeadCode() {
    }

    /** Removes dead instructions from {@code t}; returns how many. */
    static int run(Trace t) {
        Set<Ins> live = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Ins> work = new java.util.ArrayDeque<>();
        for (Ins ins : t.ops) {
            if (!(ins.op.isPure() || ins.op == IrOp.PHI)) {
                mark(ins, live, work);
            }
            for (Snapshot s = ins.snapshot; s != null; s = s.parent()) {
                for (Ins v : s.slots()) {
                    if (v != null) {
                        mark(v, live, work);
                    }
                }
            }
        }
        while (!work.isEmpty()) {
            for (Ins a : work.pop().args) {
                mark(a, live, work);
            }
        }
        int before = t.ops.size();
        t.ops.removeIf(ins -> !live.contains(ins));
        t.renumber();
        return before - t.ops.size();
    }

    private static void mark(Ins v, Set<Ins> live, java.util.ArrayDeque<Ins> work) {
        if (live.add(v)) {
            work.push(v);
        }
    }
}
