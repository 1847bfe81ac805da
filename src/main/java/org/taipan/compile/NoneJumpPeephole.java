package org.taipan.compile;

import java.util.List;
import org.taipan.ast.ConstantValue;
import org.taipan.code.Opcode;

/**
 * A branch on {@code x is None} / {@code x is not None} without the comparison, as CPython
 * 3.11's flow-graph optimizer does it: {@code LOAD_CONST None; IS_OP k; POP_JUMP_IF_FALSE/TRUE}
 * becomes the one jump {@code POP_JUMP_IF_NONE} or {@code POP_JUMP_IF_NOT_NONE} (jump when the
 * value is None exactly when "is None" and the jump's sense agree). The three instructions
 * cannot raise, so only the count of dispatched instructions changes: the most common test of
 * linked structures ({@code while node is not None}) takes one instruction instead of three.
 */
final class NoneJumpPeephole {
    private NoneJumpPeephole() {}

    /** Rewrites every block of {@code u} in place. */
    static void run(CodeUnit u) {
        Integer none = u.consts.get(ConstantValue.None.NONE);
        if (none == null) {
            return;
        }
        for (BasicBlock b : u.allBlocks) {
            List<Instr> in = b.instrs;
            for (int i = 0; i + 2 < in.size(); i++) {
                Instr load = in.get(i), is = in.get(i + 1), jump = in.get(i + 2);
                if (load.op == Opcode.LOAD_CONST && load.oparg == none && is.op == Opcode.IS_OP
                        && (jump.op == Opcode.POP_JUMP_IF_FALSE || jump.op == Opcode.POP_JUMP_IF_TRUE)) {
                    // "is None" (oparg 0) jumping when true, or "is not None" jumping when false.
                    boolean jumpsOnNone = (is.oparg == 0) == (jump.op == Opcode.POP_JUMP_IF_TRUE);
                    jump.op = jumpsOnNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE;
                    in.subList(i, i + 2).clear();
                }
            }
        }
    }
}
