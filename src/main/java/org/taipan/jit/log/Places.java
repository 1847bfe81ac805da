package org.taipan.jit.log;

import org.taipan.code.Op;
import org.taipan.code.Opcode;
import org.taipan.runtime.PyCode;

/**
 * Where a loop or an instruction is, as a person reads it: {@code file:line in function}. The
 * line comes from the code object's line table (CPython's {@code PyCode_Addr2Line}).
 */
final class Places {
    private Places() {}

    /** {@code "prog.py:12 in f"} for instruction {@code ip} of {@code code} ({@code ?} for an unknown line). */
    static String of(PyCode code, int ip) {
        int line = code.code.lineOf(ip);
        return code.code.filename + ":" + (line < 0 ? "?" : Integer.toString(line)) + " in " + code.code.qualname;
    }

    /**
     * The {@code JUMP_BACKWARD} that closes the loop whose header is {@code headerIp} (the last
     * one jumping there: a {@code continue} adds earlier ones), or -1 when there is none.
     */
    static int backJumpOf(PyCode code, int headerIp) {
        int[] words = code.code.code;
        for (int i = words.length - 1; i > headerIp; i--) {
            if (Opcode.opcodeOf(words[i]) == Op.JUMP_BACKWARD && Opcode.opargOf(words[i]) == headerIp) {
                return i;
            }
        }
        return -1;
    }
}
