package org.taipan.jit;

import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;

/**
 * What the JIT reports as it works, for {@code -X jit-log=FILE} and {@code -X jit-stats}. The
 * recorder, optimizer, backend and exits call these; an implementation only counts and writes,
 * it never changes what the JIT does. Loops are named by their code object and header index.
 */
public interface JitListener {
    /**
     * The header index reported for a function-entry trace's recording events
     * ({@link #recordingStarted}, {@link #aborted}, {@link #blacklisted}): it has no loop header.
     */
    int FUNCTION_ENTRY = -1;

    /** A loop got hot and the recorder starts on its next iteration. */
    default void recordingStarted(PyCode code, int headerIp) {}

    /** Recording stopped without a trace, at instruction {@code ip} (of {@code code}, which may be an inlined callee's). */
    default void aborted(PyCode loopCode, int headerIp, PyCode code, int ip, String reason) {}

    /** The loop aborted too often: tier 1 runs it from now on. */
    default void blacklisted(PyCode code, int headerIp) {}

    /** A trace was recorded, optimized ({@code recorded} as it came from the recorder, {@code optimized} after all passes) and compiled. */
    default void compiled(int traceId, String recorded, Trace optimized, int guardsBefore, int guardsAfter, int allocationsRemoved) {}

    /** Trace {@code traceId} left through the exit at {@code guard} (a guard, or an op that raised). */
    default void exitTaken(int traceId, int exitIndex, Ins guard) {}

    /** A bridge was attached to exit {@code exitIndex} of trace {@code traceId}. */
    default void bridgeCompiled(int traceId, int exitIndex, int bridgeId) {}

    /**
     * Trace {@code traceId} and {@code bridges} of its bridges were compiled into one class (a
     * trace tree, {@code jit.TraceTrees}), which runs in place of the trace's own from now on.
     */
    default void treeCompiled(int traceId, int bridges) {}

    /**
     * The optimizer and backend spent {@code nanos} nanoseconds on one compile of {@code kind}
     * ("loop", "bridge", "entry trace" or "tree"), whether or not it produced code: time the program waited for
     * the JIT, which compiles on the program's thread.
     */
    default void compileTimed(String kind, long nanos) {}

    /** A trace was thrown away (an assumption it made no longer holds, or it kept failing). */
    default void invalidated(int traceId, String reason) {}

    /**
     * Trace {@code traceId} was entered from tier 1 and has been left again, after
     * {@code iterations} full loop iterations in all (one entry may call {@link CompiledTrace#run}
     * several times when its iteration budget runs out: report their sum, once per entry; 0 when
     * unknown): what {@code -X jit-stats} estimates the share of bytecodes run in tier 2 from.
     */
    default void traceRan(int traceId, long iterations) {}

    /**
     * The interpreter is exiting (after atexit callbacks and finalizers, the standard streams
     * flushed): write what only the end knows (exit counts, the summary). Called once, by
     * {@code Interpreter.finish}; no event comes after it.
     */
    default void finish() {}

    /** The no-op listener (no log, no stats). */
    JitListener NONE = new JitListener() {};
}
