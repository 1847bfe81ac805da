package org.taipan.jit.emit;

import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.interp.Frame;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Plans the exit methods of a trace class whose exit blocks do not fit in {@code run}: each exit
 * becomes a private method {@code leave<k>(ts, f, fast, raised)} returning what {@code run}
 * returns. The IR values an exit block reads reach its method through fields of the trace object
 * ({@link #field}), not parameters: HotSpot's C2 gives up on a method with a call passing a
 * hundred arguments ("unsupported calling sequence"), and C1 runs out of virtual registers.
 * Consecutive exits form a group, whose values {@code run} stores once before the group's call
 * (the union of those their snapshots need); each guard's way there zeroes the group's values
 * computed after the guard (the verifier wants every local it reads assigned) and names its
 * exit. Zeroing there rather than once at the loop head keeps such values dead before they are
 * computed: live from the loop head to every guard of their group, they had C1 run out of
 * virtual registers on unpack_sequence's loop and C2 take seconds. An exit joins the group
 * before it when that costs fewer bytes of {@code run} than a group of its own ({@link #plan}). The budget exit is a group of its own, called from the back edge.
 *
 * <p>The fields are written just before the call and read into locals first thing in the exit
 * method, before anything that could run Python code (and with it this trace, re-entered); the
 * reference fields are then cleared, so the trace object keeps no Python object alive.
 */
final class ExitGroups {
    /** Bytes of run per value a group stores ({@code aload_0}, a load, {@code putfield}). */
    private static final int STORE_BYTES = 6;
    /** Bytes of run per value an exit's way zeroes (a constant, a store). */
    private static final int ZERO_BYTES = 3;
    /** Bytes of run a group's call takes besides its stores (the arguments, the call, the switch). */
    private static final int CALL_BYTES = 24;
    /** Bytes of run each exit adds to its group's switch (the entry, the call, the jump after it). */
    private static final int CASE_BYTES = 10;
    /** The first local of an exit method's values (after this, ts, f, fast, raised). */
    static final int FIRST_VALUE = 5;
    /** The slot of the exception an exit method gets (null when its guard failed). */
    static final int RAISED = 4;

    private static final ClassDesc CD_FRAME = ClassDesc.of(Frame.class.getName());
    private static final ClassDesc CD_THREAD_STATE = ClassDesc.of(ThreadState.class.getName());
    private static final ClassDesc CD_PYOBJECT_ARRAY = ClassDesc.of(PyObject.class.getName()).arrayType();
    /** Every exit method's type: {@code int (ThreadState ts, Frame f, PyObject[] fast, Throwable raised)}. */
    static final MethodTypeDesc TYPE = MethodTypeDesc.of(CD_int, CD_THREAD_STATE, CD_FRAME, CD_PYOBJECT_ARRAY, CD_Throwable);

    /**
     * One group: its exits in number order, the values run stores for them (in run's local
     * order), and the values each exit needs (a subset).
     */
    record Group(List<ExitPoint> exits, List<Ins> values, Map<ExitPoint, List<Ins>> zeroed) {}

    private ExitGroups() {}

    /** The name of the field that carries the value in run's local {@code local} to the exit methods. */
    static String field(int local) {
        return "v" + local;
    }

    /** The IR values of {@code run} (keys of {@code localOf}) that writing {@code exit}'s block reads. */
    static Set<Ins> needs(ExitPoint exit, Map<Ins, Integer> localOf) {
        Set<Ins> out = new LinkedHashSet<>();
        for (Snapshot s = exit.snapshot; s != null; s = s.parent()) {
            for (Ins v : s.slots()) {
                if (ExitPoint.passed(v)) {
                    collect(v, localOf, out);
                }
            }
        }
        return out;
    }

    /** As {@code TraceWriter.value} recomputes a value with no local: from its operands. */
    private static void collect(Ins v, Map<Ins, Integer> localOf, Set<Ins> out) {
        if (localOf.containsKey(v)) {
            out.add(v);
            return;
        }
        switch (v.op) {
            case SLOT, HELD_SLOT, CONST_I64, CONST_F64, CONST_REF -> { }
            default -> {
                for (Ins a : v.args) {
                    collect(a, localOf, out);
                }
            }
        }
    }

    static int size(Ins v) {
        return v.type == IrType.I64 || v.type == IrType.F64 ? 2 : 1;
    }

    /**
     * Groups {@code exits} (those with exit methods, in trace order) greedily: an exit joins the
     * current group when the bytes that adds to run (stores of the values new to the group, the
     * zeroing of those computed after an earlier exit's guard on that exit's way, its own
     * zeroing, its switch case) are fewer than those of a group of its own.
     *
     * @param pos the place in the trace where each IR value is computed (a PHI: the LOOP) and
     *            where each exit's guard is (the budget exit: the JUMP)
     */
    static List<Group> plan(List<ExitPoint> exits, Map<Ins, Integer> localOf, java.util.function.ToIntFunction<Object> pos) {
        List<Group> groups = new ArrayList<>();
        List<ExitPoint> members = new ArrayList<>();
        Set<Ins> union = new LinkedHashSet<>();
        for (ExitPoint e : exits) {
            Set<Ins> need = needs(e, localOf);
            if (!members.isEmpty()) {
                int at = pos.applyAsInt(e);
                List<Ins> added = new ArrayList<>();
                for (Ins v : need) {
                    if (!union.contains(v)) {
                        added.add(v);
                    }
                }
                int zero = 0;
                for (Ins v : union) {
                    if (pos.applyAsInt(v) >= at) {
                        zero++;
                    }
                }
                for (ExitPoint m : members) {
                    int mAt = pos.applyAsInt(m);
                    for (Ins v : added) {
                        if (pos.applyAsInt(v) >= mAt) {
                            zero++;
                        }
                    }
                }
                int join = STORE_BYTES * added.size() + ZERO_BYTES * zero + CASE_BYTES;
                int alone = STORE_BYTES * need.size() + CALL_BYTES;
                if (join > alone) {
                    groups.add(group(members, union, localOf, pos));
                    members = new ArrayList<>();
                    union = new LinkedHashSet<>();
                }
            }
            members.add(e);
            union.addAll(need);
        }
        if (!members.isEmpty()) {
            groups.add(group(members, union, localOf, pos));
        }
        return groups;
    }

    private static Group group(List<ExitPoint> members, Set<Ins> union, Map<Ins, Integer> localOf,
                               java.util.function.ToIntFunction<Object> pos) {
        List<Ins> values = new ArrayList<>(union);
        values.sort((a, b) -> Integer.compare(localOf.get(a), localOf.get(b)));
        Map<ExitPoint, List<Ins>> zeroed = new java.util.IdentityHashMap<>();
        for (ExitPoint m : members) {
            int at = pos.applyAsInt(m);
            zeroed.put(m, values.stream().filter(v -> pos.applyAsInt(v) >= at).toList());
        }
        return new Group(List.copyOf(members), List.copyOf(values), zeroed);
    }

    /** Whether an exit's method has a path for a failed guard (else only for a raised exception). */
    static boolean guardPath(ExitPoint e) {
        return e.guard == null || e.guard.op.isGuard();
    }

    /** Whether an exit's method has a path for an exception its op raised. */
    static boolean raisedPath(ExitPoint e) {
        return e.guard != null && e.guard.op.mayRaise() && e.guard.op != IrOp.CALL_TRACE;
    }
}
