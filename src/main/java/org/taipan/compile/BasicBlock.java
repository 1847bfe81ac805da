package org.taipan.compile;

import java.util.ArrayList;
import java.util.List;

/** A basic block of the flow graph: straight-line instructions, entered only at the top. */
final class BasicBlock {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    /** The block emitted after this one (fall-through successor unless the last instruction is a terminator). */
    BasicBlock next;
    /** Stack depth on entry, -1 until the stack-depth pass reaches the block. */
    int startDepth = -1;
    /** Set when the block is an exception handler entered with lasti pushed. */
    boolean preserveLasti;
    /** Instruction index of the block's first instruction, set by the assembler. */
    int offset;
    /** Handlers active on entry (innermost last), set by the exception labelling pass. */
    java.util.ArrayDeque<BasicBlock> exceptStack;
    boolean visited;

    BasicBlock(int id) {
        this.id = id;
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** Whether control can continue into {@link #next} from the end of this block. */
    boolean fallsThrough() {
        Instr l = last();
        return l == null || !l.isTerminator();
    }
}
