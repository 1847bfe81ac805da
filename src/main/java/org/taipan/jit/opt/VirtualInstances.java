package org.taipan.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.jit.ir.InstanceLayout;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyType;
import org.taipan.runtime.Shape;

/**
 * Allocation removal for instances (issue 7, PyPy's virtuals, LuaJIT's sunk allocations): an
 * instance the trace makes ({@code NEW_INSTANCE}, an inlined constructor) whose only uses are the
 * stores of its own attributes and exits is never allocated. Its NEW_INSTANCE and stores leave the
 * trace; each snapshot that names it names instead a {@link IrOp#VIRTUAL_INSTANCE} of its state
 * at that place (the shapes it was given so far and the last value stored at each index, of its
 * values and of its {@code __slots__} members ({@code SETMEMBER})), which the
 * exit allocates, and a {@code SLOT_VALUE} read of it the value stored there. Runs last, after
 * load forwarding made the trace's own reads of the instance's attributes the stored values and
 * {@link FloatSlots} made its float stores raw.
 *
 * <p>Soundness: an object no instruction reads, compares, passes or stores elsewhere is seen only
 * by the code an exit resumes; that exit builds one with the same class, shape and attribute values
 * (one object per exit and IR value: every name of it in the exit's frames is that one object). A
 * snapshot shared by exits before and after one of its stores would need two states: such an
 * instance stays allocated, as does one a CALL_TRACE's frame write passes on (the inner trace may
 * keep it while this trace goes on naming it) or one in the frames made real around a helper inside
 * inlined calls ({@code exit.RealFrames}), one stored into another object or one another
 * virtual allocation holds.
 */
final class VirtualInstances {
    private VirtualInstances() {
    }

    /**
     * A store into the instance: its position, the index written, the value, the shape it added
     * (null for SETSLOT and SETMEMBER), whether it is a {@code __slots__} member's.
     */
    private record Store(int at, int index, Ins value, Shape added, boolean member) {}

    /** Keeps the instances of {@code t} that only exits need out of the trace; returns how many. */
    static int run(Trace t) {
        int n = 0;
        for (int p = t.ops.size() - 1; p >= 0; p--) {
            Ins ins = t.ops.get(p);
            if (ins.op == IrOp.NEW_INSTANCE && sink(t, p)) {
                n++;
            }
        }
        if (n > 0) {
            t.renumber();
        }
        return n;
    }

    private static boolean sink(Trace t, int p) {
        List<Ins> ops = t.ops;
        Ins inst = ops.get(p);
        List<Store> stores = new ArrayList<>();
        Set<Ins> storeOps = Collections.newSetFromMap(new IdentityHashMap<>());
        int size = 0;
        for (int q = 0; q < ops.size(); q++) {
            Ins u = ops.get(q);
            boolean named = false;
            for (Ins a : u.args) {
                named |= a == inst;
            }
            if (!named) {
                continue;
            }
            // a use before it is a PHI carrying it into the next iteration
            if (q < p || u.args.length != 2 || u.args[0] != inst || u.args[1] == inst) {
                return false;
            }
            switch (u.op) {
                case ADDSLOT, ADDSLOT_F64 -> {
                    Shape next = (Shape) u.aux;
                    if (next.size() != size + 1) {
                        return false;
                    }
                    size++;
                    stores.add(new Store(q, size - 1, u.args[1], next, false));
                }
                case SETSLOT, SETSLOT_F64 -> {
                    if (u.auxInt() >= size) {
                        return false;
                    }
                    stores.add(new Store(q, u.auxInt(), u.args[1], null, false));
                }
                case SETMEMBER -> stores.add(new Store(q, u.auxInt(), u.args[1], null, true));
                default -> {
                    return false;
                }
            }
            storeOps.add(u);
        }
        Map<Snapshot, int[]> owners = FloatSlots.ownerRanges(ops);
        List<Snapshot> naming = new ArrayList<>();
        for (Map.Entry<Snapshot, int[]> e : owners.entrySet()) {
            Snapshot s = e.getKey();
            int[] range = e.getValue();
            boolean direct = false;
            for (Ins v : s.slots()) {
                if (v == null) {
                    continue;
                }
                if (v == inst || (v.op == IrOp.SLOT_VALUE && v.arg(0) == inst)) {
                    direct = true;
                } else if (FloatSlots.inAllocation(v, inst, 0)) {
                    return false;
                }
            }
            if (!direct) {
                continue;
            }
            if (ops.get(range[1]).op == IrOp.CALL_TRACE || storesBetween(stores, range[0], range[1]) || passedOn(ops, s)) {
                return false;
            }
            naming.add(s);
        }
        PyType type = (PyType) inst.aux;
        Map<Integer, Ins[]> states = new HashMap<>();
        for (Snapshot s : naming) {
            Ins[] state = states.computeIfAbsent(storesBefore(stores, owners.get(s)[0]), b -> state(type, stores, b));
            for (Ins v : s.slots()) {
                if (v != null && v.op == IrOp.SLOT_VALUE && v.arg(0) == inst && 1 + v.auxInt() >= state.length) {
                    return false;
                }
            }
        }
        for (Snapshot s : naming) {
            Ins[] state = states.get(storesBefore(stores, owners.get(s)[0]));
            Ins[] slots = s.slots();
            for (int j = 0; j < slots.length; j++) {
                Ins v = slots[j];
                if (v == inst) {
                    slots[j] = state[0];
                } else if (v != null && v.op == IrOp.SLOT_VALUE && v.arg(0) == inst) {
                    slots[j] = state[1 + v.auxInt()];
                }
            }
        }
        ops.remove(p);
        ops.removeIf(storeOps::contains);
        return true;
    }

    /** Whether a store into the instance lies strictly between two owners of one snapshot (it would need two states). */
    private static boolean storesBetween(List<Store> stores, int first, int last) {
        for (Store s : stores) {
            if (s.at() > first && s.at() < last) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a CALL_TRACE's snapshot chain has {@code s}: its frame write hands the object to an inner
     * trace; or that of a helper run under the inlined frames made real ({@code exit.RealFrames}): the
     * code it runs may keep or change the object while this trace goes on naming it.
     */
    private static boolean passedOn(List<Ins> ops, Snapshot s) {
        for (Ins ins : ops) {
            if (ins.op == IrOp.CALL_TRACE || org.taipan.jit.exit.RealFrames.around(ins)) {
                for (Snapshot c = ins.snapshot; c != null; c = c.parent()) {
                    if (c == s) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int storesBefore(List<Store> stores, int at) {
        int n = 0;
        while (n < stores.size() && stores.get(n).at() < at) {
            n++;
        }
        return n;
    }

    /**
     * The instance after its first {@code count} stores: element 0 the VIRTUAL_INSTANCE, element
     * {@code 1 + i} the value at index i.
     */
    private static Ins[] state(PyType type, List<Store> stores, int count) {
        List<Shape> shapes = new ArrayList<>();
        List<Ins> values = new ArrayList<>();
        java.util.TreeMap<Integer, Ins> members = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Store s = stores.get(i);
            if (s.member()) {
                members.put(s.index(), s.value());
            } else if (s.added() != null) {
                shapes.add(s.added());
                values.add(s.value());
            } else {
                values.set(s.index(), s.value());
            }
        }
        Ins[] out = new Ins[1 + values.size()];
        List<Ins> all = new ArrayList<>(values);
        all.addAll(members.values());
        InstanceLayout layout = new InstanceLayout(type, List.copyOf(shapes), List.copyOf(members.keySet()));
        out[0] = Ins.of(IrOp.VIRTUAL_INSTANCE, layout, all.toArray(Ins[]::new));
        for (int i = 0; i < values.size(); i++) {
            out[1 + i] = values.get(i);
        }
        return out;
    }
}
