package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Trace;

/**
 * Forwards a store of one iteration to the load of the next: in a calm body (no op that runs
 * Python code, see {@link RepeatedGuards#endsStretch}), the first load of an instance value
 * {@code GETSLOT[k](o)}, of a list item {@code LIST_GETITEM(l, c)} ({@code c} a constant) or of a
 * closure cell {@code CELL_GET(c)} of an object defined before the loop, made before the body's first store to the same place, becomes a
 * PHI of that place: the load itself moves to the preamble (its entry value) and the value stored
 * last in the body is the PHI's value for the next iteration ({@code self.total += x},
 * {@code acc[0] += x}, {@code nonlocal total; total += x} in an inlined closure). The stores stay, so the heap is up to date at every exit; only the
 * re-reading goes. {@link UnboxPhis} can then keep such a float or int unboxed across iterations.
 *
 * <p>Conditions, each for soundness: every store of the same kind in the body is to the same SSA
 * object ({@code SETSLOT} of the same index to another value, any {@code LIST_SETITEM} to another
 * list or at a non-constant index, any {@code CELL_SET} to another cell value could alias the
 * place: the pass then leaves that kind alone);
 * the preamble already holds the guard that makes the moved load safe (a {@code GUARD_SHAPE} of
 * {@code o}; a {@code GUARD_LIST_INDEX} of {@code l} with a constant index of at least {@code c},
 * which stays true because no op of a calm body shortens a list; a cell read never fails). Nothing else writes the place:
 * the ops of a calm body that write the heap are {@code SETSLOT}, {@code LIST_SETITEM},
 * {@code CELL_SET}, and {@code LIST_APPEND} and {@code ADDSLOT}, which only append (never over an
 * existing item, nor over a value a guarded shape has).
 */
final class CarriedLoads {
    private CarriedLoads() {
    }

    /** Forwards the loop-carried loads of {@code t}; returns how many became PHIs. */
    static int run(Trace t) {
        int loop = t.loopIndex();
        if (loop < 0 || t.isBridge()) {
            return 0;
        }
        int start = Rewrite.bodyStart(t);
        List<Ins> body = t.ops.subList(start, t.ops.size());
        for (Ins ins : body) {
            if (ins.op != IrOp.JUMP && RepeatedGuards.endsStretch(ins.op)) {
                return 0;
            }
        }
        Set<Ins> preamble = Collections.newSetFromMap(new IdentityHashMap<>());
        preamble.addAll(t.ops.subList(0, loop));
        List<Ins[]> carried = new ArrayList<>();
        for (Ins load : body) {
            boolean slot = load.op == IrOp.GETSLOT;
            boolean item = load.op == IrOp.LIST_GETITEM;
            boolean cell = load.op == IrOp.CELL_GET;
            if (!(slot || item || cell) || !preamble.contains(load.arg(0))) {
                continue;
            }
            if (item && (load.arg(1).op != IrOp.CONST_I64 || !preamble.contains(load.arg(1)))) {
                continue;
            }
            Ins place = load.arg(0);
            boolean unaliased = slot ? slotsUnaliased(body, load) : item ? itemsUnaliased(body, place) : cellsUnaliased(body, place);
            // a cell's read never fails (an unbound one reads null, which its GUARD_NOT_NULL then sees)
            boolean safe = slot ? shapeGuarded(t, loop, place) : !item || boundsGuarded(t, loop, place, index(load));
            if (!unaliased || !safe) {
                continue;
            }
            Ins last = null;
            boolean storedBefore = false;
            for (Ins s : body) {
                if (s == load) {
                    storedBefore = last != null;
                } else if (sameStore(s, load)) {
                    last = s.arg(item ? 2 : 1);
                }
            }
            if (storedBefore || last == null || carried.stream().anyMatch(c -> samePlace(c[0], load))) {
                // a load after a store is LoadForwarding's; without any store, Licm's (an invariant);
                // a second load of a place already carried, LoadForwarding's too
                continue;
            }
            carried.add(new Ins[] {load, last});
        }
        for (Ins[] c : carried) {
            forward(t, c[0], c[1]);
        }
        return carried.size();
    }

    /** Moves {@code load} to the end of the preamble and makes its uses a PHI(load, last). */
    private static void forward(Trace t, Ins load, Ins last) {
        List<Ins> out = new ArrayList<>(t.ops);
        out.remove(load);
        int loop = out.indexOf(t.ops.get(t.loopIndex()));
        out.add(loop, load);
        Ins phi = new Ins(IrOp.PHI, IrType.REF, null, load, last);
        out.add(loop + 2, phi);
        t.replaceOps(out);
        for (Ins ins : t.ops) {
            if (ins == phi) {
                continue;
            }
            Ins[] args = ins.args;
            for (int a = 0; a < args.length; a++) {
                if (args[a] == load) {
                    args[a] = phi;
                }
            }
            if (ins.id > phi.id) {
                Rewrite.replaceInSnapshot(ins.snapshot, load, phi);
            }
        }
    }

    /** Whether {@code s} stores to the place {@code load} reads (same object, same index). */
    private static boolean sameStore(Ins s, Ins load) {
        if (load.op == IrOp.CELL_GET) {
            return s.op == IrOp.CELL_SET && s.arg(0) == load.arg(0);
        }
        if (load.op == IrOp.GETSLOT) {
            return s.op == IrOp.SETSLOT && s.arg(0) == load.arg(0) && s.auxInt() == load.auxInt();
        }
        return s.op == IrOp.LIST_SETITEM && s.arg(0) == load.arg(0) && s.arg(1).op == IrOp.CONST_I64
                && index(s) == index(load);
    }

    /** Whether two loads read the same place. */
    private static boolean samePlace(Ins a, Ins b) {
        if (a.op != b.op || a.arg(0) != b.arg(0)) {
            return false;
        }
        return switch (a.op) {
            case GETSLOT -> a.auxInt() == b.auxInt();
            case LIST_GETITEM -> index(a) == index(b);
            default -> true;
        };
    }

    /** Every CELL_SET of the body stores into {@code cell} (another cell value could be the same cell). */
    private static boolean cellsUnaliased(List<Ins> body, Ins cell) {
        for (Ins s : body) {
            if (s.op == IrOp.CELL_SET && s.arg(0) != cell) {
                return false;
            }
        }
        return true;
    }

    /** No SETSLOT of the load's index writes another SSA value (which could be the same instance). */
    private static boolean slotsUnaliased(List<Ins> body, Ins load) {
        for (Ins s : body) {
            if (s.op == IrOp.SETSLOT && s.auxInt() == load.auxInt() && s.arg(0) != load.arg(0)) {
                return false;
            }
        }
        return true;
    }

    /** Every LIST_SETITEM of the body stores into {@code list} at a constant index. */
    private static boolean itemsUnaliased(List<Ins> body, Ins list) {
        for (Ins s : body) {
            if (s.op == IrOp.LIST_SETITEM && (s.arg(0) != list || s.arg(1).op != IrOp.CONST_I64)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shapeGuarded(Trace t, int loop, Ins o) {
        for (int i = 0; i < loop; i++) {
            Ins g = t.ops.get(i);
            if (g.op == IrOp.GUARD_SHAPE && g.arg(0) == o) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundsGuarded(Trace t, int loop, Ins list, long k) {
        for (int i = 0; i < loop; i++) {
            Ins g = t.ops.get(i);
            if (g.op == IrOp.GUARD_LIST_INDEX && g.arg(0) == list && g.arg(1).op == IrOp.CONST_I64 && index(g) >= k) {
                return true;
            }
        }
        return false;
    }

    private static long index(Ins ins) {
        return (Long) ins.arg(1).aux;
    }
}
