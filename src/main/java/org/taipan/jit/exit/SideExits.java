package org.taipan.jit.exit;

import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Snapshot;
import org.taipan.runtime.PyObject;

/**
 * The cold half of every side exit: the generated exit block boxes the values its snapshot
 * needs (and allocates the objects the optimizer kept virtual) into an array, then calls
 * {@link #leave}, which writes them into the frame, so that tier 1 resumes at the snapshot's
 * instruction exactly as if it had run the iterations itself. Kept out of the generated classes
 * so that their exit blocks stay a few bytes each.
 *
 * <p>An exit whose snapshot lies inside calls the trace inlined ({@link Snapshot#parent()} !=
 * null) goes to {@link InlinedExits#leave} instead, which re-creates the callee frames and
 * finishes the calls; this method stays the cheap common case.
 */
public final class SideExits {
    private SideExits() {}

    /**
     * Writes the frame of {@code exit}'s snapshot: each non-null slot {@code k} below the snapshot's
     * {@code sp} gets its constant or the next element of {@code values} (in slot order), the stack
     * from {@code sp} up to {@link ExitPoint#clearTo} is cleared, and {@code f.sp}/{@code f.ip} are
     * set; counts the exit.
     *
     * @param f      the frame the trace runs on
     * @param exit   the exit taken (its snapshot not inlined)
     * @param values the boxed values of the snapshot's {@link ExitPoint#passed} slots, in slot
     *               order (exactly {@link ExitPoint#valueCount()} of them, each a {@code PyObject})
     */
    public static void leave(Frame f, ExitPoint exit, Object[] values) {
        exit.taken++;
        flush(f, exit, values);
    }

    /**
     * The rest of {@link #leave} for an exit block that stored its snapshot's slots into
     * {@code f.fast} itself: the stack from the snapshot's {@code sp} up to
     * {@link ExitPoint#clearTo} is cleared, {@code f.sp}/{@code f.ip} are set, and the exit counted.
     *
     * @param f    the frame the trace runs on, its slots written
     * @param exit the exit taken (its snapshot not inlined)
     */
    public static void left(Frame f, ExitPoint exit) {
        exit.taken++;
        written(f, exit);
    }

    /**
     * {@link #left} without counting the exit: a CALL_TRACE whose trace code stored the slots
     * itself goes on after the inner loop's trace.
     *
     * @param f    the frame the trace runs on, its slots written
     * @param exit the CALL_TRACE's exit (its snapshot not inlined)
     */
    public static void written(Frame f, ExitPoint exit) {
        Snapshot s = exit.snapshot;
        for (int k = s.sp(); k < exit.clearTo; k++) {
            f.fast[k] = null;
        }
        f.sp = s.sp();
        f.ip = s.ip();
    }

    /**
     * What {@link #leave} does to the frame, without counting the exit: a trace that runs an inner
     * loop's trace (IR CALL_TRACE) writes the frame this way first, then goes on.
     */
    public static void flush(Frame f, ExitPoint exit, Object[] values) {
        write(f, exit.snapshot, values, 0);
        written(f, exit);
    }

    /**
     * Writes the non-null slots of {@code s} into {@code f.fast}: a constant from the snapshot, any
     * other value from {@code values} starting at {@code j}.
     *
     * @return the index in {@code values} after the last one used
     */
    static int write(Frame f, Snapshot s, Object[] values, int j) {
        PyObject[] fast = f.fast;
        Ins[] slots = s.slots();
        for (int k = 0; k < slots.length; k++) {
            Ins v = slots[k];
            if (v != null) {
                fast[k] = ExitPoint.passed(v) ? (PyObject) values[j++] : (PyObject) v.aux;
            }
        }
        return j;
    }
}
