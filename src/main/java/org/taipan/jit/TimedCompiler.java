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
        long start = System.nanoTime();
        try {
            return inner.compile(t);
        } finally {
            listener.compileTimed("loop", System.nanoTime() - start);
        }
    }

    @Override
    public CompiledTrace compileBridge(Trace t) {
        long start = System.nanoTime();
        try {
            return inner.compileBridge(t);
        } finally {
            listener.compileTimed("bridge", System.nanoTime() - start);
        }
    }

    @Override
    public CompiledTrace compileTree(TraceTree tree) {
        long start = System.nanoTime();
        try {
            return inner.compileTree(tree);
        } finally {
            listener.compileTimed("tree", System.nanoTime() - start);
        }
    }
}
