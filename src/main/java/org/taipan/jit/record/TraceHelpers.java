package org.taipan.jit.record;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.taipan.runtime.ThreadState;

/**
 * Looks up the tier-1 helpers a CALL_HELPER names ({@code interp.TraceCalls} and its siblings):
 * public static methods whose operands are {@code Object}s, the trace's references. A helper that
 * sets the running frame's {@code lasti} takes the running thread's {@link ThreadState} first,
 * which the compiled trace passes from its own {@code run} parameter ({@code jit.emit.TraceWriter}),
 * not as an IR operand: a thread-local look-up per call was 3.4% of go's steady state.
 */
final class TraceHelpers {
    private TraceHelpers() {}

    /**
     * The helper {@code name} of {@code owner} of {@code arity} {@code Object} operands, with or
     * without a leading {@code ThreadState}.
     *
     * @throws IllegalStateException when there is none (a helper renamed without its recorder)
     */
    static Method find(Class<?> owner, String name, int arity) {
        Class<?>[] params = new Class<?>[arity];
        Arrays.fill(params, Object.class);
        try {
            return owner.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            Class<?>[] withThread = new Class<?>[arity + 1];
            withThread[0] = ThreadState.class;
            System.arraycopy(params, 0, withThread, 1, arity);
            try {
                return owner.getMethod(name, withThread);
            } catch (NoSuchMethodException e2) {
                throw new IllegalStateException(e2);
            }
        }
    }
}
