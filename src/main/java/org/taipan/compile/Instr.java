package org.taipan.compile;

import org.taipan.ast.Pos;
import org.taipan.code.Opcode;

/**
 * One instruction in the flow graph: a real {@link Opcode} or a {@link Pseudo} one, its
 * oparg, its jump target (for jumps and SETUP_* pseudo ops) and its source position.
 */
final class Instr {
    /**
     * Pseudo instructions that exist only in the flow graph (CPython 3.12's pseudo ops): the
     * SETUP_* / POP_BLOCK pairs mark the protected ranges the assembler turns into the exception
     * table; JUMP becomes JUMP_FORWARD or JUMP_BACKWARD once offsets are known.
     */
    enum Pseudo {
        /** Handler gets the exception only. */
        SETUP_FINALLY,
        /** Handler gets lasti and the exception. */
        SETUP_CLEANUP,
        /** As SETUP_CLEANUP, but the handler's depth drops the {@code __enter__} result. */
        SETUP_WITH,
        POP_BLOCK,
        JUMP,
        JUMP_NO_INTERRUPT
    }

    Opcode op;
    Pseudo pseudo;
    int oparg;
    BasicBlock target;
    Pos pos;
    /** Set by the assembler: the innermost handler block protecting this instruction, or null. */
    BasicBlock handler;

    Instr(Opcode op, int oparg, BasicBlock target, Pos pos) {
        this.op = op;
        this.oparg = oparg;
        this.target = target;
        this.pos = pos;
    }

    Instr(Pseudo pseudo, BasicBlock target, Pos pos) {
        this.pseudo = pseudo;
        this.target = target;
        this.pos = pos;
    }

    boolean hasTarget() {
        return target != null;
    }

    /** Whether control never falls through to the next instruction. */
    boolean isTerminator() {
        if (pseudo != null) {
            return pseudo == Pseudo.JUMP || pseudo == Pseudo.JUMP_NO_INTERRUPT;
        }
        return op.isTerminator();
    }

    int stackEffect(boolean jump) {
        if (pseudo != null) {
            return switch (pseudo) {
                case SETUP_FINALLY -> jump ? 1 : 0;
                case SETUP_CLEANUP -> jump ? 2 : 0;
                case SETUP_WITH -> jump ? 1 : 0;
                case POP_BLOCK, JUMP, JUMP_NO_INTERRUPT -> 0;
            };
        }
        return op.stackEffect(oparg, jump);
    }

    boolean isSetup() {
        return pseudo == Pseudo.SETUP_FINALLY || pseudo == Pseudo.SETUP_CLEANUP || pseudo == Pseudo.SETUP_WITH;
    }

    @Override
    public String toString() {
        return (pseudo != null ? pseudo.name() : op.name()) + " " + oparg + (target != null ? " ->B" + target.id : "");
    }
}
