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
 * A trace with bridges is judged as a tree: the iterations its bridges finish count, an entry
 * that ran a bridge is not wasted (the exit it left through had a bridge: the loop stayed in tier
 * 2 for part of the iteration), and an entry that left at an exit still growing its bridge
 * ({@link #growing}) counts in the window's entries, so that the wasted share is of all entries,
 * not of the few that ended where no bridge can grow (richards' scheduler was thrown away three
 * times that way while its bridges grew, 32 of 32 reported entries being the unbridgeable
 * ones). A window with such entries never closes the loop, and their iterations stay out of the
 * average: the tree is not finished, and its growth is bounded by the bridge caps.
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
    /** Entries of this window that left at an exit growing a bridge. */
    private int growing;
    private int wasted;
    private int wastedAtLoopEnd;
    private long iterations;
    private int windows;
    /** Entries and iterations of the finished windows, halved every {@link #DECAY} windows. */
    private long totalEntries, totalIterations;

    /**
     * One entry of the trace ran {@code iterations} full iterations (its bridges' included) and
     * then left the tree for tier 1. An entry that left at an exit about to grow a bridge is
     * reported with {@link #growing} instead.
     *
     * @param wasted    the entry left before completing one iteration, through an exit without
     *                  a bridge and without running one (the recorded path was not taken at all)
     * @param atLoopEnd it left through an exit that ends the loop (the iterator was exhausted, the
     *                  loop's condition was false)
     * @return the verdict; {@link Verdict#KEEP} except at the end of a window
     */
    Verdict entered(long iterations, boolean wasted, boolean atLoopEnd) {
        this.iterations += iterations;
        return count(wasted, atLoopEnd);
    }

    /**
     * One entry left at an exit that will grow a bridge once taken often enough
     * ({@link Bridges#PENDING}): not evidence against the trace (the bridge is the remedy, and it
     * takes some windows' worth of exits to grow), but one of the window's entries. Its
     * iterations are not counted (they measure a tree that is not finished).
     *
     * @return the verdict; {@link Verdict#KEEP} except at the end of a window
     */
    Verdict growing() {
        growing++;
        return count(false, false);
    }

    private Verdict count(boolean wasted, boolean atLoopEnd) {
        entries++;
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
        boolean grew = growing > 0;
        totalEntries += entries - growing;
        totalIterations += this.iterations;
        entries = 0;
        growing = 0;
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
        return windows >= DECAY && !grew ? Verdict.CLOSE : Verdict.KEEP;
    }

    /** The average iterations per entry over the finished windows (decayed; -1 before the first one ends). */
    double average() {
        return totalEntries == 0 ? -1 : (double) totalIterations / totalEntries;
    }
}
