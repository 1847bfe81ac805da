package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Box forwarding and virtual boxes: {@code UNBOX_INT(BOX_INT(x))} is {@code x} (floats alike), and
 * a box ({@code BOX_INT}, {@code BOX_FLOAT}, {@code BOX_BOOL}) that no instruction uses, only
 * snapshots, is removed, its snapshot entries taking the unboxed operand: the exit that needs the
 * object allocates it (a snapshot entry of type I64/F64/BOOL is boxed by the exit, see
 * {@link org.taipan.jit.ir.Snapshot}). That is what keeping a box "virtual" means.
 *
 * <p>Soundness: boxing then unboxing gives back the same long/double; a box only exits read is
 * rebuilt there from the same number. What is lost is identity: two snapshot entries of one box
 * become two equal objects at the exit unless the exit boxes each IR value once (jitback's
 * contract), and Python makes no promise about the identity of equal ints and floats.
 */
final class BoxForwarding {
    private BoxForwarding() {
    }

    /** Forwards and removes boxes in {@code t}; returns the number of boxes removed. */
    static int run(Trace t) {
        for (Ins ins : new ArrayList<>(t.ops)) {
            if ((ins.op == IrOp.UNBOX_INT && ins.args[0].op == IrOp.BOX_INT)
                    || (ins.op == IrOp.UNBOX_FLOAT && ins.args[0].op == IrOp.BOX_FLOAT)) {
                Rewrite.replaceUses(t, ins, ins.args[0].args[0]);
            }
        }
        Map<Ins, Integer> forwarded = Rewrite.operandUses(t.ops);
        // the forwarded unboxes are unused now; dropping them first frees their boxes
        t.ops.removeIf(ins -> (ins.op == IrOp.UNBOX_INT || ins.op == IrOp.UNBOX_FLOAT)
                && !forwarded.containsKey(ins) && (ins.args[0].op == IrOp.BOX_INT || ins.args[0].op == IrOp.BOX_FLOAT));
        Map<Ins, Integer> uses = Rewrite.operandUses(t.ops);
        List<Ins> out = new ArrayList<>(t.ops.size());
        int removed = 0;
        for (Ins ins : t.ops) {
            boolean box = ins.op == IrOp.BOX_INT || ins.op == IrOp.BOX_FLOAT || ins.op == IrOp.BOX_BOOL;
            if (box && !uses.containsKey(ins)) {
                Rewrite.replaceUses(t, ins, ins.args[0]);
                if (ins.op.allocates()) {
                    removed++;
                }
                continue;
            }
            out.add(ins);
        }
        t.replaceOps(out);
        return removed;
    }
}
