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
}
