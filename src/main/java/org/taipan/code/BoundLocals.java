package org.taipan.code;

import java.util.Arrays;

/**
 * Which fast locals are bound before each instruction of a code object on every path that
 * reaches it (a "definitely assigned" analysis). Tier 1 checks each {@code LOAD_FAST} for an
 * empty slot; a compiled trace reads the slots it is entered with once and does not, so the JIT
 * asks this analysis which of them may be empty there (a local assigned on some paths only,
 * deleted by {@code del}, or by the end of an {@code except E as e:} clause) and checks only those.
 *
 * <p>A forward must-analysis over the generic instructions (absolute jump targets) and the
 * exception table: the arguments are bound at entry; {@code STORE_FAST} and {@code MAKE_CELL} bind
 * their slot, {@code COPY_FREE_VARS n} the last {@code n}; {@code DELETE_FAST} empties its slot;
 * where paths meet, a local is bound only if it is on each of them. A handler meets the states
 * before every instruction of the range it covers: any of them may raise, and none has changed a
 * local when it does ({@code DELETE_FAST} raises only on an empty slot). An instruction no path
 * reaches is answered "maybe unbound".
 */
public final class BoundLocals {
    private final int nlocalsplus;
    /** Longs per instruction's state. */
    private final int words;
    /** The bound-set before instruction {@code i} at {@code [i * words, (i + 1) * words)}. */
    private final long[] bound;
    private final boolean[] reached;

    private BoundLocals(int nlocalsplus, int length) {
        this.nlocalsplus = nlocalsplus;
        this.words = Math.max(1, (nlocalsplus + 63) >>> 6);
        this.bound = new long[length * words];
        this.reached = new boolean[length];
    }

    /** The analysis of {@code co}. */
    public static BoundLocals of(CodeObject co) {
        int[] code = co.code;
        BoundLocals b = new BoundLocals(co.nlocalsplus(), code.length);
        if (code.length == 0) {
            return b;
        }
        long[] state = new long[b.words];
        for (int k = 0; k < Math.min(co.totalArgs(), b.nlocalsplus); k++) {
            set(state, k);
        }
        b.meet(0, state);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < code.length; i++) {
                if (!b.reached[i]) {
                    continue;
                }
                System.arraycopy(b.bound, i * b.words, state, 0, b.words);
                b.transfer(code[i], state);
                Opcode op = Opcode.of(Opcode.opcodeOf(code[i]));
                if (!op.isTerminator() && i + 1 < code.length) {
                    changed |= b.meet(i + 1, state);
                }
                if (op.hasJump()) {
                    changed |= b.meet(Opcode.opargOf(code[i]), state);
                }
            }
            for (CodeObject.ExceptionTableEntry e : co.exceptionTable) {
                boolean any = false;
                Arrays.fill(state, -1L);
                for (int i = e.start(); i < e.end() && i < code.length; i++) {
                    if (b.reached[i]) {
                        any = true;
                        for (int w = 0; w < b.words; w++) {
                            state[w] &= b.bound[i * b.words + w];
                        }
                    }
                }
                if (any) {
                    changed |= b.meet(e.target(), state);
                }
            }
        }
        return b;
    }

    /**
     * Whether fast-locals slot {@code k} is bound before instruction {@code ip} however execution
     * got there; true for a slot past the fast locals (a value-stack entry), false for an
     * instruction no path reaches.
     */
    public boolean bound(int ip, int k) {
        if (k >= nlocalsplus) {
            return true;
        }
        if (ip < 0 || ip >= reached.length || !reached[ip]) {
            return false;
        }
        return (bound[ip * words + (k >>> 6)] & (1L << k)) != 0;
    }

    /** {@code state} after instruction {@code word}. */
    private void transfer(int word, long[] state) {
        int k = Opcode.opargOf(word);
        switch (Opcode.of(Opcode.opcodeOf(word))) {
            case STORE_FAST, MAKE_CELL -> set(state, k);
            case DELETE_FAST -> state[k >>> 6] &= ~(1L << k);
            case COPY_FREE_VARS -> {
                for (int s = nlocalsplus - k; s < nlocalsplus; s++) {
                    set(state, s);
                }
            }
            default -> { }
        }
    }

    /** Meets {@code state} into instruction {@code i}'s; whether that changed it. */
    private boolean meet(int i, long[] state) {
        if (i < 0 || i >= reached.length) {
            return false;
        }
        int at = i * words;
        if (!reached[i]) {
            reached[i] = true;
            System.arraycopy(state, 0, bound, at, words);
            return true;
        }
        boolean changed = false;
        for (int w = 0; w < words; w++) {
            long m = bound[at + w] & state[w];
            changed |= m != bound[at + w];
            bound[at + w] = m;
        }
        return changed;
    }

    private static void set(long[] state, int k) {
        if (k >= 0 && (k >>> 6) < state.length) {
            state[k >>> 6] |= 1L << k;
        }
    }
}
