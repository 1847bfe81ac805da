package org.taipan.jit.exit;

import org.taipan.interp.Frame;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyObject;

/**
 * The cold half of every side exit: the generated exit block boxes the values its snapshot
 * needs (and allocates the objects the optimizer kept virtual) into an array, then calls
 * {@link #leave}, which writes them into the frame, so that tier 1 resumes at the snapshot's
 * instruction exactly as if it had run the iterations itself. Kept out of the generated classes
 * so that their exit blocks stay a few bytes each.
 *
 * <p>Inlined frames ({@link Snapshot#parent()} != null) are refused by the emitter for now; the
 * plan for them: rebuild the callee frames innermost first from the chain, run the innermost one
 * with {@code Eval.run}, push its result on its caller's stack, continue the caller after its CALL,
 * and so on outward, the outermost frame (the loop's) being the one this method writes.
 */
public final class SideExits {
    private SideExits() {}

    /**
     * Writes the frame of {@code exit}'s snapshot: each non-null slot {@code k} below the snapshot's
     * {@code sp} gets the next element of {@code values} (in slot order), the stack from {@code sp}
     * up to {@link ExitPoint#clearTo} is cleared, and {@code f.sp}/{@code f.ip} are set; counts the exit.
     *
     * @param f      the frame the trace runs on
     * @param exit   the exit taken
     * @param values the boxed values of the snapshot's non-null slots, in slot order (exactly
     *               {@link ExitPoint#valueCount()} of them, each a {@code PyObject})
     */
    public static void leave(Frame f, ExitPoint exit, Object[] values) {
        exit.taken++;
        Snapshot s = exit.snapshot;
        PyObject[] fast = f.fast;
        Object[] slots = s.slots();
        int j = 0;
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] != null) {
                fast[k] = (PyObject) values[j++];
            }
        }
        for (int k = s.sp(); k < exit.clearTo; k++) {
            fast[k] = null;
        }
        f.sp = s.sp();
        f.ip = s.ip();
    }
}
