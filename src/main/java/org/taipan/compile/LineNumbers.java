package org.taipan.compile;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Pos;
import org.taipan.code.Opcode;

/**
 * Gives the instructions the compiler left without a position (jumps back to a loop's start,
 * implicit returns, clean-up code) the lines CPython 3.11's assembler gives them, and keeps a
 * {@code try}'s line as a NOP: what a trace function's 'line' events and a frame's
 * {@code f_lineno} at a return depend on (CPython's {@code duplicate_exits_without_lineno},
 * {@code propagate_line_numbers}, {@code convert_exception_handlers_to_nops} and
 * {@code remove_redundant_nops}).
 */
final class LineNumbers {
    private LineNumbers() {}

    /**
     * Positions for the instructions without one, on the flow graph before the prologue is
     * inserted: an exit block (return or raise) without any position reached by several
     * predecessors is copied for each jump to it, the copy placed after it with the jump's
     * position; then each instruction takes the position of the one before it in its block, and
     * a block's first instruction that of its predecessor when it has only one.
     */
    static void assign(CodeUnit u) {
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.pseudo == Instr.Pseudo.POP_BLOCK) {
                    // CPython 3.11 emits every POP_BLOCK without a line (ADDOP_NOLINE, or after UNSET_LOC)
                    in.pos = Pos.NONE;
                }
            }
        }
        Map<BasicBlock, Integer> preds = predecessors(u);
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (!preds.containsKey(b) || last == null || !isJump(last)) {
                continue;
            }
            BasicBlock direct = nonEmpty(last.target);
            BasicBlock t = throughJumps(last.target);
            if (t != null && exitWithoutLine(t) && (preds.getOrDefault(t, 0) > 1 || t != direct)) {
                BasicBlock copy = u.newBlock();
                for (Instr in : t.instrs) {
                    Instr c = in.pseudo != null ? new Instr(in.pseudo, in.target, in.pos) : new Instr(in.op, in.oparg, in.target, in.pos);
                    copy.instrs.add(c);
                }
                copy.instrs.get(0).pos = last.pos;
                copy.startDepth = t.startDepth;
                copy.next = t.next;
                t.next = copy;
                last.target = copy;
                // the edge left the block it entered: the first of the jump-only blocks, or the exit
                preds.put(direct, preds.get(direct) - 1);
                preds.put(copy, 1);
            }
        }
        // an exit block without a position reached only by falling into it takes the line before it
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            BasicBlock n = nonEmpty(b.next);
            if (preds.containsKey(b) && !b.instrs.isEmpty() && b.fallsThrough() && n != null && exitWithoutLine(n)) {
                n.instrs.get(0).pos = b.last().pos;
            }
        }
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            if (b.instrs.isEmpty()) {
                continue;
            }
            Pos prev = b.instrs.get(0).pos;
            for (Instr in : b.instrs) {
                if (hasLine(in)) {
                    prev = in.pos;
                } else if (hasLine(prev)) {
                    in.pos = prev;
                }
            }
            if (!hasLine(prev)) {
                continue;
            }
            BasicBlock n = nonEmpty(b.next);
            if (b.fallsThrough() && n != null && preds.getOrDefault(n, 0) == 1 && !hasLine(n.instrs.get(0))) {
                n.instrs.get(0).pos = prev;
            }
            Instr last = b.last();
            if (isJump(last)) {
                BasicBlock t = nonEmpty(last.target);
                if (t != null && preds.getOrDefault(t, 0) == 1 && !hasLine(t.instrs.get(0))) {
                    t.instrs.get(0).pos = prev;
                }
            }
        }
    }

    /**
     * The SETUP_* and POP_BLOCK pseudo instructions become NOPs, and those NOPs and the
     * compiler's own ({@code pass}, a constant test) that only repeat a neighbour's line (or
     * have none) go: what is left is a line that has no other instruction, such as the
     * {@code try} line's NOP, which CPython traces as a line of its own
     * ({@code remove_redundant_nops}).
     */
    static void setupsToNops(List<Instr> instrs, BasicBlock next) {
        int prevLine = -1;
        for (int k = 0; k < instrs.size(); k++) {
            Instr in = instrs.get(k);
            if (!in.isSetup() && in.pseudo != Instr.Pseudo.POP_BLOCK && in.op != Opcode.NOP) {
                prevLine = hasLine(in) ? in.pos.line() : -1;
                continue;
            }
            int line = hasLine(in) ? in.pos.line() : -1;
            boolean drop = line < 0 || line == prevLine;
            if (!drop) {
                if (k + 1 < instrs.size()) {
                    Instr n = instrs.get(k + 1);
                    if (!hasLine(n) || n.pos.line() == line) {
                        n.pos = in.pos;
                        drop = true;
                    }
                } else {
                    BasicBlock nb = nonEmpty(next);
                    drop = nb != null && hasLine(nb.instrs.get(0)) && nb.instrs.get(0).pos.line() == line;
                }
            }
            if (drop) {
                instrs.remove(k--);
                continue;
            }
            Instr nop = new Instr(Opcode.NOP, 0, null, in.pos);
            nop.handler = in.handler;
            instrs.set(k, nop);
            prevLine = line;
        }
    }

    /**
     * Whether removed jump {@code jump} (to block {@code next}, right after it; {@code prev} the
     * instruction before it) has a line no neighbour has, so a NOP keeps it; when the next
     * instruction has no line, it takes the jump's instead.
     */
    static boolean keepsLine(Instr prev, Instr jump, BasicBlock next) {
        if (!hasLine(jump) || prev != null && hasLine(prev) && prev.pos.line() == jump.pos.line()) {
            return false;
        }
        BasicBlock n = nonEmpty(next);
        if (n == null) {
            return true;
        }
        Instr first = n.instrs.get(0);
        if (!hasLine(first)) {
            first.pos = jump.pos;
            return false;
        }
        return first.pos.line() != jump.pos.line();
    }

    /** Reachable blocks (from the entry, along fall-through, jumps and handler targets) and how many edges enter each. */
    private static Map<BasicBlock, Integer> predecessors(CodeUnit u) {
        Map<BasicBlock, Integer> preds = new IdentityHashMap<>();
        ArrayDeque<BasicBlock> work = new ArrayDeque<>();
        BasicBlock entry = nonEmpty(u.entry);
        if (entry == null) {
            return preds;
        }
        preds.put(entry, 1);
        work.push(entry);
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            for (Instr in : b.instrs) {
                if (in.target != null) {
                    edge(preds, work, nonEmpty(in.target));
                }
            }
            if (b.fallsThrough()) {
                edge(preds, work, nonEmpty(b.next));
            }
        }
        return preds;
    }

    private static void edge(Map<BasicBlock, Integer> preds, ArrayDeque<BasicBlock> work, BasicBlock to) {
        if (to == null) {
            return;
        }
        Integer n = preds.get(to);
        preds.put(to, n == null ? 1 : n + 1);
        if (n == null) {
            work.push(to);
        }
    }

    /**
     * Where a jump to {@code b} ends up: past empty blocks and blocks that are one unconditional
     * jump without a line, after POP_BLOCKs (CPython's jump threading happens before its exits
     * are duplicated, and after its POP_BLOCKs are gone).
     */
    private static BasicBlock throughJumps(BasicBlock b) {
        b = nonEmpty(b);
        for (int guard = 0; b != null && guard < 100; guard++) {
            Instr last = b.last();
            if (last.pseudo != Instr.Pseudo.JUMP || hasLine(last) || !onlyPopBlocksBefore(b)) {
                return b;
            }
            b = nonEmpty(last.target);
        }
        return b;
    }

    /** {@code b}, or the first block with instructions that control falls into from it. */
    private static BasicBlock nonEmpty(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    private static boolean isJump(Instr in) {
        return in.target != null && !in.isSetup();
    }

    /** CPython's {@code is_exit_without_lineno}: ends in a return or raise, and no instruction has a position. */
    /** Whether all but the last instruction of {@code b} are POP_BLOCKs (which CPython has removed before it threads jumps). */
    private static boolean onlyPopBlocksBefore(BasicBlock b) {
        for (int k = 0; k < b.instrs.size() - 1; k++) {
            if (b.instrs.get(k).pseudo != Instr.Pseudo.POP_BLOCK) {
                return false;
            }
        }
        return true;
    }

    private static boolean exitWithoutLine(BasicBlock b) {
        Instr last = b.last();
        if (last == null || last.op == null || (last.op != Opcode.RETURN_VALUE && last.op != Opcode.RAISE_VARARGS
                && last.op != Opcode.RERAISE)) {
            return false;
        }
        for (Instr in : b.instrs) {
            if (hasLine(in)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLine(Instr in) {
        return hasLine(in.pos);
    }

    private static boolean hasLine(Pos p) {
        return p != null && p.line() > 0;
    }
}
