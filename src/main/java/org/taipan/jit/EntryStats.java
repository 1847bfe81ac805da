package org.taipan.jit;

/**
 * Whether a loop's compiled trace pays for its entries: the JIT's "never slower" rule for traces.
 * Each entry from tier 1 costs the trace's preamble (its guards, the slots read from the frame)
 * and an exit (values boxed back into the frame); a trace only gains when its entries run enough
 * iterations to cover that. Judged at the end of each window of {@link #WINDOW} entries, on the
 * iterations per entry since the trace was compiled, halved in weight every {@link #DECAY}
 * windows (so a phase change shows within some windows, and a run of short entries after many
 * long ones does not throw a useful trace away: deltablue's {@code Plan.run} runs 2-step plans
 * between 100-step ones, and a call site with one long run per 30 short ones still gains).
 *
 * <p>The verdict at the end of a window ({@link #entered}):
 * <ul>
 * <li>{@link Verdict#CLOSE}: after {@link #DECAY} windows at least, the trace runs fewer than
 *     {@link #MIN_ITERATIONS} iterations per entry on average, and the window's wasted entries
 *     (no full iteration) were few or mostly left through the exit that ends the loop: a short
 *     loop (a 2-4 item {@code for}, a list that is often empty). Recording it again would give
 *     the same trace; tier 1 runs it from now on.</li>
 * <li>{@link Verdict#RERECORD}: most entries of the window were wasted on exits that are not
 *     the loop's end (the recorded path is not the common one: a branch or a type that changed)
 *     and the trace does little work on average: record the loop again (at the first window
 *     already: a trace recorded on a rare path should not stay long).</li>
 * <li>{@link Verdict#KEEP}: otherwise.</li>
 * </ul>
 * PyPy and LuaJIT have no such rule because their traces are entered from machine code at little
 * cost; here an entry goes through {@code Eval.run} and the frame, so short loops lose.
 */
final class EntryStats {
    /** Entries per window. */
    static final int WINDOW = 32;
    /** Average iterations per entry below which a trace is not worth entering (~1: only its overhead). */
    static final double MIN_ITERATIONS = 2.0;
    /** Windows after which the totals are halved; also the windows seen before a trace is given up. */
    static final int DECAY = 4;

    /** What to do with the trace after an entry. */
    enum Verdict { KEEP, RERECORD, CLOSE }

    private int entries;
    private int wasted;
    private int wastedAtLoopEnd;
    private long iterations;
    private int windows;
    /** Entries and iterations of the finished windows, halved every {@link #DECAY} windows. */
    private long totalEntries, totalIterations;

    /**
     * One entry of the trace ran {@code iterations} full iterations and then left it. An entry
     * that left at an exit about to grow a bridge ({@link Bridges#PENDING}) is not reported: the
     * bridge is the remedy, and it takes a few windows' worth of exits to grow.
     *
     * @param wasted    the entry left before completing one iteration
     * @param atLoopEnd it left through an exit that ends the loop (the iterator was exhausted, the
     *                  loop's condition was false)
     * @return the verdict; {@link Verdict#KEEP} except at the end of a window
     */
    Verdict entered(long iterations, boolean wasted, boolean atLoopEnd) {
        entries++;
        this.iterations += iterations;
        if (wasted) {
            this.wasted++;
            if (atLoopEnd) {
                wastedAtLoopEnd++;
            }
        }
        if (entries < WINDOW) {
            return Verdict.KEEP;
        }
        boolean mostlyWasted = this.wasted * 2 > entries;
        boolean shortLoop = wastedAtLoopEnd * 2 >= this.wasted;
        totalEntries += entries;
        totalIterations += this.iterations;
        entries = 0;
        this.wasted = 0;
        wastedAtLoopEnd = 0;
        this.iterations = 0;
        windows++;
        boolean pays = average() >= MIN_ITERATIONS;
        if (windows % DECAY == 0) {
            totalEntries /= 2;
            totalIterations /= 2;
        }
        if (pays) {
            return Verdict.KEEP;
        }
        if (mostlyWasted && !shortLoop) {
            return Verdict.RERECORD;
        }
        return windows >= DECAY ? Verdict.CLOSE : Verdict.KEEP;
    }

    /** The average iterations per entry over the finished windows (decayed; -1 before the first one ends). */
    double average() {
        return totalEntries == 0 ? -1 : (double) totalIterations / totalEntries;
    }
}
