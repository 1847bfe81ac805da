package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.taipan.jit.ir.DictSlot;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Trace;

/**
 * Load/store forwarding for list items and instance slots: a {@code LIST_GETITEM(l, i)} after a
 * {@code LIST_SETITEM(l, i, v)} or another {@code LIST_GETITEM(l, i)} of the same SSA values is
 * {@code v} (or the first load's result), and {@code GETSLOT[k](o)} likewise after
 * {@code SETSLOT[k](o, v)} or {@code GETSLOT[k](o)}, and {@code GETMEMBER[k](o)} after
 * {@code SETMEMBER[k](o, v)} or {@code GETMEMBER[k](o)} ({@code __slots__} members, another array
 * than the values), as long as nothing in between could have written that memory.
 *
 * <p>What may write it: a {@code LIST_SETITEM} may write any list item (two SSA values may be the
 * same list, two indices the same number), so it forgets every known item before recording its
 * own; a {@code SETSLOT[k]} forgets every known slot k; {@code RANGE_ITER_NEXT} and the list and
 * tuple iterators' {@code *_ITER_NEXT} write only their iterator, {@code LEN}, {@code SEQ_GETSLICE} and
 * {@code TUPLE_OF_LIST} only read, {@code NEW_LIST} writes only its new list, {@code SEQ_ITER} only makes its new iterator, {@code RESIDUAL} writes none of these; every other instruction that is neither PURE nor a guard nor one of these loads (a
 * helper call may run any Python code, an inner loop's trace any code of the frame) forgets
 * everything, closure cells included. Knowledge starts empty at
 * {@link IrOp#LOOP}, so nothing is forwarded across the back edge. Soundness: a forwarded load
 * would have read exactly the object the remembered store wrote or the remembered load read,
 * since no instruction between them could change that memory (the trace runs under the GIL, which
 * only a helper call may release).
 *
 * <p>Module-level names likewise: {@code DICT_VALUE_AT} of a namespace position after a
 * {@code DICT_STORE_AT} or {@code DICT_VALUE_AT} of the same dict and position is the value stored
 * or loaded, and a {@code GUARD_DICT_KEYS} of a dict whose keys were already guarded is dropped,
 * while nothing in between could have run code (cell and dict stores, slot and item stores, range
 * iterators and pure ops cannot add a key or write a namespace).
 */
final class LoadForwarding {
    private LoadForwarding() {
    }

    private record Loc(Ins base, Object key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Loc l && l.base == base && (key instanceof Ins ? l.key == key : key.equals(l.key));
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(base) * 31
                    + (key instanceof Ins ? System.identityHashCode(key) : key.hashCode());
        }
    }

    /** A namespace position: its dict by identity (a dict's equals is Python's ==). */
    private record NameLoc(Object dict, int position) {
        @Override
        public boolean equals(Object o) {
            return o instanceof NameLoc l && l.dict == dict && l.position == position;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dict) * 31 + position;
        }
    }

    private static NameLoc nameLoc(Ins ins) {
        DictSlot s = (DictSlot) ins.aux;
        return new NameLoc(s.dict(), s.position());
    }

    /** Forwards loads in {@code t}; returns how many were removed. */
    static int run(Trace t) {
        Map<Loc, Ins> items = new HashMap<>(), slots = new HashMap<>(), members = new HashMap<>();
        Map<NameLoc, Ins> names = new HashMap<>();
        Map<Ins, Ins> cells = new IdentityHashMap<>();
        Set<Object> keysGuarded = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Ins> out = new ArrayList<>(t.ops.size());
        int removed = 0;
        for (Ins ins : new ArrayList<>(t.ops)) {
            switch (ins.op) {
                case LIST_GETITEM, GETSLOT -> {
                    boolean item = ins.op == IrOp.LIST_GETITEM;
                    Loc loc = new Loc(ins.args[0], item ? ins.args[1] : ins.aux);
                    Ins known = (item ? items : slots).get(loc);
                    if (known != null) {
                        Rewrite.replaceUses(t, ins, known);
                        removed++;
                        continue;
                    }
                    (item ? items : slots).put(loc, ins);
                }
                case GETMEMBER -> {
                    Loc loc = new Loc(ins.args[0], ins.aux);
                    Ins known = members.get(loc);
                    if (known != null) {
                        Rewrite.replaceUses(t, ins, known);
                        removed++;
                        continue;
                    }
                    members.put(loc, ins);
                }
                case SETMEMBER -> {
                    members.keySet().removeIf(l -> l.key.equals(ins.aux));
                    members.put(new Loc(ins.args[0], ins.aux), ins.args[1]);
                }
                case LIST_SETITEM -> {
                    // an item store runs no code: names stay known
                    items.clear();
                    items.put(new Loc(ins.args[0], ins.args[1]), ins.args[2]);
                }
                case SETSLOT -> {
                    slots.keySet().removeIf(l -> l.key.equals(ins.aux));
                    slots.put(new Loc(ins.args[0], ins.aux), ins.args[1]);
                }
                case DICT_VALUE_AT -> {
                    Ins known = names.get(nameLoc(ins));
                    if (known != null) {
                        Rewrite.replaceUses(t, ins, known);
                        removed++;
                        continue;
                    }
                    names.put(nameLoc(ins), ins);
                }
                case DICT_STORE_AT -> names.put(nameLoc(ins), ins.args[0]);
                // appends a value to its own instance at its new shape's last index, over nothing known
                case ADDSLOT -> {
                    Integer index = ((org.taipan.runtime.Shape) ins.aux).size() - 1;
                    slots.keySet().removeIf(l -> l.key.equals(index));
                    slots.put(new Loc(ins.args[0], index), ins.args[1]);
                }
                // a fresh object; an append changes no item already there
                case NEW_INSTANCE, LIST_APPEND -> {
                }
                case GUARD_DICT_KEYS -> {
                    if (!keysGuarded.add(((DictSlot) ins.aux).dict())) {
                        removed++;
                        continue;
                    }
                }
                case CELL_GET -> {
                    Ins known = cells.get(ins.args[0]);
                    if (known != null) {
                        Rewrite.replaceUses(t, ins, known);
                        removed++;
                        continue;
                    }
                    cells.put(ins.args[0], ins);
                }
                case CELL_SET -> {
                    // another cell value may be the same cell
                    cells.clear();
                    cells.put(ins.args[0], ins.args[1]);
                }
                case RANGE_ITER_NEXT, LIST_ITER_NEXT, TUPLE_ITER_NEXT, STR_ITER_NEXT, ITER_SOURCE, ENUM_INDEX, ENUM_SET_INDEX, REVERSED_LIST_NEXT, LEN, SEQ_GETSLICE, NEW_LIST, SEQ_ITER, TUPLE_OF_LIST, SLOT, HELD_SLOT, PHI, RESIDUAL -> {
                }
                case LOOP -> {
                    items.clear();
                    slots.clear();
                    members.clear();
                    names.clear();
                    cells.clear();
                    keysGuarded.clear();
                }
                default -> {
                    if (!ins.op.isPure() && !ins.op.isGuard()) {
                        // a helper call or an inner loop's trace (CALL_TRACE) may run code that
                        // writes any of these, a closure cell too (nonlocal, an inner loop's STORE_DEREF)
                        items.clear();
                        slots.clear();
                        members.clear();
                        names.clear();
                        cells.clear();
                        keysGuarded.clear();
                    }
                }
            }
            out.add(ins);
        }
        t.replaceOps(out);
        return removed;
    }
}
