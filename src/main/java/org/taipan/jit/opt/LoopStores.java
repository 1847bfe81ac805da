package org.taipan.jit.opt;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyCode;

/**
 * The fast locals a loop's own bytecode may rebind, whichever path an iteration takes: the
 * targets of every {@code STORE_FAST} and {@code DELETE_FAST} from the loop header to its last
 * {@code JUMP_BACKWARD}. A trace records one path; a local that path leaves alone but another
 * path writes is invariant in the trace yet not in the loop.
 */
final class LoopStores {
    private LoopStores() {
    }

    /**
     * Which locals of {@code code} the loop at {@code headerIp} writes.
     *
     * @param code the loop's code object (its compiler output is scanned, not the quickened words)
     * @param headerIp the loop header, a JUMP_BACKWARD's target
     * @return one flag per fast local ({@code code.nlocalsplus} entries); all false when no
     *         JUMP_BACKWARD targets {@code headerIp}
     */
    static boolean[] of(PyCode code, int headerIp) {
        int[] words = code.code.code;
        int last = -1;
        for (int i = headerIp + 1; i < words.length; i++) {
            if (Opcode.opcodeOf(words[i]) == Op.JUMP_BACKWARD && Opcode.opargOf(words[i]) == headerIp) {
                last = i;
            }
        }
        boolean[] stored = new boolean[code.nlocalsplus];
        for (int i = headerIp; i <= last; i++) {
            int op = Opcode.opcodeOf(words[i]);
            int k = Opcode.opargOf(words[i]);
            if ((op == Op.STORE_FAST || op == Op.DELETE_FAST) && k < stored.length) {
                stored[k] = true;
            }
        }
        return stored;
    }
}
