package org.taipan.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Pos;
import org.taipan.code.CodeObject;
import org.taipan.code.CodeObject.ExceptionTableEntry;
import org.taipan.code.Opcode;

/**
 * Turns a unit's flow graph into a {@link CodeObject} (CPython's {@code assemble}): inserts the
 * prologue (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), computes stack depths, labels every
 * instruction with its exception handler from the SETUP_* / POP_BLOCK pseudo ops, drops
 * unreachable blocks, lays the blocks out, resolves jumps to absolute instruction indices and
 * builds the exception table and position arrays.
 */
final class Assembler {
    private final CodeUnit u;
    private final String filename;
    /** Turns the positions' code-point columns into the UTF-8 byte columns code objects hold. */
    private final org.taipan.ast.Utf8Columns columns;

    Assembler(CodeUnit u, String filename, org.taipan.ast.Utf8Columns columns) {
        this.u = u;
        this.filename = filename;
        this.columns = columns;
    }

    CodeObject assemble() {
        truncateAfterTerminators();
        SwapPeephole.run(u);
        NoneJumpPeephole.run(u);
        JumpThreading.run(u);
        int ncells = u.cellvars.size();
        // localsplus: varnames, then cells that are not arguments, then frees
        List<String> lpNames = new ArrayList<>(u.varnames.keySet());
        List<Byte> lpKinds = new ArrayList<>();
        for (int i = 0; i < lpNames.size(); i++) {
            lpKinds.add(CodeObject.CO_FAST_LOCAL);
        }
        int[] cellSlot = new int[ncells];
        for (int i = 0; i < ncells; i++) {
            String c = u.cellvars.get(i);
            Integer v = u.varnames.get(c);
            if (v != null) {
                cellSlot[i] = v;
                lpKinds.set(v, (byte) (CodeObject.CO_FAST_LOCAL | CodeObject.CO_FAST_CELL));
            } else {
                cellSlot[i] = lpNames.size();
                lpNames.add(c);
                lpKinds.add(CodeObject.CO_FAST_CELL);
            }
        }
        int freeBase = lpNames.size();
        for (String f : u.freevars) {
            lpNames.add(f);
            lpKinds.add(CodeObject.CO_FAST_FREE);
        }
        for (BasicBlock b : u.allBlocks) {
            for (Instr in : b.instrs) {
                if (in.op != null && in.op.argKind == Opcode.ArgKind.DEREF) {
                    in.oparg = in.oparg < ncells ? cellSlot[in.oparg] : freeBase + in.oparg - ncells;
                }
            }
        }
        LineNumbers.assign(u);
        insertPrologue(cellSlot);

        int maxDepth = stackDepth();
        labelExceptionTargets();

        List<Instr> out = new ArrayList<>();
        List<BasicBlock> order = new ArrayList<>();
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            if (b.startDepth < 0) {
                continue;
            }
            LineNumbers.setupsToNops(b.instrs, b.next);
            order.add(b);
        }
        // drop a jump to the block laid out right after it
        for (int i = 0; i < order.size(); i++) {
            BasicBlock b = order.get(i);
            Instr l = b.last();
            if (l != null && l.pseudo != null && l.target != null) {
                int j = i + 1;
                while (j < order.size() && order.get(j).instrs.isEmpty()) {
                    if (order.get(j) == l.target) {
                        break;
                    }
                    j++;
                }
                if (j < order.size() && order.get(j) == l.target) {
                    b.instrs.remove(b.instrs.size() - 1);
                    if (b.instrs.isEmpty() || LineNumbers.keepsLine(b.last(), l, order.get(j))) {
                        // the jump's line stays traceable (`if False:`), as CPython's NOP
                        b.instrs.add(new Instr(Opcode.NOP, 0, null, l.pos));
                        b.last().handler = l.handler;
                    }
                }
            }
        }
        int off = 0;
        for (BasicBlock b : order) {
            b.offset = off;
            off += b.instrs.size();
        }
        // an empty block at the end gets offset == length; jumps to it must not exist
        for (BasicBlock b : order) {
            out.addAll(b.instrs);
        }
        int n = out.size();
        int[] code = new int[n];
        int[] lines = new int[n];
        int[] endLines = new int[n];
        int[] cols = new int[n];
        int[] endCols = new int[n];
        List<ExceptionTableEntry> table = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instr in = out.get(i);
            Opcode op = in.op;
            int arg = in.oparg;
            if (in.pseudo != null) {
                int t = in.target.offset;
                op = t > i ? Opcode.JUMP_FORWARD
                        : in.pseudo == Instr.Pseudo.JUMP_NO_INTERRUPT ? Opcode.JUMP_BACKWARD_NO_INTERRUPT
                        : Opcode.JUMP_BACKWARD;
                arg = t;
            } else if (in.target != null) {
                arg = in.target.offset;
            }
            code[i] = Opcode.encode(op, arg);
            Pos p = in.pos;
            if (p == null || p.line() <= 0) {
                lines[i] = -1;
                endLines[i] = -1;
                cols[i] = -1;
                endCols[i] = -1;
            } else {
                lines[i] = p.line();
                endLines[i] = p.endLine();
                cols[i] = columns.of(p.line(), p.col());
                endCols[i] = columns.of(p.endLine(), p.endCol());
            }
            BasicBlock h = in.handler;
            if (h != null) {
                int depth = h.startDepth - 1 - (h.preserveLasti ? 1 : 0);
                ExceptionTableEntry last = table.isEmpty() ? null : table.get(table.size() - 1);
                if (last != null && last.end() == i && last.target() == h.offset && last.depth() == depth
                        && last.lasti() == h.preserveLasti) {
                    table.set(table.size() - 1, new ExceptionTableEntry(last.start(), i + 1, h.offset, depth,
                            h.preserveLasti));
                } else {
                    table.add(new ExceptionTableEntry(i, i + 1, h.offset, depth, h.preserveLasti));
                }
            }
        }
        int nlocals = u.varnames.size();
        String[] varnames = u.varnames.keySet().toArray(new String[0]);
        List<String> cellNames = new ArrayList<>();
        List<String> allNames = lpNames;
        for (int i = 0; i < allNames.size(); i++) {
            if ((lpKinds.get(i) & CodeObject.CO_FAST_CELL) != 0) {
                cellNames.add(allNames.get(i));
            }
        }
        byte[] kinds = new byte[lpKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = lpKinds.get(i);
        }
        int flags = u.flags;
        assert nlocals == varnames.length;
        // CPython's trim_unused_consts: constants after the last one an instruction loads go
        // (the None of an implicit return that dead code elimination removed); the first stays,
        // as it may be the docstring
        Object[] consts = u.constArray();
        int used = 0;
        for (int w : code) {
            if (Opcode.of(Opcode.opcodeOf(w)).argKind == Opcode.ArgKind.CONST) {
                used = Math.max(used, Opcode.opargOf(w));
            }
        }
        if (used + 1 < consts.length) {
            consts = java.util.Arrays.copyOf(consts, used + 1);
        }
        return new CodeObject(u.name, u.qualname, filename, u.firstlineno, u.argcount, u.posonlyargcount,
                u.kwonlyargcount, flags, maxDepth, varnames, cellNames.toArray(new String[0]),
                u.freevars.toArray(new String[0]), u.names.keySet().toArray(new String[0]), consts,
                allNames.toArray(new String[0]), kinds, code, table.toArray(new ExceptionTableEntry[0]), lines,
                endLines, cols, endCols);
    }

    private void truncateAfterTerminators() {
        for (BasicBlock b : u.allBlocks) {
            for (int i = 0; i < b.instrs.size(); i++) {
                if (b.instrs.get(i).isTerminator()) {
                    b.instrs.subList(i + 1, b.instrs.size()).clear();
                    break;
                }
            }
        }
    }

    private void insertPrologue(int[] cellSlot) {
        List<Instr> pro = new ArrayList<>();
        if (!u.freevars.isEmpty()) {
            pro.add(new Instr(Opcode.COPY_FREE_VARS, u.freevars.size(), null, Pos.NONE));
        }
        for (int slot : cellSlot) {
            pro.add(new Instr(Opcode.MAKE_CELL, slot, null, Pos.NONE));
        }
        if ((u.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            Pos p = new Pos(u.firstlineno, -1, u.firstlineno, -1);
            pro.add(new Instr(Opcode.RETURN_GENERATOR, 0, null, p));
            pro.add(new Instr(Opcode.POP_TOP, 0, null, p));
        }
        u.entry.instrs.addAll(0, pro);
    }

    /** CPython's {@code stackdepth}: a worklist pass giving every reachable block its entry depth. */
    private int stackDepth() {
        ArrayDeque<BasicBlock> work = new ArrayDeque<>();
        int max = 0;
        u.entry.startDepth = 0;
        work.push(u.entry);
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            int depth = b.startDepth;
            boolean falls = true;
            for (Instr in : b.instrs) {
                if (in.target != null) {
                    int td = depth + in.stackEffect(true);
                    max = Math.max(max, td);
                    push(work, in.target, td);
                }
                depth += in.stackEffect(false);
                if (depth < 0) {
                    throw new IllegalStateException("negative stack depth at " + in + " in " + u.name);
                }
                max = Math.max(max, depth);
                if (in.isTerminator()) {
                    falls = false;
                    break;
                }
            }
            if (falls && b.next != null) {
                push(work, b.next, depth);
            }
        }
        return max;
    }

    private static void push(ArrayDeque<BasicBlock> work, BasicBlock b, int depth) {
        if (b.startDepth < 0) {
            b.startDepth = depth;
            work.push(b);
        } else if (b.startDepth != depth) {
            throw new IllegalStateException("inconsistent stack depth at block " + b.id + ": " + b.startDepth
                    + " vs " + depth);
        }
    }

    /** CPython's {@code label_exception_targets}. */
    private void labelExceptionTargets() {
        ArrayDeque<BasicBlock> work = new ArrayDeque<>();
        u.entry.exceptStack = new ArrayDeque<>();
        u.entry.visited = true;
        work.push(u.entry);
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            ArrayDeque<BasicBlock> stack = b.exceptStack.clone();
            boolean falls = true;
            for (Instr in : b.instrs) {
                if (in.isSetup()) {
                    in.target.preserveLasti = in.pseudo != Instr.Pseudo.SETUP_FINALLY;
                    visit(work, in.target, stack);
                    stack.push(in.target);
                } else if (in.pseudo == Instr.Pseudo.POP_BLOCK) {
                    stack.pop();
                } else if (in.target != null) {
                    visit(work, in.target, stack);
                }
                // CPython's label_exception_targets gives block pushes and pops no handler: the
                // NOP a try's line keeps is outside its own range (and every other)
                in.handler = in.isSetup() || in.pseudo == Instr.Pseudo.POP_BLOCK ? null : stack.peek();
                if (in.isTerminator()) {
                    falls = false;
                    break;
                }
            }
            if (falls && b.next != null) {
                visit(work, b.next, stack);
            }
        }
    }

    private static void visit(ArrayDeque<BasicBlock> work, BasicBlock b, ArrayDeque<BasicBlock> stack) {
        if (!b.visited) {
            b.visited = true;
            b.exceptStack = stack.clone();
            work.push(b);
        }
    }
}
