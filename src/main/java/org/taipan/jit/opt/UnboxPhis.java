package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.List;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;

/**
 * Unboxing of loop-carried values, the allocation removal that pays most: a REF
 * {@code PHI(entry, BOX_INT(x))} whose entry is checked to be an exact int fitting a long becomes an
 * I64 {@code PHI(UNBOX_INT(entry), x)} (floats alike with {@code BOX_FLOAT}/{@code UNBOX_FLOAT}).
 *
 * <p>The check may be a constant entry (a {@code CONST_REF} exact small int / float), guards of the
 * entry in the preamble, or guards of the PHI in the body ({@code GUARD_CLASS(phi, PyInt)} and
 * {@code GUARD_SMALL_INT(phi)}; {@code GUARD_CLASS(phi, PyFloat)} for floats). Body guards of the
 * PHI are dropped and checks of the entry value are added to the preamble with the loop header's
 * snapshot. A PHI that only snapshots read (its slot is written before it is read) is unboxed
 * without such evidence, its entry checked in the preamble on speculation (see
 * {@link #onlyExitsRead}). In the body, {@code UNBOX_INT(phi)} becomes the new PHI; snapshot entries take the
 * unboxed PHI (an exit boxes it); any other use, which needs an object, takes one {@code BOX_INT}
 * of the new PHI placed at the body's start (later passes drop it if nothing needs it).
 *
 * <p>Identity: where one object is bound to several names CPython's {@code is} says True, so a
 * PHI sharing its loop box with another PHI is merged with it (same entry) or left boxed
 * ({@link #sharedBoxResolved}), and a loop box that is made anyway (another instruction uses it)
 * stays the PHI's value for snapshots and object uses, only the unboxes taking the I64 PHI.
 *
 * <p>Soundness: on the first iteration the PHI is the entry value, checked in the preamble before
 * anything ran (failing there resumes tier 1 at the header with the frame untouched, which is what
 * failing the body guard would have amounted to, as nothing the trace did can be observed to have
 * differed); on every later iteration it is a fresh {@code BOX_INT(x)}, an exact int fitting a
 * long by construction, so the body guards always passed. The unboxed PHI carries the same number.
 */
final class UnboxPhis {
    private UnboxPhis() {
    }

    /** Unboxes the PHIs of {@code t} it can; returns how many. */
    static int run(Trace t) {
        int total = 0;
        for (boolean again = true; again; ) {
            again = false;
            int loop = t.loopIndex();
            for (int i = loop + 1; i < t.ops.size() && t.ops.get(i).op == IrOp.PHI; i++) {
                Ins p = t.ops.get(i);
                if (p.type == IrType.REF && unbox(t, p)) {
                    total++;
                    again = true;
                    break;
                }
            }
        }
        return total;
    }

    private static boolean unbox(Trace t, Ins p) {
        Ins e = p.args[0], b = p.args[1];
        boolean isInt;
        if (b.op == IrOp.BOX_INT) {
            isInt = true;
        } else if (b.op == IrOp.BOX_FLOAT) {
            isInt = false;
        } else {
            return false;
        }
        Class<?> want = isInt ? PyInt.class : PyFloat.class;
        int loop = t.loopIndex();
        if (!sharedBoxResolved(t, p)) {
            return false;
        }
        boolean entryChecked = constantOf(e, isInt) || (guarded(t, 0, loop, e, IrOp.GUARD_CLASS, want)
                && (!isInt || guarded(t, 0, loop, e, IrOp.GUARD_SMALL_INT, null)));
        boolean phiChecked = guarded(t, loop, t.ops.size(), p, IrOp.GUARD_CLASS, want)
                && (!isInt || guarded(t, loop, t.ops.size(), p, IrOp.GUARD_SMALL_INT, null));
        if (!entryChecked && !phiChecked && !onlyExitsRead(t, p)) {
            return false;
        }
        List<Ins> pre = new ArrayList<>();
        if (!entryChecked) {
            Ins g = Ins.of(IrOp.GUARD_CLASS, want, e);
            g.snapshot = Rewrite.header(t);
            pre.add(g);
            if (isInt) {
                Ins s = Ins.of(IrOp.GUARD_SMALL_INT, null, e);
                s.snapshot = Rewrite.header(t);
                pre.add(s);
            }
        }
        // A box something else uses each iteration (a call argument, a list item) is made anyway
        // and may be referenced from outside the trace: the PHI keeps carrying it for the
        // snapshots and the other object uses, so an exit writes back that object, not an equal
        // new one (`keep.append(x)` then `keep[-1] is x`); only the unboxes take the new PHI.
        Integer boxUses = Rewrite.operandUses(t.ops).get(b);
        boolean keepBox = boxUses != null && boxUses > 1;
        if (keepBox && !unboxed(t, p, isInt ? IrOp.UNBOX_INT : IrOp.UNBOX_FLOAT)) {
            return false;
        }
        Ins unboxed = Ins.of(isInt ? IrOp.UNBOX_INT : IrOp.UNBOX_FLOAT, null, e);
        pre.add(unboxed);
        Ins q = new Ins(IrOp.PHI, isInt ? IrType.I64 : IrType.F64, null, unboxed, b.args[0]);
        Ins rebox = Ins.of(isInt ? IrOp.BOX_INT : IrOp.BOX_FLOAT, null, q);
        IrOp unboxOp = isInt ? IrOp.UNBOX_INT : IrOp.UNBOX_FLOAT;

        List<Ins> out = new ArrayList<>(t.ops.size() + 4);
        List<Ins> unboxes = new ArrayList<>();
        boolean reboxUsed = false;
        int start = Rewrite.bodyStart(t);
        for (int i = 0; i < t.ops.size(); i++) {
            Ins ins = t.ops.get(i);
            if (i == loop) {
                out.addAll(pre);
            }
            if (i == start) {
                out.add(rebox);
            }
            if (ins == p) {
                if (keepBox) {
                    out.add(p);
                }
                out.add(q);
                continue;
            }
            if (ins.args.length > 0 && ins.args[0] == p) {
                if ((ins.op == IrOp.GUARD_CLASS && ins.aux == want) || (isInt && ins.op == IrOp.GUARD_SMALL_INT)) {
                    continue;
                }
                if (ins.op == unboxOp) {
                    unboxes.add(ins);
                    continue;
                }
            }
            if (keepBox) {
                out.add(ins);
                continue;
            }
            for (int a = 0; a < ins.args.length; a++) {
                if (ins.args[a] == p) {
                    ins.args[a] = rebox;
                    reboxUsed = true;
                }
            }
            Rewrite.replaceInSnapshot(ins.snapshot, p, q);
            out.add(ins);
        }
        if (!reboxUsed) {
            out.remove(rebox);
        }
        t.ops.clear();
        t.ops.addAll(out);
        for (Ins u : unboxes) {
            Rewrite.replaceUses(t, u, q);
        }
        t.renumber();
        return true;
    }

    /**
     * Keeps identity where one object is bound to several names ({@code x = y = x + 1}, or
     * {@code x = x + 1; y = x}): PHIs of two slots whose back edges are the same box are the same
     * object from the second iteration on, but unboxing each would give each its own box at an
     * exit or in the body ({@code x is y} False where CPython says True). A PHI with the same entry
     * as well is the same value in every iteration: its uses take {@code p} and it is dropped.
     * With different entries (two frame slots, the same object or not on the first iteration)
     * neither is unboxed: returns false.
     */
    private static boolean sharedBoxResolved(Trace t, Ins p) {
        int loop = t.loopIndex();
        List<Ins> same = new ArrayList<>();
        for (int i = loop + 1; i < t.ops.size() && t.ops.get(i).op == IrOp.PHI; i++) {
            Ins o = t.ops.get(i);
            if (o != p && o.args[1] == p.args[1]) {
                if (o.type != p.type || o.args[0] != p.args[0]) {
                    return false;
                }
                same.add(o);
            }
        }
        if (!same.isEmpty()) {
            List<Ins> out = new ArrayList<>(t.ops);
            out.removeAll(same);
            t.replaceOps(out);
            for (Ins o : same) {
                Rewrite.replaceUses(t, o, p);
            }
        }
        return true;
    }

    /** Whether some instruction unboxes {@code p} ({@code op}). */
    private static boolean unboxed(Trace t, Ins p, IrOp op) {
        for (Ins ins : t.ops) {
            if (ins.op == op && ins.args[0] == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no instruction reads {@code p}, only snapshots: the slot is written before it is read
     * in the iteration (a {@code for} loop's target, a temporary). Its entry value is then checked
     * in the preamble on speculation: the trace is entered at the header after a taken backward
     * jump, so the slot holds what the previous iteration stored, of the type recorded; when it
     * does not, the header exit hands that one iteration to tier 1.
     */
    private static boolean onlyExitsRead(Trace t, Ins p) {
        for (Ins ins : t.ops) {
            for (Ins a : ins.args) {
                if (a == p) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code e} is a constant exact int fitting a long (or an exact float). */
    private static boolean constantOf(Ins e, boolean isInt) {
        if (e.op != IrOp.CONST_REF) {
            return false;
        }
        return isInt ? e.aux instanceof PyInt i && i.getClass() == PyInt.class && i.fitsLong()
                : e.aux != null && e.aux.getClass() == PyFloat.class;
    }

    /** Whether ops [from, to) hold a guard {@code op} of {@code v} (with constant {@code aux} when given). */
    private static boolean guarded(Trace t, int from, int to, Ins v, IrOp op, Object aux) {
        for (int i = from; i < to; i++) {
            Ins g = t.ops.get(i);
            if (g.op == op && g.args[0] == v && (aux == null || g.aux == aux)) {
                return true;
            }
        }
        return false;
    }
}
