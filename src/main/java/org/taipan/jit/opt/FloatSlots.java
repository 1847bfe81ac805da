package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.Shape;

/**
 * Unboxed float attributes (PyPy's type-specialized instance maps, in the trace): a float the
 * trace stores into an instance is kept raw ({@code runtime.PyInstance} holds a double where its
 * value array has null) and a float attribute the trace reads is read as a number, so neither
 * allocates a box. Runs late, after the passes that reason about GETSLOT / SETSLOT / ADDSLOT.
 * <ul>
 * <li>{@code SETSLOT[k](o, BOX_FLOAT d)} becomes {@code SETSLOT_F64[k](o, d)} (ADDSLOT alike) when
 *     the store is the box's only operand use: before the store, an exit that names the box makes
 *     its own (the object was never seen); after it, the box is the attribute's object, so such an
 *     entry becomes {@code SLOT_VALUE[k](o)} (below), which needs nothing to write index k of
 *     {@code o} between the store and that exit;</li>
 * <li>a {@code GETSLOT[k](o)} whose operand uses are float class guards and unboxes is removed:
 *     each guard becomes {@code GUARD_SLOT_FLOAT[k](o)}, each unbox {@code GETSLOT_F64[k](o)},
 *     and a snapshot entry naming it the virtual {@code SLOT_VALUE[k](o)}, which the exit reads
 *     ({@code valueAt}: the object the GETSLOT would have given). Only when nothing between the
 *     GETSLOT and each of those places can write index k of its instance: no store of that index
 *     (but to an instance allocated after the load), no op that may run Python code (the op owning a snapshot included, since an op that raises
 *     ran first); a GETSLOT in the preamble used in the body needs the whole body so.</li>
 * </ul>
 *
 * <p>Soundness: a read of index k at a later place gives what the GETSLOT gave while nothing wrote
 * index k in between, and a raw double and its box denote one float (the box is made on the first
 * read as an object and kept, so identity is CPython's: two reads give one object, and a float the
 * trace made is seen as an object only after it was stored). For that reason a float read from
 * one attribute and stored into another stays the object it is ({@code a.x = b.x}: {@code a.x is
 * b.x}), and a box a later exit or another op names is stored as the object.
 */
final class FloatSlots {
    private FloatSlots() {
    }

    /** Rewrites the stores and loads of {@code t} as above; returns how many it rewrote. */
    static int run(Trace t) {
        int n = stores(t);
        n += loads(t);
        if (n > 0) {
            t.renumber();
        }
        return n;
    }

    private static int stores(Trace t) {
        List<Ins> ops = t.ops;
        Map<Ins, Integer> pos = positions(ops);
        Map<Ins, Integer> uses = Rewrite.operandUses(ops);
        Map<Snapshot, int[]> owners = ownerRanges(ops);
        int loop = t.loopIndex();
        int n = 0;
        for (int p = 0; p < ops.size(); p++) {
            Ins s = ops.get(p);
            if (s.op != IrOp.SETSLOT && s.op != IrOp.ADDSLOT) {
                continue;
            }
            Ins box = s.arg(1);
            Integer bp = pos.get(box);
            if (box.op != IrOp.BOX_FLOAT || bp == null || uses.getOrDefault(box, 0) != 1
                    || (bp > loop) != (p > loop)) {
                continue;
            }
            int k = s.op == IrOp.SETSLOT ? s.auxInt() : ((Shape) s.aux).size() - 1;
            List<Snapshot> after = namingAfter(owners, box, p, ops, k, loop);
            if (after == null) {
                continue;
            }
            IrOp raw = s.op == IrOp.SETSLOT ? IrOp.SETSLOT_F64 : IrOp.ADDSLOT_F64;
            Ins r = Ins.of(raw, s.aux, s.arg(0), box.arg(0));
            r.id = s.id;
            ops.set(p, r);
            if (!after.isEmpty()) {
                Ins virtual = Ins.of(IrOp.SLOT_VALUE, k, s.arg(0));
                virtual.id = box.id;
                for (Snapshot sn : after) {
                    Ins[] slots = sn.slots();
                    for (int j = 0; j < slots.length; j++) {
                        if (slots[j] == box) {
                            slots[j] = virtual;
                        }
                    }
                }
            }
            n++;
        }
        return n;
    }

    /**
     * The snapshots after the store at {@code p} that name {@code box} (the stored object), each to
     * name the attribute instead; null when one cannot: a snapshot that ops before and after the
     * store share, the box inside a virtual allocation after it, or a write of index {@code k}
     * possible between the store and an exit that names it.
     */
    private static List<Snapshot> namingAfter(Map<Snapshot, int[]> owners, Ins box, int p, List<Ins> ops, int k, int loop) {
        List<Snapshot> after = new ArrayList<>();
        for (Map.Entry<Snapshot, int[]> e : owners.entrySet()) {
            Snapshot sn = e.getKey();
            int[] range = e.getValue();
            if (range[1] <= p) {
                continue;
            }
            boolean direct = false;
            for (Ins v : sn.slots()) {
                if (v == box) {
                    direct = true;
                } else if (v != null && inAllocation(v, box, 0)) {
                    return null;
                }
            }
            if (!direct) {
                continue;
            }
            if (range[0] <= p || !clean(ops, p, range[1], k, loop, true)) {
                return null;
            }
            after.add(sn);
        }
        return after;
    }

    /** For every snapshot of the trace (parents included), the first and last position of an op whose chain has it. */
    static Map<Snapshot, int[]> ownerRanges(List<Ins> ops) {
        Map<Snapshot, int[]> owners = new IdentityHashMap<>();
        for (int q = 0; q < ops.size(); q++) {
            for (Snapshot s = ops.get(q).snapshot; s != null; s = s.parent()) {
                int[] range = owners.computeIfAbsent(s, x -> new int[] {Integer.MAX_VALUE, -1});
                range[0] = Math.min(range[0], q);
                range[1] = Math.max(range[1], q);
            }
        }
        return owners;
    }

    private static int loads(Trace t) {
        int n = 0;
        for (int p = 0; p < t.ops.size(); p++) {
            Ins g = t.ops.get(p);
            if (g.op == IrOp.GETSLOT && rewriteLoad(t, p)) {
                n++;
                p--;
            }
        }
        return n;
    }

    /** Rewrites the GETSLOT at {@code p} if its uses allow (class comment); true when it did (it is gone). */
    private static boolean rewriteLoad(Trace t, int p) {
        List<Ins> ops = t.ops;
        Ins g = ops.get(p);
        int k = g.auxInt();
        int loop = t.loopIndex();
        for (int q = 0; q < p; q++) {
            for (Ins a : ops.get(q).args) {
                if (a == g) {
                    // a PHI before it: the next iteration's value of a local
                    return false;
                }
            }
        }
        boolean guarded = false;
        List<Integer> users = new ArrayList<>();
        for (int q = p + 1; q < ops.size(); q++) {
            Ins u = ops.get(q);
            boolean named = false;
            for (int a = 0; a < u.args.length; a++) {
                if (u.args[a] == g) {
                    named = true;
                    boolean ok = switch (u.op) {
                        case GUARD_CLASS -> u.aux == PyFloat.class;
                        case UNBOX_FLOAT -> guarded;
                        default -> false;
                    };
                    if (!ok) {
                        return false;
                    }
                }
            }
            if (named) {
                if (!clean(ops, p, q, k, loop, false)) {
                    return false;
                }
                guarded |= u.op == IrOp.GUARD_CLASS;
                users.add(q);
            }
            if (names(u.snapshot, g) && !clean(ops, p, q, k, loop, true)) {
                return false;
            }
        }
        Ins virtual = Ins.of(IrOp.SLOT_VALUE, k, g.arg(0));
        virtual.id = g.id;
        for (int q : users) {
            Ins u = ops.get(q);
            switch (u.op) {
                case GUARD_CLASS -> {
                    Ins r = Ins.of(IrOp.GUARD_SLOT_FLOAT, k, g.arg(0));
                    r.snapshot = u.snapshot;
                    r.id = u.id;
                    ops.set(q, r);
                }
                case UNBOX_FLOAT -> {
                    Ins r = Ins.of(IrOp.GETSLOT_F64, k, g.arg(0));
                    r.id = u.id;
                    ops.set(q, r);
                    Rewrite.replaceUses(t, u, r);
                }
                default -> throw new IllegalStateException("not a use FloatSlots rewrites: " + u);
            }
        }
        ops.remove(p);
        Rewrite.replaceUses(t, g, virtual);
        return true;
    }

    /**
     * Whether nothing in {@code (from, to)} (with {@code to} itself when {@code inclusive}) can
     * write index {@code k} of an instance; across the loop header (a preamble load used in the
     * body) every op after {@code from} counts, since the body's tail runs before its next use.
     */
    private static boolean clean(List<Ins> ops, int from, int to, int k, int loop, boolean inclusive) {
        int end = from < loop && to > loop ? ops.size() : inclusive ? to + 1 : to;
        List<Ins> made = new ArrayList<>();
        for (int q = from + 1; q < end; q++) {
            Ins ins = ops.get(q);
            if (ins.op == IrOp.NEW_INSTANCE) {
                made.add(ins);
            }
            if (!keeps(ins, k, made)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code ins} certainly leaves index {@code k} of the loaded instance as it was.
     * {@code made} are the instances allocated after the load (in the body, when the load is in the
     * preamble): writing one of those is no write of the loaded instance, which existed before.
     */
    private static boolean keeps(Ins ins, int k, List<Ins> made) {
        IrOp op = ins.op;
        switch (op) {
            case SETSLOT, SETSLOT_F64 -> {
                return ins.auxInt() != k || made.contains(ins.arg(0));
            }
            case ADDSLOT, ADDSLOT_F64 -> {
                return ((Shape) ins.aux).size() - 1 != k || made.contains(ins.arg(0));
            }
            case GETSLOT_F64, GUARD_SLOT_FLOAT, LOOP, JUMP -> {
                return true;
            }
            default -> {
                if (op.isPure()) {
                    return true;
                }
                if (op.isGuard()) {
                    return !op.hasEffect() && !op.mayRaise();
                }
                return RepeatedGuards.HARMLESS.contains(op);
            }
        }
    }

    /** Whether {@code v} is an entry of {@code s} or its parents, or an item of a virtual allocation they name. */
    private static boolean names(Snapshot s, Ins v) {
        for (; s != null; s = s.parent()) {
            for (Ins e : s.slots()) {
                if (e != null && (e == v || inAllocation(e, v, 0))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean inAllocation(Ins e, Ins v, int depth) {
        if (!e.op.allocates() || !e.op.isPure() || depth > 8) {
            return false;
        }
        for (Ins a : e.args) {
            if (a == v || (a != null && inAllocation(a, v, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Map<Ins, Integer> positions(List<Ins> ops) {
        Map<Ins, Integer> pos = new IdentityHashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            pos.put(ops.get(i), i);
        }
        return pos;
    }
}
