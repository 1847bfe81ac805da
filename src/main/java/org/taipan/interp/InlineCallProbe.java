package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.runtime.PyFunction;

/**
 * Tier 1's Python-call set-up, for the JIT's recorder when it inlines a call: the same
 * parameter-shape test and the same frame construction as CALL_PY_EXACT_ARGS
 * ({@code CallOps.callPyExact}, CPython 3.11's {@code CALL_PY_EXACT_ARGS} /
 * {@code CALL_PY_WITH_DEFAULTS}), so a recorded call binds exactly as tier 1 would.
 */
public final class InlineCallProbe {
    private InlineCallProbe() {}

    /**
     * Whether {@code nargs} positional arguments, completed by {@code fn}'s positional defaults,
     * fill exactly its parameters (no keyword-only, {@code *args} or {@code **kwargs} parameter).
     */
    public static boolean binds(PyFunction fn, int nargs) {
        return CallSpecializer.binds(fn, nargs);
    }

    /**
     * A new, unpushed frame for {@code fn} as CALL_PY_EXACT_ARGS makes it: defaults stored from
     * parameter {@code nargs} on, a closure's cells copied (the frame then starts after its
     * COPY_FREE_VARS, {@code ip} 1). The caller stores the {@code nargs} arguments in
     * {@code fast[0..nargs)}. Only when {@link #binds} holds.
     */
    public static Frame frameFor(PyFunction fn, int nargs) {
        return CallSpecializer.frameFor(fn, nargs);
    }

    /** Whether {@code fn}'s code has cell variables (its frame begins with MAKE_CELL, which allocates cells). */
    public static boolean hasCells(PyFunction fn) {
        for (byte k : fn.code.code.localsplusKinds) {
            if ((k & CodeObject.CO_FAST_CELL) != 0) {
                return true;
            }
        }
        return false;
    }
}
