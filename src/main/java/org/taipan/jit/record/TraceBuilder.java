package org.taipan.jit.record;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.code.BoundLocals;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;

/**
 * The recorder's bookkeeping for one iteration: which IR value each frame slot holds, the
 * preamble (the entry values of the slots read, the constants) and the body, the snapshots of
 * the guards, and closing the loop with a PHI for every slot the iteration wrote.
 *
 * <p>A slot the iteration has not written holds its value from the loop header, the IR value
 * {@link IrOp#SLOT}; snapshots leave such slots null ("unchanged"). Once the loop closes, a slot
 * that is written somewhere in the iteration holds, at the header of every later iteration, the
 * value the previous one left: its PHI. So {@link #close} turns the body's uses of that slot's
 * entry value, and the snapshots' null entries for it, into the PHI.
 *
 * <p>A fast local may be empty (unbound) where tier 1 enters the trace or an inner loop's trace
 * leaves the frame: another path of the loop deleted it, or assigned it on some paths only. Tier 1
 * checks every read; the trace checks a value it reads from the frame only when {@link BoundLocals}
 * cannot show the local bound there, so a null never reaches an op (see {@link #read}).
 */
final class TraceBuilder {
    /** The abort reason of a recording past its length cap. */
    static final String TOO_LONG = "trace too long";
    /** GUARD_NOT_NULL's aux on a local read from the frame: why the exit is taken, in jit-log's words. */
    static final String UNBOUND = "local variable unbound";

    private final PyCode code;
    private final int headerIp;
    private final int entrySp;
    private final int maxOps;
    /** For each frame slot: the IR value it holds now if the iteration wrote it, else null. */
    private final Ins[] vals;
    private final boolean[] written;
    /** For each frame slot: its value at the loop header (a SLOT instruction), made on first use. */
    private final Ins[] entry;
    private final List<Ins> preamble = new ArrayList<>();
    private final List<Ins> body = new ArrayList<>();
    private final Map<Object, Ins> constants = new IdentityHashMap<>();
    /** Which locals the code binds on every path to each instruction, made when first asked. */
    private BoundLocals bound;
    /** The values read from the frame that a GUARD_NOT_NULL checks (entry values, FRAME_SLOTs). */
    private final Set<Ins> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Those checks of entry values: a loop trace runs them in its preamble ({@link #close}). */
    private final List<Ins> entryChecks = new ArrayList<>();
    /** The instruction being recorded and the depth before it: where the guards emitted for it resume. */
    private int ip;
    private int sp;
    /**
     * The inlined call being recorded, or null in the loop's own frame: its slots' IR values
     * (every bound slot has one; null is an empty slot), code, function and caller snapshot.
     */
    private Callee callee;
    private final ArrayDeque<Callee> callers = new ArrayDeque<>();

    /** One inlined frame's bookkeeping; {@code parent} is the caller waiting in its CALL. */
    private record Callee(PyCode code, PyFunction function, Ins[] vals, Snapshot parent, Snapshot.CallKind kind) {}

    /**
     * @param frameSize the frame array's length ({@code PyCode.frameSize})
     * @param entrySp   the value stack's depth at the header (an index into the frame array)
     * @param maxOps    the trace length past which recording aborts
     */
    TraceBuilder(PyCode code, int headerIp, int entrySp, int frameSize, int maxOps) {
        this.code = code;
        this.headerIp = headerIp;
        this.entrySp = entrySp;
        this.maxOps = maxOps;
        this.vals = new Ins[frameSize];
        this.written = new boolean[frameSize];
        this.entry = new Ins[frameSize];
    }

    /** The code of the recorded loop's (or function's) own frame. */
    PyCode code() {
        return code;
    }

    /** Instructions recorded so far, preamble included (what {@code maxOps} caps). */
    int length() {
        return preamble.size() + body.size();
    }

    /** Starts the instruction at {@code ip} with the stack at depth {@code sp}: guards emitted from now resume there. */
    void at(int ip, int sp) {
        this.ip = ip;
        this.sp = sp;
    }

    /**
     * The IR value in frame slot {@code k} now (of the innermost frame being recorded), for the
     * instruction being recorded to use. A value read from the frame (the trace's entry value, or
     * what an inner loop's trace left there) is guarded not null first unless the local is bound
     * on every path to the trace's entry or to this instruction: tier 1 enters at a back jump
     * after any path of the loop (`del x` on a rare branch, `except E as e:` unbinding e, a local
     * assigned only on some paths), where the recording saw it bound. The guard's exit lets tier 1
     * run the read and raise UnboundLocalError. An inlined callee's slots are the trace's own values.
     */
    Ins read(int k) {
        if (callee != null) {
            return callee.vals[k];
        }
        Ins v = vals[k];
        boolean atEntry = v == null;
        if (atEntry) {
            v = entryValue(k);
        }
        if ((atEntry || v.op == IrOp.FRAME_SLOT) && !checked.contains(v) && mayBeUnbound(k, atEntry)) {
            Ins g = guard(IrOp.GUARD_NOT_NULL, UNBOUND, v);
            checked.add(v);
            if (atEntry) {
                entryChecks.add(g);
            }
        }
        return v;
    }

    /** Whether local {@code k} may be empty where it is read now (and, for an entry value, where the trace is entered). */
    private boolean mayBeUnbound(int k, boolean atEntry) {
        if (k >= code.nlocalsplus) {
            return false;
        }
        if (bound == null) {
            bound = BoundLocals.of(code.code);
        }
        return !bound.bound(ip, k) && !(atEntry && bound.bound(headerIp, k));
    }

    /** Frame slot {@code k} now holds {@code v}. */
    void write(int k, Ins v) {
        if (callee != null) {
            callee.vals[k] = v;
            return;
        }
        vals[k] = v;
        written[k] = true;
    }

    /** Frame slot {@code k} (a stack entry at or above the entry depth) was popped. */
    void clear(int k) {
        (callee != null ? callee.vals : vals)[k] = null;
    }

    /**
     * The snapshot of the frame being recorded as a caller waiting in the CALL at {@code callIp}
     * with its stack at {@code spAfter} (the call's operands popped): the parent of the callee's
     * snapshots.
     */
    Snapshot callerSnapshot(int callIp, int spAfter) {
        return snapshotAt(callIp, spAfter);
    }

    /**
     * Starts recording an inlined call of {@code function} (code {@code calleeCode}) whose slots
     * hold {@code calleeVals} (every bound slot a value), its caller waiting as {@code parent}.
     */
    void enterCall(PyCode calleeCode, PyFunction function, Ins[] calleeVals, Snapshot parent, Snapshot.CallKind kind) {
        if (callee != null) {
            callers.push(callee);
        }
        callee = new Callee(calleeCode, function, calleeVals, parent, kind);
    }

    /** The inlined call being recorded returned: its caller is recorded again. */
    void leaveCall() {
        callee = callers.isEmpty() ? null : callers.pop();
    }

    private Ins entryValue(int k) {
        Ins e = entry[k];
        if (e == null) {
            e = Ins.of(IrOp.SLOT, k);
            entry[k] = e;
            preamble.add(e);
        }
        return e;
    }

    /**
     * The entry value of a bridge grown from an exit inside inlined calls: slot {@code h.slot()} of
     * the held frame {@code h.frame()} (a {@link IrOp#HELD_SLOT} in the preamble).
     */
    Ins held(org.taipan.jit.exit.HeldSlot h) {
        Ins e = Ins.of(IrOp.HELD_SLOT, h);
        preamble.add(e);
        return e;
    }

    /** The constant {@code value} (a Python object, a class, a shape), one instruction per distinct object. */
    Ins constant(Object value) {
        Ins c = constants.get(value);
        if (c == null) {
            c = Ins.of(IrOp.CONST_REF, value);
            constants.put(value, c);
            preamble.add(c);
        }
        return c;
    }

    /** The unboxed int constant {@code value} (in the preamble). */
    Ins constantI64(long value) {
        Ins c = Ins.of(IrOp.CONST_I64, value);
        preamble.add(c);
        return c;
    }

    /** The unboxed float constant {@code value} (in the preamble). */
    Ins constantF64(double value) {
        Ins c = Ins.of(IrOp.CONST_F64, value);
        preamble.add(c);
        return c;
    }

    /** Appends a body instruction that needs no snapshot. */
    Ins emit(IrOp op, Object aux, Ins... args) {
        return add(Ins.of(op, aux, args));
    }

    /** Appends a guard (or a raising op) resuming at the current instruction with the frame as it is before it. */
    Ins guard(IrOp op, Object aux, Ins... args) {
        Ins g = Ins.of(op, aux, args);
        g.snapshot = snapshot();
        return add(g);
    }

    /**
     * Whether the trace has reached its length cap: the recorder asks before each instruction
     * and aborts there. Never in the middle of one: recording an instruction changes the real
     * frame as it goes (BUILD_TUPLE pops its items before its NEW_TUPLE), and an abort leaves
     * tier 1 to run that instruction again from the frame as it is, so an abort after its first
     * change would run it on a stack it had already half consumed. An instruction that starts
     * under the cap is recorded whole (a few ops past it).
     */
    boolean full() {
        return preamble.size() + body.size() >= maxOps;
    }

    /** Instructions recorded so far after the preamble: a mark for {@link #runsPythonSince}. */
    int bodySize() {
        return body.size();
    }

    /**
     * Whether an instruction recorded since {@code mark} ({@link #bodySize}) may run Python code:
     * a call of a compiled inner loop, or a helper that is not plain Java
     * ({@link org.taipan.interp.RunsPython}, or not a method at all).
     */
    boolean runsPythonSince(int mark) {
        for (int k = mark; k < body.size(); k++) {
            Ins ins = body.get(k);
            if (ins.op == IrOp.CALL_TRACE) {
                return true;
            }
            if (ins.op == IrOp.CALL_HELPER && (!(ins.aux instanceof java.lang.reflect.Method) || ins.callsPythonHelper())) {
                return true;
            }
        }
        return false;
    }

    private Ins add(Ins ins) {
        body.add(ins);
        return ins;
    }

    private Snapshot snapshot() {
        return snapshotAt(ip, sp);
    }

    private Snapshot snapshotAt(int atIp, int atSp) {
        Ins[] slots = new Ins[atSp];
        if (callee != null) {
            System.arraycopy(callee.vals, 0, slots, 0, atSp);
            return new Snapshot(callee.code, atIp, atSp, slots, callee.parent, callee.function, callee.kind);
        }
        System.arraycopy(vals, 0, slots, 0, atSp);
        return new Snapshot(code, atIp, atSp, slots, null);
    }

    /**
     * Closes a bridge (this builder was made with the bridge's start as {@code headerIp} and
     * {@code entrySp}) at the JUMP_BACKWARD {@code backJumpIp} to {@code loopHeaderIp}, the stack
     * back at {@code loopEntrySp}: preamble, LOOP, the body (no PHIs: it runs once per entry),
     * JUMP whose snapshot is the frame at the loop header (slots the bridge never wrote unchanged).
     */
    Trace closeBridge(int backJumpIp, int loopHeaderIp, int loopEntrySp) {
        return closeOnePass(Trace.bridge(code, headerIp, entrySp, backJumpIp, loopHeaderIp), loopHeaderIp, loopEntrySp);
    }

    /**
     * Closes a function-entry trace before the return instruction {@code returnIp} of the
     * function's own frame, the stack at {@code returnSp} (the returned value on top, but for
     * LOAD_CONST__RETURN_VALUE): shaped as {@link #closeBridge}, its JUMP's snapshot the frame there;
     * {@code root} for the trace from the function's entry, else one of its bridges.
     */
    Trace closeFunctionEntry(int returnIp, int returnSp, boolean root) {
        return closeOnePass(Trace.functionEntry(code, headerIp, entrySp, returnIp, root), returnIp, returnSp);
    }

    /** Preamble, LOOP, body and a JUMP whose snapshot is the frame at {@code endIp} with the stack at {@code endSp}. */
    private Trace closeOnePass(Trace t, int endIp, int endSp) {
        preamble.forEach(t::add);
        t.add(Ins.of(IrOp.LOOP, null));
        body.forEach(t::add);
        Ins[] atEnd = new Ins[endSp];
        for (int k = 0; k < endSp; k++) {
            atEnd[k] = written[k] ? vals[k] : null;
        }
        Ins jump = Ins.of(IrOp.JUMP, null);
        jump.snapshot = new Snapshot(code, endIp, endSp, atEnd, null);
        t.add(jump);
        t.verify();
        return t;
    }

    /**
     * Closes the loop at the JUMP_BACKWARD {@code backJumpIp} (the stack back at its entry depth):
     * preamble, LOOP, a PHI per written slot, the body with the entry values of those slots
     * replaced by their PHIs, JUMP.
     */
    Trace close(int backJumpIp) {
        Trace t = new Trace(code, headerIp, backJumpIp, entrySp);
        // an entry value's check holds or fails alike on every iteration: it runs once, before the
        // loop (the body's uses of a written slot become its PHI, which the check must not test:
        // that is the stored value from the second iteration on), and fails with the frame as
        // tier 1 left it, which then runs the iteration (and the read) itself
        Set<Ins> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        moved.addAll(entryChecks);
        body.removeIf(moved::contains);
        for (Ins g : entryChecks) {
            g.snapshot = new Snapshot(code, headerIp, entrySp, new Ins[entrySp], null);
            preamble.add(g);
        }
        Map<Ins, Ins> phiOf = new IdentityHashMap<>();
        Ins[] phis = new Ins[entrySp];
        List<Ins> phiList = new ArrayList<>();
        for (int k = 0; k < entrySp; k++) {
            if (written[k]) {
                Ins phi = new Ins(IrOp.PHI, IrType.REF, null, entryValue(k), vals[k]);
                phis[k] = phi;
                phiOf.put(entry[k], phi);
                phiList.add(phi);
            }
        }
        // a PHI whose next value is another written slot's entry value (`a, b = b, a`) takes that slot's PHI
        for (Ins phi : phiList) {
            Ins p = phiOf.get(phi.args[1]);
            if (p != null) {
                phi.args[1] = p;
            }
        }
        preamble.forEach(t::add);
        t.add(Ins.of(IrOp.LOOP, null));
        phiList.forEach(t::add);
        for (Ins ins : body) {
            for (int a = 0; a < ins.args.length; a++) {
                Ins p = phiOf.get(ins.args[a]);
                if (p != null) {
                    ins.args[a] = p;
                }
            }
            // an inlined snapshot's callers share their parent snapshots: redoing one is harmless
            for (Snapshot s = ins.snapshot; s != null; s = s.parent()) {
                Ins[] slots = s.slots();
                for (int k = 0; k < slots.length; k++) {
                    if (slots[k] == null) {
                        // null is "unchanged" only in the loop's own frame (an empty slot in a callee's)
                        if (s.function() == null && k < entrySp && phis[k] != null) {
                            slots[k] = phis[k];
                        }
                    } else {
                        Ins p = phiOf.get(slots[k]);
                        if (p != null) {
                            slots[k] = p;
                        }
                    }
                }
            }
            t.add(ins);
        }
        // the back edge's snapshot: what each slot holds at the header of the next iteration (the
        // backend's iteration budget leaves there); slots the iteration never wrote are unchanged
        Ins[] atHeader = new Ins[entrySp];
        for (int k = 0; k < entrySp; k++) {
            if (phis[k] != null) {
                atHeader[k] = phis[k].args[1];
            }
        }
        Ins jump = Ins.of(IrOp.JUMP, null);
        jump.snapshot = new Snapshot(code, headerIp, entrySp, atHeader, null);
        t.add(jump);
        t.verify();
        return t;
    }
}
