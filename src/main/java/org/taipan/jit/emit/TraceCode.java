package org.taipan.jit.emit;

import java.util.List;
import org.taipan.jit.CompiledTrace;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.ir.Ins;

/**
 * The superclass of every generated trace class: what the JIT and the log read about a trace
 * besides running it. The generated subclass only defines {@link #run}, and stores the number of
 * full iterations each run did in {@link #lastIterations} before it returns (or rethrows).
 */
public abstract class TraceCode implements CompiledTrace {
    /** The exits in number order (index {@code k} is what {@code run} returns for exit {@code k}). */
    private final List<ExitPoint> exitPoints;
    /** {@link #exitPoints} as an array, for {@link #exitPoint}. */
    private final ExitPoint[] exitArray;
    /** The exit taken when the iteration budget runs out ({@code run} returns -1), or null when the trace has no budget. */
    private final ExitPoint budgetExit;
    /** Full loop iterations done by the last {@link #run} (written by the generated code). */
    public int lastIterations;

    protected TraceCode(List<ExitPoint> exitPoints, ExitPoint budgetExit) {
        this.exitPoints = exitPoints;
        this.exitArray = exitPoints.toArray(new ExitPoint[0]);
        this.budgetExit = budgetExit;
    }

    /**
     * Exit {@code k} (0 <= k < the number of exits): what an exit block shared by guards of one
     * snapshot passes on, the guard's number in a local of {@code run} (see {@code TraceWriter}).
     */
    protected final ExitPoint exitPoint(int k) {
        return exitArray[k];
    }

    /** The exits, numbered as {@code run} returns them. */
    public List<ExitPoint> exitPoints() {
        return exitPoints;
    }

    /** The budget exit (index -1), or null. */
    public ExitPoint budgetExit() {
        return budgetExit;
    }

    @Override
    public List<Ins> exits() {
        return exitPoints.stream().map(e -> e.guard).toList();
    }

    @Override
    public int iterations() {
        return lastIterations;
    }
}
