package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.List;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Removes the PHIs whose value never changes: {@code PHI(x, itself)} (the body stores back what
 * the slot held, as {@code best = best.update(p)} does when the method returns {@code self}) and
 * {@code PHI(x, x)} (the body stores the value the slot had at entry). Their uses take {@code x},
 * so the guards and loads on them become loop-invariant for {@link Licm}.
 *
 * <p>Soundness: such a PHI holds {@code x} on the first iteration, and each later iteration it
 * takes its second operand, which is {@code x} again (or the PHI itself, by induction {@code x}).
 * Removing one may make another trivial ({@code PHI(x, p)} with {@code p} the removed PHI),
 * so the pass repeats until none is left.
 */
final class InvariantPhis {
    private InvariantPhis() {
    }

    /** Removes the invariant PHIs of {@code t}; returns how many. */
    static int run(Trace t) {
        int loop = t.loopIndex();
        if (loop < 0) {
            return 0;
        }
        int removed = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = loop + 1; i < t.ops.size() && t.ops.get(i).op == IrOp.PHI; i++) {
                Ins phi = t.ops.get(i);
                Ins entry = phi.arg(0);
                if (phi.arg(1) == phi || phi.arg(1) == entry) {
                    List<Ins> out = new ArrayList<>(t.ops);
                    out.remove(i);
                    t.replaceOps(out);
                    Rewrite.replaceUses(t, phi, entry);
                    removed++;
                    changed = true;
                    break;
                }
            }
        }
        return removed;
    }
}
