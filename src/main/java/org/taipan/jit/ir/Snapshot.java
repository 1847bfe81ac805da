package org.taipan.jit.ir;

import java.util.Arrays;
import org.taipan.runtime.PyCode;

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
 * @param code     the code object of this frame
 * @param ip       the instruction index at which tier 1 resumes
 * @param sp       the value stack's depth as an index into the frame array (as {@code Frame.sp})
 * @param slots    for each frame slot below {@code sp}: its value, or null for unchanged
 * @param parent   the snapshot of the calling frame when this one is inlined, else null
 */
public record Snapshot(PyCode code, int ip, int sp, Ins[] slots, Snapshot parent) {
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
        StringBuilder b = new StringBuilder("snap(ip=").append(ip).append(" sp=").append(sp).append(' ');
        b.append(Arrays.stream(slots).map(s -> s == null ? "-" : "%" + s.id).toList());
        if (parent != null) {
            b.append(" <- ").append(parent);
        }
        return b.append(')').toString();
    }
}
