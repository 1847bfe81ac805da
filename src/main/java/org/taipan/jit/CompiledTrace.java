package org.taipan.jit;

import java.util.List;
import org.taipan.interp.Frame;
import org.taipan.jit.ir.Ins;
import org.taipan.runtime.ThreadState;

/**
 * A trace the backend turned into JVM code (one hidden class per trace). Entered with the frame
 * at the trace's loop header; runs iterations until a guard fails, an operation raises, or the
 * per-call iteration budget runs out (so that the JVM compiles the class by invocation counts
 * rather than by on-stack replacement), then writes the frame back as tier 1 expects it: every
 * slot the snapshot names, {@code sp}, and {@code ip} = the instruction to resume at.
 */
public interface CompiledTrace {
    /**
     * What {@link #run} returns when the exit it took had a bridge linked to it (the exit block
     * called the bridge directly, {@code exit.ExitPoint#link}) and the bridge, or a bridge of
     * its, left through one of its own exits: which one the JIT was told by the link's target.
     */
    int LINKED = -2;

    /**
     * Runs the loop on {@code f} (whose {@code ip} is the trace's header and {@code sp} its entry
     * depth).
     *
     * @return the index of the exit taken (the trace's guards and raising operations are
     *         numbered in order from 0), or {@code -1} when the iteration budget ran out with the
     *         frame back at the loop header, or {@link #LINKED} (the exit taken was a linked
     *         bridge's)
     * @throws org.taipan.runtime.PyException the exception an operation of the trace raised
     *         (a MAY_RAISE op): the frame is first written back through that op's exit, so
     *         {@code f.ip} is the raising instruction and {@code f.sp} its depth before it
     *         popped its operands; the caller unwinds it as raised by the instruction at
     *         {@code f.ip} (tier 1's handler lookup and traceback entry)
     */
    int run(ThreadState ts, Frame f);

    /** The guard (or raising) instruction of each exit, in exit number order (what {@link #run} returns). */
    default List<Ins> exits() {
        return List.of();
    }

    /** Full loop iterations the last {@link #run} did (0 when unknown). */
    default int iterations() {
        return 0;
    }
}
