package org.taipan.compile;

import org.taipan.ast.Pos;

/**
 * An unconditional jump to an unconditional jump goes straight to the second one's target, as
 * CPython 3.11's flow-graph optimizer does ({@code optimize_basic_block}'s {@code JUMP} case,
 * {@code jump_thread}): the end of an {@code if} branch inside a loop jumps back to the loop's
 * head itself instead of to the loop's closing jump. Only when the second jump has no line of
 * its own (the compiler's artificial jumps) or the first one's, so that no traced line is
 * skipped. Conditional jumps are left alone: a conditional jump backwards would be a loop edge
 * the interpreter does not count.
 */
final class JumpThreading {
    private JumpThreading() {}

    /** Retargets every plain jump of {@code u} in place; runs before lines are propagated. */
    static void run(CodeUnit u) {
        for (BasicBlock b : u.allBlocks) {
            Instr last = b.last();
            if (last == null || last.pseudo != Instr.Pseudo.JUMP) {
                continue;
            }
            // a bounded walk: jumps to jumps can form a cycle (while True: pass)
            for (int hops = 0; hops < 16; hops++) {
                BasicBlock t = firstNonEmpty(last.target);
                if (t == null || t == b) {
                    break;
                }
                Instr next = t.instrs.get(0);
                if (next.pseudo != Instr.Pseudo.JUMP || next.target == last.target
                        || hasLine(next.pos) && !(hasLine(last.pos) && next.pos.line() == last.pos.line())) {
                    break;
                }
                last.target = next.target;
            }
        }
    }

    private static BasicBlock firstNonEmpty(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    private static boolean hasLine(Pos p) {
        return p != null && p.line() > 0;
    }
}
