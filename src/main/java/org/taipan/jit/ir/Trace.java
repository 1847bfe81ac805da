package org.taipan.jit.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.runtime.PyCode;

/**
 * A recorded loop: the instructions of one iteration in SSA form, with the preamble (the slots
 * the loop reads, their type guards and unboxing) before {@link IrOp#LOOP}, the loop-carried
 * values as {@link IrOp#PHI}s right after it, and {@link IrOp#JUMP} last. Entered when tier 1 is at
 * {@link #headerIp} of {@link #code} with the value stack at depth {@link #entrySp}.
 *
 * <p>Shape, checked by {@link #verify}: SLOT/CONST/guards/unboxing, then LOOP, then PHIs, then the
 * body, then JUMP; every operand defined before its use (a PHI's second operand excepted, which
 * may be any instruction of the body); every guard and MAY_RAISE instruction has a snapshot whose
 * values are defined before the instruction or are virtual allocations over such values (a PURE,
 * ALLOC instruction not in the trace, e.g. a {@link IrOp#NEW_TUPLE} only exits need).
 */
public final class Trace {
    public final PyCode code;
    /** The loop header: the JUMP_BACKWARD's target, where the trace is entered and loops back to. */
    public final int headerIp;
    /** The JUMP_BACKWARD closing the loop. */
    public final int backJumpIp;
    /** The frame's {@code sp} at the header (as {@code Frame.sp}: an index into the frame array). */
    public final int entrySp;
    /**
     * The header of the loop this trace belongs to: {@link #headerIp} for a loop trace; for a
     * bridge (a side trace entered where an exit of another trace resumes, at {@link #headerIp}
     * with the stack at {@link #entrySp}, and ending at this header), the loop it returns to.
     */
    public final int loopHeaderIp;
    public final List<Ins> ops = new ArrayList<>();

    public Trace(PyCode code, int headerIp, int backJumpIp, int entrySp) {
        this(code, headerIp, backJumpIp, entrySp, headerIp, false, false);
    }

    /**
     * A bridge: entered at {@code startIp} with the stack at {@code startSp} (an exit's resume
     * place), its body one pass from there to the JUMP_BACKWARD {@code backJumpIp} to
     * {@code loopHeaderIp}; LOOP comes right after the preamble, no PHIs follow it, and its JUMP's
     * snapshot is the frame at the loop header (the backend leaves through it after one pass).
     */
    public static Trace bridge(PyCode code, int startIp, int startSp, int backJumpIp, int loopHeaderIp) {
        return new Trace(code, startIp, backJumpIp, startSp, loopHeaderIp, true, false);
    }

    /**
     * A function-entry trace ({@code root}: entered at the function's first instruction
     * {@code startIp}, 0 or 1 after a closure's COPY_FREE_VARS, with the stack empty at
     * {@code startSp}) or one of its bridges (entered at {@code startIp} with the stack at
     * {@code startSp}, where an exit resumes): its body runs up to the return instruction
     * {@code returnIp} of the function's own frame (not run), shaped as a bridge: LOOP right after
     * the preamble, no PHIs, and its JUMP's snapshot the frame at {@code returnIp};
     * {@link #backJumpIp} and {@link #loopHeaderIp} are {@code returnIp}.
     */
    public static Trace functionEntry(PyCode code, int startIp, int startSp, int returnIp, boolean root) {
        Trace t = new Trace(code, startIp, returnIp, startSp, returnIp, true, true);
        t.entryBridge = !root;
        return t;
    }

    /** Whether this is a bridge of a function-entry trace (else the trace itself, when {@link #isFunctionEntry}). */
    public boolean isFunctionEntryBridge() {
        return entryBridge;
    }

    private boolean entryBridge;

    private Trace(PyCode code, int headerIp, int backJumpIp, int entrySp, int loopHeaderIp, boolean bridge,
                  boolean functionEntry) {
        this.code = code;
        this.headerIp = headerIp;
        this.backJumpIp = backJumpIp;
        this.entrySp = entrySp;
        this.loopHeaderIp = loopHeaderIp;
        this.bridge = bridge;
        this.functionEntry = functionEntry;
    }

    /** Whether this is a function-entry trace or one of its bridges ({@link #functionEntry}; a {@link #isBridge bridge} in shape). */
    public boolean isFunctionEntry() {
        return functionEntry;
    }

    private final boolean functionEntry;

    /** Whether this is a bridge ({@link #bridge}), run once per exit rather than looping. */
    public boolean isBridge() {
        return bridge;
    }

    private final boolean bridge;

    /** Appends {@code ins} and returns it. */
    public Ins add(Ins ins) {
        ins.id = ops.size();
        ops.add(ins);
        return ins;
    }

    /** Makes {@code newOps} the trace's instructions, in that order, renumbered (what a pass that rebuilt the list ends with). */
    public void replaceOps(List<Ins> newOps) {
        if (newOps != ops) {
            ops.clear();
            ops.addAll(newOps);
        }
        renumber();
    }

    /** Renumbers the instructions densely in order (after a pass removed some). */
    public void renumber() {
        for (int i = 0; i < ops.size(); i++) {
            ops.get(i).id = i;
        }
    }

    /** Index of the LOOP instruction in {@link #ops}, or -1. */
    public int loopIndex() {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).op == IrOp.LOOP) {
                return i;
            }
        }
        return -1;
    }

    /** The source line of the loop header. */
    public int line() {
        return code.code.lineOf(headerIp);
    }

    /** Number of guards in the trace (what the log reports before and after optimization). */
    public int guardCount() {
        int n = 0;
        for (Ins i : ops) {
            if (i.op.isGuard()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Checks the shape described in the class comment.
     *
     * @throws IllegalStateException naming the first violation
     */
    public void verify() {
        Map<Ins, Integer> pos = new IdentityHashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            if (pos.put(ops.get(i), i) != null) {
                throw new IllegalStateException("instruction twice in the trace: " + ops.get(i));
            }
        }
        int loop = loopIndex();
        if (loop < 0 || ops.isEmpty() || ops.get(ops.size() - 1).op != IrOp.JUMP) {
            throw new IllegalStateException("a trace needs LOOP and ends with JUMP");
        }
        boolean phis = true;
        for (int i = 0; i < ops.size(); i++) {
            Ins ins = ops.get(i);
            if (ins.op == IrOp.PHI) {
                if (i <= loop || !phis) {
                    throw new IllegalStateException("PHI not right after LOOP: " + ins);
                }
            } else if (i > loop) {
                phis = false;
            }
            if (ins.op.arity() >= 0 && ins.args.length != ins.op.arity()) {
                throw new IllegalStateException("wrong operand count: " + ins);
            }
            for (int a = 0; a < ins.args.length; a++) {
                Ins arg = ins.args[a];
                Integer p = arg == null ? null : pos.get(arg);
                boolean forward = ins.op == IrOp.PHI && a == 1;
                if (p == null || (!forward && p >= i)) {
                    throw new IllegalStateException("operand " + a + " not defined before use: " + ins);
                }
                IrType want = ins.op == IrOp.PHI ? ins.type : ins.op == IrOp.NEW_TUPLE ? IrType.REF : ins.op.operand(a);
                if (want != null && arg.type != want) {
                    throw new IllegalStateException("operand " + a + " is " + arg.type + ", expected " + want + ": " + ins);
                }
            }
            if (ins.op.needsSnapshot()) {
                if (ins.snapshot == null) {
                    throw new IllegalStateException("no snapshot: " + ins);
                }
                for (Snapshot s = ins.snapshot; s != null; s = s.parent()) {
                    for (Ins v : s.slots()) {
                        if (v != null && !definedOrVirtual(v, i, pos, 0)) {
                            throw new IllegalStateException("snapshot value %" + v.id + " not defined before " + ins);
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether snapshot entry {@code v} is an instruction before index {@code i}, or a virtual
     * allocation: a PURE, ALLOC instruction the optimizer removed from the trace (a box, a tuple)
     * whose operands are, recursively, defined before {@code i} or virtual; the exit allocates it.
     */
    private static boolean definedOrVirtual(Ins v, int i, Map<Ins, Integer> pos, int depth) {
        Integer p = pos.get(v);
        if (p != null) {
            return p < i;
        }
        if (depth > 8 || !v.op.isPure() || !v.op.allocates()) {
            return false;
        }
        for (Ins a : v.args) {
            if (a == null || !definedOrVirtual(a, i, pos, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The trace as text, one instruction per line, guards with their snapshots (for jit-log and tests). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("trace ").append(code.code.name).append(" line ").append(line())
                .append(" header ").append(headerIp).append('\n');
        for (Ins i : ops) {
            b.append("  ").append(i.type == IrType.VOID ? "" : i.type + " ").append(i);
            if (i.snapshot != null) {
                b.append("  ").append(i.snapshot);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
