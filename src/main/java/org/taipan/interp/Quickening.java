package org.taipan.interp;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyCode;

/**
 * The quickening framework (PEP 659, CPython 3.11's {@code specialize.c} counters): how a code
 * object's quickened instructions ({@link PyCode#instrs}) change between a generic instruction
 * and its specialized forms, and the adaptive counters that pace it.
 *
 * <p>A generic instruction is adaptive: every execution decrements its counter
 * ({@link PyCode#counters}); when it goes below zero, the interpreter calls the family's
 * specializer ({@link Specializer}), which either stores an inline cache in
 * {@link PyCode#caches} and then calls {@link #specialize}, or calls {@link #fail}, which waits
 * exponentially longer (16, 32, ... 4096 executions) before the next attempt. A specialized
 * instruction checks its guards (exact classes, versions); on a miss it calls {@link #miss} and
 * does the generic work. After {@link #MISS_BUDGET} misses it {@link #deoptimize}s back to the
 * generic instruction with a back-off (kept across specializations, so a site whose types keep
 * changing waits longer each time), to be specialized again for what it then sees.
 *
 * <p>Threads: every write of an instruction is one {@code int} store of a whole code word, and a
 * cache is stored before the opcode that reads it, so a thread sees either the old or the new
 * instruction, each consistent. Counters may lose updates under races; that only shifts timing.
 */
public final class Quickening {
    private Quickening() {}

    /** Misses a specialized instruction tolerates before it deoptimizes (CPython 3.11: 53). */
    public static final int MISS_BUDGET = 53;
    /** First back-off exponent after a failed specialization: wait 2^4 executions. */
    static final int BACKOFF_MIN = 4;
    /** Largest back-off exponent: at most 2^12 executions between attempts. */
    static final int BACKOFF_MAX = 12;

    /**
     * Rewrites instruction {@code i} into {@code op} (a specialized form of the instruction there,
     * keeping its oparg) and gives it a fresh miss budget. Store the cache before calling this.
     */
    public static void specialize(PyCode q, int i, Opcode op) {
        q.counters[i] = MISS_BUDGET;
        q.instrs[i] = Opcode.encode(op, Opcode.opargOf(q.instrs[i]));
    }

    /** A specialization attempt at {@code i} found nothing to specialize for: back off. */
    public static void fail(PyCode q, int i) {
        int b = Math.min(Math.max(q.backoff[i] + 1, BACKOFF_MIN), BACKOFF_MAX);
        q.backoff[i] = (byte) b;
        q.counters[i] = (1 << b) - 1;
    }

    /** A specialized instruction's guard failed at {@code i}: count it, deoptimize when the budget is spent. */
    public static void miss(PyCode q, int i) {
        if (--q.counters[i] < 0) {
            deoptimize(q, i);
        }
    }

    /** Turns instruction {@code i} back into its generic (adaptive) form, which re-specializes after a back-off. */
    public static void deoptimize(PyCode q, int i) {
        int word = q.instrs[i];
        Opcode op = Opcode.of(Opcode.opcodeOf(word));
        fail(q, i);
        q.instrs[i] = Opcode.encode(op.generic(), Opcode.opargOf(word));
    }

    /**
     * Rewrites, in place, pairs of adjacent instructions that execute together often into
     * CPython 3.11's superinstructions ({@code _PyCode_Quicken}): LOAD_FAST__LOAD_FAST,
     * LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST,
     * LOAD_FAST__LOAD_ATTR, IS_OP/CONTAINS_OP__POP_JUMP, LOAD_CONST__RETURN_VALUE,
     * JUMP_FORWARD__RETURN_VALUE (a jump whose target is a RETURN_VALUE), and the triples of an
     * augmented subscript assignment (COPY__COPY__BINARY_SUBSCR, SWAP__SWAP__STORE_SUBSCR).
     * Only the first word of a pair changes (a jump to the second still finds it whole), pairs
     * may chain, and the STORE_FAST right after a FOR_ITER is left alone: the specialized
     * FOR_ITER forms store into it themselves.
     *
     * @param instrs quickened code words ({@link Opcode#encode}), as the compiler emitted them
     * @return {@code instrs}
     */
    public static int[] combine(int[] instrs) {
        for (int k = 0; k + 1 < instrs.length; k++) {
            int first = instrs[k] & 0xFF, second = instrs[k + 1] & 0xFF;
            if (k > 0 && (instrs[k - 1] & 0xFF) == Op.FOR_ITER) {
                continue;
            }
            int pair = -1;
            if (first == Op.LOAD_FAST) {
                pair = second == Op.LOAD_FAST ? Op.LOAD_FAST__LOAD_FAST : second == Op.LOAD_CONST ? Op.LOAD_FAST__LOAD_CONST
                        : second == Op.LOAD_ATTR || second == Op.STORE_ATTR ? Op.LOAD_FAST__LOAD_ATTR : -1;
            } else if (first == Op.LOAD_CONST) {
                pair = second == Op.LOAD_FAST ? Op.LOAD_CONST__LOAD_FAST : second == Op.RETURN_VALUE ? Op.LOAD_CONST__RETURN_VALUE : -1;
            } else if (first == Op.JUMP_FORWARD) {
                int target = instrs[k] >>> 8;
                pair = target < instrs.length && (instrs[target] & 0xFF) == Op.RETURN_VALUE ? Op.JUMP_FORWARD__RETURN_VALUE : -1;
            } else if (second == Op.POP_JUMP_IF_FALSE || second == Op.POP_JUMP_IF_TRUE) {
                pair = first == Op.IS_OP ? Op.IS_OP__POP_JUMP : first == Op.CONTAINS_OP ? Op.CONTAINS_OP__POP_JUMP : -1;
            } else if (first == Op.STORE_FAST) {
                pair = second == Op.LOAD_FAST ? Op.STORE_FAST__LOAD_FAST : second == Op.STORE_FAST ? Op.STORE_FAST__STORE_FAST : -1;
            } else if (k + 2 < instrs.length && (first == Op.COPY || first == Op.SWAP)) {
                pair = augmentedSubscript(instrs[k], instrs[k + 1], instrs[k + 2]);
            }
            if (pair >= 0) {
                instrs[k] = (instrs[k] & ~0xFF) | pair;
            }
        }
        return instrs;
    }

    /**
     * The triple that starts with {@code a} in the code CPython 3.11's compiler emits for
     * {@code o[k] op= v}: {@code COPY 2, COPY 2, BINARY_SUBSCR} (load) or
     * {@code SWAP 3, SWAP 2, STORE_SUBSCR} (store); -1 for anything else.
     */
    private static int augmentedSubscript(int a, int b, int c) {
        if (a == Opcode.encode(Opcode.COPY, 2) && b == a && (c & 0xFF) == Op.BINARY_SUBSCR) {
            return Op.COPY__COPY__BINARY_SUBSCR;
        }
        if (a == Opcode.encode(Opcode.SWAP, 3) && b == Opcode.encode(Opcode.SWAP, 2) && (c & 0xFF) == Op.STORE_SUBSCR) {
            return Op.SWAP__SWAP__STORE_SUBSCR;
        }
        return -1;
    }
}
