package org.taipan.jit.ir;

import java.util.Arrays;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;

/**
 * What tier 1 needs to resume after a guard fails (PyPy's resume data, LuaJIT's snapshot): for one
 * frame, the instruction to resume at and the IR value of every frame slot (fast locals, then the
 * value stack up to {@link #sp}); for a call the trace inlined, the caller's snapshot as
 * {@link #parent}, so an exit re-creates the inlined frames innermost first.
 *
 * <p>{@code slots[k] == null} means "frame slot k is unchanged": it still holds, in the frame's
 * array, the object it held when the trace was entered (the trace never wrote it). Slots at or above
 * {@link #sp} are cleared by the exit. Values of type I64/F64/BOOL are boxed by the exit; a virtual
 * object (an allocation the optimizer removed) is allocated by it.
 *
 * <p><b>Inlined frames.</b> A snapshot taken inside a call the trace inlined has the callee's
 * {@link #function} (non-null: the frame to re-create is a new frame of that function, built as
 * tier 1's CALL builds it) and its caller's snapshot as {@link #parent}. For such a frame there is
 * no "unchanged": a null slot is an empty one (an unbound local), so the recorder gives every
 * bound slot of the callee (arguments, locals, cells) a value. A parent snapshot describes a
 * caller waiting in a call: its {@link #ip} is the index of the CALL instruction (tier 1 resumes
 * the caller at {@code ip + 1} after pushing the callee's result) and its {@link #sp} is the
 * caller's depth with the call's operands popped (where the result goes). The outermost snapshot
 * ({@code parent == null}) is the trace's own frame and has {@code function == null}. An exit
 * rebuilds the chain and finishes the calls with {@code interp.Eval.finishCalls}.
 *
 * <p><b>Calls that are not plain calls</b> ({@link #kind}, on the callee's snapshot). An
 * inlined {@code __init__} ({@link CallKind#INIT}: CALL / CALL_PY_CLASS of a plain class) and an
 * inlined operator dunder ({@link CallKind#BINARY_DUNDER}: BINARY_OP_USER) have a caller
 * waiting at that instruction like any call (ip the instruction, sp without its operands); the
 * exit marks the re-created frame ({@code interp.Frame.callEnd}) so that the caller receives
 * what tier 1's instruction pushes: for INIT the instance (the callee's local 0, which the
 * recorder never lets {@code __init__} rebind) once {@code __init__} returned None, with
 * type.__call__'s extra recursion level counted while it runs; for BINARY_DUNDER the dunder's
 * result, or the rest of the operator protocol on its locals 0 and 1 (the operands, never
 * rebound either) when it returned NotImplemented ({@code Abstract.binaryOpAfterLeft}, whose
 * oparg is the waiting instruction's). Either way the caller resumes at {@code ip + 1}.
 *
 * @param code     the code object of this frame
 * @param ip       the instruction index at which tier 1 resumes (for a parent: the waiting CALL)
 * @param sp       the value stack's depth as an index into the frame array (as {@code Frame.sp})
 * @param slots    for each frame slot below {@code sp}: its value, or null (unchanged; for an
 *                 inlined frame: empty)
 * @param parent   the snapshot of the calling frame when this one is inlined, else null
 * @param function the function whose frame an inlined snapshot re-creates; null for the trace's
 *                 own frame
 * @param kind     for an inlined snapshot, what kind of call made its frame; {@link CallKind#CALL}
 *                 otherwise
 */
public record Snapshot(PyCode code, int ip, int sp, Ins[] slots, Snapshot parent, PyFunction function, CallKind kind) {
    /** What made an inlined frame: how its caller takes its return value. */
    public enum CallKind {
        /** A plain call: the returned value is pushed. */
        CALL,
        /** {@code __init__} run by type.__call__: the instance (local 0) is pushed after a None check. */
        INIT,
        /** A binary operator's dunder: its result, or the reflected protocol on NotImplemented. */
        BINARY_DUNDER
    }

    /** A snapshot of a plain call's frame (or of the trace's own frame when {@code parent} is null). */
    public Snapshot(PyCode code, int ip, int sp, Ins[] slots, Snapshot parent, PyFunction function) {
        this(code, ip, sp, slots, parent, function, CallKind.CALL);
    }

    /** The snapshot of the trace's own frame, or of an inlined frame's caller chain without a function (tests). */
    public Snapshot(PyCode code, int ip, int sp, Ins[] slots, Snapshot parent) {
        this(code, ip, sp, slots, parent, null);
    }

    /** Whether this snapshot's frame is one the trace inlined (re-created by an exit). */
    public boolean inlined() {
        return parent != null;
    }

    /** Number of frames this snapshot rebuilds (1 + inlined callers). */
    public int depth() {
        return parent == null ? 1 : 1 + parent.depth();
    }

    /** The line of {@link #ip} in its code object, for logs. */
    public int line() {
        return code.code.lineOf(ip);
    }

    @Override
    public String toString() {
        return text();
    }

    /** An entry as the listing shows it: an IR value by number, an attribute the exit reads (SLOT_VALUE) by its place. */
    private static String entryText(Ins s) {
        if (s == null) {
            return "-";
        }
        return switch (s.op) {
            case SLOT_VALUE -> "%" + s.arg(0).id + ".slot[" + s.auxInt() + "]";
            case VIRTUAL_INSTANCE -> String.valueOf(s.aux) + Arrays.stream(s.args).map(Snapshot::entryText).toList();
            default -> "%" + s.id;
        };
    }

    private String text() {
        StringBuilder b = new StringBuilder("snap(ip=").append(ip).append(" sp=").append(sp).append(' ');
        b.append(Arrays.stream(slots).map(Snapshot::entryText).toList());
        if (parent != null) {
            b.append(" <- ").append(parent);
        }
        return b.append(')').toString();
    }
}
