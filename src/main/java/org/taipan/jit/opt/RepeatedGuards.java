package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.jit.ir.Dependency;
import org.taipan.jit.ir.FunctionShape;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Drops guards that repeat a check made earlier in the same stretch of straight-line code in
 * which nothing could change its answer, the checks {@link GuardElim} leaves alone because their
 * answer is no property of the SSA value alone:
 * <ul>
 * <li>{@code GUARD_TYPE} of the same value and type (an inlined method reads {@code self.x},
 *     {@code self.y}, {@code self.z}: one type check, not three);</li>
 * <li>{@code GUARD_TYPE_VERSION} of the same value and version;</li>
 * <li>{@code GUARD_NOT_INVALIDATED} on the same switch point;</li>
 * <li>{@code GUARD_FUNCTION} of the same function, code and defaults;</li>
 * <li>{@code GUARD_LIST_INDEX} of the same list with a constant index: the first such guard of a
 *     list is strengthened to the largest constant index checked on that list later in the stretch,
 *     and the later ones go ({@code v[0] ... v[6]}: one bounds check of index 6).</li>
 * </ul>
 * A stretch ends at {@link IrOp#LOOP} and at every instruction that may run Python code, change
 * an object's type, shrink a list or invalidate an assumption: anything but a guard, a PURE op
 * or one of {@link #HARMLESS}.
 *
 * <p>Soundness: within a stretch the condition of a repeated guard has the answer the first one
 * had, and the trace is one path, so the first one ran before it. A strengthened bounds check
 * fails in more cases than the recorded one; it then resumes tier 1 at the first access's place
 * (its own snapshot), earlier than the trace would have, which is always allowed: tier 1 redoes
 * from there exactly what the trace would have done. Indices only grow the condition (a list
 * whose length exceeds k also holds every index below k) as long as no list shrinks, which no
 * {@link #HARMLESS} op does ({@code LIST_APPEND} only grows one; a check is not strengthened
 * across an append to its list, since the larger index may exist only after it).
 */
final class RepeatedGuards {
    private RepeatedGuards() {
    }

    /**
     * Non-PURE, non-guard ops that run no Python code, change no object's type, shrink no list
     * and invalidate no switch point (a SETSLOT writes an instance's value, not its class; an
     * ADDSLOT appends a value to its own instance, never over an existing one; NEW_INSTANCE only
     * allocates; the iterators' NEXT ops advance their own state). An op added to IrOp later ends
     * stretches until it is listed here.
     */
    static final Set<IrOp> HARMLESS = EnumSet.of(IrOp.SLOT, IrOp.HELD_SLOT, IrOp.PHI, IrOp.GETSLOT, IrOp.SETSLOT, IrOp.GETMEMBER, IrOp.SETMEMBER, IrOp.LIST_GETITEM,
            IrOp.LIST_SETITEM, IrOp.RANGE_ITER_NEXT, IrOp.LIST_ITER_NEXT, IrOp.TUPLE_ITER_NEXT, IrOp.LEN, IrOp.CELL_GET,
            IrOp.CELL_SET, IrOp.LIST_APPEND, IrOp.NEW_LIST, IrOp.SEQ_ITER, IrOp.TUPLE_OF_LIST, IrOp.DICT_VALUE_AT, IrOp.NEW_INSTANCE,
            IrOp.ADDSLOT, IrOp.ITER_SOURCE, IrOp.ENUM_INDEX, IrOp.ENUM_SET_INDEX,
            IrOp.REVERSED_LIST_NEXT, IrOp.STR_ITER_NEXT);

    /** Whether {@code op} ends a stretch: facts about types, lists and assumptions do not cross it. */
    static boolean endsStretch(IrOp op) {
        return op == IrOp.LOOP || !(op.isGuard() || op.isPure() || HARMLESS.contains(op));
    }

    /** Drops the repeated guards of {@code t} (strengthening list bounds checks); returns how many went. */
    static int run(Trace t) {
        strengthenListIndexes(t);
        Map<Ins, Object> types = new IdentityHashMap<>();
        Map<Ins, Object> versions = new IdentityHashMap<>();
        Set<Object> switchPoints = identitySet();
        List<FunctionShape> functions = new ArrayList<>();
        Map<Ins, Long> listBounds = new IdentityHashMap<>();
        List<Ins> out = new ArrayList<>(t.ops.size());
        int dropped = 0;
        for (Ins ins : t.ops) {
            boolean repeated = switch (ins.op) {
                case GUARD_TYPE -> types.get(ins.arg(0)) == ins.aux;
                case GUARD_TYPE_VERSION -> ins.aux != null && ins.aux.equals(versions.get(ins.arg(0)));
                case GUARD_NOT_INVALIDATED -> switchPoints.contains(((Dependency) ins.aux).switchPoint());
                case GUARD_FUNCTION -> functions.stream().anyMatch(f -> sameFunction(f, (FunctionShape) ins.aux));
                case GUARD_LIST_INDEX -> {
                    long k = constantIndex(ins);
                    Long bound = listBounds.get(ins.arg(0));
                    yield k >= 0 && bound != null && k <= bound;
                }
                default -> false;
            };
            if (repeated) {
                dropped++;
                continue;
            }
            out.add(ins);
            if (endsStretch(ins.op)) {
                types.clear();
                versions.clear();
                switchPoints.clear();
                functions.clear();
                listBounds.clear();
                continue;
            }
            switch (ins.op) {
                case GUARD_TYPE -> types.put(ins.arg(0), ins.aux);
                case GUARD_TYPE_VERSION -> versions.put(ins.arg(0), ins.aux);
                case GUARD_NOT_INVALIDATED -> switchPoints.add(((Dependency) ins.aux).switchPoint());
                case GUARD_FUNCTION -> functions.add((FunctionShape) ins.aux);
                case GUARD_LIST_INDEX -> {
                    long k = constantIndex(ins);
                    if (k >= 0) {
                        listBounds.merge(ins.arg(0), k, Math::max);
                    }
                }
                default -> { }
            }
        }
        t.replaceOps(out);
        return dropped;
    }

    /**
     * Gives the first constant-index bounds check of each list in each stretch the largest
     * constant index checked on that list in the stretch (a new CONST_I64 just before it).
     */
    private static void strengthenListIndexes(Trace t) {
        Map<Ins, Ins> first = new IdentityHashMap<>();
        Map<Ins, Long> largest = new IdentityHashMap<>();
        Map<Ins, Long> strengthened = new IdentityHashMap<>();
        for (Ins ins : t.ops) {
            if (endsStretch(ins.op)) {
                settle(first, largest, strengthened);
                continue;
            }
            if (ins.op == IrOp.LIST_APPEND) {
                // a later index may only exist after the append (a[0]; a.append(x); a[5]):
                // checking it at the first access would make the trace exit on every such list
                Ins g = first.remove(ins.arg(0));
                if (g != null) {
                    settleOne(g, largest, strengthened);
                }
                continue;
            }
            if (ins.op == IrOp.GUARD_LIST_INDEX) {
                long k = constantIndex(ins);
                if (k >= 0) {
                    Ins list = ins.arg(0);
                    first.putIfAbsent(list, ins);
                    largest.merge(first.get(list), k, Math::max);
                }
            }
        }
        settle(first, largest, strengthened);
        if (strengthened.isEmpty()) {
            return;
        }
        List<Ins> out = new ArrayList<>(t.ops.size() + strengthened.size());
        for (Ins ins : t.ops) {
            Long k = strengthened.get(ins);
            if (k != null) {
                Ins c = Ins.of(IrOp.CONST_I64, k);
                out.add(c);
                ins.args[1] = c;
            }
            out.add(ins);
        }
        t.replaceOps(out);
    }

    /** Records the stretch's first guards whose index must grow, and starts a new stretch. */
    private static void settle(Map<Ins, Ins> first, Map<Ins, Long> largest, Map<Ins, Long> strengthened) {
        for (Ins g : first.values()) {
            settleOne(g, largest, strengthened);
        }
        first.clear();
        largest.clear();
    }

    /** Records that {@code g}, a list's first bounds check in its group, must check the group's largest index. */
    private static void settleOne(Ins g, Map<Ins, Long> largest, Map<Ins, Long> strengthened) {
        long k = largest.remove(g);
        if (k > constantIndex(g)) {
            strengthened.put(g, k);
        }
    }

    /** The index of a GUARD_LIST_INDEX when it is a constant, else -1. */
    private static long constantIndex(Ins guard) {
        Ins k = guard.arg(1);
        return k.op == IrOp.CONST_I64 ? (Long) k.aux : -1;
    }

    /** Same function object, code and defaults (identity: a tuple of defaults is compared as an object). */
    private static boolean sameFunction(FunctionShape a, FunctionShape b) {
        return a.function() == b.function() && a.code() == b.code() && a.defaults() == b.defaults();
    }

    private static Set<Object> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
