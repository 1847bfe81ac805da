package org.taipan.jit;

import java.util.Arrays;
import org.taipan.runtime.PyCode;

/**
 * The loops of one code object the JIT has seen ({@code PyCode.jitLoops}): a few per code object,
 * so a linear search. Lives as long as the code object, so several interpreters sharing nothing
 * but immutable code each see their own only if they compile their own code objects (they do).
 */
public final class LoopTable {
    private LoopState[] loops = new LoopState[2];
    private int n;

    /** The state of the loop with header {@code headerIp} of {@code code}, or null when the JIT has not seen it. */
    static LoopState find(PyCode code, int headerIp) {
        LoopTable t = code.jitLoops;
        if (t != null) {
            for (int k = 0; k < t.n; k++) {
                if (t.loops[k].headerIp == headerIp) {
                    return t.loops[k];
                }
            }
        }
        return null;
    }

    /** The state of the loop with header {@code headerIp} of {@code code}, made on first use. */
    static LoopState of(PyCode code, int headerIp) {
        LoopTable t = code.jitLoops;
        if (t == null) {
            t = new LoopTable();
            code.jitLoops = t;
        }
        for (int k = 0; k < t.n; k++) {
            if (t.loops[k].headerIp == headerIp) {
                return t.loops[k];
            }
        }
        if (t.n == t.loops.length) {
            t.loops = Arrays.copyOf(t.loops, t.n * 2);
        }
        LoopState s = new LoopState(code, headerIp);
        t.loops[t.n++] = s;
        return s;
    }
}
