package org.taipan.jit;

import org.taipan.jit.emit.TraceTree;
import org.taipan.jit.ir.Trace;

/**
 * A {@link TraceCompiler} that reports the time each compile took to the listener
 * ({@link JitListener#compileTimed}): what {@code -X jit-stats} sums as the program's wait for
 * the JIT. Used only when someone listens, so a run without log or stats reads no clock.
 */
final class TimedCompiler implements TraceCompiler {
    private final TraceCompiler inner;
    private final JitListener listener;

    TimedCompiler(TraceCompiler inner, JitListener listener) {
        this.inner = inner;
        this.listener = listener;
    }

    @Override
    public CompiledTrace compile(Trace t) {
        return timed("loop", () -> inner.compile(t));
    }

    @Override
    public CompiledTrace compileBridge(Trace t) {
        // function-entry traces (and their bridges) compile through here too
        return timed(t.isFunctionEntry() ? "entry trace" : "bridge", () -> inner.compileBridge(t));
    }

    @Override
    public CompiledTrace compileTree(TraceTree tree) {
        return timed("tree", () -> inner.compileTree(tree));
    }

    /** Runs {@code job} and reports its time as a compile of {@code kind}, whether it returned or threw. */
    private CompiledTrace timed(String kind, java.util.function.Supplier<CompiledTrace> job) {
        long start = System.nanoTime();
        try {
            return job.get();
        } finally {
            listener.compileTimed(kind, System.nanoTime() - start);
        }
    }
}
