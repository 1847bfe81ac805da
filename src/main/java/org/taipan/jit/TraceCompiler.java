package org.taipan.jit;

import org.taipan.jit.ir.Trace;

/**
 * Turns a recorded trace into code: the optimizer's passes then the backend
 * ({@code jit.opt.Optimizer}, {@code jit.emit.Emitter}). An interface so the JIT facade runs
 * without a backend (recording only) and tests can stand one in.
 */
@FunctionalInterface
public interface TraceCompiler {
    /**
     * Optimizes (in place) and compiles {@code t}.
     *
     * @throws UnsupportedOperationException when the backend cannot compile the trace (its message
     *         a short, stable reason: the JIT reports it as an abort)
     */
    CompiledTrace compile(Trace t);

    /**
     * Optimizes and compiles the bridge {@code t} ({@link Trace#isBridge}): its {@code run} does
     * the one pass and returns -1 with the frame at the loop header (its JUMP's snapshot), or an
     * exit's number. A compiler that does not override this has no bridges.
     *
     * @throws UnsupportedOperationException when it cannot (the JIT leaves the exit to tier 1)
     */
    default CompiledTrace compileBridge(Trace t) {
        throw new UnsupportedOperationException("no bridges with this backend");
    }

    /**
     * Compiles a loop trace and its settled bridges as one class ({@code emit.TraceTree}), whose
     * {@code run} replaces the root's. A compiler that does not override this keeps the classes apart.
     *
     * @throws UnsupportedOperationException when it cannot (the root's class keeps running)
     */
    default CompiledTrace compileTree(org.taipan.jit.emit.TraceTree tree) {
        throw new UnsupportedOperationException("no trace trees with this backend");
    }
}
